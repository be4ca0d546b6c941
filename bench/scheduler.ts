/**
 * Scheduler benchmark: time scheduleAndClaim (filter, weigh, claim with the
 * generation compare-and-set) on SQLite with a small and a large fleet, in the
 * same run, and report the ratio. Usage:
 *
 *   npx tsx bench/scheduler.ts [small=100] [large=1000] [decisions=50]
 *
 * Figures are only comparable within one run (same machine, same load).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareDatabase } from "../src/bootstrap.js";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { release, scheduleAndClaim } from "../src/scheduler/index.js";

const [small = 100, large = 1000, decisions = 50] = process.argv.slice(2).map(Number);

async function measure(hosts: number): Promise<{ hosts: number; medianMs: number; p95Ms: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-bench-"));
  const config = loadConfig({
    NOVASIM_LOG_LEVEL: "silent",
    DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
    NOVASIM_DATA_DIR: dir,
    NOVASIM_HOST_COUNT: String(hosts),
  });
  const db = await prepareDatabase(config, createLogger("silent"));
  try {
    const times: number[] = [];
    for (let i = 0; i < decisions; i++) {
      const consumerId = `bench-${i}`;
      const t0 = process.hrtime.bigint();
      await scheduleAndClaim(db.prisma, { consumerId, vcpus: 1, memoryMb: 512, diskGb: 1 }, { seed: i });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    for (let i = 0; i < decisions; i++) await release(db.prisma, `bench-${i}`);
    times.sort((a, b) => a - b);
    return { hosts, medianMs: times[Math.floor(times.length / 2)]!, p95Ms: times[Math.floor(times.length * 0.95)]! };
  } finally {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const a = await measure(small);
const b = await measure(large);
const fmt = (r: typeof a) => `${r.hosts} hosts: median ${r.medianMs.toFixed(2)} ms, p95 ${r.p95Ms.toFixed(2)} ms per decision`;
console.log(fmt(a));
console.log(fmt(b));
console.log(`ratio ${b.hosts}/${a.hosts} hosts: ${(b.medianMs / a.medianMs).toFixed(2)}x the median time for ${(b.hosts / a.hosts).toFixed(0)}x the hosts`);
