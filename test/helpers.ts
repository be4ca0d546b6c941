import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { buildApp, type App } from "../src/app.js";
import { prepareDatabase } from "../src/bootstrap.js";
import { ManualClock } from "../src/clock.js";
import { loadConfig, type Config } from "../src/config.js";
import type { Database } from "../src/db/client.js";
import { createLogger } from "../src/logger.js";

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

export async function startApp(opts: { url?: string; env?: Record<string, string>; clock?: ManualClock } = {}): Promise<TestApp & { url: string; drop(): Promise<void> }> {
  const fresh = opts.url ? { url: opts.url, drop: async () => {} } : await freshDatabaseUrl();
  const config = loadConfig({ NOVASIM_LOG_LEVEL: "silent", DATABASE_URL: fresh.url, ...opts.env });
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
