import type { Logger } from "pino";
import type { Config } from "./config.js";
import { openDatabase, providerOf, type Database } from "./db/client.js";
import { migrate, readMigrations, withStartupLock } from "./db/migrate.js";
import { seed, seedPasswordHashes } from "./db/seed/index.js";
import { isSeeded, saveSeedState } from "./simulator/control.js";

/**
 * Migrate, open and seed the database named by the config. Replicas starting
 * together on one fresh database take turns (withStartupLock): the first
 * migrates and seeds, the next finds everything in place.
 */
export async function prepareDatabase(config: Config, logger: Logger): Promise<Database> {
  return withStartupLock(config.databaseUrl, async () => {
    const applied = await migrate(config.databaseUrl);
    if (applied.length) logger.info({ migrations: applied }, "applied database migrations");
    // Every migration applied now: a new database, with no users yet. Their password hashes
    // (scrypt) start before the database client loads, and run beside it.
    const fresh = applied.length > 0 && applied.length === readMigrations(providerOf(config.databaseUrl)).length;
    const hashes = fresh ? seedPasswordHashes(config) : undefined;
    const db = await openDatabase(config.databaseUrl);
    try {
      const unseeded = !(await isSeeded(db, config));
      await seed(db.prisma, config, { hashes });
      // What POST /sim/v1/reset returns to.
      if (unseeded) await saveSeedState(db, config);
    } catch (err) {
      await db.close();
      throw err;
    }
    return db;
  });
}
