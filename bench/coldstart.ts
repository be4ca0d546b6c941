/**
 * Cold start and idle RSS of the server, compiled (`node dist/server.js`, what
 * `npm start` runs) and through tsx (`npm run dev`): spawn it, poll
 * GET /compute/v2.1/ every 5 ms until the first 200, then let it idle and read
 * its RSS. "first start" is on an empty SQLite database (migrations and seeding
 * included); "restart" is the next start on that database.
 *
 *   npx tsx bench/coldstart.ts [runs=3] [idle-seconds=3]
 *
 * Needs `npm run build` first for the compiled entry.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { BENCH_SETTINGS, freePort, ROOT, spawnServer, summary, type Entry } from "./lib.js";

export interface ColdStart {
  entry: Entry;
  runs: number;
  firstStartMs: { p50: number; max: number };
  restartMs: { p50: number; max: number };
  idleRssMb: { p50: number; max: number };
}

const args = (entry: Entry) => (entry === "dist" ? [path.join(ROOT, "dist/server.js")] : ["--import", "tsx", path.join(ROOT, "src/server.ts")]);

export async function coldStart(entry: Entry, runs: number, idleSeconds: number, logFile: string): Promise<ColdStart> {
  const first: number[] = [];
  const again: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-cold-"));
    try {
      for (const pass of [0, 1]) {
        const port = await freePort();
        const env: NodeJS.ProcessEnv = { ...process.env, ...BENCH_SETTINGS, NOVASIM_DATA_DIR: dir, NOVASIM_PORT: String(port), NOVASIM_HOST: "127.0.0.1" };
        delete env.DATABASE_URL;
        delete env.NODE_OPTIONS;
        const child = await spawnServer(args(entry), env, port, "/compute/v2.1/", logFile);
        (pass === 0 ? first : again).push(child.startMs);
        if (pass === 0) {
          await new Promise((r) => setTimeout(r, idleSeconds * 1000));
          rss.push(child.rssMb());
        }
        await child.stop();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const s = (xs: number[]) => ({ p50: summary(xs).p50, max: Math.max(...xs) });
  return { entry, runs, firstStartMs: s(first), restartMs: s(again), idleRssMb: s(rss) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [runs = 3, idle = 3] = process.argv.slice(2).map(Number);
  const log = path.join(os.tmpdir(), `novasim-coldstart-${process.pid}.log`);
  for (const entry of ["dist", "tsx"] as const) {
    const r = await coldStart(entry, runs, idle, log);
    console.log(
      `${entry === "dist" ? "node dist/server.js   " : "node --import tsx src/"}: first start p50 ${r.firstStartMs.p50.toFixed(0)} ms (max ${r.firstStartMs.max.toFixed(0)}), ` +
        `restart p50 ${r.restartMs.p50.toFixed(0)} ms (max ${r.restartMs.max.toFixed(0)}), idle RSS p50 ${r.idleRssMb.p50.toFixed(0)} MB (${runs} runs, server log ${log})`,
    );
  }
}
