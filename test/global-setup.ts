import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { prepareDatabase } from "../src/bootstrap.js";
import { loadConfig, settings, type Config } from "../src/config.js";
import { createLogger } from "../src/logger.js";

/**
 * vitest globalSetup: ONE migrated, seeded template database per `vitest run`,
 * which test/helpers.ts `startApp()` copies for each test database instead of
 * migrating and seeding a new one (issue #11 item 7):
 *
 * - SQLite: a file in a temp folder, checkpointed into a single file (no WAL)
 *   and then never opened again; each test database is a copy of it.
 * - PostgreSQL (TEST_DATABASE_URL set): a database made on that server and
 *   closed to connections; each test database is `CREATE DATABASE … TEMPLATE` it.
 *
 * startApp still runs prepareDatabase on the copy: the migration runner finds
 * every migration applied and the idempotent seed finds its data, so a copy ends
 * up as a freshly seeded database would (except for the seeded rows' uuids and
 * timestamps, as between any two runs). A test whose settings change what the
 * seed writes (see seedKey) gets a database migrated and seeded from scratch.
 *
 * NOVASIM_TEST_TEMPLATE=0 turns the template off: every test database is then
 * migrated and seeded from scratch, as before.
 */

export type TemplateInfo =
  | { provider: "sqlite"; file: string; seedKey: string }
  | { provider: "postgresql"; database: string; seedKey: string };

declare module "vitest" {
  export interface ProvidedContext {
    novasimTemplate: TemplateInfo | null;
  }
}

/**
 * Settings the seed (src/db/seed) does not read. A test may set these and still
 * get a copy of the template; any other setting takes part in the seed key, so
 * a setting added later counts as seed-relevant until it is listed here.
 * dataDir: the seed only (re)writes the cirros image file there, which it does
 * on a copy as well.
 */
const SEED_NEUTRAL = new Set<string>([
  "host",
  "port",
  "dataDir",
  "databaseUrl",
  "publicUrl",
  "region",
  "logLevel",
  "tokenTtl",
  "docs",
  "actionTimeMs",
  "actionTimes",
  "workerPollMs",
  "bootTimeMs",
  "shelvedOffloadTimeSeconds",
  "reclaimInstanceIntervalSeconds",
  "resizeConfirmWindowSeconds",
  "schedulerHostSubsetSize",
]);

/** What the seed writes depends on these values of the configuration only. */
export function seedKey(config: Config): string {
  const keys = Object.keys(settings).filter((k) => !SEED_NEUTRAL.has(k)).sort();
  return JSON.stringify(keys.map((k) => [k, config[k as keyof Config] ?? null]));
}

/** The configuration tests start from (test/helpers.ts startApp), on `url`. */
export function testConfig(url: string, env: Record<string, string> = {}): Config {
  return loadConfig({ NOVASIM_LOG_LEVEL: "silent", DATABASE_URL: url, ...env });
}

const pgUrl = (base: string, database: string) => {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
};

async function pgAdmin<T>(base: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export default async function setup(project: TestProject) {
  if (process.env.NOVASIM_TEST_TEMPLATE === "0") {
    project.provide("novasimTemplate", null);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-template-"));
  const pgBase = process.env.TEST_DATABASE_URL;
  const database = `novasim_tpl_${crypto.randomBytes(6).toString("hex")}`;
  const url = pgBase ? pgUrl(pgBase, database) : `file:${path.join(dir, "template.db")}`;
  const removeAll = async () => {
    if (pgBase) await pgAdmin(pgBase, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    if (pgBase) await pgAdmin(pgBase, (c) => c.query(`CREATE DATABASE ${database}`));
    const config = testConfig(url, { NOVASIM_DATA_DIR: dir });
    const db = await prepareDatabase(config, createLogger(config.logLevel));
    await db.close();

    let info: TemplateInfo;
    if (pgBase) {
      // A template must have no session while it is copied: end any left over, and allow none from now on.
      await pgAdmin(pgBase, async (c) => {
        await c.query(`ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS false`);
        await c.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [database]);
      });
      info = { provider: "postgresql", database, seedKey: seedKey(config) };
    } else {
      // Fold the WAL into the file, so that a plain file copy is the whole database.
      const file = path.join(dir, "template.db");
      const s = new Sqlite(file);
      try {
        s.pragma("journal_mode = DELETE");
      } finally {
        s.close();
      }
      if (fs.existsSync(`${file}-wal`)) throw new Error(`template ${file} still has a WAL file`);
      info = { provider: "sqlite", file, seedKey: seedKey(config) };
    }
    project.provide("novasimTemplate", info);
  } catch (err) {
    await removeAll().catch(() => {});
    throw err;
  }
  return removeAll;
}
