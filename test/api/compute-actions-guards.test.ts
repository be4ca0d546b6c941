import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";
import { computeHelpers } from "../compute-helpers.js";

/**
 * The engine's one guard (lock, then host, then state) as the API answers it
 * for the operations that used to check by hand: forceDelete, lock/unlock,
 * os-resetState, DELETE, force_complete and abort of live migrations.
 */
let t: TestApp;
let imageId: string;
beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_BOOT_TIME_MS: "0", NOVASIM_ACTION_TIME_MS: "1000" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
});
afterAll(() => t.close());

const { as, settle, activeServer, act } = computeHelpers(() => t, () => imageId);
const conflict = (message: string) => ({ conflictingRequest: { code: 409, message } });
const show = async (id: string) => (await t.app.inject({ url: `/compute/v2.1/servers/${id}`, headers: await as("admin", "2.9") })).json().server;
const events = async (id: string, action: string) => {
  const list = (await t.app.inject({ url: `/compute/v2.1/servers/${id}/os-instance-actions`, headers: await as("admin", "2.62") })).json().instanceActions as { action: string; request_id: string }[];
  const a = list.find((x) => x.action === action)!;
  return (await t.app.inject({ url: `/compute/v2.1/servers/${id}/os-instance-actions/${a.request_id}`, headers: await as("admin", "2.62") })).json().instanceAction.events;
};

describe("forceDelete", () => {
  it("is refused on a locked server (409) and while a task runs (409 with the task_state); otherwise deletes at once", async () => {
    const id = await activeServer("g1");
    expect((await act(id, { lock: null })).statusCode).toBe(202);
    expect((await act(id, { forceDelete: null })).json()).toEqual(conflict(`Instance ${id} is locked`));
    expect((await act(id, { unlock: null })).statusCode).toBe(202);
    expect((await act(id, { "os-stop": null })).statusCode).toBe(202);
    expect((await act(id, { forceDelete: null })).json()).toEqual(conflict(`Cannot 'forceDelete' instance ${id} while it is in task_state powering-off`));
    await settle();
    expect((await act(id, { forceDelete: null })).statusCode).toBe(202);
    expect((await t.app.inject({ url: `/compute/v2.1/servers/${id}`, headers: await as("demo") })).statusCode).toBe(404);
  });
});

describe("lock, unlock, os-resetState as engine actions", () => {
  it("lock and unlock are recorded by the API: their events carry no host; resetState's does", async () => {
    const id = await activeServer("g2");
    expect((await act(id, { lock: null })).statusCode).toBe(202);
    expect((await act(id, { unlock: null })).statusCode).toBe(202);
    expect((await act(id, { "os-resetState": { state: "error" } }, "admin")).statusCode).toBe(202);
    const [lock] = await events(id, "lock");
    expect(lock).toMatchObject({ event: "api_lock", result: "Success", host: "", hostId: "" });
    const [unlock] = await events(id, "unlock");
    expect(unlock).toMatchObject({ event: "api_unlock", result: "Success", host: "" });
    const [reset] = await events(id, "resetState");
    expect(reset).toMatchObject({ event: "api_reset_state", result: "Success" });
    expect(reset.host).toMatch(/^compute/);
    expect(await show(id)).toMatchObject({ status: "ERROR", locked: false, "OS-EXT-STS:task_state": null });
  });

  it("an admin's lock of another project's server is the admin's: the owner gets 403 from unlock, the lock stays", async () => {
    const id = await activeServer("g3");
    expect((await act(id, { lock: null }, "admin")).statusCode).toBe(202);
    const refused = await act(id, { unlock: null });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().forbidden.message).toBe("Policy doesn't allow os_compute_api:os-lock-server:unlock:unlock_override to be performed.");
    expect((await show(id)).locked).toBe(true);
    expect((await act(id, { unlock: null }, "admin")).statusCode).toBe(202);
    expect((await show(id)).locked).toBe(false);
  });
});

describe("DELETE", () => {
  it("a locked server refuses its owner, an admin deletes it; a server already gone is 404", async () => {
    const id = await activeServer("g4");
    expect((await act(id, { lock: null })).statusCode).toBe(202);
    const del = async (user: "admin" | "demo") => t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${id}`, headers: await as(user) });
    expect((await del("demo")).json()).toEqual(conflict(`Instance ${id} is locked`));
    expect((await del("admin")).statusCode).toBe(204);
    expect((await del("admin")).statusCode).toBe(404);
    const [event] = await events(id, "delete");
    expect(event).toMatchObject({ event: "compute_terminate_instance", result: "Success" });
  });
});

describe("force_complete and abort of a live migration", () => {
  it("are refused outside a live migration with Nova's state messages", async () => {
    const id = await activeServer("g5");
    const force = await t.app.inject({ method: "POST", url: `/compute/v2.1/servers/${id}/migrations/1/action`, headers: await as("admin", "2.22"), payload: { force_complete: null } });
    expect(force.json()).toEqual(conflict(`Cannot 'force_complete' instance ${id} while it is in task_state null`));
    const abort = await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${id}/migrations/1`, headers: await as("admin", "2.24") });
    expect(abort.json()).toEqual(conflict(`Cannot 'abort live migration' instance ${id} while it is in task_state null`));
    expect((await act(id, { "os-stop": null }, "admin")).statusCode).toBe(202);
    await settle();
    const stopped = await t.app.inject({ method: "POST", url: `/compute/v2.1/servers/${id}/migrations/1/action`, headers: await as("admin", "2.22"), payload: { force_complete: null } });
    expect(stopped.json()).toEqual(conflict(`Cannot 'force_complete' instance ${id} while it is in vm_state stopped`));
  });
});
