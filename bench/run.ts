/**
 * The benchmark (`npm run bench`, `npm run bench:quick`): for each database
 * (SQLite, PostgreSQL), start the compiled novasim (`node dist/server.js`) as a
 * child process on a fresh database, with boot and action times 0, and run the
 * scenarios of issue #8 against it. Each throughput or latency figure stands
 * beside a bare fastify server (bench/bare-server.ts, another child process)
 * answering the same route with the body novasim gave, byte for byte, measured
 * in the same run and interleaved with novasim (novasim round, bare round,
 * novasim round, ...; per request for the sequential scenarios).
 *
 *   npm run bench [-- options]      full sizes (10,000 servers; a few minutes per database)
 *   npm run bench:quick             small sizes, seconds: proves the harness works (CI)
 *
 * Options: --quick, --db sqlite|postgresql|both (default both; PostgreSQL is
 * skipped with a note when it does not answer), --duration S (per load round),
 * --rounds N, --servers N (for the big list), --sequential N,
 * --out DIR (default bench/results), --fill db|api (how the servers beyond those
 * the create scenarios made are added for the big list: db, the default of the
 * full run, copies an ACTIVE server's rows straight into the database
 * (bench/fill.ts); api, the default of --quick, creates them through
 * POST servers with 50 concurrent clients).
 *
 * Writes DIR/<date>.json and DIR/latest.md (the table, also printed), with the
 * machine, the Node version and the date. A non-2xx answer is counted as an
 * error, never a crash. No thresholds: the targets are printed beside the
 * figures, for reading.
 */
import autocannon from "autocannon";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { coldStart, type ColdStart } from "./coldstart.js";
import { fillServers } from "./fill.js";
import { authBody, withTimeout, pgAvailable, request, ROOT, startBare, startNovasim, summary, token, type BareRoute, type Child, type DbKind } from "./lib.js";

const { values: opt } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    db: { type: "string", default: "both" },
    duration: { type: "string" },
    rounds: { type: "string" },
    servers: { type: "string" },
    sequential: { type: "string" },
    out: { type: "string", default: path.join(ROOT, "bench/results") },
    fill: { type: "string" },
  },
});
const quick = opt.quick!;
const num = (v: string | undefined, full: number, q: number) => (v !== undefined ? Number(v) : quick ? q : full);
const SIZES = {
  duration: num(opt.duration, 5, 1), // seconds per load round
  rounds: num(opt.rounds, 3, 1), // rounds per side, interleaved
  detailServers: quick ? 5 : 20, // servers behind the servers/detail throughput figure
  sequential: num(opt.sequential, 1000, 20), // sequential creates
  servers: num(opt.servers, 10_000, 100), // servers behind the limit=1000 page
  tokens: quick ? 20 : 300, // sequential token issues
  coldRuns: quick ? 1 : 3,
};
const CLIENTS = 50;
// The quick run (CI) adds its few servers through the API; the full run copies rows (bench/fill.ts).
const FILL = opt.fill ?? (quick ? "api" : "db");
const LOGDIR = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-bench-logs-"));
const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

// ------------------------------------------------------------------ results
interface Figure {
  /** Answers per second (any status). */
  reqPerSec?: number;
  /** 2xx answers per second. */
  okPerSec?: number;
  p50Ms?: number;
  p99Ms?: number;
  /** Requests made / answers that were not 2xx (or connection errors). */
  requests?: number;
  errors?: number;
  value?: number;
  unit?: string;
}
interface Row {
  scenario: string;
  db: DbKind | "-";
  novasim: Figure;
  bare?: Figure;
  target?: string;
  met?: boolean;
  note?: string;
}
const rows: Row[] = [];

// ------------------------------------------------------------------ load generation
interface Load {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
  connections: number;
}

