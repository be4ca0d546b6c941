import type { Database, Provider, Tx } from "../client.js";

/**
 * Whole-database copies for the simulator's reset and named snapshots
 * (/sim/v1/reset, /sim/v1/snapshots). Generic: the tables are read from the
 * database's own catalog, so a table added by any later migration is copied
 * and restored with no change here. A snapshot is a set of tables in the same
 * database (`_sim_s<id>_<Table>`, made by CREATE TABLE … AS SELECT), listed in
 * `_sim_snapshot`; every replica on the database sees it, and a restore is one
 * transaction (other connections see the state before or after it, never half).
 */

/** Tables that are not the cloud's state: the migrations' ledger, the engines' own, the snapshots themselves. */
const EXCLUDED = /^(_prisma_migrations$|_sim_|sqlite_)/;
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const INDEX = "_sim_snapshot";
const snapTable = (id: number, table: string) => `_sim_s${id}_${table}`;

export interface SnapshotRow {
  id: number;
  name: string;
  kind: "user" | "seed";
  fingerprint: string | null;
  createdAt: string;
  tables: number;
  rows: number;
}

type Raw = Pick<Tx, "$queryRawUnsafe" | "$executeRawUnsafe">;

async function rows<T>(db: Raw, sql: string, ...params: unknown[]): Promise<T[]> {
  return (await db.$queryRawUnsafe(sql, ...params)) as T[];
}

/** The application's tables (every Prisma model's), from the database catalog. */
export async function appTables(db: Raw, provider: Provider): Promise<string[]> {
  const list =
    provider === "sqlite"
      ? await rows<{ name: string }>(db, `SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
      : await rows<{ name: string }>(
          db,
          `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
        );
  return list.map((r) => r.name).filter((n) => !EXCLUDED.test(n));
}

