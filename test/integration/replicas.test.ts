import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freshDatabaseUrl, passwordAuth, pgBase } from "../helpers.js";

/**
 * Two novasim processes started at the same moment on one fresh PostgreSQL
 * database (issue #7): both migrate-and-seed without a unique-constraint
 * failure, become ready, and then share the hosts' capacity exactly.
 * Waits poll the API for final states; the only limits are the test timeout
 * and the overall deadline below.
 */

interface Replica {
  proc: ChildProcess;
  base: string;
  output: () => string;
}

const DEADLINE_MS = 240_000;

/** Start `node --import tsx src/server.ts` on a free port; resolves with its address once it logs "listening". */
function startReplica(env: Record<string, string>): Promise<Replica> {
  const proc = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    env: { ...process.env, ...env, NOVASIM_PORT: "0", NOVASIM_LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const output = () => out;
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      for (const line of out.split("\n")) {
        if (!line.includes('"novasim listening"')) continue;
        const address = (JSON.parse(line) as { address: string }).address;
        proc.stdout!.off("data", onData);
        proc.stdout!.on("data", (c: Buffer) => (out += c.toString()));
        resolve({ proc, base: address, output });
        return;
      }
    };
    proc.stdout!.on("data", onData);
    proc.stderr!.on("data", (c: Buffer) => (out += c.toString()));
    proc.once("exit", (code) => reject(new Error(`novasim exited with ${code} before listening:\n${out}`)));
  });
}

async function stop(r: Replica | undefined) {
  if (!r || r.proc.exitCode !== null) return;
  const exited = new Promise((res) => r.proc.once("exit", res));
  r.proc.kill("SIGTERM");
  await exited;
}

async function call(base: string, method: string, url: string, opts: { token?: string; body?: unknown; version?: string } = {}) {
  const res = await fetch(base + url, {
    method,
    headers: {
      "content-type": "application/json",
      ...(opts.token ? { "x-auth-token": opts.token } : {}),
      ...(opts.version ? { "openstack-api-version": `compute ${opts.version}` } : {}),
    },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : null };
}

/** Poll `probe` until it returns a value (not undefined), or fail at the deadline. */
async function until<T>(deadline: number, what: string, probe: () => Promise<T | undefined>): Promise<T> {
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

describe("two replicas on one fresh PostgreSQL database", () => {
  const replicas: Replica[] = [];
  let fresh: Awaited<ReturnType<typeof freshDatabaseUrl>> | undefined;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-replicas-"));
  afterAll(async () => {
    await Promise.all(replicas.map(stop));
    await fresh?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("both start at once and become ready; then 200 parallel creates through both onto room for 150: 150 ACTIVE, 50 ERROR (NoValidHost), no host over capacity", async (ctx) => {
    if (!pgBase) ctx.skip("PostgreSQL only: set TEST_DATABASE_URL to run it");
    const deadline = Date.now() + DEADLINE_MS;
    fresh = await freshDatabaseUrl();
    // 3 hosts of 50 vCPUs without CPU overcommit: m1.tiny (1 vCPU, 512 MiB, 1 GiB) fits 50 per host, 150 in all
    // (RAM: 65536 - 512 reserved, x1.5, and 1024 GiB of disk leave vCPUs the only limit).
    const env = {
      DATABASE_URL: fresh.url,
      NOVASIM_DATA_DIR: dataDir,
      NOVASIM_HOST_COUNT: "3",
      NOVASIM_HOST_VCPUS: "50",
      NOVASIM_CPU_ALLOCATION_RATIO: "1",
      NOVASIM_BOOT_TIME_MS: "0",
      NOVASIM_ACTION_TIME_MS: "0",
    };
    const started = await Promise.allSettled([startReplica(env), startReplica(env)]);
    for (const s of started) if (s.status === "fulfilled") replicas.push(s.value);
    for (const s of started) if (s.status === "rejected") throw s.reason;
    const [a, b] = replicas as [Replica, Replica];

    // Ready: each answers the version document and issues a token.
    const tokens: string[] = [];
    for (const r of [a, b]) {
      expect((await call(r.base, "GET", "/compute/")).status).toBe(200);
      const res = await fetch(`${r.base}/identity/v3/auth/tokens?nocatalog`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(passwordAuth("admin", "admin", "admin")),
      });
      expect(res.status).toBe(201);
      tokens.push(res.headers.get("x-subject-token")!);
    }
    // Seeded once: one admin user, three hosts.
    const users = await call(a.base, "GET", "/identity/v3/users?name=admin", { token: tokens[0] });
    expect(users.json.users).toHaveLength(1);
    const hypers = await call(b.base, "GET", "/compute/v2.1/os-hypervisors/detail", { token: tokens[1] });
    expect(hypers.json.hypervisors).toHaveLength(3);

    // Unlimited quota for admin's project, so only capacity decides.
    const project = (await call(a.base, "GET", "/identity/v3/projects?name=admin", { token: tokens[0] })).json.projects[0].id;
    const quota = await call(a.base, "PUT", `/compute/v2.1/os-quota-sets/${project}`, {
      token: tokens[0],
      body: { quota_set: { instances: -1, cores: -1, ram: -1 } },
    });
    expect(quota.status).toBe(200);
    const image = (await call(a.base, "GET", "/image/v2/images?name=cirros-0.6.2-x86_64-disk", { token: tokens[0] })).json.images[0].id;

    const creates = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        call(i % 2 ? b.base : a.base, "POST", "/compute/v2.1/servers", {
          token: tokens[i % 2]!,
          body: { server: { name: `r-${i}`, imageRef: image, flavorRef: "1", networks: "none" } },
          version: "2.37",
        }),
      ),
    );
    expect(creates.map((c) => c.status)).toEqual(Array(200).fill(202));
    const ids = new Set(creates.map((c) => c.json.server.id as string));
    expect(ids.size).toBe(200);

    type Server = { id: string; status: string; fault?: { message: string; code: number } };
    const servers = await until(deadline, "every server to leave BUILD", async () => {
      const list = await call(a.base, "GET", "/compute/v2.1/servers/detail?limit=1000", { token: tokens[0] });
      const mine = (list.json.servers as Server[]).filter((s) => ids.has(s.id));
      return mine.length === 200 && mine.every((s) => s.status === "ACTIVE" || s.status === "ERROR") ? mine : undefined;
    });
    const active = servers.filter((s) => s.status === "ACTIVE");
    const errored = servers.filter((s) => s.status === "ERROR");
    expect(active).toHaveLength(150);
    expect(errored).toHaveLength(50);
    for (const s of errored) {
      expect(s.fault?.code).toBe(500);
      expect(s.fault?.message).toMatch(/^No valid host was found\./);
    }

    // No host over capacity: each holds at most 50 vCPUs' worth, 150 in all.
    const after = await call(b.base, "GET", "/compute/v2.1/os-hypervisors/detail", { token: tokens[1] });
    const used = (after.json.hypervisors as { vcpus: number; vcpus_used: number }[]).map((h) => {
      expect(h.vcpus_used).toBeLessThanOrEqual(h.vcpus);
      return h.vcpus_used;
    });
    expect(used.reduce((x, y) => x + y, 0)).toBe(150);
  }, DEADLINE_MS + 60_000);
});
