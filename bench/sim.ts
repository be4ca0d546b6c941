/**
 * The simulator's control plane under load (issue #12): how long POST
 * /sim/v1/reset takes with 1,000 servers in the cloud, and how many hosts
 * POST /sim/v1/hosts adds per second, on SQLite and on PostgreSQL.
 *
 *   npx tsx bench/sim.ts [--db sqlite|postgresql|both] [--servers 1000] [--hosts 10000] [--runs 3]
 *
 * Each database gets a fresh novasim (node dist/server.js, bench settings).
 * Per run: one server is created through the API and, once ACTIVE, copied to
 * `--servers` rows straight into the database (bench/fill.ts); then the reset
 * is timed from request to answer (the caller's token kept). Then `--hosts`
 * hosts are added in one request, timed, and a reset removes them again.
 * Prints a Markdown table; no thresholds.
 */
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { fillServers } from "./fill.js";
import { pgAvailable, request, startNovasim, summary, token, type DbKind } from "./lib.js";

const { values: opt } = parseArgs({
  options: {
    db: { type: "string", default: "both" },
    servers: { type: "string", default: "1000" },
    hosts: { type: "string", default: "10000" },
    runs: { type: "string", default: "3" },
  },
});
const SERVERS = Number(opt.servers);
const HOSTS = Number(opt.hosts);
const RUNS = Number(opt.runs);
const ms = (t0: number) => performance.now() - t0;
const log = (m: string) => process.stderr.write(`[bench:sim] ${m}\n`);

async function one(db: DbKind) {
  const nova = await startNovasim({ db, logFile: path.join(os.tmpdir(), `novasim-bench-sim-${db}.log`) });
  try {
    const admin = await token(nova.base, "admin");
    const auth = { "x-auth-token": admin.token };
    const q = await request(nova.base, "PUT", `/compute/v2.1/os-quota-sets/${admin.projectId}`, auth, { quota_set: { instances: -1, cores: -1, ram: -1 } });
    if (q.status !== 200) throw new Error(`quota: ${q.status}`);
    const images = (await request(nova.base, "GET", "/image/v2/images", auth)).json().images as { id: string }[];
    const resets: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const c = await request(nova.base, "POST", "/compute/v2.1/servers", { ...auth, "openstack-api-version": "compute 2.37" }, { server: { name: "bench-sim", imageRef: images[0]!.id, flavorRef: "42", networks: "none" } });
      if (c.status !== 202) throw new Error(`create: ${c.status} ${c.body.toString()}`);
      const id = c.json().server.id as string;
      for (let i = 0; ; i++) {
        const s = await request(nova.base, "GET", `/compute/v2.1/servers/${id}`, auth);
        if (s.json().server?.status === "ACTIVE") break;
        if (i > 2000) throw new Error("server never ACTIVE");
        await new Promise((r) => setTimeout(r, 5));
      }
      await fillServers(nova.url, id, SERVERS - 1);
      const t0 = performance.now();
      const r = await request(nova.base, "POST", "/sim/v1/reset", auth, {});
      resets.push(ms(t0));
      if (r.status !== 200) throw new Error(`reset: ${r.status} ${r.body.toString()}`);
      const left = (await request(nova.base, "GET", "/compute/v2.1/servers?all_tenants=1", auth)).json().servers.length;
      if (left !== 0) throw new Error(`reset left ${left} servers`);
      log(`${db}: reset with ${SERVERS} servers, run ${run + 1}: ${resets.at(-1)!.toFixed(0)} ms`);
    }
    const t0 = performance.now();
    const h = await request(nova.base, "POST", "/sim/v1/hosts", auth, { hosts: [{ name: "bulk", count: HOSTS }] });
    const addMs = ms(t0);
    if (h.status !== 201) throw new Error(`hosts: ${h.status} ${h.body.toString().slice(0, 300)}`);
    const t1 = performance.now();
    const r = await request(nova.base, "POST", "/sim/v1/reset", auth, {});
    const resetHostsMs = ms(t1);
    if (r.status !== 200) throw new Error(`reset after hosts: ${r.status}`);
    log(`${db}: ${HOSTS} hosts added in ${addMs.toFixed(0)} ms; reset after: ${resetHostsMs.toFixed(0)} ms`);
    return { db, reset: summary(resets), addMs, resetHostsMs };
  } finally {
    await nova.stop();
  }
}

const kinds: DbKind[] = opt.db === "both" ? ["sqlite", "postgresql"] : [opt.db as DbKind];
const rows = [];
for (const db of kinds) {
  if (db === "postgresql" && !(await pgAvailable())) {
    log("PostgreSQL does not answer: skipped");
    continue;
  }
  rows.push(await one(db));
}
const load = os.loadavg().map((l) => l.toFixed(2)).join(" ");
console.log(`Run ${new Date().toISOString()} on ${os.hostname()} (${os.cpus().length} cores), load average at the end ${load}.\n`);
console.log(`| db | reset with ${SERVERS.toLocaleString("en")} servers, p50 / max of ${RUNS} | ${HOSTS.toLocaleString("en")} hosts added (one request) | hosts added per second | reset after adding them |`);
console.log("|---|---|---|---|---|");
for (const r of rows) {
  console.log(`| ${r.db} | ${r.reset.p50.toFixed(0)} / ${r.reset.p99.toFixed(0)} ms | ${r.addMs.toFixed(0)} ms | ${Math.round(HOSTS / (r.addMs / 1000)).toLocaleString("en")} | ${r.resetHostsMs.toFixed(0)} ms |`);
}
