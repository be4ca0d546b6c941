import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDuration } from "../../src/simulator/control.js";
import { passwordAuth, startApp, type TestApp } from "../helpers.js";

/** /sim/v1/clock: the simulated clock every part of the app reads (src/clock.ts SimClock). */
let t: TestApp;
let imageId: string;

beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_HOST_COUNT: "2", NOVASIM_BOOT_TIME_MS: "60000", NOVASIM_ACTION_TIME_MS: "5000", NOVASIM_RECLAIM_INSTANCE_INTERVAL: "600", NOVASIM_RESIZE_CONFIRM_WINDOW: "300" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
});
afterAll(() => t.close());

/** Tokens issued on the simulated clock (the helper's are issued before it jumps, and would have expired). */
const tokens = new Map<string, string>();
async function token(user: "admin" | "demo"): Promise<string> {
  if (!tokens.has(user)) {
    const res = await t.app.inject({ method: "POST", url: "/identity/v3/auth/tokens?nocatalog", payload: passwordAuth(user, user, user) });
    expect(res.statusCode).toBe(201);
    tokens.set(user, res.headers["x-subject-token"] as string);
  }
  return tokens.get(user)!;
}
const headers = async (user: "admin" | "demo" = "admin") => ({ "x-auth-token": await token(user), "openstack-api-version": "compute 2.1" });
/** The clock's start: the next whole hour after the base clock's time (within every live token's hour). */
let start: Date;
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000).toISOString();
const clock = async (body: object) => {
  const res = await t.app.inject({ method: "POST", url: "/sim/v1/clock", headers: await headers(), payload: body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().clock as { mode: string; speed: number; now: string };
};
const server = async (id: string) => (await t.app.inject({ url: `/compute/v2.1/servers/${id}`, headers: await headers() })).json().server;

describe("POST /sim/v1/clock", () => {
  it("starts in real mode; manual mode stands still; set jumps", async () => {
    const shown = await t.app.inject({ url: "/sim/v1/clock", headers: await headers() });
    expect(shown.json().clock).toMatchObject({ mode: "real", speed: 1 });
    start = new Date(Math.ceil(t.clock.now().getTime() / 60_000) * 60_000);
    const m = await clock({ mode: "manual", set: start.toISOString() });
    expect(m).toEqual({ mode: "manual", speed: 0, now: at(0) });
    t.clock.advance(10_000); // the base clock moving does not move a manual clock
    expect((await t.app.inject({ url: "/sim/v1/clock", headers: await headers() })).json().clock.now).toBe(at(0));
  });

  it("in manual mode a server with a 60 s boot stays BUILD until the clock has advanced 60 s; its times follow the clock", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/compute/v2.1/servers",
      headers: await headers("demo"),
      payload: { server: { name: "slow", imageRef: imageId, flavorRef: "1" } },
    });
    expect(res.statusCode).toBe(202);
    const id = res.json().server.id as string;
    await t.app.services.worker.idle();
    const s0 = await server(id);
    expect(s0.status).toBe("BUILD");
    expect(s0.created).toBe(at(0).replace(".000Z", "Z"));

    expect((await clock({ advance: 59 })).now).toBe(at(59));
    expect((await server(id)).status).toBe("BUILD");
    await clock({ advance: "PT1S" });
    const s1 = await server(id);
    expect(s1.status).toBe("ACTIVE");
    expect(s1["OS-SRV-USG:launched_at"]).toBe(at(60).replace(".000Z", ".000000"));
  });

  it("an advance fires each due step in time order: a stop's steps, then a soft-deleted server's reclaim", async () => {
    const [s] = (await t.app.inject({ url: "/compute/v2.1/servers", headers: await headers("demo") })).json().servers;
    const stop = await t.app.inject({ method: "POST", url: `/compute/v2.1/servers/${s.id}/action`, headers: await headers("demo"), payload: { "os-stop": null } });
    expect(stop.statusCode).toBe(202);
    await t.app.services.worker.idle();
    expect((await server(s.id))["OS-EXT-STS:task_state"]).toBe("powering-off");
    await clock({ advance: 5 });
    expect((await server(s.id)).status).toBe("SHUTOFF");

    const del = await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${s.id}`, headers: await headers("demo") });
    expect(del.statusCode).toBe(204);
    await t.app.services.worker.idle();
    expect((await server(s.id))["OS-EXT-STS:task_state"]).toBe("soft-deleting");
    await clock({ advance: 5 });
    expect((await server(s.id)).status).toBe("SOFT_DELETED");
    const softAt = (await t.db.prisma.instance.findUniqueOrThrow({ where: { id: s.id }, select: { terminatedAt: true } })).terminatedAt!;
    await clock({ advance: "PT9M" });
    expect((await server(s.id)).status).toBe("SOFT_DELETED");
    // One long advance still stops when the reclaim falls due: it happens at soft-delete + 600 s, not at the end.
    await clock({ advance: "PT20M" });
    expect((await t.app.inject({ url: `/compute/v2.1/servers/${s.id}`, headers: await headers() })).statusCode).toBe(404);
    const row = await t.db.prisma.instance.findUniqueOrThrow({ where: { id: s.id }, select: { deletedAt: true } });
    expect(row.deletedAt!.getTime() - softAt.getTime()).toBe(600_000);
  });

  it("a resize waiting in VERIFY_RESIZE is confirmed automatically when its window ends, even inside one long advance", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/compute/v2.1/servers",
      headers: await headers("demo"),
      payload: { server: { name: "resized", imageRef: imageId, flavorRef: "1" } },
    });
    const id = res.json().server.id as string;
    await clock({ advance: 60 });
    expect((await server(id)).status).toBe("ACTIVE");
    const resize = await t.app.inject({ method: "POST", url: `/compute/v2.1/servers/${id}/action`, headers: await headers("demo"), payload: { resize: { flavorRef: "2" } } });
    expect(resize.statusCode).toBe(202);
    await clock({ advance: 20 });
    expect((await server(id)).status).toBe("VERIFY_RESIZE");
    const finished = (await t.db.prisma.migration.findFirstOrThrow({ where: { instanceUuid: id }, select: { updatedAt: true } })).updatedAt!;
    await clock({ advance: "PT1H" });
    tokens.clear(); // an hour on: the tokens expired on the way
    expect((await server(id)).status).toBe("ACTIVE");
    const actions = (await t.app.inject({ url: `/compute/v2.1/servers/${id}/os-instance-actions`, headers: await headers() })).json().instanceActions;
    const confirm = actions.find((a: { action: string }) => a.action === "confirmResize");
    expect(Date.parse(`${confirm.start_time}Z`) - finished.getTime()).toBe(300_000);
  });

  it("tokens expire on the simulated clock", async () => {
    const login = await t.app.inject({ method: "POST", url: "/identity/v3/auth/tokens?nocatalog", payload: passwordAuth("demo", "demo", "demo") });
    const token = login.headers["x-subject-token"] as string;
    expect(login.json().token.issued_at).toBe((await t.app.inject({ url: "/sim/v1/clock", headers: await headers() })).json().clock.now.replace(".000Z", ".000000Z"));
    expect((await t.app.inject({ url: "/compute/v2.1/servers", headers: { "x-auth-token": token } })).statusCode).toBe(200);
    await clock({ advance: 3601 });
    expect((await t.app.inject({ url: "/compute/v2.1/servers", headers: { "x-auth-token": token } })).statusCode).toBe(401);
    tokens.clear();
  });

  it("speed mode runs the clock faster than its base; real mode goes back to the base's pace", async () => {
    const before = (await clock({ mode: "speed", speed: 60 })).now;
    t.clock.advance(1000);
    const after = (await t.app.inject({ url: "/sim/v1/clock", headers: await headers() })).json().clock;
    expect(after.mode).toBe("speed");
    expect(Date.parse(after.now) - Date.parse(before)).toBe(60_000);
    const real = await clock({ mode: "real" });
    t.clock.advance(1000);
    const later = (await t.app.inject({ url: "/sim/v1/clock", headers: await headers() })).json().clock;
    expect(Date.parse(later.now) - Date.parse(real.now)).toBe(1000);
  });

  it("refuses a bad duration, an unknown mode and unknown fields with 400", async () => {
    for (const payload of [{ advance: "soon" }, { mode: "fast" }, { advance: -1 }, { rewind: 1 }]) {
      const res = await t.app.inject({ method: "POST", url: "/sim/v1/clock", headers: await headers(), payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });
});

describe("parseDuration", () => {
  it.each([
    [90, 90_000],
    ["90", 90_000],
    ["PT90S", 90_000],
    ["PT1H30M", 5_400_000],
    ["P1DT2H", 93_600_000],
    ["P1W", 604_800_000],
    ["PT0.5S", 500],
  ] as const)("%s is %d ms", (v, ms) => expect(parseDuration(v)).toBe(ms));
  it.each(["P", "PT", "1h", "-5", "P1H"])("%s is refused", (v) => expect(() => parseDuration(v)).toThrow(/Invalid duration/));
});