async function cannon(base: string, l: Load, limit: { duration?: number; amount?: number }): Promise<Figure & { seconds: number }> {
  const t0 = performance.now();
  const r = await autocannon({
    url: base + l.path,
    method: l.method,
    headers: { ...(l.body ? { "content-type": "application/json" } : {}), ...l.headers },
    body: l.body,
    connections: limit.amount ? Math.min(l.connections, limit.amount) : l.connections,
    ...(limit.amount ? { amount: limit.amount } : { duration: limit.duration }),
    timeout: 30,
  });
  // Wall-clock time of the run (autocannon's own duration is in whole seconds).
  const seconds = ms(t0) / 1000;
  const ok = r["2xx"];
  const requests = ok + r.non2xx + r.errors;
  // req/s counts every answer (an error answer too, so that novasim and a bare server replaying
  // its error stay comparable); okPerSec only the 2xx ones.
  return { reqPerSec: (ok + r.non2xx) / seconds, okPerSec: ok / seconds, p50Ms: r.latency.p50, p99Ms: r.latency.p99, requests, errors: r.non2xx + r.errors, seconds };
}

/** Interleaved rounds: novasim, bare, novasim, bare...; req/s over all rounds, the median round's p50 and the worst round's p99. */
async function interleaved(nova: Child, bare: Child, l: Load): Promise<{ novasim: Figure; bare: Figure }> {
  const runs: Record<"n" | "b", (Figure & { seconds: number })[]> = { n: [], b: [] };
  for (let i = 0; i < SIZES.rounds; i++) {
    runs.n.push(await cannon(nova.base, l, { duration: SIZES.duration }));
    runs.b.push(await cannon(bare.base, l, { duration: SIZES.duration }));
  }
  const fold = (xs: (Figure & { seconds: number })[]): Figure => ({
    reqPerSec: xs.reduce((a, x) => a + x.reqPerSec! * x.seconds, 0) / xs.reduce((a, x) => a + x.seconds, 0),
    okPerSec: xs.reduce((a, x) => a + x.okPerSec! * x.seconds, 0) / xs.reduce((a, x) => a + x.seconds, 0),
    p50Ms: summary(xs.map((x) => x.p50Ms!)).p50,
    p99Ms: Math.max(...xs.map((x) => x.p99Ms!)),
    requests: xs.reduce((a, x) => a + x.requests!, 0),
    errors: xs.reduce((a, x) => a + x.errors!, 0),
  });
  return { novasim: fold(runs.n), bare: fold(runs.b) };
}

async function capture(nova: Child, method: "GET" | "POST", url: string, headers: Record<string, string>, body?: unknown): Promise<BareRoute & { ok: boolean }> {
  const r = await request(nova.base, method, url, headers, body);
  return { method, url: url.split("?")[0]!, status: r.status, contentType: String(r.headers["content-type"] ?? "application/json"), body: r.body.toString("base64"), ok: r.status < 300 };
}

const ms = (t0: number) => performance.now() - t0;

/** n requests one after the other, novasim and bare alternating per request; each call says whether the answer was the expected one. */
async function sequential(n: number, nova: () => Promise<boolean>, bare: () => Promise<boolean>): Promise<{ novasim: Figure; bare: Figure }> {
  const times = { n: [] as number[], b: [] as number[] };
  let errN = 0;
  let errB = 0;
  for (let i = 0; i < n; i++) {
    let t0 = performance.now();
    if (await nova()) times.n.push(ms(t0));
    else errN++;
    t0 = performance.now();
    if (await bare()) times.b.push(ms(t0));
    else errB++;
  }
  const fig = (xs: number[], errors: number): Figure => {
    const s = summary(xs);
    return { p50Ms: s.p50, p99Ms: s.p99, requests: n, errors };
  };
  return { novasim: fig(times.n, errN), bare: fig(times.b, errB) };
}

