import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";
import { computeHelpers, type User } from "../compute-helpers.js";

let t: TestApp;
let imageId: string;
beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_BOOT_TIME_MS: "0", NOVASIM_ACTION_TIME_MS: "1000" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
});
afterAll(() => t.close());

const { as, settle, activeServer, act } = computeHelpers(() => t, () => imageId);

const show = async (id: string, user: User = "admin") => (await t.app.inject({ url: `/compute/v2.1/servers/${id}`, headers: await as(user) })).json().server;
const glance = async (id: string, user: User = "demo") => t.app.inject({ url: `/image/v2/images/${id}`, headers: { "x-auth-token": await t.token(user) } });
const allocations = (id: string) =>
  t.db.prisma.allocation.findMany({ where: { consumerId: id }, select: { hostId: true, resourceClass: true, used: true }, orderBy: { resourceClass: "asc" } });
const ports = (id: string) => t.db.prisma.port.findMany({ where: { deviceId: id }, select: { bindingHostId: true, status: true } });

describe("createImage", () => {
  it("before 2.45: 202 with a Location to the Glance image, no body; the snapshot goes queued -> saving -> active with Nova's properties", async () => {
    const id = await activeServer("snap1");
    const res = await act(id, { createImage: { name: "snap-one", metadata: { image_type: "test", color: "blue" } } });
    expect(res.statusCode).toBe(202);
    expect(res.body).toBe("");
    const loc = res.headers.location as string;
    expect(loc).toMatch(/^http:\/\/[^/]+\/image\/images\/[0-9a-f-]{36}$/);
    const snapId = loc.split("/").at(-1)!;
    expect((await show(id))["OS-EXT-STS:task_state"]).toBe("image_snapshot");
    const queued = (await glance(snapId)).json();
    expect(queued).toMatchObject({ status: "queued", name: "snap-one", visibility: "private", min_disk: 1, disk_format: null });
    await settle();
    expect((await show(id))["OS-EXT-STS:task_state"]).toBe("image_pending_upload");
    expect((await glance(snapId)).json().status).toBe("saving");
    await settle();
    expect((await show(id))["OS-EXT-STS:task_state"]).toBe("image_uploading");
    await settle();
    const s = await show(id);
    expect(s).toMatchObject({ status: "ACTIVE", "OS-EXT-STS:task_state": null });
    const img = (await glance(snapId)).json();
    const demo = await t.db.prisma.project.findFirstOrThrow({ where: { name: "demo" }, select: { id: true } });
    expect(img).toMatchObject({
      status: "active",
      owner: demo.id,
      disk_format: "qcow2",
      container_format: "bare",
      min_disk: 1,
      min_ram: 0,
      image_type: "test",
      color: "blue",
      instance_uuid: id,
      base_image_ref: imageId,
      owner_project_name: "demo",
      owner_user_name: "demo",
      image_location: "snapshot",
      image_state: "available",
      owner_id: demo.id,
      virtual_size: 1024 ** 3,
    });
    expect(img.size).toBeGreaterThan(0);
    expect(img.os_hash_algo).toBe("sha512");
    expect(img.checksum).toMatch(/^[0-9a-f]{32}$/);
    // The compute proxy (<= 2.35) shows it too, and it can be deleted.
    const proxy = await t.app.inject({ url: `/compute/v2.1/images/${snapId}`, headers: await as("demo") });
    expect(proxy.json().image).toMatchObject({ status: "ACTIVE", minDisk: 1 });
    const del = await t.app.inject({ method: "DELETE", url: `/image/v2/images/${snapId}`, headers: { "x-auth-token": await t.token("demo") } });
    expect(del.statusCode).toBe(204);
    expect((await glance(snapId)).statusCode).toBe(404);
    const actions = await t.app.inject({ url: `/compute/v2.1/servers/${id}/os-instance-actions`, headers: await as("demo") });
    expect(actions.json().instanceActions[0].action).toBe("createImage");
  });

  it("from 2.45: {image_id} and no Location; multibyte names; a locked server may still be snapshotted (Nova does not check the lock)", async () => {
    const id = await activeServer("snap2");
    expect((await act(id, { lock: null })).statusCode).toBe(202);
    const res = await act(id, { createImage: { name: "\u20a1-snap" } }, "demo", "2.45");
    expect(res.statusCode).toBe(202);
    expect(res.headers.location).toBeUndefined();
    const snapId = res.json().image_id as string;
    expect(Object.keys(res.json())).toEqual(["image_id"]);
    await settle();
    await settle();
    await settle();
    expect((await glance(snapId)).json()).toMatchObject({ name: "\u20a1-snap", status: "active" });
  });

  it("validates the body and the state: 400 for a missing name or extra keys, 409 while busy, 404 for another project", async () => {
    const id = await activeServer("snap3");
    expect((await act(id, { createImage: {} })).statusCode).toBe(400);
    expect((await act(id, { createImage: { name: "x", foo: 1 } })).statusCode).toBe(400);
    expect((await act(id, { createImage: { name: "" } })).statusCode).toBe(400);
    expect((await act(id, { createImage: { name: "x" } }, "alt_demo")).statusCode).toBe(404);
    expect((await act(id, { "os-stop": null })).statusCode).toBe(202);
    const busy = await act(id, { createImage: { name: "x" } });
    expect(busy.statusCode).toBe(409);
    expect(busy.json().conflictingRequest.message).toBe(`Cannot 'createImage' instance ${id} while it is in task_state powering-off`);
    await settle();
    // A stopped server can be snapshotted.
    expect((await act(id, { createImage: { name: "stopped-snap" } })).statusCode).toBe(202);
  });

  it("an admin's snapshot of a user's server is the admin's, shared with the server's project", async () => {
    const id = await activeServer("snap4");
    const res = await act(id, { createImage: { name: "admin-snap" } }, "admin", "2.45");
    const snapId = res.json().image_id as string;
    const row = await t.db.prisma.image.findUniqueOrThrow({ where: { id: snapId }, select: { visibility: true, owner: true, members: { select: { memberId: true } } } });
    const [admin, demo] = await Promise.all(["admin", "demo"].map((n) => t.db.prisma.project.findFirstOrThrow({ where: { name: n }, select: { id: true } })));
    expect(row).toMatchObject({ visibility: "shared", owner: admin!.id, members: [{ memberId: demo!.id }] });
    expect((await glance(snapId, "demo")).statusCode).toBe(200);
  });
});

