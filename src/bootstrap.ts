import type { Logger } from "pino";
import type { Config } from "./config.js";
import { openDatabase, type Database } from "./db/client.js";
import { migrate, withStartupLock } from "./db/migrate.js";
import { seed } from "./db/seed/index.js";
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
    const db = await openDatabase(config.databaseUrl);
    try {
      const fresh = !(await isSeeded(db, config));
      await seed(db.prisma, config);
      // What POST /sim/v1/reset returns to.
      if (fresh) await saveSeedState(db, config);
    } catch (err) {
      await db.close();
      throw err;
    }
    return db;
  });
}
