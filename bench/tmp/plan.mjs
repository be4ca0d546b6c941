import Sqlite from "better-sqlite3";
const db = new Sqlite(process.argv[2]);
const q = (sql, ...a) => { console.log(sql.slice(0, 120)); console.log(db.prepare("EXPLAIN QUERY PLAN " + sql).all(...a).map(r => "   " + r.detail).join("\n")); const t = performance.now(); const r = db.prepare(sql).all(...a); console.log("   rows", r.length, (performance.now() - t).toFixed(1), "ms"); };
const pid = db.prepare('select "projectId" from "Instance" limit 1').get().projectId;
q('SELECT * FROM "Instance" WHERE "projectId" = ? AND "deletedAt" IS NULL ORDER BY "createdAt" DESC, "id" DESC LIMIT 1000', pid);
q(`SELECT "id" FROM "Instance" WHERE "deletedAt" IS NULL AND (("vmState" = 'building' AND "taskState" = 'scheduling') OR ("taskState" IS NOT NULL AND "taskDueAt" <= ?) OR "taskState" = 'deleting') ORDER BY "createdAt" ASC LIMIT 500`, Date.now());
q('SELECT * FROM "Port" WHERE "deviceId" IN (' + Array(400).fill('?').join(',') + ')', ...Array(400).fill('x'));
