/**
 * Helpers of the benchmark harness (bench/run.ts, bench/coldstart.ts): start a
 * novasim server (or the bare fastify baseline) as a child process on a fresh
 * database, plain keep-alive HTTP requests, percentiles, RSS.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export type DbKind = "sqlite" | "postgresql";
/** How the server is started: the compiled build (`npm start`) or the sources through tsx (`npm run dev`). */
export type Entry = "dist" | "tsx";

export const PG_BASE = (process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432").replace(/\/+$/, "");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function pgAdmin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: `${PG_BASE}/postgres` });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export async function pgAvailable(): Promise<boolean> {
  try {
    await pgAdmin("SELECT 1");
    return true;
  } catch {
    return false;
  }
}

/** A fresh, empty database: an SQLite file in a new temporary folder, or a new PostgreSQL database. */
export async function freshDatabase(kind: DbKind): Promise<{ url: string; dataDir: string; drop(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-bench-"));
  if (kind === "sqlite") {
    return {
      url: `file:${path.join(dataDir, "novasim.db")}`,
      dataDir,
      drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `novasim_bench_${process.pid}_${Date.now()}`;
  await pgAdmin(`CREATE DATABASE ${name}`);
  return {
    url: `${PG_BASE}/${name}`,
    dataDir,
    drop: async () => {
      await pgAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Child {
  base: string;
  pid: number;
  /** Milliseconds from spawn to the first 200 of the readiness URL. */
  startMs: number;
  rssMb(): number;
  stop(): Promise<void>;
}

/** Resident set size of a process, in MB (10^6 bytes, as the targets; Linux /proc, else NaN). */
export function rssMbOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    if (m) return (Number(m[1]) * 1024) / 1e6;
  } catch {
    /* not Linux */
  }
  return NaN;
}

/**
 * Spawn `node args…` with `env`, and poll `readyPath` every 5 ms until it answers 200.
 * The child's output goes to `logFile`.
 */
/** Every child still running; killed when the harness exits, however it exits. */
const live = new Set<ChildProcess>();
process.on("exit", () => {
  for (const c of live) c.kill("SIGKILL");
});

/** Rejects when `p` has not settled within `ms` (the harness must never hang, in CI least of all). */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms / 1000} s`)), ms);
    }),
  ]);
}

export async function spawnServer(args: string[], env: NodeJS.ProcessEnv, port: number, readyPath: string, logFile: string, timeoutMs = 120_000): Promise<Child> {
  const log = fs.openSync(logFile, "a");
  const t0 = performance.now();
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", log, log] });
  fs.closeSync(log);
  live.add(child);
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) => child.once("exit", (code) => ((exited = code), live.delete(child), resolve())));
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (exited !== undefined) throw new Error(`server exited (${exited}) before answering; see ${logFile}`);
    if (performance.now() - t0 > timeoutMs) {
      child.kill("SIGKILL");
      throw new Error(`no 200 from ${base}${readyPath} within ${timeoutMs} ms; see ${logFile}`);
    }
    const ok = await new Promise<boolean>((resolve) => {
      const req = http.get(`${base}${readyPath}`, { agent: false }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on("error", () => resolve(false));
      req.setTimeout(1000, () => req.destroy());
    });
    if (ok) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  const startMs = performance.now() - t0;
  return {
    base,
    pid: child.pid!,
    startMs,
    rssMb: () => rssMbOf(child.pid!),
    stop: async () => {
      if (exited !== undefined) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

export interface NovasimOptions {
  db: DbKind;
  entry?: Entry;
  /** Extra settings (environment variables). */
  env?: Record<string, string>;
  logFile: string;
}

/** The settings of every benchmark server: no simulated delays, quiet logs, hosts large enough for 10,000 m1.nano servers. */
export const BENCH_SETTINGS: Record<string, string> = {
  NOVASIM_LOG_LEVEL: "warn",
  NOVASIM_BOOT_TIME_MS: "0",
  NOVASIM_ACTION_TIME_MS: "0",
  NOVASIM_DOCS: "false",
  NOVASIM_HOST_COUNT: "4",
  NOVASIM_HOST_VCPUS: "1024",
  NOVASIM_HOST_RAM_MB: "4194304",
  NOVASIM_HOST_DISK_GB: "100000",
};

/** Start novasim on a fresh database of the given kind; stop() also drops the database. */
export async function startNovasim(o: NovasimOptions): Promise<Child & { url: string }> {
  const db = await freshDatabase(o.db);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, ...BENCH_SETTINGS, ...o.env, DATABASE_URL: db.url, NOVASIM_DATA_DIR: db.dataDir, NOVASIM_PORT: String(port), NOVASIM_HOST: "127.0.0.1" };
  delete env.NODE_OPTIONS;
  const args = (o.entry ?? "dist") === "dist" ? [path.join(ROOT, "dist/server.js")] : ["--import", "tsx", path.join(ROOT, "src/server.ts")];
  try {
    const child = await spawnServer(args, env, port, "/compute/v2.1/", o.logFile);
    return {
      ...child,
      url: db.url,
      stop: async () => {
        await child.stop();
        await db.drop();
      },
    };
  } catch (err) {
    await db.drop().catch(() => undefined);
    throw err;
  }
}

export interface BareRoute {
  method: "GET" | "POST";
  url: string;
  status: number;
  contentType: string;
  /** The body, base64 (served byte for byte). */
  body: string;
}

/** Start the bare fastify baseline (bench/bare-server.ts) serving `routes`. */
export async function startBare(routes: BareRoute[], logFile: string): Promise<Child> {
  const port = await freePort();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "novasim-bare-")), "routes.json");
  fs.writeFileSync(file, JSON.stringify(routes));
  const env: NodeJS.ProcessEnv = { ...process.env, BARE_ROUTES: file, BARE_PORT: String(port) };
  delete env.NODE_OPTIONS;
  return spawnServer(["--import", "tsx", path.join(ROOT, "bench/bare-server.ts")], env, port, "/compute/v2.1/", logFile);
}

// ------------------------------------------------------------------ HTTP client
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  json<T = any>(): T;
}

export function request(base: string, method: string, url: string, headers: Record<string, string> = {}, body?: unknown): Promise<Reply> {
  const payload = body === undefined ? undefined : Buffer.from(typeof body === "string" ? body : JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${base}${url}`,
      { method, agent, headers: { ...(payload ? { "content-type": "application/json", "content-length": String(payload.length) } : {}), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const buf = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: buf, json: () => JSON.parse(buf.toString("utf8")) });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

export function authBody(user: string, password: string, project: string) {
  return {
    auth: {
      identity: { methods: ["password"], password: { user: { name: user, domain: { name: "Default" }, password } } },
      scope: { project: { name: project, domain: { name: "Default" } } },
    },
  };
}

/** A project-scoped token of a seeded account (README "Seeded accounts"); password = user name. */
export async function token(base: string, user: string): Promise<{ token: string; projectId: string }> {
  const r = await request(base, "POST", "/identity/v3/auth/tokens", {}, authBody(user, user, user));
  if (r.status !== 201) throw new Error(`token for ${user}: ${r.status} ${r.body.toString()}`);
  return { token: String(r.headers["x-subject-token"]), projectId: r.json().token.project.id };
}

// ------------------------------------------------------------------ statistics
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summary(samples: number[]): { n: number; p50: number; p99: number; mean: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p99: percentile(s, 99), mean: s.reduce((a, b) => a + b, 0) / (s.length || 1) };
}