// ------------------------------------------------------------------ one database
async function benchDatabase(db: DbKind): Promise<void> {
  log(`${db}: starting novasim (node dist/server.js) on a fresh database`);
  const nova = await startNovasim({ db, logFile: path.join(LOGDIR, `novasim-${db}.log`) });
  let bare: Child | undefined;
  try {
    rows.push({ scenario: "cold start to first 200 (fresh database: migrations and seeding)", db, novasim: { value: nova.startMs, unit: "ms" }, target: "≤ 500 ms", met: nova.startMs <= 500 });
    await new Promise((r) => setTimeout(r, 3000));
    const idle = nova.rssMb();
    rows.push({ scenario: "RSS idle (3 s after start)", db, novasim: { value: idle, unit: "MB" }, target: "≤ 120 MB", met: idle <= 120 });

    const demo = await token(nova.base, "demo");
    const admin = await token(nova.base, "admin");
    const auth = { "x-auth-token": demo.token };
    const q = await request(nova.base, "PUT", `/compute/v2.1/os-quota-sets/${demo.projectId}`, { "x-auth-token": admin.token }, { quota_set: { instances: -1, cores: -1, ram: -1 } });
    if (q.status !== 200) throw new Error(`raising demo's quota: ${q.status} ${q.body.toString()}`);
    const img = await request(nova.base, "GET", "/image/v2/images?name=cirros-0.6.2-x86_64-disk", auth);
    const imageRef = img.json().images[0].id as string;
    const createHeaders = { ...auth, "openstack-api-version": "compute 2.37" };
    const createBody = JSON.stringify({ server: { name: "bench", imageRef, flavorRef: "42", networks: "none" } });
    const create = () => request(nova.base, "POST", "/compute/v2.1/servers", createHeaders, createBody);
    for (let i = 0; i < SIZES.detailServers; i++) await create();

    // The bodies the bare server replays, captured once.
    const flavors = await capture(nova, "GET", "/compute/v2.1/flavors/detail", auth);
    await waitActive(nova, auth);
    const detail = await capture(nova, "GET", "/compute/v2.1/servers/detail", auth);
    const tokenRoute = await capture(nova, "POST", "/identity/v3/auth/tokens", {}, authBody("demo", "demo", "demo"));
    const createRoute = await capture(nova, "POST", "/compute/v2.1/servers", createHeaders, JSON.parse(createBody));
    bare = await startBare([flavors, detail, tokenRoute, createRoute], path.join(LOGDIR, `bare-${db}.log`));

    const load = (method: "GET" | "POST", p: string, connections: number, headers: Record<string, string>, body?: string): Load => ({ method, path: p, headers, body, connections });
    const pct = (a: Figure, b: Figure) => (a.reqPerSec! / b.reqPerSec!) * 100;

    log(`${db}: flavors/detail`);
    let r = await interleaved(nova, bare, load("GET", "/compute/v2.1/flavors/detail", 10, auth));
    rows.push({ scenario: "GET flavors/detail, 10 connections", db, ...r, target: "≥ 50% of bare", met: pct(r.novasim, r.bare) >= 50 });

    log(`${db}: servers/detail (${SIZES.detailServers} servers)`);
    r = await interleaved(nova, bare, load("GET", "/compute/v2.1/servers/detail", 10, auth));
    rows.push({ scenario: `GET servers/detail (${SIZES.detailServers} servers), 10 connections`, db, ...r });

    log(`${db}: ${SIZES.tokens} sequential token issues`);
    const tokenBody = JSON.stringify(authBody("demo", "demo", "demo"));
    const seq = await sequential(
      SIZES.tokens,
      async () => (await request(nova.base, "POST", "/identity/v3/auth/tokens", {}, tokenBody)).status === 201,
      async () => (await request(bare!.base, "POST", "/identity/v3/auth/tokens", {}, tokenBody)).status === 201,
    );
    rows.push({ scenario: `POST auth/tokens (token issue), ${SIZES.tokens} sequential`, db, ...seq, target: "p50 ≤ 8 ms", met: seq.novasim.p50Ms! <= 8 });

    log(`${db}: ${SIZES.sequential} sequential creates`);
    const accepted: number[] = [];
    const active: number[] = [];
    const bareAccepted: number[] = [];
    let createErrors = 0;
    let activeErrors = 0;
    let lastActive = "";
    for (let i = 0; i < SIZES.sequential; i++) {
      const t0 = performance.now();
      const c = await create();
      const t202 = ms(t0);
      if (c.status !== 202) {
        createErrors++;
      } else {
        accepted.push(t202);
        const id = c.json().server.id as string;
        for (;;) {
          const g = await request(nova.base, "GET", `/compute/v2.1/servers/${id}`, auth);
          const status = g.status === 200 ? (g.json().server.status as string) : "?";
          if (status === "ACTIVE") {
            active.push(ms(t0));
            lastActive = id;
            break;
          }
          if (status !== "BUILD" || ms(t0) > 30_000) {
            activeErrors++;
            break;
          }
        }
      }
      const b0 = performance.now();
      const bc = await request(bare.base, "POST", "/compute/v2.1/servers", createHeaders, createBody);
      if (bc.status === createRoute.status) bareAccepted.push(ms(b0));
    }
    const sa = summary(accepted);
    const sb = summary(bareAccepted);
    rows.push({
      scenario: `POST servers → 202, ${SIZES.sequential} sequential creates`,
      db,
      novasim: { p50Ms: sa.p50, p99Ms: sa.p99, requests: SIZES.sequential, errors: createErrors },
      bare: { p50Ms: sb.p50, p99Ms: sb.p99, requests: SIZES.sequential, errors: SIZES.sequential - bareAccepted.length },
      target: "p50 ≤ 5 ms",
      met: sa.p50 <= 5,
    });
    const sact = summary(active);
    rows.push({
      scenario: `create → ACTIVE (boot time 0; polling GET servers/{id}), ${SIZES.sequential} sequential`,
      db,
      novasim: { p50Ms: sact.p50, p99Ms: sact.p99, requests: accepted.length, errors: activeErrors },
      target: "p99 ≤ 13 ms",
      met: sact.p99 <= 13,
    });

    log(`${db}: creates, ${CLIENTS} concurrent clients, ${SIZES.duration} s per side`);
    const cl = load("POST", "/compute/v2.1/servers", CLIENTS, createHeaders, createBody);
    const cn = await cannon(nova.base, cl, { duration: SIZES.duration });
    const cb = await cannon(bare.base, cl, { duration: SIZES.duration });
    // Accepted = answered 202: the rate of 2xx answers.
    rows.push({
      scenario: `creates accepted/s (202s per second), ${CLIENTS} concurrent clients, ${SIZES.duration} s`,
      db,
      novasim: { ...cn, reqPerSec: cn.okPerSec },
      bare: { ...cb, reqPerSec: cb.okPerSec },
      target: db === "sqlite" ? "≥ 300/s" : undefined,
      met: db === "sqlite" ? cn.okPerSec! >= 300 : undefined,
    });

    // Up to SIZES.servers servers in demo's project, through the API.
    // Creates that were in flight when the load stopped still land: let them, then count.
    await new Promise((res) => setTimeout(res, 3000));
    await waitActive(nova, auth);
    const have = await countServers(nova, auth);
    const missing = SIZES.servers - have;
    let fill = `all ${have} created through the API`;
    if (missing > 0 && FILL === "api") {
      log(`${db}: creating ${missing} more servers through the API (${CLIENTS} concurrent clients)`);
      const t0 = performance.now();
      const f = await cannon(nova.base, cl, { amount: missing });
      fill = `servers created through the API (POST servers, ${CLIENTS} concurrent clients; the last ${missing} in ${(ms(t0) / 1000).toFixed(1)} s, ${f.errors} errors)`;
    } else if (missing > 0) {
      if (!lastActive) throw new Error("no ACTIVE server to copy for the fill");
      log(`${db}: inserting ${missing} more servers into the database (copies of an ACTIVE one, bench/fill.ts)`);
      const t0 = performance.now();
      await withTimeout(fillServers(nova.url, lastActive, missing), 180_000, "inserting the servers (bench/fill.ts)");
      fill = `${have} servers created through the API, the other ${missing} inserted into the database as copies of one of them (bench/fill.ts, ${(ms(t0) / 1000).toFixed(1)} s)`;
    }
    await waitActive(nova, auth);
    const total = await countServers(nova, auth);

    log(`${db}: servers/detail?limit=1000 over ${total} servers`);
    const page = await capture(nova, "GET", "/compute/v2.1/servers/detail?limit=1000", auth);
    await bare.stop();
    bare = await startBare([{ ...page }], path.join(LOGDIR, `bare-${db}-page.log`));
    r = await interleaved(nova, bare, load("GET", "/compute/v2.1/servers/detail?limit=1000", 2, auth));
    rows.push({
      scenario: `GET servers/detail?limit=1000 over ${total} servers, 2 connections`,
      db,
      ...r,
      target: "p99 ≤ 100 ms",
      met: r.novasim.errors === 0 && r.novasim.p99Ms! <= 100,
      note: [page.ok ? "" : `novasim answered ${page.status} (${Buffer.from(page.body, "base64").toString().slice(0, 60)}…; see the server log); the bare server replays that answer`, fill].filter(Boolean).join("; "),
    });
    const full = nova.rssMb();
    rows.push({ scenario: `RSS with ${total} servers (after the list load)`, db, novasim: { value: full, unit: "MB" } });
  } finally {
    await bare?.stop();
    await nova.stop();
  }
}

