import type { Logger } from "pino";
import type { Config } from "./config.js";
import { openDatabase, type Database } from "./db/client.js";
import { migrate } from "./db/migrate.js";
import { seed } from "./db/seed/index.js";

/** Migrate, open and seed the database named by the config. */
export async function prepareDatabase(config: Config, logger: Logger): Promise<Database> {
  const applied = await migrate(config.databaseUrl);
  if (applied.length) logger.info({ migrations: applied }, "applied database migrations");
  const db = await openDatabase(config.databaseUrl);
  await seed(db.prisma, config);
  return db;
}
