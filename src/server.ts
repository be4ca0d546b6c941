import type { AddressInfo } from "node:net";
import closeWithGrace from "close-with-grace";
import { buildApp } from "./app.js";
import { prepareDatabase } from "./bootstrap.js";
import { systemClock } from "./clock.js";
import { ConfigError, helpText, loadConfig, wantsHelp } from "./config.js";
import { createLogger } from "./logger.js";
import { announce, banner } from "./ready.js";
import { providerOf } from "./db/client.js";
import { listenStarting } from "./http/starting.js";
import { seedRandomness } from "./simulator/determinism.js";

/** How long a graceful close may take (requests in flight, the worker's step) before the process exits anyway. */
const CLOSE_GRACE_MS = 10_000;

/** config -> logger -> db -> app -> listen, and a graceful close on SIGINT/SIGTERM (close-with-grace). */
async function main() {
  const argv = process.argv.slice(2);
  if (wantsHelp(argv)) {
    process.stdout.write(helpText());
    process.exit(0);
  }
  let config;
  try {
    config = loadConfig(process.env, argv);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`novasim: ${err.message} (novasim --help lists the settings)\n`);
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
  // SIGINT, SIGTERM (and the other termination signals, and uncaught errors) close the server
  // gracefully: no new connections, requests in flight answered, the worker and the database
  // closed, then exit; after CLOSE_GRACE_MS it exits anyway. A second Ctrl-C exits at once; a
  // repeated SIGTERM does not cut the close short (`kill` of a process group reaches the server
  // both directly and through npm, which forwards it).
  const closer = closeWithGrace({ delay: CLOSE_GRACE_MS, logger, skip: ["SIGTERM", "SIGINT"] }, async ({ signal, err }) => {
    if (err) logger.error({ err }, "shutting down after an uncaught error");
    else if (signal) logger.info({ signal }, "shutting down");
    await app.close();
    await db.close();
  });
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (!stopping) {
      stopping = true;
      logger.info({ signal }, "shutting down");
      closer.close();
    } else if (signal === "SIGINT") {
      logger.warn({ signal }, "second interrupt, exiting at once");
      process.exit(1);
    }
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  await starting.close();
  const address = await app.listen({ host: config.host, port: starting.port });
  const ready = announce(config, app.server.address() as AddressInfo);
  // The log line names the accounts; their passwords are in clouds.yaml and the terminal banner only.
  const accounts = ready.accounts.map(({ password: _password, ...a }) => a);
  // The message stays "novasim listening" (scripts and tests wait for it); `address` is what was bound.
  logger.info({ address, ...ready, accounts, database: db.provider }, "novasim listening");
  if (process.stdout.isTTY) process.stdout.write(`\n${banner(ready)}\n`);
  app.services.sim.ready({ address });
}

main().catch((err) => {
  process.stderr.write(`novasim: failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
