/**
 * Scheduler benchmark: place instances with the scheduler of the compute
 * wiring (host-state cache, default filters and weighers, claims with the
 * generation compare-and-set) on SQLite, for fleets of several sizes, and
 * report p50/p99 per decision:
 *
 *   decision = refresh (read what changed into the cache) + select (filter, weigh)
 *   claim    = the claim transaction in the database
 *   total    = decision + claim
 *
 * Usage:
 *   npx tsx bench/scheduler.ts [--hosts 1000,10000,100000] [--decisions 200] [--baseline]
 *
 * --baseline also times the uncached pass (every host and its usage read per
 * decision), as before the cache. Figures are only comparable within one run.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { prepareDatabase } from "../src/bootstrap.js";
import { systemClock } from "../src/clock.js";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { createScheduler, release, scheduleAndClaim, schedulerSettingsOf } from "../src/scheduler/index.js";

const { values } = parseArgs({
  options: {
    hosts: { type: "string", default: "1000,10000,100000" },
    decisions: { type: "string", default: "200" },
    baseline: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log("npx tsx bench/scheduler.ts [--hosts 1000,10000,100000] [--decisions 200] [--baseline]");
  process.exit(0);
}
const sizes = values.hosts.split(",").map(Number);
const decisions = Number(values.decisions);

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const fmt = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `p50 ${pct(s, 50).toFixed(2)} ms, p99 ${pct(s, 99).toFixed(2)} ms`;
};

async function measure(hosts: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-bench-"));
  const config = loadConfig({
    NOVASIM_LOG_LEVEL: "silent",
    DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
    NOVASIM_DATA_DIR: dir,
    NOVASIM_HOST_COUNT: String(hosts),
  });
  const t0 = performance.now();
  const db = await prepareDatabase(config, createLogger("silent"));
  const seeded = performance.now() - t0;
  try {
    const flavor = { vcpus: 1, memoryMb: 512, diskGb: 1 };
    let baseline = "";
    if (values.baseline) {
      const times: number[] = [];
      for (let i = 0; i < Math.min(decisions, 50); i++) {
        const s = performance.now();
        await scheduleAndClaim(db.prisma, { consumerId: `base-${i}`, ...flavor }, { seed: i });
        times.push(performance.now() - s);
      }
      for (let i = 0; i < Math.min(decisions, 50); i++) await release(db.prisma, `base-${i}`);
      baseline = `\n  uncached  (${times.length} decisions): ${fmt(times)}`;
    }
    const scheduler = createScheduler({ db: db.prisma, clock: systemClock, settings: schedulerSettingsOf(config), keep: decisions + 10 });
    const w = performance.now();
    await scheduler.cache.hosts();
    const warm = performance.now() - w;
    for (let i = 0; i < decisions; i++) {
      await scheduleAndClaim(db.prisma, { consumerId: `bench-${i}`, ...flavor }, { seed: i });
      // Every tenth decision, one release: the cache reads it back as a change.
      if (i % 10 === 9) await release(db.prisma, `bench-${i - 5}`);
    }
    const recs = scheduler.decisions();
    const decision = recs.map((r) => r.ms.refresh + r.ms.select);
    console.log(
      `${hosts} hosts (seeded in ${(seeded / 1000).toFixed(1)} s, cache filled in ${warm.toFixed(0)} ms), ${recs.length} decisions:\n` +
        `  decision  (refresh + filter + weigh): ${fmt(decision)}\n` +
        `    refresh: ${fmt(recs.map((r) => r.ms.refresh))}; filter + weigh: ${fmt(recs.map((r) => r.ms.select))}\n` +
        `  claim     (database transaction):   ${fmt(recs.map((r) => r.ms.claim))}\n` +
        `  total:                              ${fmt(recs.map((r) => r.ms.total))}` +
        baseline,
    );
  } finally {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
for (const n of sizes) await measure(n);
