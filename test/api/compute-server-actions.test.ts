import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";
import { computeHelpers } from "../compute-helpers.js";

let t: TestApp;
let imageId: string;
beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_BOOT_TIME_MS: "0", NOVASIM_ACTION_TIME_MS: "1000" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
});
afterAll(() => t.close());

const { as, settle, activeServer, act } = computeHelpers(() => t, () => imageId);

const show = async (id: string, user: "admin" | "demo" = "demo") =>
  (await t.app.inject({ url: `/compute/v2.1/servers/${id}`, headers: await as(user) })).json().server;

describe("power actions through the lifecycle table", () => {
  it("stop shows powering-off while it runs, then SHUTOFF; stopping again is 409 with Nova's message; start brings it back", async () => {
    const id = await activeServer("p1");
    const stop = await act(id, { "os-stop": null });
    expect(stop.statusCode).toBe(202);
    const during = await show(id);
    expect(during.status).toBe("ACTIVE");
    expect(during["OS-EXT-STS:task_state"]).toBe("powering-off");
    const busy = await act(id, { "os-start": null });
    expect(busy.statusCode).toBe(409);
    expect(busy.json()).toEqual({ conflictingRequest: { code: 409, message: `Cannot 'start' instance ${id} while it is in vm_state active` } });
    await settle();
    const stopped = await show(id);
    expect(stopped).toMatchObject({ status: "SHUTOFF", "OS-EXT-STS:power_state": 4, "OS-EXT-STS:task_state": null });
    const again = await act(id, { "os-stop": null });
    expect(again.json().conflictingRequest.message).toBe(`Cannot 'stop' instance ${id} while it is in vm_state stopped`);
    expect((await act(id, { "os-start": null })).statusCode).toBe(202);
    await settle();
    expect((await show(id)).status).toBe("ACTIVE");
    const actions = await t.app.inject({ url: `/compute/v2.1/servers/${id}/os-instance-actions`, headers: await as("demo") });
    expect(actions.json().instanceActions.map((a: { action: string }) => a.action)).toEqual(["start", "stop", "create"]);
    const stopReq = actions.json().instanceActions[1].request_id;
    const detail = await t.app.inject({ url: `/compute/v2.1/servers/${id}/os-instance-actions/${stopReq}`, headers: await as("admin") });
    expect(detail.json().instanceAction.events[0]).toMatchObject({ event: "compute_stop_instance", result: "Success" });
  });

  it("reboot soft and hard, pause/unpause, suspend/resume", async () => {
    const id = await activeServer("p2");
    expect((await act(id, { reboot: { type: "SOFT" } })).statusCode).toBe(202);
    expect((await show(id)).status).toBe("REBOOT");
    await settle();
    expect((await act(id, { reboot: { type: "HARD" } })).statusCode).toBe(202);
    expect((await show(id)).status).toBe("HARD_REBOOT");
    await settle();
    expect((await act(id, { pause: null })).statusCode).toBe(202);
    await settle();
    expect((await show(id))).toMatchObject({ status: "PAUSED", "OS-EXT-STS:power_state": 3 });
    expect((await act(id, { unpause: null })).statusCode).toBe(202);
    await settle();
    expect((await act(id, { suspend: null })).statusCode).toBe(202);
    await settle();
    expect((await show(id)).status).toBe("SUSPENDED");
    expect((await act(id, { resume: null })).statusCode).toBe(202);
    await settle();
    expect((await show(id)).status).toBe("ACTIVE");
    const bad = await act(id, { reboot: { type: "GENTLE" } });
    expect(bad.statusCode).toBe(400);
  });

  it("a locked server refuses its owner's actions with 409 but not an admin's; unlock of an admin lock needs an admin", async () => {
    const id = await activeServer("p3");
    expect((await act(id, { lock: { locked_reason: "maintenance" } }, "demo", "2.73")).statusCode).toBe(202);
    const s = (await t.app.inject({ url: `/compute/v2.1/servers/${id}`, headers: await as("demo", "2.73") })).json().server;
    expect(s).toMatchObject({ locked: true, locked_reason: "maintenance" });
    const refused = await act(id, { "os-stop": null });
    expect(refused.json()).toEqual({ conflictingRequest: { code: 409, message: `Instance ${id} is locked` } });
    const del = await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${id}`, headers: await as("demo") });
    expect(del.statusCode).toBe(409);
    expect((await act(id, { "os-stop": null }, "admin")).statusCode).toBe(202);
    expect((await act(id, { unlock: null })).statusCode).toBe(202);
    await settle();
    expect((await act(id, { lock: null }, "admin")).statusCode).toBe(202);
    expect((await act(id, { unlock: null })).statusCode).toBe(403);
  });

  it("lock below 2.73 accepts any body value and ignores a locked_reason in it; from 2.73 an empty reason is 400", async () => {
    const id = await activeServer("p5");
    expect((await act(id, { lock: { locked_reason: "kept?" } }, "demo", "2.72")).statusCode).toBe(202);
    const s = (await t.app.inject({ url: `/compute/v2.1/servers/${id}`, headers: await as("demo", "2.73") })).json().server;
    expect(s).toMatchObject({ locked: true, locked_reason: null });
    expect((await act(id, { unlock: null })).statusCode).toBe(202);
    await settle();
    const empty = await act(id, { lock: { locked_reason: "" } }, "demo", "2.73");
    expect(empty.statusCode).toBe(400);
    expect(empty.json().badRequest.message).toContain("locked_reason");
  });

  it("unknown actions are 400, other projects' servers 404", async () => {
    const id = await activeServer("p4");
    const unknown = await act(id, { "os-fly": null });
    expect(unknown.json()).toEqual({ badRequest: { code: 400, message: "There is no such action: os-fly" } });
    expect((await act(id, { "os-stop": null }, "alt_demo")).statusCode).toBe(404);
  });
});
