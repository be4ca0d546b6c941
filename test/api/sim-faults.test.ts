import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeHelpers } from "../compute-helpers.js";
import { startApp, type TestApp } from "../helpers.js";

/** Fault injection under /sim/v1 (src/simulator/faults.ts): state-machine rules, hosts down, HTTP faults. */
let t: TestApp;
let imageId: string;
const h = computeHelpers(() => t, () => imageId);

beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_HOST_COUNT: "3", NOVASIM_BOOT_TIME_MS: "0", NOVASIM_ACTION_TIME_MS: "1000" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
});
afterAll(() => t.close());

const admin = async (v = "2.1") => h.as("admin", v);
const sim = async (method: "GET" | "POST" | "DELETE", url: string, payload?: object) =>
  t.app.inject({ method, url: `/sim/v1${url}`, headers: await admin(), ...(payload ? { payload } : {}) });
const show = async (id: string, v = "2.1", user: "admin" | "demo" = "admin") =>
  (await t.app.inject({ url: `/compute/v2.1/servers/${id}`, headers: await h.as(user, v) })).json().server;

describe("state-machine fault rules", () => {
  it("a rule with count 1 fails exactly one build; the fault shows in server show at 2.1 and 2.104", async () => {
    const add = await sim("POST", "/faults", {
      match: { action: "build" },
      effect: { type: "fail", code: 500, message: "Injected: hypervisor refused the domain.", details: "libvirtError: internal error" },
      count: 1,
    });
    expect(add.statusCode).toBe(201);
    const rule = add.json().fault;
    expect(rule).toMatchObject({ match: { action: "build" }, effect: { type: "fail", code: 500 }, count: 1, fired: 0, probability: 1 });

    const failed = await h.activeServer("doomed");
    const fine = await h.activeServer("fine");
    const s21 = await show(failed, "2.1");
    expect(s21.status).toBe("ERROR");
    expect(s21.fault).toEqual({ code: 500, created: expect.any(String), message: "Injected: hypervisor refused the domain.", details: "libvirtError: internal error" });
    const s2104 = await show(failed, "2.104");
    expect(s2104.fault).toMatchObject({ code: 500, message: "Injected: hypervisor refused the domain." });
    // A member sees the fault without its details.
    expect((await show(failed, "2.1", "demo")).fault).toEqual({ code: 500, created: s21.fault.created, message: "Injected: hypervisor refused the domain." });
    expect((await show(fine)).status).toBe("ACTIVE");

    const list = (await sim("GET", "/faults")).json().faults;
    expect(list).toEqual([expect.objectContaining({ id: rule.id, fired: 1 })]);
    // The failed build gave its claim back.
    expect(await t.db.prisma.allocation.count({ where: { consumerId: failed } })).toBe(0);
    expect((await sim("DELETE", "/faults")).statusCode).toBe(204);
    expect((await sim("GET", "/faults")).json().faults).toEqual([]);
  });

  it("the first matching rule wins; a flavor-matched no_valid_host fails only that flavor's builds", async () => {
    await sim("POST", "/faults", { match: { flavor: "m1.small" }, effect: { type: "no_valid_host" } });
    await sim("POST", "/faults", { match: { action: "build" }, effect: { type: "fail", message: "never reached for m1.small" }, count: 1 });
    const small = await h.activeServer("small", "2");
    expect((await show(small)).fault).toMatchObject({ code: 500, message: "No valid host was found. There are not enough hosts available." });
    const rules = (await sim("GET", "/faults")).json().faults;
    expect(rules.map((r: { fired: number }) => r.fired)).toEqual([1, 0]);
    await sim("DELETE", "/faults");
  });

  it("hang holds a reboot in its task state until the rule is deleted; delay makes a build take longer", async () => {
    const id = await h.activeServer("hung");
    const rule = (await sim("POST", "/faults", { match: { action: "reboot" }, effect: { type: "hang" } })).json().fault;
    expect((await h.act(id, { reboot: { type: "SOFT" } })).statusCode).toBe(202);
    await h.settle(60_000);
    const s = await show(id);
    expect([s.status, s["OS-EXT-STS:task_state"]]).toEqual(["REBOOT", "rebooting"]);
    expect((await sim("GET", "/faults")).json().faults[0].hung).toEqual([id]);
    expect((await sim("DELETE", `/faults/${rule.id}`)).statusCode).toBe(204);
    await h.settle(1000);
    expect((await show(id)).status).toBe("ACTIVE");
    expect((await sim("DELETE", `/faults/${rule.id}`)).statusCode).toBe(404);

    await sim("POST", "/faults", { match: { action: "build", metadata_key: "slow" }, effect: { type: "delay", delay_ms: 5000 } });
    const res = await t.app.inject({
      method: "POST",
      url: "/compute/v2.1/servers",
      headers: await h.as("demo"),
      payload: { server: { name: "slow", imageRef: imageId, flavorRef: "1", metadata: { slow: "yes" } } },
    });
    const slow = res.json().server.id;
    await h.settle(4000);
    expect((await show(slow)).status).toBe("BUILD");
    await h.settle(1000);
    expect((await show(slow)).status).toBe("ACTIVE");
    await sim("DELETE", "/faults");
  });

  it("a hung build stays BUILD (spawning) long past its boot time, and boots once its rule is deleted", async () => {
    const rule = (await sim("POST", "/faults", { match: { action: "build", project: (await t.db.prisma.project.findFirstOrThrow({ where: { name: "demo" } })).id }, effect: { type: "hang" }, count: 1 })).json().fault;
    const id = await h.createServer("stuck");
    await h.settle(600_000);
    expect([(await show(id)).status, (await show(id))["OS-EXT-STS:task_state"]]).toEqual(["BUILD", "spawning"]);
    expect((await sim("DELETE", `/faults/${rule.id}`)).statusCode).toBe(204);
    await h.settle(0);
    expect((await show(id)).status).toBe("ACTIVE");
  });

  it("a resize that fails goes back to ACTIVE with the fault recorded in its instance action", async () => {
    const id = await h.activeServer("resizing");
    await sim("POST", "/faults", { match: { action: "resize" }, effect: { type: "fail", code: 500, message: "Injected resize failure" }, count: 1 });
    expect((await h.act(id, { resize: { flavorRef: "2" } })).statusCode).toBe(202);
    await h.settle(1000);
    const s = await show(id);
    expect(s.status).toBe("ACTIVE");
    expect(s.flavor.id).toBe("1");
    const actions = (await t.app.inject({ url: `/compute/v2.1/servers/${id}/os-instance-actions`, headers: await admin() })).json().instanceActions;
    expect(actions[0]).toMatchObject({ action: "resize", message: "Error" });
    await sim("DELETE", "/faults");
  });

  it("refuses an unknown effect and unknown fields with 400", async () => {
    expect((await sim("POST", "/faults", { match: {}, effect: { type: "explode" } })).statusCode).toBe(400);
    expect((await sim("POST", "/faults", { match: { color: "red" }, effect: { type: "hang" } })).statusCode).toBe(400);
    expect((await sim("POST", "/faults", { effect: { type: "hang" }, probability: 2 })).statusCode).toBe(400);
  });
});

