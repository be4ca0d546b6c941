import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tableCounts } from "../../src/db/repositories/sim-state.js";
import { listenStarting } from "../../src/http/starting.js";
import { computeHelpers } from "../compute-helpers.js";
import { passwordAuth, startApp, type TestApp } from "../helpers.js";

/** /sim/v1 health, reset and snapshots (src/simulator/control.ts, src/db/repositories/sim-state.ts). */
let t: TestApp;
let imageId: string;
let seeded: Record<string, number>;
/** Tokens, logged in again after a reset took them (the helper's own cache would keep dead ones). */
const tokens = new Map<string, string>();
async function token(user: "admin" | "demo" | "alt_demo"): Promise<string> {
  const cached = tokens.get(user);
  if (cached) return cached;
  const res = await t.app.inject({ method: "POST", url: "/identity/v3/auth/tokens?nocatalog", payload: passwordAuth(user, user, user) });
  expect(res.statusCode).toBe(201);
  tokens.set(user, res.headers["x-subject-token"] as string);
  return tokens.get(user)!;
}
const h = computeHelpers(() => ({ ...t, token }), () => imageId);

beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_HOST_COUNT: "3", NOVASIM_BOOT_TIME_MS: "0" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
  seeded = await tableCounts(t.db);
});
afterAll(() => t.close());

const admin = async () => ({ "x-auth-token": await token("admin") });
const inject = async (method: "GET" | "POST" | "DELETE", url: string, payload?: object, user: "admin" | "demo" = "admin") =>
  t.app.inject({ method, url, headers: { "x-auth-token": await token(user) }, ...(payload ? { payload } : {}) });

/** Some of everything: servers, a network with a subnet, a key pair, a flavor, an image. */
async function scenario(tag: string) {
  await h.activeServer(`${tag}-a`);
  await h.createServer(`${tag}-b`, "2");
  await h.settle(0);
  const demo = await h.as("demo");
  // In admin's project: demo's servers keep one network to boot on.
  const net = await t.app.inject({ method: "POST", url: "/networking/v2.0/networks", headers: await admin(), payload: { network: { name: `${tag}-net` } } });
  expect(net.statusCode).toBe(201);
  const sub = await t.app.inject({
    method: "POST",
    url: "/networking/v2.0/subnets",
    headers: await admin(),
    payload: { subnet: { network_id: net.json().network.id, cidr: "10.9.0.0/24", ip_version: 4 } },
  });
  expect(sub.statusCode).toBe(201);
  expect((await t.app.inject({ method: "POST", url: "/compute/v2.1/os-keypairs", headers: demo, payload: { keypair: { name: `${tag}-key` } } })).statusCode).toBe(200);
  expect((await inject("POST", "/compute/v2.1/flavors", { flavor: { name: `${tag}-flavor`, ram: 256, vcpus: 1, disk: 1 } })).statusCode).toBe(200);
  expect((await t.app.inject({ method: "POST", url: "/image/v2/images", headers: demo, payload: { name: `${tag}-image`, disk_format: "raw", container_format: "bare" } })).statusCode).toBe(201);
}

const LISTS = [
  "/compute/v2.1/servers/detail?all_tenants=1",
  "/compute/v2.1/flavors/detail",
  "/compute/v2.1/os-keypairs",
  "/compute/v2.1/os-hypervisors/detail",
  "/compute/v2.1/os-simple-tenant-usage?detailed=1&start=2000-01-01T00:00:00",
  "/networking/v2.0/networks",
  "/networking/v2.0/subnets",
  "/networking/v2.0/ports",
  "/image/v2/images",
  "/placement/resource_providers",
];

async function lists(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const url of LISTS) {
    const res = await t.app.inject({ url, headers: { ...(await admin()), "openstack-api-version": "placement 1.39" } });
    expect(res.statusCode, url).toBe(200);
    out[url] = res.json();
  }
  return out;
}

describe("GET /sim/v1/health", () => {
  it("answers 200 without a token once ready, with version, database kind, services, hosts and uptime", async () => {
    const res = await t.app.inject({ url: "/sim/v1/health" });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      status: "ready",
      version: "0.1.0",
      database: t.db.provider,
      services: { identity: "up", compute: "up", image: "up", network: "up", placement: "up" },
      hosts: { total: 3, up: 3 },
    });
    expect(body.uptime_seconds).toBeGreaterThanOrEqual(0);
  });

  it("answers 503 'starting' while the database is prepared (the placeholder server.ts listens with)", async () => {
    const s = await listenStarting("127.0.0.1", 0, { version: "0.1.0", database: "sqlite" });
    try {
      const res = await fetch(`http://127.0.0.1:${s.port}/sim/v1/health`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: "starting", database: "sqlite", hosts: { total: 0, up: 0 } });
      const other = await fetch(`http://127.0.0.1:${s.port}/compute/v2.1/servers`);
      expect(other.status).toBe(503);
    } finally {
      await s.close();
    }
  });
});

describe("the control plane is admin only", () => {
  it.each([
    ["POST", "/sim/v1/reset"],
    ["GET", "/sim/v1/snapshots"],
    ["POST", "/sim/v1/snapshots"],
    ["GET", "/sim/v1/clock"],
  ] as const)("%s %s: 403 for a member, 401 without a token", async (method, url) => {
    const payload = method === "POST" ? (url.endsWith("snapshots") ? { name: "x" } : {}) : undefined;
    const res = await inject(method, url, payload, "demo");
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 403 });
    expect((await t.app.inject({ method, url, ...(payload ? { payload } : {}) })).statusCode).toBe(401);
  });
});

