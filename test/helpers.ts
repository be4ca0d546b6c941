import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { buildApp, type App } from "../src/app.js";
import { prepareDatabase } from "../src/bootstrap.js";
import { ManualClock } from "../src/clock.js";
import type { Config } from "../src/config.js";
import { sqlitePath, type Database } from "../src/db/client.js";
import { createLogger } from "../src/logger.js";
import { seedKey, testConfig, type TemplateInfo } from "./global-setup.js";

/**
 * Tests run on SQLite by default. With TEST_DATABASE_URL=postgresql://… (as CI
 * sets it) every test database is a fresh PostgreSQL database instead.
 */
export const pgBase = process.env.TEST_DATABASE_URL;

/** A new, empty database URL: a temp SQLite file, or a new PostgreSQL database. */
export async function freshDatabaseUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  if (pgBase) {
    const name = `novasim_t_${crypto.randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: pgBase });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(pgBase);
    u.pathname = `/${name}`;
    return {
      url: u.toString(),
      async drop() {
        const c = new pg.Client({ connectionString: pgBase });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-test-"));
  return { url: `file:${path.join(dir, "novasim.db")}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The run's template database (test/global-setup.ts), or null without one (NOVASIM_TEST_TEMPLATE=0, or another config). */
function template(): TemplateInfo | null {
  try {
    return inject("novasimTemplate") ?? null;
  } catch {
    return null;
  }
}

/**
 * A new database that is a copy of the run's migrated, seeded template: a copy
 * of its file on SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL.
 */
export async function templateDatabaseUrl(tpl: TemplateInfo): Promise<{ url: string; drop(): Promise<void> }> {
  if (tpl.provider === "postgresql") {
    if (!pgBase) throw new Error("a PostgreSQL template database, but no TEST_DATABASE_URL in this worker");
    const name = `novasim_t_${crypto.randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: pgBase });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${tpl.database}`);
    } finally {
      await admin.end();
    }
    const u = new URL(pgBase);
    u.pathname = `/${name}`;
    return {
      url: u.toString(),
      async drop() {
        const c = new pg.Client({ connectionString: pgBase });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-test-"));
  const file = path.join(dir, "novasim.db");
  fs.copyFileSync(tpl.file, file);
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
export async function startApp(opts: { url?: string; env?: Record<string, string>; clock?: ManualClock } = {}): Promise<TestApp & { url: string; drop(): Promise<void> }> {
  const env = { ...opts.env };
  let fresh: { url: string; drop(): Promise<void> };
  if (opts.url) {
    fresh = { url: opts.url, drop: async () => {} };
    const dataDir = dataDirs.get(opts.url);
    if (dataDir) env.NOVASIM_DATA_DIR ??= dataDir;
  } else {
    const tpl = template();
    const useTemplate = tpl !== null && env.DATABASE_URL === undefined && seedKey(testConfig("file:probe.db", env)) === tpl.seedKey;
    fresh = useTemplate ? await templateDatabaseUrl(tpl) : await freshDatabaseUrl();
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
  const logger = createLogger(config.logLevel);
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
