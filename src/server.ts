import { buildApp } from "./app.js";
import { prepareDatabase } from "./bootstrap.js";
import { systemClock } from "./clock.js";
import { ConfigError, loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { providerOf } from "./db/client.js";
import { listenStarting } from "./http/starting.js";
import { seedRandomness } from "./simulator/determinism.js";

/** config -> logger -> db -> app -> listen, and a graceful close on SIGINT/SIGTERM. */
async function main() {
  let config;
  try {
    config = loadConfig(process.env, process.argv.slice(2));
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`novasim: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  // Health answers 503 "starting" while migrations and the seed run.
  const starting = await listenStarting(config.host, config.port, { database: providerOf(config.databaseUrl) });
  if (config.seed !== undefined) seedRandomness(config.seed); // the seeded ids too
  const db = await prepareDatabase(config, logger);
  const app = await buildApp({ config, db, clock: systemClock, logger });
  await app.services.worker.start();
  const close = async (signal: string) => {
    logger.info({ signal }, "shutting down");
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void close("SIGINT"));
  process.once("SIGTERM", () => void close("SIGTERM"));
  await starting.close();
  const address = await app.listen({ host: config.host, port: starting.port });
  logger.info({ address, database: db.provider }, "novasim listening");
  app.services.sim.ready({ address });
}

main().catch((err) => {
  process.stderr.write(`novasim: failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
