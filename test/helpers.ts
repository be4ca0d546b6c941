import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import pg from "pg";
import type { Logger } from "pino";
import { inject } from "vitest";
import { buildApp, type App } from "../src/app.js";
import { prepareDatabase } from "../src/bootstrap.js";
import { ManualClock } from "../src/clock.js";
import { loadConfig, settings, type Config } from "../src/config.js";
import { sqlitePath, type Database } from "../src/db/client.js";
import { createLogger } from "../src/logger.js";
import type { TemplateLocation } from "./global-setup.js";

/**
 * Tests run on SQLite by default. With TEST_DATABASE_URL=postgresql://… (as CI
 * sets it) every test database is a fresh PostgreSQL database instead.
 */
export const pgBase = process.env.TEST_DATABASE_URL;

/** A new PostgreSQL database on the server of `base` (`options`: e.g. " TEMPLATE x"), and how to drop it. */
async function newPgDatabase(base: string, options: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `novasim_t_${crypto.randomBytes(6).toString("hex")}`;
  const run = async (sql: string) => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await run(`CREATE DATABASE ${name}${options}`);
  const u = new URL(base);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A new, empty database URL: a temp SQLite file, or a new PostgreSQL database. */
export async function freshDatabaseUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  if (pgBase) return newPgDatabase(pgBase, "");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-test-"));
  return { url: `file:${path.join(dir, "novasim.db")}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
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
  "schedulerMaxAttempts",
  "schedulerMaxPlacementResults",
  "schedulerEnabledFilters",
  "schedulerWeightClasses",
  "ramWeightMultiplier",
  "cpuWeightMultiplier",
  "diskWeightMultiplier",
  "numInstancesWeightMultiplier",
  "ioOpsWeightMultiplier",
  "softAffinityWeightMultiplier",
  "softAntiAffinityWeightMultiplier",
  "buildFailureWeightMultiplier",
  "hypervisorVersionWeightMultiplier",
  "maxIoOpsPerHost",
  "maxInstancesPerHost",
]);

/** What the seed writes depends on these values of the configuration only. */
export function seedKey(config: Config): string {
  const keys = Object.keys(settings).filter((k) => !SEED_NEUTRAL.has(k)).sort();
  return JSON.stringify(keys.map((k) => [k, config[k as keyof Config] ?? null]));
}

/** The configuration a test app runs with: the defaults, silent, on `url`, with `env` on top. */
function testConfig(url: string, env: Record<string, string> = {}): Config {
  return loadConfig({ NOVASIM_LOG_LEVEL: "silent", NOVASIM_VALIDATE_RESPONSES: "true", DATABASE_URL: url, ...env });
}

/** The template holds what the seed writes with the default settings. */
const templateSeedKey = seedKey(testConfig("file:template.db"));

/** Where the run's template lives (test/global-setup.ts), or null without one (NOVASIM_TEST_TEMPLATE=0, or another config). */
function templateLocation(): TemplateLocation | null {
  try {
    return inject("novasimTemplate") ?? null;
  } catch {
    return null;
  }
}

/** Migrate and seed `url` with the default settings, as the first start of a test app would, and close it. */
async function buildTemplate(url: string, dataDir: string): Promise<void> {
  const config = testConfig(url, { NOVASIM_DATA_DIR: dataDir });
  const db = await prepareDatabase(config, createLogger(config.logLevel));
  await db.close();
}

/**
 * The SQLite template file, built by the first worker that needs it. Two workers
 * starting at once may both build one: each builds in a folder of its own and
 * renames the finished file into place, so a copy always takes a whole template.
 */
async function sqliteTemplate(dir: string): Promise<string> {
  const file = path.join(dir, "template.db");
  if (fs.existsSync(file)) return file;
  const build = fs.mkdtempSync(path.join(dir, "build-"));
  try {
    const built = path.join(build, "template.db");
    await buildTemplate(`file:${built}`, build);
    // Fold the WAL into the file: the file alone is then the whole database.
    const s = new Sqlite(built);
    try {
      s.pragma("journal_mode = DELETE");
    } finally {
      s.close();
    }
    if (fs.existsSync(`${built}-wal`)) throw new Error(`template ${built} still has a WAL file`);
    fs.renameSync(built, file);
  } finally {
    fs.rmSync(build, { recursive: true, force: true });
  }
  return file;
}

/**
 * The PostgreSQL template database, built by the first worker that needs it
 * while the others wait on an advisory lock. Once built it accepts no
 * connections (a template must have none while it is copied), which also marks
 * it finished; one left half-built by a worker that died is built again.
 */
async function pgTemplate(base: string, database: string): Promise<string> {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const lock = [774_022, crypto.createHash("sha256").update(database).digest().readInt32BE(0)];
  try {
    await admin.query("SELECT pg_advisory_lock($1, $2)", lock);
    const { rows } = await admin.query<{ datallowconn: boolean }>("SELECT datallowconn FROM pg_database WHERE datname = $1", [database]);
    if (rows[0]?.datallowconn === false) return database;
    if (rows.length) await admin.query(`DROP DATABASE ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}`);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-template-"));
    try {
      const u = new URL(base);
      u.pathname = `/${database}`;
      await buildTemplate(u.toString(), dataDir);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    await admin.query(`ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS false`);
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [database]);
    return database;
  } finally {
    await admin.query("SELECT pg_advisory_unlock($1, $2)", lock).catch(() => {});
    await admin.end();
  }
}

let templateBuilt: Promise<string> | undefined;

/** The template's file (SQLite) or database name (PostgreSQL), built once per worker at most. */
function template(loc: TemplateLocation): Promise<string> {
  templateBuilt ??= (loc.provider === "sqlite" ? sqliteTemplate(loc.dir) : pgTemplate(pgBase!, loc.database)).catch((err) => {
    templateBuilt = undefined;
    throw err;
  });
  return templateBuilt;
}

/**
 * A new database that is a copy of the run's migrated, seeded template: a copy
 * of its file on SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL.
 */
export async function templateDatabaseUrl(loc: TemplateLocation): Promise<{ url: string; drop(): Promise<void> }> {
  if (loc.provider === "postgresql") {
    if (!pgBase) throw new Error("a PostgreSQL template database, but no TEST_DATABASE_URL in this worker");
    return newPgDatabase(pgBase, ` TEMPLATE ${await template(loc)}`);
  }
  const tpl = await template(loc);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-test-"));
  const file = path.join(dir, "novasim.db");
  fs.copyFileSync(tpl, file);
  return { url: `file:${file}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Data folders of the databases startApp made in this worker, for a restart on the same url. */
const dataDirs = new Map<string, string>();

export interface TestApp {
  app: App;
  db: Database;
  clock: ManualClock;
  config: Config;
  /** Closes the app and the database; keeps the database unless `drop` is set. */
  close(opts?: { drop?: boolean }): Promise<void>;
  /** A project-scoped token for a seeded user (admin, demo, alt_demo). */
  token(user: "admin" | "demo" | "alt_demo"): Promise<string>;
}

/**
 * An app on a database of its own (or on `url`, to restart on an existing one).
 * The new database is a copy of the run's template (test/global-setup.ts) when
 * the settings in `env` seed the same data as the defaults do; otherwise it is
 * migrated and seeded from scratch. Either way prepareDatabase runs on it, as
 * at a real start. Unless `env` names NOVASIM_DATA_DIR, image files live in a
 * folder of the database's own (the SQLite database's temp folder), removed
 * with it; a restart on the same `url` in the same file keeps that folder.
 */
export async function startApp(opts: { url?: string; env?: Record<string, string>; clock?: ManualClock; logger?: Logger } = {}): Promise<TestApp & { url: string; drop(): Promise<void> }> {
  const env = { ...opts.env };
  let fresh: { url: string; drop(): Promise<void> };
  if (opts.url) {
    fresh = { url: opts.url, drop: async () => {} };
    const dataDir = dataDirs.get(opts.url);
    if (dataDir) env.NOVASIM_DATA_DIR ??= dataDir;
  } else {
    const loc = templateLocation();
    const useTemplate = loc !== null && env.DATABASE_URL === undefined && seedKey(testConfig("file:probe.db", env)) === templateSeedKey;
    fresh = useTemplate ? await templateDatabaseUrl(loc) : await freshDatabaseUrl();
    if (env.NOVASIM_DATA_DIR === undefined) {
      const own = fresh.url.startsWith("file:") ? path.dirname(sqlitePath(fresh.url)) : fs.mkdtempSync(path.join(os.tmpdir(), "novasim-data-"));
      env.NOVASIM_DATA_DIR = own;
      dataDirs.set(fresh.url, own);
      const dropDb = fresh.drop;
      fresh.drop = async () => {
        await dropDb();
        fs.rmSync(own, { recursive: true, force: true });
        dataDirs.delete(fresh.url);
      };
    }
  }
  const config = testConfig(fresh.url, env);
  const logger = opts.logger ?? createLogger(config.logLevel);
  const clock = opts.clock ?? new ManualClock(Date.now());
  const db = await prepareDatabase(config, logger);
  const app = await buildApp({ config, db, clock, logger });
  await app.ready();
  const tokens = new Map<string, string>();
  return {
    app,
    db,
    clock,
    config,
    url: fresh.url,
    drop: fresh.drop,
    async close({ drop = true } = {}) {
      await app.close();
      await db.close();
      if (drop) await fresh.drop();
    },
    async token(user) {
      const cached = tokens.get(user);
      if (cached) return cached;
      const res = await app.inject({
        method: "POST",
        url: "/identity/v3/auth/tokens?nocatalog",
        payload: passwordAuth(user, user, user),
      });
      if (res.statusCode !== 201) throw new Error(`login ${user}: ${res.statusCode} ${res.body}`);
      const t = res.headers["x-subject-token"] as string;
      tokens.set(user, t);
      return t;
    },
  };
}

export function passwordAuth(user: string, password: string, project?: string) {
  return {
    auth: {
      identity: {
        methods: ["password"],
        password: { user: { name: user, domain: { name: "Default" }, password } },
      },
      ...(project ? { scope: { project: { name: project, domain: { name: "Default" } } } } : {}),
    },
  };
}

/**
 * A token of a new user `name` (password "secret") who holds only the reader
 * role on the seeded project `project`: what the secure-RBAC tests try writes with.
 */
export async function readerToken(t: TestApp, name: string, project: "admin" | "demo" | "alt_demo" = "demo"): Promise<string> {
  const admin = { "x-auth-token": await t.token("admin") };
  const projectId = (await t.db.prisma.project.findFirstOrThrow({ where: { name: project }, select: { id: true } })).id;
  const role = (await t.db.prisma.role.findFirstOrThrow({ where: { name: "reader" }, select: { id: true } })).id;
  const user = await t.app.inject({
    method: "POST",
    url: "/identity/v3/users",
    headers: admin,
    payload: { user: { name, password: "secret", domain_id: "default", default_project_id: projectId } },
  });
  if (user.statusCode !== 201) throw new Error(`create reader ${name}: ${user.statusCode} ${user.body}`);
  const grant = await t.app.inject({ method: "PUT", url: `/identity/v3/projects/${projectId}/users/${user.json().user.id}/roles/${role}`, headers: admin });
  if (grant.statusCode !== 204) throw new Error(`grant reader ${name}: ${grant.statusCode} ${grant.body}`);
  const login = await t.app.inject({ method: "POST", url: "/identity/v3/auth/tokens?nocatalog", payload: passwordAuth(name, "secret", project) });
  if (login.statusCode !== 201) throw new Error(`login reader ${name}: ${login.statusCode} ${login.body}`);
  return login.headers["x-subject-token"] as string;
}
