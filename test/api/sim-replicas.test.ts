import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passwordAuth, startApp, type TestApp } from "../helpers.js";

/** Two replicas on one database: a reset and a clock change made through one are seen by the other. */
const env = { NOVASIM_HOST_COUNT: "2", NOVASIM_BOOT_TIME_MS: "0" };
let a: TestApp & { url: string; drop(): Promise<void> };
let b: TestApp;

beforeAll(async () => {
  a = await startApp({ env });
  b = await startApp({ url: a.url, env });
});
afterAll(async () => {
  await b?.close({ drop: false });
  await a?.close();
});

const login = async (t: TestApp, user: "admin" | "demo") => {
  const res = await t.app.inject({ method: "POST", url: "/identity/v3/auth/tokens?nocatalog", payload: passwordAuth(user, user, user) });
  expect(res.statusCode).toBe(201);
  return res.headers["x-subject-token"] as string;
};

describe("replicas", () => {
  it("a reset through one replica drops the other's in-memory state (scheduler decisions, cached tokens)", async () => {
    const demo = await login(a, "demo");
    const imageRef = (await b.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
    const created = await b.app.inject({ method: "POST", url: "/compute/v2.1/servers", headers: { "x-auth-token": demo }, payload: { server: { name: "on-b", imageRef, flavorRef: "1" } } });
    expect(created.statusCode).toBe(202);
    await b.app.services.worker.idle();
    const decisions = async (token: string) => (await b.app.inject({ url: "/sim/v1/scheduler/decisions", headers: { "x-auth-token": token } })).json().decisions;
    const adminB = await login(b, "admin");
    expect(await decisions(adminB)).toHaveLength(1);
    // Replica b validates (and caches) demo's token; its cache would keep it on b's stopped clock.
    expect((await b.app.inject({ url: "/compute/v2.1/servers", headers: { "x-auth-token": demo } })).statusCode).toBe(200);
    const admin = await login(a, "admin");
    expect((await a.app.inject({ method: "POST", url: "/sim/v1/reset", headers: { "x-auth-token": admin }, payload: {} })).statusCode).toBe(200);
    expect((await b.app.inject({ url: "/compute/v2.1/servers", headers: { "x-auth-token": demo } })).statusCode).toBe(401);
    // b's decision ring went with the reset made through a.
    expect(await decisions(admin)).toEqual([]);
    // The kept token works on both.
    expect((await b.app.inject({ url: "/sim/v1/clock", headers: { "x-auth-token": admin } })).statusCode).toBe(200);
  });

  it("a clock set through one replica is the other's clock too", async () => {
    const admin = await login(a, "admin");
    const at = new Date(Math.ceil(a.clock.now().getTime() / 60_000) * 60_000).toISOString();
    const set = await a.app.inject({ method: "POST", url: "/sim/v1/clock", headers: { "x-auth-token": admin }, payload: { mode: "manual", set: at } });
    expect(set.json().clock).toEqual({ mode: "manual", speed: 0, now: at });
    const seen = await b.app.inject({ url: "/sim/v1/clock", headers: { "x-auth-token": admin } });
    expect(seen.json().clock).toEqual({ mode: "manual", speed: 0, now: at });
    await a.app.inject({ method: "POST", url: "/sim/v1/clock", headers: { "x-auth-token": admin }, payload: { advance: 90 } });
    expect((await b.app.inject({ url: "/sim/v1/clock", headers: { "x-auth-token": admin } })).json().clock.now).toBe(new Date(Date.parse(at) + 90_000).toISOString());
  });
});
