// time each start phase: node dist with timing hooks
const t0 = performance.now();
const lap = (n) => console.log(n.padEnd(14), (performance.now() - t0).toFixed(0), "ms", Math.round(process.memoryUsage().rss / 1e6), "MB");
const { loadConfig } = await import("../../dist/config.js"); lap("config mod");
const { createLogger } = await import("../../dist/logger.js");
const { prepareDatabase } = await import("../../dist/bootstrap.js"); lap("bootstrap mod");
const { buildApp } = await import("../../dist/app.js"); lap("app mod");
const { systemClock } = await import("../../dist/clock.js");
const config = loadConfig({ NOVASIM_DATA_DIR: process.argv[2], NOVASIM_PORT: "0", NOVASIM_LOG_LEVEL: "warn" }, []);
const logger = createLogger(config.logLevel);
const db = await prepareDatabase(config, logger); lap("db ready");
const app = await buildApp({ config, db, clock: systemClock, logger }); lap("app built");
await app.ready(); lap("app ready");
await app.listen({ port: 0 }); lap("listening");
await app.inject({ url: "/compute/v2.1/" }); lap("first 200");
await app.close(); await db.close();