async function columns(db: Raw, provider: Provider, table: string): Promise<string[]> {
  if (provider === "sqlite") return (await rows<{ name: string }>(db, `SELECT name FROM pragma_table_info(?)`, table)).map((r) => r.name);
  return (
    await rows<{ name: string }>(
      db,
      `SELECT column_name::text AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
      table,
    )
  ).map((r) => r.name);
}

/** Foreign-key edges child -> parent among `tables`. */
async function references(db: Raw, provider: Provider, tables: string[]): Promise<Map<string, Set<string>>> {
  const out = new Map(tables.map((t) => [t, new Set<string>()]));
  if (provider === "sqlite") {
    for (const t of tables) {
      for (const r of await rows<{ table: string }>(db, `SELECT "table" FROM pragma_foreign_key_list(?)`, t)) out.get(t)!.add(r.table);
    }
  } else {
    const list = await rows<{ child: string; parent: string }>(
      db,
      `SELECT c.relname::text AS child, p.relname::text AS parent FROM pg_constraint k
         JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE k.contype = 'f' AND n.nspname = current_schema()`,
    );
    for (const r of list) out.get(r.child)?.add(r.parent);
  }
  return out;
}

/** Parents before children (a table's own rows may refer to each other: one INSERT … SELECT is checked at its end). */
function parentsFirst(tables: string[], refs: Map<string, Set<string>>): string[] {
  const done = new Set<string>();
  const order: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (done.has(t) || path.has(t)) return;
    path.add(t);
    for (const p of refs.get(t) ?? []) if (p !== t) visit(p, path);
    path.delete(t);
    done.add(t);
    order.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return order;
}

async function ensureIndex(db: Raw): Promise<void> {
  await db.$executeRawUnsafe(
    `CREATE TABLE IF NOT EXISTS ${q(INDEX)} ("id" INTEGER PRIMARY KEY, "name" TEXT NOT NULL UNIQUE, "kind" TEXT NOT NULL, "fingerprint" TEXT, "createdAt" TEXT NOT NULL, "tables" INTEGER NOT NULL, "rows" INTEGER NOT NULL)`,
  );
}

async function count(db: Raw, table: string): Promise<number> {
  const [r] = await rows<{ n: number | bigint }>(db, `SELECT COUNT(*) AS n FROM ${q(table)}`);
  return Number(r?.n ?? 0);
}

/** Row counts of every application table. */
export async function tableCounts(database: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of await appTables(database.prisma, database.provider)) out[t] = await count(database.prisma, t);
  return out;
}

const tx = <T>(database: Database, fn: (tx: Raw) => Promise<T>) => database.prisma.$transaction((t) => fn(t), { maxWait: 60_000, timeout: 120_000 });

export async function listSnapshots(database: Database): Promise<SnapshotRow[]> {
  await ensureIndex(database.prisma);
  const list = await rows<SnapshotRow>(database.prisma, `SELECT "id", "name", "kind", "fingerprint", "createdAt", "tables", "rows" FROM ${q(INDEX)} ORDER BY "id"`);
  return list.map((r) => ({ ...r, id: Number(r.id), tables: Number(r.tables), rows: Number(r.rows) }));
}

export async function findSnapshot(database: Database, name: string): Promise<SnapshotRow | null> {
  return (await listSnapshots(database)).find((s) => s.name === name) ?? null;
}

async function dropSnapshotTables(db: Raw, provider: Provider, id: number): Promise<void> {
  const prefix = `_sim_s${id}_`;
  const all =
    provider === "sqlite"
      ? await rows<{ name: string }>(db, `SELECT name FROM sqlite_master WHERE type = 'table'`)
      : await rows<{ name: string }>(db, `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema()`);
  for (const { name } of all) if (name.startsWith(prefix)) await db.$executeRawUnsafe(`DROP TABLE ${q(name)}`);
}

/** Copy every table into snapshot `name` (replacing one of that name). */
export async function saveSnapshot(database: Database, name: string, opts: { kind?: "user" | "seed"; fingerprint?: string | null; at: Date }): Promise<SnapshotRow> {
  await ensureIndex(database.prisma);
  return tx(database, async (db) => {
    const old = await rows<{ id: number }>(db, `SELECT "id" FROM ${q(INDEX)} WHERE "name" = ${database.provider === "sqlite" ? "?" : "$1"}`, name);
    for (const o of old) {
      await dropSnapshotTables(db, database.provider, Number(o.id));
      await db.$executeRawUnsafe(`DELETE FROM ${q(INDEX)} WHERE "id" = ${Number(o.id)}`);
    }
    const [{ next }] = (await rows<{ next: number | bigint | null }>(db, `SELECT COALESCE(MAX("id"), 0) + 1 AS next FROM ${q(INDEX)}`)) as [{ next: number }];
    const id = Number(next);
    const tables = await appTables(db, database.provider);
    let total = 0;
    for (const t of tables) {
      await db.$executeRawUnsafe(`CREATE TABLE ${q(snapTable(id, t))} AS SELECT * FROM ${q(t)}`);
      total += await count(db, t);
    }
    const row: SnapshotRow = { id, name, kind: opts.kind ?? "user", fingerprint: opts.fingerprint ?? null, createdAt: opts.at.toISOString(), tables: tables.length, rows: total };
    const ph = database.provider === "sqlite" ? ["?", "?", "?", "?", "?", "?", "?"] : ["$1", "$2", "$3", "$4", "$5", "$6", "$7"];
    await db.$executeRawUnsafe(
      `INSERT INTO ${q(INDEX)} ("id", "name", "kind", "fingerprint", "createdAt", "tables", "rows") VALUES (${ph.join(", ")})`,
      row.id,
      row.name,
      row.kind,
      row.fingerprint,
      row.createdAt,
      row.tables,
      row.rows,
    );
    return row;
  });
}

export async function deleteSnapshot(database: Database, name: string): Promise<boolean> {
  const s = await findSnapshot(database, name);
  if (!s) return false;
  await tx(database, async (db) => {
    await dropSnapshotTables(db, database.provider, s.id);
    await db.$executeRawUnsafe(`DELETE FROM ${q(INDEX)} WHERE "id" = ${s.id}`);
  });
  return true;
}

/** Row kept across a restore (the caller's token), re-inserted after it when its references still hold. */
export type KeepRows = (db: Raw) => Promise<void>;

/**
 * Replace every table's rows with snapshot `s`'s, in one transaction. Tables
 * the snapshot lacks (added by a later migration) end up empty; columns it
 * lacks take their defaults. Every ChangeStamp ends above both its value
 * before and the snapshot's, so each replica's stamped caches reload.
 * `after` runs inside the transaction (to put back a kept token).
 */
export async function restoreSnapshot(database: Database, s: SnapshotRow | null, after?: KeepRows): Promise<void> {
  const { provider } = database;
  await tx(database, async (db) => {
    const tables = await appTables(db, provider);
    const stampsBefore = tables.includes("ChangeStamp") ? await rows<{ topic: string; version: number }>(db, `SELECT "topic", "version" FROM "ChangeStamp"`) : [];
    const order = parentsFirst(tables, await references(db, provider, tables));
    if (provider === "sqlite") {
      await db.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
      for (const t of [...order].reverse()) await db.$executeRawUnsafe(`DELETE FROM ${q(t)}`);
    } else {
      await db.$executeRawUnsafe(`TRUNCATE ${order.map(q).join(", ")}`);
    }
    if (s) {
      const present = new Set(
        provider === "sqlite"
          ? (await rows<{ name: string }>(db, `SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE ?`, `_sim_s${s.id}_%`)).map((r) => r.name)
          : (await rows<{ name: string }>(db, `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE $1`, `_sim_s${s.id}_%`)).map((r) => r.name),
      );
      for (const t of order) {
        const from = snapTable(s.id, t);
        if (!present.has(from)) continue;
        const have = new Set(await columns(db, provider, from));
        const cols = (await columns(db, provider, t)).filter((c) => have.has(c)).map(q).join(", ");
        if (cols) await db.$executeRawUnsafe(`INSERT INTO ${q(t)} (${cols}) SELECT ${cols} FROM ${q(from)}`);
      }
    }
    if (tables.includes("ChangeStamp")) {
      const now = await rows<{ topic: string; version: number }>(db, `SELECT "topic", "version" FROM "ChangeStamp"`);
      const top = new Map<string, number>();
      for (const r of [...stampsBefore, ...now]) top.set(r.topic, Math.max(top.get(r.topic) ?? 0, Number(r.version)));
      const restored = new Set(now.map((r) => r.topic));
      for (const [topic, v] of top) {
        // Topics the snapshot lacks are recreated too: a cache that loaded version v must see a change.
        if (restored.has(topic)) await db.$executeRawUnsafe(`UPDATE "ChangeStamp" SET "version" = ${v + 1} WHERE "topic" = ${provider === "sqlite" ? "?" : "$1"}`, topic);
        else if (!topic.startsWith("seed:")) await db.$executeRawUnsafe(`INSERT INTO "ChangeStamp" ("topic", "version") VALUES (${provider === "sqlite" ? "?, ?" : "$1, $2"})`, topic, v + 1);
      }
    }
    await resetSequences(db, provider, tables);
    if (after) await after(db);
  });
}

/**
 * Each serial column's sequence where the restored rows leave it (their
 * largest value), as a restore of the whole database would: the same requests
 * after a reset get the same ids.
 */
async function resetSequences(db: Raw, provider: Provider, tables: string[]): Promise<void> {
  if (provider === "sqlite") {
    const seqs = await rows<{ name: string }>(db, `SELECT name FROM sqlite_sequence`).catch(() => []);
    for (const { name } of seqs) {
      if (!tables.includes(name)) continue;
      await db.$executeRawUnsafe(`UPDATE sqlite_sequence SET seq = COALESCE((SELECT MAX(rowid) FROM ${q(name)}), 0) WHERE name = ?`, name);
    }
    return;
  }
  const serials = await rows<{ t: string; c: string; s: string }>(
    db,
    `SELECT table_name::text AS t, column_name::text AS c, pg_get_serial_sequence(quote_ident(table_name), column_name)::text AS s
       FROM information_schema.columns WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
  );
  for (const { t, c, s } of serials) {
    if (!s || !tables.includes(t)) continue;
    const lit = `'${s.replace(/'/g, "''")}'`;
    await db.$executeRawUnsafe(`SELECT setval(${lit}, COALESCE((SELECT MAX(${q(c)}) FROM ${q(t)}), 1), (SELECT COUNT(*) FROM ${q(t)}) > 0)`);
  }
}

/** A Token row as stored, for keeping the caller's token across a reset. */
export interface TokenRow {
  hash: string;
  userId: string;
  projectId: string | null;
  methods: string;
  auditId: string;
  issuedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export async function findToken(database: Database, hash: string): Promise<TokenRow | null> {
  return database.prisma.token.findUnique({ where: { hash } });
}

/** Put `t` back (inside a restore) if its user and project exist in the restored state. */
export function keepToken(t: TokenRow): KeepRows {
  return async (raw) => {
    const db = raw as Tx;
    const user = await db.user.findUnique({ where: { id: t.userId }, select: { id: true } });
    if (!user) return;
    if (t.projectId && !(await db.project.findUnique({ where: { id: t.projectId }, select: { id: true } }))) return;
    await db.token.upsert({ where: { hash: t.hash }, create: t, update: {} });
  };
}

/** Whether ChangeStamp holds `topic` (the seed's own stamp: a database seeded with these settings). */
export async function seedStampPresent(database: Database, topic: string): Promise<boolean> {
  return (await database.prisma.changeStamp.findUnique({ where: { topic }, select: { topic: true } })) !== null;
}

/** Make the hung tasks of `ids` (taskDueAt `hungUntil`) due at `now`. */
export async function liftHung(database: Database, ids: string[], hungUntil: Date, now: Date): Promise<number> {
  if (!ids.length) return 0;
  const r = await database.prisma.instance.updateMany({ where: { id: { in: ids }, taskDueAt: hungUntil }, data: { taskDueAt: now } });
  return r.count;
}

/**
 * When Nova's periodic tasks next have something to do, after `after`: the
 * earliest soft-deleted server's reclaim (terminatedAt + interval) and the
 * earliest finished resize's or migration's auto-confirm (updatedAt + window).
 * A manual clock's advance stops there too.
 */
export async function nextPeriodicDue(
  database: Database,
  q: { reclaim?: { vmState: string; seconds: number }; confirm?: { seconds: number } },
  after: Date,
): Promise<Date | null> {
  const db = database.prisma;
  const times: number[] = [];
  if (q.reclaim && q.reclaim.seconds > 0) {
    const cutoff = new Date(after.getTime() - q.reclaim.seconds * 1000);
    const r = await db.instance.findFirst({
      where: { deletedAt: null, vmState: q.reclaim.vmState, taskState: null, terminatedAt: { gt: cutoff } },
      orderBy: { terminatedAt: "asc" },
      select: { terminatedAt: true },
    });
    if (r?.terminatedAt) times.push(r.terminatedAt.getTime() + q.reclaim.seconds * 1000);
  }
  if (q.confirm && q.confirm.seconds > 0) {
    const cutoff = new Date(after.getTime() - q.confirm.seconds * 1000);
    const m = await db.migration.findFirst({
      where: { status: "finished", migrationType: { in: ["resize", "migration"] }, updatedAt: { gt: cutoff } },
      orderBy: { updatedAt: "asc" },
      select: { updatedAt: true },
    });
    if (m?.updatedAt) times.push(m.updatedAt.getTime() + q.confirm.seconds * 1000);
  }
  return times.length ? new Date(Math.min(...times)) : null;
}

/** The simulated clock's state, shared by the replicas on one database (`_sim_clock`, one row). */
export async function readClockState(database: Database): Promise<string | null> {
  await database.prisma.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS "_sim_clock" ("id" INTEGER PRIMARY KEY, "state" TEXT NOT NULL)`);
  const [r] = await rows<{ state: string }>(database.prisma, `SELECT "state" FROM "_sim_clock" WHERE "id" = 1`);
  return r?.state ?? null;
}

/** Store the clock's state and move the `topic` stamp, so every replica reads it before its next request. */
export async function writeClockState(database: Database, state: string, topic: string): Promise<void> {
  await database.prisma.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS "_sim_clock" ("id" INTEGER PRIMARY KEY, "state" TEXT NOT NULL)`);
  const p = database.provider === "sqlite" ? "?" : "$1";
  await database.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`INSERT INTO "_sim_clock" ("id", "state") VALUES (1, ${p}) ON CONFLICT ("id") DO UPDATE SET "state" = excluded."state"`, state);
    await tx.changeStamp.upsert({ where: { topic }, create: { topic, version: 1 }, update: { version: { increment: 1 } } });
  });
}