async function waitActive(nova: Child, auth: Record<string, string>): Promise<void> {
  const t0 = performance.now();
  for (;;) {
    const r = await request(nova.base, "GET", "/compute/v2.1/servers?status=BUILD&limit=1", auth);
    if (r.status === 200 && r.json().servers.length === 0) return;
    if (ms(t0) > 600_000) throw new Error("servers still in BUILD after 600 s");
    await new Promise((res) => setTimeout(res, 200));
  }
}

/** Count demo's servers by paging GET servers (ids only), 1000 at a time. */
async function countServers(nova: Child, auth: Record<string, string>): Promise<number> {
  let n = 0;
  let marker = "";
  for (;;) {
    const r = await request(nova.base, "GET", `/compute/v2.1/servers?limit=1000${marker ? `&marker=${marker}` : ""}`, auth);
    if (r.status !== 200) return NaN;
    const s = r.json().servers as { id: string }[];
    n += s.length;
    if (s.length < 1000) return n;
    marker = s[s.length - 1]!.id;
  }
}

// ------------------------------------------------------------------ output
function machine() {
  const cpus = os.cpus();
  let commit = "?";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    /* not a clone */
  }
  return {
    hostname: os.hostname(),
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? "?",
    totalMemGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    commit,
  };
}

const f1 = (x: number | undefined, d = 1) => (x === undefined || Number.isNaN(x) ? "—" : x.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d }));
function cell(f: Figure | undefined): string {
  if (!f) return "—";
  if (f.value !== undefined) return `${f1(f.value, 0)} ${f.unit}`;
  const parts: string[] = [];
  if (f.reqPerSec !== undefined) parts.push(`${f1(f.reqPerSec, 0)} req/s`);
  if (f.p50Ms !== undefined) parts.push(`p50 ${f1(f.p50Ms)} ms`);
  if (f.p99Ms !== undefined) parts.push(`p99 ${f1(f.p99Ms)} ms`);
  if (f.errors) parts.push(`**${f.errors} errors** of ${f.requests}`);
  return parts.join(", ");
}

