import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passwordAuth, startApp, type TestApp } from "../helpers.js";

/**
 * Seeded runs (POST /sim/v1/reset {seed}, src/simulator/determinism.ts): the
 * same scenario on a manual clock gives the same bodies, ids, addresses and
 * host choices included.
 */
let t: TestApp;
let imageId: string;

beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_HOST_COUNT: "4", NOVASIM_BOOT_TIME_MS: "30000", NOVASIM_SCHEDULER_HOST_SUBSET_SIZE: "4" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
});
afterAll(() => t.close());

const START = "2031-05-01T12:00:00Z";

async function run(seed: number): Promise<unknown[]> {
  const login = async (user: "admin" | "demo") => {
    const res = await t.app.inject({ method: "POST", url: "/identity/v3/auth/tokens?nocatalog", payload: passwordAuth(user, user, user) });
    expect(res.statusCode).toBe(201);
    return res.headers["x-subject-token"] as string;
  };
  // A token valid at whatever time the clock shows (a run leaves it in 2031).
  let admin = { "x-auth-token": await login("admin") };
  const reset = await t.app.inject({ method: "POST", url: "/sim/v1/reset", headers: admin, payload: { seed } });
  expect(reset.statusCode).toBe(200);
  expect(reset.json().reset.seed).toBe(seed);
  expect((await t.app.inject({ method: "POST", url: "/sim/v1/clock", headers: admin, payload: { mode: "manual", set: START } })).statusCode).toBe(200);
  admin = { "x-auth-token": await login("admin") };
  const demo = { "x-auth-token": await login("demo"), "openstack-api-version": "compute 2.79" };
  const bodies: unknown[] = [];
  const call = async (method: "GET" | "POST", url: string, payload?: object, headers: Record<string, string> = demo) => {
    const res = await t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
    bodies.push({ [`${method} ${url}`]: res.json() });
    return res.json();
  };
  const net = await call("POST", "/networking/v2.0/networks", { network: { name: "det-net" } }, admin);
  await call("POST", "/networking/v2.0/subnets", { subnet: { network_id: net.network.id, cidr: "10.42.0.0/24", ip_version: 4 } }, admin);
  await call("POST", "/networking/v2.0/ports", { port: { network_id: net.network.id, name: "det-port" } }, admin);
  for (const name of ["det-1", "det-2", "det-3"]) await call("POST", "/compute/v2.1/servers", { server: { name, imageRef: imageId, flavorRef: "1", adminPass: "fixed-pass", networks: "auto" } });
  await call("POST", "/sim/v1/clock", { advance: 30 }, admin);
  await call("GET", "/compute/v2.1/servers/detail");
  await call("GET", "/networking/v2.0/ports", undefined, admin);
  const servers = (await call("GET", "/compute/v2.1/servers")).servers as { id: string }[];
  for (const s of servers) await call("GET", `/compute/v2.1/servers/${s.id}/os-instance-actions`);
  return bodies;
}

describe("seeded runs", () => {
  it("two runs of one scenario from the same seed on a manual clock give identical bodies", async () => {
    const a = await run(42);
    const b = await run(42);
    expect(b).toEqual(a);
    // The scenario did place servers on more than one host and made ports with addresses.
    const detail = (a[7] as Record<string, { servers: Record<string, unknown>[] }>)["GET /compute/v2.1/servers/detail"]!.servers;
    expect(detail).toHaveLength(3);
    expect(detail.every((s) => s.status === "ACTIVE")).toBe(true);
  });

  it("another seed gives other ids", async () => {
    const a = await run(42);
    const c = await run(43);
    const ids = (r: unknown[]) => ((r[7] as Record<string, { servers: { id: string }[] }>)["GET /compute/v2.1/servers/detail"]!.servers).map((s) => s.id).sort();
    expect(ids(c)).not.toEqual(ids(a));
  });
});
