import Sqlite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { cachingStatements } from "../../src/db/sqlite-statements.js";

/** The calls @prisma/adapter-better-sqlite3 makes: prepare(sql).bind(args), then run() or columns() + raw().all(). */
function adapterQuery(db: Sqlite.Database, sql: string, args: unknown[]) {
  const stmt = db.prepare(sql).bind(args) as unknown as Sqlite.Statement;
  if (!stmt.reader) return stmt.run();
  return { columns: stmt.columns().map((c) => c.name), rows: stmt.raw().all() };
}

function counting() {
  const raw = new Sqlite(":memory:");
  let prepared = 0;
  const prepare = raw.prepare.bind(raw);
  raw.prepare = ((sql: string) => {
    prepared++;
    return prepare(sql);
  }) as typeof raw.prepare;
  return { raw, prepared: () => prepared };
}

describe("prepared-statement cache of the SQLite adapter", () => {
  it("prepares each SQL text once and passes each call its own arguments", () => {
    const { raw, prepared } = counting();
    const db = cachingStatements(raw);
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
    for (let i = 1; i <= 5; i++) adapterQuery(db, "INSERT INTO t (id, name) VALUES (?, ?)", [i, `n${i}`]);
    const a = adapterQuery(db, "SELECT id, name FROM t WHERE id = ?", [2]);
    const b = adapterQuery(db, "SELECT id, name FROM t WHERE id = ?", [4]);
    expect(a).toEqual({ columns: ["id", "name"], rows: [[2, "n2"]] });
    expect(b).toEqual({ columns: ["id", "name"], rows: [[4, "n4"]] });
    expect(prepared()).toBe(2);
    expect(raw.prepare("SELECT COUNT(*) AS c FROM t").get()).toEqual({ c: 5 });
  });

  it("keeps at most `max` statements, dropping the least recently used", () => {
    const { raw, prepared } = counting();
    const db = cachingStatements(raw, 2);
    const q = (n: number) => adapterQuery(db, `SELECT ${n} AS v`, []);
    q(1);
    q(2);
    q(1); // 1 is now the most recent
    q(3); // drops 2
    expect(prepared()).toBe(3);
    q(1);
    expect(prepared()).toBe(3);
    q(2);
    expect(prepared()).toBe(4);
  });

  it("leaves transactions and every other member to the real connection", () => {
    const db = cachingStatements(new Sqlite(":memory:"));
    db.exec("CREATE TABLE t (v INTEGER)");
    db.prepare("BEGIN").run();
    adapterQuery(db, "INSERT INTO t (v) VALUES (?)", [7]);
    db.prepare("ROLLBACK").run();
    expect(adapterQuery(db, "SELECT v FROM t", [])).toEqual({ columns: ["v"], rows: [] });
    expect(db.inTransaction).toBe(false);
    expect(db.open).toBe(true);
  });
});
