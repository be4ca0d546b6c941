import Sqlite from "better-sqlite3";
import type pg from "pg";
/** The database kind (client.ts Provider), spelled here so this module does not import client.ts. */
type Provider = "sqlite" | "postgresql";

/**
 * The few reads that run on every request (a cached token's revocation, the
 * version of a cached data set), without Prisma: each Prisma call compiles its
 * query in the WebAssembly query compiler, which costs more than the query. They
 * go through a connection of their own: on SQLite a second better-sqlite3
 * connection to the same file (synchronous; it sees every commit of the main
 * connection, WAL or not), on PostgreSQL a small pg pool. Both are opened on first
 * use. Reads only: every write still goes through Prisma and its transactions.
 */
export interface FastReader {
  /** null when there is no such token; else when it was revoked, or null. */
  tokenRevokedAt(hash: string): Promise<{ revoked: boolean } | null>;
  /** The version of a data set (src/db/repositories/stamps.ts); 0 when never written. */
  stamp(topic: string): Promise<number>;
  /**
   * Rows of a read-only `sql` with `?` placeholders, as the driver gives them:
   * on SQLite, DateTime columns as their ISO text and Booleans as 0/1; on
   * PostgreSQL, timestamps as Dates (read as UTC, as Prisma writes them).
   * For reads of many rows, where Prisma's per-row mapping is the cost
   * (src/db/repositories/instances.ts page()).
   */
  rows(sql: string, params: readonly unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

const TOKEN_SQL = `SELECT "revokedAt" AS r FROM "Token" WHERE "hash" = `;
const STAMP_SQL = `SELECT "version" AS v FROM "ChangeStamp" WHERE "topic" = `;

function sqliteReader(file: string): FastReader {
  let conn: Sqlite.Database | null = null;
  let token: Sqlite.Statement | null = null;
  let stamp: Sqlite.Statement | null = null;
  let closed = false;
  const statements = new Map<string, Sqlite.Statement>();
  const open = () => {
    if (closed) throw new Error("the database is closed");
    if (!conn) {
      conn = new Sqlite(file, { fileMustExist: true });
      conn.pragma("busy_timeout = 5000");
      token = conn.prepare(`${TOKEN_SQL}?`);
      stamp = conn.prepare(`${STAMP_SQL}?`);
    }
    return { conn, token: token!, stamp: stamp! };
  };
  return {
    async tokenRevokedAt(hash) {
      const row = open().token.get(hash) as { r: unknown } | undefined;
      return row ? { revoked: row.r !== null } : null;
    },
    async stamp(topic) {
      const row = open().stamp.get(topic) as { v: number } | undefined;
      return row ? Number(row.v) : 0;
    },
    async rows(sql, params) {
      const { conn: c } = open();
      let stmt = statements.get(sql);
      if (!stmt) {
        stmt = c.prepare(sql);
        // The texts come from a few query shapes (IN lists of bounded lengths); keep them bounded too.
        if (statements.size >= 256) statements.delete(statements.keys().next().value!);
        statements.set(sql, stmt);
      }
      return stmt.all(...params) as Record<string, unknown>[];
    },
    async close() {
      closed = true;
      statements.clear();
      conn?.close();
      conn = null;
    },
  };
}

function pgReader(url: string): FastReader {
  let pool: pg.Pool | null = null;
  let closed = false;
  let utcTypes: pg.CustomTypesConfig | null = null;
  const q = async (text: string, value: string) => (await query(text, [value])).rows as Record<string, unknown>[];
  const query = async (text: string, values: readonly unknown[], types?: pg.CustomTypesConfig) => {
    if (closed) throw new Error("the database is closed");
    if (!pool) {
      const { default: driver } = await import("pg");
      if (closed) throw new Error("the database is closed");
      pool ??= new driver.Pool({ connectionString: url, max: 4, idleTimeoutMillis: 30_000 });
      // An idle connection the server ends (a restart, a dropped database) is discarded by the pool;
      // without a listener its error would be unhandled. The next query opens a new one.
      pool.on("error", () => undefined);
    }
    return pool.query({ text, values: values as unknown[], ...(types ? { types } : {}) });
  };
  /** Prisma keeps DateTime in `timestamp(3)` columns, in UTC: read them as UTC whatever the process's time zone. */
  const types = async (): Promise<pg.CustomTypesConfig> => {
    if (utcTypes) return utcTypes;
    const { default: driver } = await import("pg");
    const TIMESTAMP = driver.types.builtins.TIMESTAMP;
    utcTypes = {
      getTypeParser: ((oid: number, format?: string) =>
        oid === TIMESTAMP ? (v: string) => new Date(`${v.replace(" ", "T")}Z`) : driver.types.getTypeParser(oid, format as "text")) as pg.CustomTypesConfig["getTypeParser"],
    };
    return utcTypes;
  };
  return {
    async tokenRevokedAt(hash) {
      const [row] = await q(`${TOKEN_SQL}$1`, hash);
      return row ? { revoked: row.r !== null } : null;
    },
    async stamp(topic) {
      const [row] = await q(`${STAMP_SQL}$1`, topic);
      return row ? Number(row.v) : 0;
    },
    async rows(sql, params) {
      let n = 0;
      const text = sql.replace(/\?/g, () => `$${++n}`);
      return (await query(text, params, await types())).rows as Record<string, unknown>[];
    },
    async close() {
      closed = true;
      await pool?.end();
      pool = null;
    },
  };
}

export function openFastReader(provider: Provider, target: string): FastReader {
  return provider === "sqlite" ? sqliteReader(target) : pgReader(target);
}