describe("POST /sim/v1/reset", () => {
  it("returns every table to the seeded state's row counts, keeps the caller's token, and drops the caches", async () => {
    await scenario("r");
    const before = await tableCounts(t.db);
    expect(before.Instance).toBe(seeded.Instance! + 2);
    // Fill the scheduler's decision ring: a reset empties it.
    expect((await inject("GET", "/sim/v1/scheduler/decisions")).json().decisions.length).toBeGreaterThan(0);
    const demoToken = await token("demo");
    tokens.delete("demo");

    const res = await inject("POST", "/sim/v1/reset", {});
    expect(res.statusCode).toBe(200);
    // As seeded, but for the caller's kept token and the reset epoch's stamp (how other replicas notice).
    const expected = { ...seeded, Token: 1, ChangeStamp: seeded.ChangeStamp! + 1 };
    expect(await tableCounts(t.db)).toEqual(expected);
    expect(res.json().reset.tables).toEqual(expected);

    // The caller's token still works; anyone else's is gone with the tokens table.
    expect((await inject("GET", "/sim/v1/scheduler/decisions")).json().decisions).toEqual([]);
    expect((await t.app.inject({ url: "/compute/v2.1/servers", headers: { "x-auth-token": demoToken } })).statusCode).toBe(401);
    // The flavor catalog reloaded: the flavor made before the reset is gone.
    const flavors = (await inject("GET", "/compute/v2.1/flavors")).json().flavors.map((f: { name: string }) => f.name);
    expect(flavors).not.toContain("r-flavor");
    // And the cloud works again from there.
    const fresh = await t.app.inject({ method: "POST", url: "/identity/v3/auth/tokens?nocatalog", payload: passwordAuth("demo", "demo", "demo") });
    expect(fresh.statusCode).toBe(201);
  });

  it("with keep_token false, the caller's token goes too", async () => {
    const login = await t.app.inject({ method: "POST", url: "/identity/v3/auth/tokens?nocatalog", payload: passwordAuth("admin", "admin", "admin") });
    const token = login.headers["x-subject-token"] as string;
    const res = await t.app.inject({ method: "POST", url: "/sim/v1/reset", headers: { "x-auth-token": token }, payload: { keep_token: false } });
    expect(res.statusCode).toBe(200);
    expect((await t.app.inject({ url: "/sim/v1/snapshots", headers: { "x-auth-token": token } })).statusCode).toBe(401);
    tokens.clear();
  });
});

describe("/sim/v1/snapshots", () => {
  it("a mid-scenario snapshot, restored after more changes, gives identical list responses", async () => {
    await scenario("s1");
    const saved = await inject("POST", "/sim/v1/snapshots", { name: "mid" });
    expect(saved.statusCode).toBe(201);
    expect(saved.json().snapshot).toMatchObject({ name: "mid" });
    expect(saved.json().snapshot.rows).toBeGreaterThan(0);
    const at = await lists();
    const counts = await tableCounts(t.db);

    await scenario("s2");
    const servers = (await inject("GET", "/compute/v2.1/servers?all_tenants=1")).json().servers;
    expect((await inject("DELETE", `/compute/v2.1/servers/${servers[0].id}`)).statusCode).toBe(204);
    await h.settle(0);
    expect(await lists()).not.toEqual(at);

    const restored = await inject("POST", "/sim/v1/snapshots/mid/restore", {});
    expect(restored.statusCode).toBe(200);
    expect(await tableCounts(t.db)).toEqual(counts);
    expect(await lists()).toEqual(at);

    const list = await inject("GET", "/sim/v1/snapshots");
    expect(list.json().snapshots.map((s: { name: string }) => s.name)).toEqual(["mid"]);
    expect((await inject("GET", "/sim/v1/snapshots/mid")).json().snapshot.name).toBe("mid");
  });

  it("409 on a taken name, 404 on an unknown one, 400 on a bad name, and DELETE removes", async () => {
    expect((await inject("POST", "/sim/v1/snapshots", { name: "mid" })).statusCode).toBe(409);
    expect((await inject("POST", "/sim/v1/snapshots", { name: "no spaces" })).statusCode).toBe(400);
    expect((await inject("POST", "/sim/v1/snapshots/nope/restore", {})).statusCode).toBe(404);
    expect((await inject("GET", "/sim/v1/snapshots/__seed__")).statusCode).toBe(404);
    expect((await inject("DELETE", "/sim/v1/snapshots/mid")).statusCode).toBe(204);
    expect((await inject("DELETE", "/sim/v1/snapshots/mid")).statusCode).toBe(404);
    expect((await inject("GET", "/sim/v1/snapshots")).json().snapshots).toEqual([]);
  });

  it("requests arriving during a restore wait for it and see the restored state", async () => {
    await inject("POST", "/sim/v1/snapshots", { name: "gate" });
    const before = (await inject("GET", "/compute/v2.1/servers/detail?all_tenants=1")).json();
    await scenario("g");
    const headers = await admin();
    const sim = t.app.services.sim;
    const order: string[] = [];
    // The restore closes the gate at once; a request arriving then waits until the state is whole.
    const restore = sim.restore("gate").then(() => order.push("restored"));
    expect(sim.gate.busy).toBe(true);
    const list = await t.app.inject({ url: "/compute/v2.1/servers/detail?all_tenants=1", headers }).then((r) => (order.push("listed"), r));
    await restore;
    expect(order).toEqual(["restored", "listed"]);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual(before);
  });
});