describe("createBackup", () => {
  it("keeps the newest `rotation` backups of that type; Location (compute URL) only when rotation > 0 before 2.45", async () => {
    const id = await activeServer("bk1");
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await act(id, { createBackup: { name: `bk-${i}`, backup_type: "daily", rotation: 2 } });
      expect(res.statusCode).toBe(202);
      expect(res.headers.location).toMatch(new RegExp(`/compute/v2\\.1/images/[0-9a-f-]{36}$`));
      ids.push((res.headers.location as string).split("/").at(-1)!);
      await settle();
      await settle();
      await settle();
      expect((await show(id)).status).toBe("ACTIVE");
    }
    const left = await t.db.prisma.image.findMany({ where: { id: { in: ids } }, select: { id: true } });
    expect(left.map((r) => r.id).sort()).toEqual([ids[1], ids[2]].sort());
    const img = (await glance(ids[2]!)).json();
    expect(img).toMatchObject({ image_type: "backup", backup_type: "daily", status: "active" });
    // A weekly backup does not rotate the daily ones; rotation 0 deletes every backup of its type, itself included.
    const w = await act(id, { createBackup: { name: "w", backup_type: "weekly", rotation: "0" } }, "demo", "2.1");
    expect(w.statusCode).toBe(202);
    expect(w.headers.location).toBeUndefined();
    await settle();
    await settle();
    await settle();
    expect(await t.db.prisma.image.count({ where: { id: { in: ids } } })).toBe(2);
    const v245 = await act(id, { createBackup: { name: "n", backup_type: "daily", rotation: 1 } }, "demo", "2.45");
    expect(v245.json()).toEqual({ image_id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect((await act(id, { createBackup: { name: "n", backup_type: "daily" } })).statusCode).toBe(400);
    expect((await act(id, { createBackup: { name: "n", backup_type: "daily", rotation: -1 } })).statusCode).toBe(400);
  });
});

describe("shelve, shelveOffload, unshelve", () => {
  it("shelve snapshots <name>-shelved and (offload time 0) offloads at once: claim released, ports unbound, host cleared; unshelve claims again and deletes the snapshot", async () => {
    const id = await activeServer("sh1");
    const before = await allocations(id);
    expect(before.length).toBe(3);
    expect((await ports(id)).every((p) => p.bindingHostId !== "")).toBe(true);
    expect((await act(id, { shelve: null })).statusCode).toBe(202);
    expect((await show(id))["OS-EXT-STS:task_state"]).toBe("shelving");
    await settle();
    expect((await show(id))["OS-EXT-STS:task_state"]).toBe("shelving_image_pending_upload");
    await settle();
    expect((await show(id))["OS-EXT-STS:task_state"]).toBe("shelving_image_uploading");
    await settle();
    const s = await show(id);
    expect(s).toMatchObject({ status: "SHELVED_OFFLOADED", "OS-EXT-STS:power_state": 4, "OS-EXT-SRV-ATTR:host": null, "OS-EXT-SRV-ATTR:hypervisor_hostname": null });
    expect(await allocations(id)).toEqual([]);
    expect((await ports(id)).every((p) => p.bindingHostId === "" && p.status === "DOWN")).toBe(true);
    const snap = await t.db.prisma.image.findFirstOrThrow({ where: { name: "sh1-shelved" }, select: { id: true, status: true, properties: true } });
    expect(snap.status).toBe("active");
    expect(JSON.parse(snap.properties)).toMatchObject({ image_type: "snapshot", instance_uuid: id });
    // shelveOffload is for admins and only from SHELVED.
    expect((await act(id, { shelveOffload: null })).statusCode).toBe(403);
    expect((await act(id, { shelveOffload: null }, "admin")).statusCode).toBe(409);
    // An AZ/host needs 2.77/2.91; bad AZ is 400.
    const badAz = await act(id, { unshelve: { availability_zone: "nowhere" } }, "demo", "2.77");
    expect(badAz.statusCode).toBe(400);
    expect(badAz.json().badRequest.message).toBe("The requested availability zone is not available");
    expect((await act(id, { unshelve: {} }, "demo", "2.77")).statusCode).toBe(400);
    expect((await act(id, { unshelve: { host: "compute1" } }, "demo", "2.91")).statusCode).toBe(403);
    expect((await act(id, { unshelve: { host: "nohost" } }, "admin", "2.91")).json().badRequest.message).toBe("Compute host nohost could not be found.");
    expect((await act(id, { unshelve: null })).statusCode).toBe(202);
    expect((await show(id))["OS-EXT-STS:task_state"]).toBe("unshelving");
    await settle();
    expect((await show(id))["OS-EXT-STS:task_state"]).toBe("spawning");
    expect((await allocations(id)).length).toBe(3);
    await settle();
    const after = await show(id);
    expect(after).toMatchObject({ status: "ACTIVE", "OS-EXT-STS:power_state": 1 });
    expect(after["OS-EXT-SRV-ATTR:host"]).toMatch(/^compute/);
    expect((await allocations(id)).map((a) => [a.resourceClass, a.used])).toEqual(before.map((a) => [a.resourceClass, a.used]));
    expect((await ports(id)).every((p) => p.bindingHostId === after["OS-EXT-SRV-ATTR:host"] && p.status === "ACTIVE")).toBe(true);
    expect(await t.db.prisma.image.count({ where: { id: snap.id } })).toBe(0);
  });

  it("unshelve to a host (2.91, admin) lands there, with its claim", async () => {
    const id = await activeServer("sh2");
    await act(id, { shelve: null });
    await settle();
    await settle();
    await settle();
    const res = await act(id, { unshelve: { host: "compute3" } }, "admin", "2.91");
    expect(res.statusCode).toBe(202);
    await settle();
    await settle();
    const s = await show(id);
    expect(s).toMatchObject({ status: "ACTIVE", "OS-EXT-SRV-ATTR:host": "compute3" });
    const host = await t.db.prisma.host.findFirstOrThrow({ where: { hostname: "compute3" }, select: { id: true } });
    expect((await allocations(id)).every((a) => a.hostId === host.id)).toBe(true);
  });
});

describe("shelve with shelved_offload_time -1", () => {
  let t2: TestApp;
  beforeAll(async () => {
    t2 = await startApp({ env: { NOVASIM_BOOT_TIME_MS: "0", NOVASIM_ACTION_TIME_MS: "0", NOVASIM_SHELVED_OFFLOAD_TIME: "-1" } });
  });
  afterAll(() => t2.close());

  it("stays SHELVED with its host and claim (an AZ on unshelve is 409 then); shelveOffload (admin) frees them; unshelve of a SHELVED server keeps its host", async () => {
    const h = async (u: User, v = "2.1") => ({ "x-auth-token": await t2.token(u), "openstack-api-version": `compute ${v}` });
    const img = (await t2.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
    const run = async () => {
      await t2.app.services.worker.idle();
      await t2.app.services.worker.tick();
      await t2.app.services.worker.idle();
    };
    const created = await t2.app.inject({ method: "POST", url: "/compute/v2.1/servers", headers: await h("demo"), payload: { server: { name: "keep", imageRef: img, flavorRef: "1" } } });
    const id = created.json().server.id as string;
    await run();
    const doAct = async (body: unknown, u: User = "demo") => t2.app.inject({ method: "POST", url: `/compute/v2.1/servers/${id}/action`, headers: await h(u), payload: body as object });
    const get = async () => (await t2.app.inject({ url: `/compute/v2.1/servers/${id}`, headers: await h("admin") })).json().server;
    const allocs = () => t2.db.prisma.allocation.count({ where: { consumerId: id } });
    expect((await doAct({ shelve: null })).statusCode).toBe(202);
    await run();
    const shelved = await get();
    expect(shelved.status).toBe("SHELVED");
    expect(shelved["OS-EXT-SRV-ATTR:host"]).toMatch(/^compute/);
    expect(await allocs()).toBe(3);
    const pinned = await t2.app.inject({ method: "POST", url: `/compute/v2.1/servers/${id}/action`, headers: await h("demo", "2.77"), payload: { unshelve: { availability_zone: "nova" } } });
    expect(pinned.statusCode).toBe(409);
    expect(pinned.json().conflictingRequest.message).toBe(
      `Specifying an availability zone or a host when unshelving server "${id}" with status "shelved" is not supported. The server status must be SHELVED_OFFLOADED.`,
    );
    expect((await doAct({ unshelve: null })).statusCode).toBe(202);
    await run();
    expect((await get())).toMatchObject({ status: "ACTIVE", "OS-EXT-SRV-ATTR:host": shelved["OS-EXT-SRV-ATTR:host"] });
    expect(await allocs()).toBe(3);
    expect(await t2.db.prisma.image.count({ where: { name: "keep-shelved" } })).toBe(0);
    await doAct({ shelve: null });
    await run();
    expect((await doAct({ shelveOffload: null }, "admin")).statusCode).toBe(202);
    await run();
    expect((await get())).toMatchObject({ status: "SHELVED_OFFLOADED", "OS-EXT-SRV-ATTR:host": null });
    expect(await allocs()).toBe(0);
  });
});

describe("shelve with shelved_offload_time 60 (the periodic offload)", () => {
  let t3: TestApp;
  beforeAll(async () => {
    t3 = await startApp({ env: { NOVASIM_BOOT_TIME_MS: "0", NOVASIM_ACTION_TIME_MS: "0", NOVASIM_SHELVED_OFFLOAD_TIME: "60" } });
  });
  afterAll(() => t3.close());

  it("offloads a shelved server once the time has passed, through the engine: host and claim freed, no instance action recorded", async () => {
    const h = async (u: User) => ({ "x-auth-token": await t3.token(u), "openstack-api-version": "compute 2.1" });
    const img = (await t3.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
    const run = async () => {
      await t3.app.services.worker.idle();
      await t3.app.services.worker.tick();
      await t3.app.services.worker.idle();
    };
    const created = await t3.app.inject({ method: "POST", url: "/compute/v2.1/servers", headers: await h("demo"), payload: { server: { name: "later", imageRef: img, flavorRef: "1" } } });
    const id = created.json().server.id as string;
    await run();
    const get = async () => (await t3.app.inject({ url: `/compute/v2.1/servers/${id}`, headers: await h("admin") })).json().server;
    expect((await t3.app.inject({ method: "POST", url: `/compute/v2.1/servers/${id}/action`, headers: await h("demo"), payload: { shelve: null } })).statusCode).toBe(202);
    await run();
    expect((await get()).status).toBe("SHELVED");
    t3.clock.advance(30_000);
    await run();
    expect((await get()).status).toBe("SHELVED");
    t3.clock.advance(31_000);
    await run();
    expect(await get()).toMatchObject({ status: "SHELVED_OFFLOADED", "OS-EXT-SRV-ATTR:host": null, "OS-EXT-STS:task_state": null });
    expect(await t3.db.prisma.allocation.count({ where: { consumerId: id } })).toBe(0);
    const actions = (await t3.app.inject({ url: `/compute/v2.1/servers/${id}/os-instance-actions`, headers: await h("admin") })).json().instanceActions;
    expect(actions.map((a: { action: string }) => a.action)).toEqual(["shelve", "create"]);
  });
});
