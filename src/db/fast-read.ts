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
  close(): Promise<void>;
}

const TOKEN_SQL = `SELECT "revokedAt" AS r FROM "Token" WHERE "hash" = `;
const STAMP_SQL = `SELECT "version" AS v FROM "ChangeStamp" WHERE "topic" = `;

function sqliteReader(file: string): FastReader {
  let conn: Sqlite.Database | null = null;
  let token: Sqlite.Statement | null = null;
  let stamp: Sqlite.Statement | null = null;
  const open = () => {
    if (!conn) {
      conn = new Sqlite(file, { fileMustExist: true });
      conn.pragma("busy_timeout = 5000");
      token = conn.prepare(`${TOKEN_SQL}?`);
      stamp = conn.prepare(`${STAMP_SQL}?`);
    }
    return { token: token!, stamp: stamp! };
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
    async close() {
      conn?.close();
      conn = null;
    },
  };
}

function pgReader(url: string): FastReader {
  let pool: pg.Pool | null = null;
  const q = async (text: string, value: string) => {
    if (!pool) {
      const { default: driver } = await import("pg");
      pool ??= new driver.Pool({ connectionString: url, max: 4, idleTimeoutMillis: 30_000 });
    }
    return (await pool.query({ text, values: [value] })).rows as Record<string, unknown>[];
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
    async close() {
      await pool?.end();
      pool = null;
    },
  };
}

export function openFastReader(provider: Provider, target: string): FastReader {
  return provider === "sqlite" ? sqliteReader(target) : pgReader(target);
}