describe("hosts down", () => {
  it("a host marked down shows down in os-services, and its server can be evacuated to another host", async () => {
    const id = await h.activeServer("evacuee");
    const host = (await show(id))["OS-EXT-SRV-ATTR:host"] as string;
    const down = await sim("POST", `/hosts/${host}/down`);
    expect(down.statusCode).toBe(200);
    expect(down.json()).toEqual({ host: { name: host, state: "down" } });
    const services = (await t.app.inject({ url: "/compute/v2.1/os-services?binary=nova-compute", headers: await admin() })).json().services;
    expect(services.find((s: { host: string }) => s.host === host)).toMatchObject({ state: "down", status: "enabled" });
    expect(services.filter((s: { state: string }) => s.state === "up")).toHaveLength(2);

    const ev = await h.act(id, { evacuate: {} }, "admin", "2.29");
    expect(ev.statusCode).toBe(200);
    await h.settle(1000);
    await h.settle(1000);
    const after = await show(id);
    expect(after.status).toBe("ACTIVE");
    expect(after["OS-EXT-SRV-ATTR:host"]).not.toBe(host);

    expect((await sim("POST", `/hosts/${host}/up`)).json().host.state).toBe("up");
    const again = (await t.app.inject({ url: "/compute/v2.1/os-services?binary=nova-compute", headers: await admin() })).json().services;
    expect(again.find((s: { host: string }) => s.host === host).state).toBe("up");
    expect((await sim("POST", "/hosts/nowhere/down")).statusCode).toBe(404);
  });
});

describe("HTTP fault rules", () => {
  it("answer the configured status with the addressed service's error body, count times", async () => {
    const add = await sim("POST", "/http-faults", { match: { path: "^/compute/v2.1/flavors$", method: "GET" }, effect: { status: 503, message: "Injected outage" }, count: 1 });
    expect(add.statusCode).toBe(201);
    const hit = await t.app.inject({ url: "/compute/v2.1/flavors", headers: await admin() });
    expect(hit.statusCode).toBe(503);
    expect(hit.json()).toEqual({ serviceUnavailable: { code: 503, message: "Injected outage" } });
    expect((await t.app.inject({ url: "/compute/v2.1/flavors", headers: await admin() })).statusCode).toBe(200);

    await sim("POST", "/http-faults", { match: { service: "network" }, effect: { status: 500, message: "Injected" } });
    const net = await t.app.inject({ url: "/networking/v2.0/networks", headers: await admin() });
    expect(net.statusCode).toBe(500);
    expect(net.json().NeutronError).toMatchObject({ message: "Injected" });
    // The simulator's own API is never faulted, so the rule can be taken away.
    const rules = (await sim("GET", "/http-faults")).json().http_faults;
    expect(rules.map((r: { fired: number }) => r.fired)).toEqual([1, 1]);
    expect((await sim("DELETE", "/http-faults")).statusCode).toBe(204);
    expect((await t.app.inject({ url: "/networking/v2.0/networks", headers: await admin() })).statusCode).toBe(200);
  });
});