function markdown(m: ReturnType<typeof machine>, date: string, cold: ColdStart[], notes: string[]): string {
  const out: string[] = [];
  out.push(`Run ${date} (${quick ? "quick sizes" : "full sizes"}) on ${m.hostname}: ${m.cpus} × ${m.cpuModel}, ${m.totalMemGiB} GiB, ${m.os}, Node ${m.node}, commit ${m.commit}; load average at the end ${m.loadAverage.join(" ")}.`);
  out.push(`Load rounds: ${SIZES.rounds} × ${SIZES.duration} s per side, novasim and bare fastify interleaved; req/s over all rounds, p50 of the median round, p99 of the worst. req/s counts every answer; errors = non-2xx answers and connection errors. autocannon reports latencies in whole milliseconds; the sequential scenarios are timed per request with performance.now().`);
  out.push("");
  out.push("| scenario | db | novasim | bare fastify, same bytes | novasim / bare | target |");
  out.push("|---|---|---|---|---|---|");
  for (const r of rows) {
    const ratio = r.bare?.reqPerSec && r.novasim.reqPerSec !== undefined ? `${f1((r.novasim.reqPerSec / r.bare.reqPerSec) * 100, 0)}%` : r.bare?.p50Ms && r.novasim.p50Ms ? `${f1(r.novasim.p50Ms / r.bare.p50Ms)}× p50` : "";
    const target = r.target ? `${r.target} ${r.met === undefined ? "" : r.met ? "✓" : "✗"}` : "";
    out.push(`| ${r.scenario}${r.note ? ` (${r.note})` : ""} | ${r.db} | ${cell(r.novasim)} | ${cell(r.bare)} | ${ratio} | ${target} |`);
  }
  if (cold.length) {
    out.push("");
    out.push("Cold start to the first 200 of `GET /compute/v2.1/` (SQLite; polled every 5 ms) and RSS 3 s after start:");
    out.push("");
    out.push("| entry | runs | first start (empty database), p50 / max | restart, p50 / max | idle RSS p50 |");
    out.push("|---|---|---|---|---|");
    for (const c of cold) {
      const name = c.entry === "dist" ? "`node dist/server.js` (npm start)" : "`node --import tsx src/server.ts` (npm run dev)";
      out.push(`| ${name} | ${c.runs} | ${f1(c.firstStartMs.p50, 0)} / ${f1(c.firstStartMs.max, 0)} ms | ${f1(c.restartMs.p50, 0)} / ${f1(c.restartMs.max, 0)} ms | ${f1(c.idleRssMb.p50, 0)} MB |`);
    }
  }
  for (const n of notes) out.push("", n);
  return out.join("\n") + "\n";
}

