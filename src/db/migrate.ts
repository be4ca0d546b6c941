import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { providerOf, sqlitePath, type Provider } from "./client.js";

/**
 * Applies the committed migrations (prisma/<provider>/migrations) without
 * Prisma's native schema engine. Each pending migration runs in its own
 * transaction together with its row in `_prisma_migrations`, the table
 * `prisma migrate deploy` keeps, so both tools agree on what has been applied.
 * Concurrent starters (two replicas) are serialised: an advisory lock on
 * PostgreSQL, BEGIN IMMEDIATE on SQLite. A whole start (migrate and seed) runs
 * under `withStartupLock`, so the seed's look-then-insert steps never race.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
/**
 * prisma/<provider>/migrations of the installation: two levels above this
 * module in the sources (src/db/), one above the bundle (dist/).
 */
export const migrationsDir = (provider: Provider) => {
  const candidates = ["../../prisma", "../prisma"].map((up) => path.resolve(here, up, provider, "migrations"));
  return candidates.find((dir) => fs.existsSync(dir)) ?? candidates[0]!;
};

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(provider: Provider): Migration[] {
  const dir = migrationsDir(provider);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

const BOOKKEEPING: Record<Provider, string> = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
    "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
    "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`,
  postgresql: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`,
};

export class MigrationError extends Error {}

function check(applied: Map<string, string>, m: Migration): boolean {
  const sum = applied.get(m.name);
  if (sum === undefined) return false;
  if (sum !== m.checksum) {
    throw new MigrationError(`migration ${m.name} was modified after it was applied (checksum mismatch)`);
  }
  return true;
}

/** Apply pending migrations; returns the names applied by this call. */
export async function migrate(url: string): Promise<string[]> {
  const provider = providerOf(url);
  const migrations = readMigrations(provider);
  return provider === "sqlite" ? migrateSqlite(url, migrations) : migratePg(url, migrations);
}

function migrateSqlite(url: string, migrations: Migration[]): string[] {
  const file = sqlitePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Sqlite(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 10000");
    db.exec(BOOKKEEPING.sqlite);
    const done: string[] = [];
    const run = db.transaction(() => {
      const rows = db
        .prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)
        .all() as { migration_name: string; checksum: string }[];
      const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
      for (const m of migrations) {
        if (check(applied, m)) continue;
        const started = new Date().toISOString();
        db.exec(m.sql);
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
        ).run(crypto.randomUUID(), m.checksum, new Date().toISOString(), m.name, started);
        done.push(m.name);
      }
    });
    run.immediate();
    return done;
  } finally {
    db.close();
  }
}

// Any constants work; they only have to be the same for every novasim process.
const LOCK_KEY = 774_021;
const STARTUP_LOCK_KEY = 774_020;

/**
 * Run `fn` (a start's migrate and seed) while no other novasim process starting
 * on the same database runs its own: on PostgreSQL a session advisory lock held
 * on a connection of its own, released when `fn` ends or fails (or the process
 * dies). SQLite needs none: a second process on the same file is not a
 * supported set-up, and one process seeds once.
 */
export async function withStartupLock<T>(url: string, fn: () => Promise<T>): Promise<T> {
  if (providerOf(url) !== "postgresql") return fn();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [STARTUP_LOCK_KEY]);
    return await fn();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [STARTUP_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

async function migratePg(url: string, migrations: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const done: string[] = [];
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [LOCK_KEY]);
    await client.query(BOOKKEEPING.postgresql);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    for (const m of migrations) {
      if (check(applied, m)) continue;
      const started = new Date();
      await client.query(m.sql);
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, $4, 1)`,
        [crypto.randomUUID(), m.checksum, m.name, started],
      );
      done.push(m.name);
    }
    await client.query("COMMIT");
    return done;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}
