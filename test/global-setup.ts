import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";

/**
 * vitest globalSetup: names ONE template database for the whole `vitest run`
 * and removes it at the end (issue #11 item 7). test/helpers.ts `startApp()`
 * builds it, migrated and seeded, the first time a test needs it, and gives
 * each test database a copy of it instead of migrating and seeding anew:
 *
 * - SQLite: template.db in the folder named here; each test database is a copy
 *   of the file.
 * - PostgreSQL (TEST_DATABASE_URL set): the database named here, on that
 *   server; each test database is `CREATE DATABASE … TEMPLATE` it.
 *
 * Nothing is built here, so a run without app tests pays nothing for it.
 * NOVASIM_TEST_TEMPLATE=0 turns the template off: every test database is then
 * migrated and seeded from scratch.
 */

export type TemplateLocation = { provider: "sqlite"; dir: string } | { provider: "postgresql"; database: string };

declare module "vitest" {
  export interface ProvidedContext {
    novasimTemplate: TemplateLocation | null;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.NOVASIM_TEST_TEMPLATE === "0") {
    project.provide("novasimTemplate", null);
    return;
  }
  const pgBase = process.env.TEST_DATABASE_URL;
  if (pgBase) {
    const database = `novasim_tpl_${crypto.randomBytes(6).toString("hex")}`;
    project.provide("novasimTemplate", { provider: "postgresql", database });
    return async () => {
      const c = new pg.Client({ connectionString: pgBase });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-template-"));
  project.provide("novasimTemplate", { provider: "sqlite", dir });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