// ------------------------------------------------------------------ main
const t0 = performance.now();
// A watchdog: a hung run must fail, not hold CI (the children are killed on exit, see lib.ts).
const WATCHDOG_S = quick ? 600 : 3600;
setTimeout(() => {
  log(`the run did not finish within ${WATCHDOG_S} s; stopping`);
  process.exit(1);
}, WATCHDOG_S * 1000).unref();
if (!fs.existsSync(path.join(ROOT, "dist/server.js"))) {
  log("dist/server.js is missing: npm run build");
  execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
}
const wanted: DbKind[] = opt.db === "both" ? ["sqlite", "postgresql"] : [opt.db as DbKind];
const notes: string[] = [];
let failed = false;
for (const db of wanted) {
  if (db === "postgresql" && !(await pgAvailable())) {
    notes.push(`PostgreSQL skipped: no answer at ${process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432"} (BENCH_PG_URL).`);
    log(notes.at(-1)!);
    continue;
  }
  try {
    await benchDatabase(db);
  } catch (err) {
    failed = true;
    notes.push(`${db}: the run stopped: ${err instanceof Error ? err.message : String(err)}`);
    log(notes.at(-1)!);
  }
}
log("cold start and idle RSS, compiled and tsx");
const cold: ColdStart[] = [];
for (const entry of ["dist", "tsx"] as const) cold.push(await coldStart(entry, SIZES.coldRuns, 3, path.join(LOGDIR, `coldstart-${entry}.log`)));

const date = new Date().toISOString();
const m = machine();
notes.push(`Server logs: ${LOGDIR}. Took ${(ms(t0) / 1000).toFixed(0)} s.`);
const md = markdown(m, date, cold, notes);
fs.mkdirSync(opt.out!, { recursive: true });
const stamp = date.replace(/[:]/g, "-").replace(/\..*/, "");
const jsonFile = path.join(opt.out!, `${stamp}${quick ? "-quick" : ""}.json`);
fs.writeFileSync(jsonFile, JSON.stringify({ date, quick, sizes: SIZES, machine: m, rows, coldStart: cold, notes }, null, 2) + "\n");
fs.writeFileSync(path.join(opt.out!, quick ? "latest-quick.md" : "latest.md"), md);
process.stdout.write("\n" + md);
log(`wrote ${jsonFile}`);
process.exit(failed ? 1 : 0);
