import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";
import { computeHelpers, type User } from "../compute-helpers.js";

let t: TestApp;
let imageId: string;
let altImageId: string;
beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_BOOT_TIME_MS: "0", NOVASIM_ACTION_TIME_MS: "1000", NOVASIM_RECLAIM_INSTANCE_INTERVAL: "600" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
  // A second public image to rebuild onto, and one too big for m1.tiny's 1 GiB disk.
  const adminHeaders = { "x-auth-token": await t.token("admin") };
  const mk = async (name: string, extra: Record<string, unknown>) => {
    const r = await t.app.inject({ method: "POST", url: "/image/v2/images", headers: adminHeaders, payload: { name, disk_format: "qcow2", container_format: "bare", visibility: "public", ...extra } });
    const id = r.json().id as string;
    await t.app.inject({ method: "PUT", url: `/image/v2/images/${id}/file`, headers: { ...adminHeaders, "content-type": "application/octet-stream" }, payload: Buffer.from("disk") });
    return id;
  };
  altImageId = await mk("alt-image", {});
  await mk("big-image", { min_disk: 20 });
});
afterAll(() => t.close());

const { as, settle, activeServer, act } = computeHelpers(() => t, () => imageId);

const show = async (id: string, user: User = "admin", v = "2.1") => t.app.inject({ url: `/compute/v2.1/servers/${id}`, headers: await as(user, v) });
const allocations = (id: string) => t.db.prisma.allocation.findMany({ where: { consumerId: id }, select: { hostId: true, resourceClass: true, used: true }, orderBy: { resourceClass: "asc" } });
const portCount = (id: string) => t.db.prisma.port.count({ where: { deviceId: id } });

const COMMON = ["OS-DCF:diskConfig", "accessIPv4", "accessIPv6", "addresses", "adminPass", "created", "flavor", "hostId", "id", "image", "links", "metadata", "name", "progress", "status", "tenant_id", "updated", "user_id"];

describe("rebuild", () => {
  it("2.1: 202 with the short server view (status REBUILD, adminPass, Location), steps through the rebuild task states, ends ACTIVE on the new image with the same addresses and claim", async () => {
    const id = await activeServer("rb1");
    const before = (await show(id)).json().server;
    const claim = await allocations(id);
    const res = await act(id, { rebuild: { imageRef: altImageId, name: "rb1-new", metadata: { rebuild: "server" }, adminPass: "rebuildPassw0rd" } });
    expect(res.statusCode).toBe(202);
    const s = res.json().server;
    expect(Object.keys(s).sort()).toEqual(COMMON);
    expect(s).toMatchObject({ id, name: "rb1-new", status: "REBUILD", adminPass: "rebuildPassw0rd", metadata: { rebuild: "server" }, image: { id: altImageId } });
    expect(s.flavor).toEqual(before.flavor);
    expect(res.headers.location).toBe(s.links[0].href);
    for (const a of Object.values(s.addresses as Record<string, Record<string, unknown>[]>)) for (const x of a) expect(Object.keys(x).sort()).toEqual(["addr", "version"]);
    const states = [];
    for (let i = 0; i < 3; i++) {
      states.push((await show(id)).json().server["OS-EXT-STS:task_state"]);
      await settle();
    }
    expect(states).toEqual(["rebuilding", "rebuild_block_device_mapping", "rebuild_spawning"]);
    const after = (await show(id)).json().server;
    expect(after).toMatchObject({ status: "ACTIVE", name: "rb1-new", image: { id: altImageId }, "OS-EXT-STS:task_state": null });
    expect(after.addresses).toEqual(before.addresses);
    expect(await allocations(id)).toEqual(claim);
  });

  it("2.75+: the full view with user_data (2.57); key_name null unsets (2.54); description 2.19; a generated adminPass", async () => {
    const id = await activeServer("rb2");
    const res = await act(id, { rebuild: { imageRef: imageId, key_name: null, description: "d", user_data: "aGVsbG8=" } }, "demo", "2.75");
    expect(res.statusCode).toBe(202);
    const s = res.json().server;
    expect(s).toMatchObject({ status: "REBUILD", key_name: null, description: "d", user_data: "aGVsbG8=", "OS-EXT-STS:task_state": "rebuilding", "OS-EXT-AZ:availability_zone": "nova" });
    expect(s.adminPass).toMatch(/^\w{12}$/);
    expect(s).toHaveProperty("OS-SRV-USG:launched_at");
    // personality is gone at 2.57; key_name must name a keypair of the caller.
    expect((await act(id, { rebuild: { imageRef: imageId, personality: [] } }, "demo", "2.57")).statusCode).toBe(400);
    await settle();
    await settle();
    await settle();
    const bad = await act(id, { rebuild: { imageRef: imageId, key_name: "nokey" } }, "demo", "2.54");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().badRequest.message).toBe("Invalid key_name provided.");
    // An admin sees the extended attributes, but user_data only under its own key (as Nova's rebuild).
    const asAdmin = (await act(id, { rebuild: { imageRef: imageId } }, "admin", "2.75")).json().server;
    expect(asAdmin).toHaveProperty("OS-EXT-SRV-ATTR:host");
    expect(asAdmin).not.toHaveProperty("OS-EXT-SRV-ATTR:user_data");
    expect(asAdmin).toHaveProperty("user_data");
  });

  it("a stopped server is rebuilt and stays SHUTOFF", async () => {
    const id = await activeServer("rb3");
    await act(id, { "os-stop": null });
    await settle();
    expect((await act(id, { rebuild: { imageRef: altImageId } })).statusCode).toBe(202);
    await settle();
    await settle();
    await settle();
    expect((await show(id)).json().server).toMatchObject({ status: "SHUTOFF", "OS-EXT-STS:power_state": 4, image: { id: altImageId } });
  });

  it("negatives: 404 for a missing or another project's server, 400 for a bad or unknown image and a too small flavor, 409 while busy", async () => {
    const id = await activeServer("rb4");
    expect((await act("00000000-0000-0000-0000-000000000000", { rebuild: { imageRef: imageId } })).statusCode).toBe(404);
    expect((await act(id, { rebuild: { imageRef: imageId } }, "alt_demo")).statusCode).toBe(404);
    expect((await act(id, { rebuild: {} })).statusCode).toBe(400);
    expect((await act(id, { rebuild: { imageRef: "not-a-uuid" } })).statusCode).toBe(400);
    expect((await act(id, { rebuild: { imageRef: imageId, foo: 1 } })).statusCode).toBe(400);
    const unknown = await act(id, { rebuild: { imageRef: "11111111-2222-3333-4444-555555555555" } });
    expect(unknown.json()).toEqual({ badRequest: { code: 400, message: "Cannot find image for rebuild" } });
    const big = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "big-image" }, select: { id: true } })).id;
    const small = await act(id, { rebuild: { imageRef: big } });
    expect(small.statusCode).toBe(400);
    expect(small.json().badRequest.message).toMatch(/^Flavor's disk is smaller than the minimum size specified in image metadata/);
    expect((await show(id)).json().server.status).toBe("ACTIVE");
    await act(id, { pause: null });
    const busy = await act(id, { rebuild: { imageRef: imageId } });
    expect(busy.statusCode).toBe(409);
    expect(busy.json().conflictingRequest.message).toBe(`Cannot 'rebuild' instance ${id} while it is in task_state pausing`);
    // A deleted server: 404.
    await settle();
    await t.app.inject({ method: "POST", url: `/compute/v2.1/servers/${id}/action`, headers: await as("demo"), payload: { forceDelete: null } });
    expect((await act(id, { rebuild: { imageRef: imageId } })).statusCode).toBe(404);
  });
});

describe("soft delete, restore, forceDelete, reclaim (reclaim_instance_interval 600)", () => {
  it("DELETE soft-deletes and keeps the claim; restore brings it back ACTIVE with the same claim", async () => {
    const id = await activeServer("sd1");
    const claim = await allocations(id);
    expect(claim.length).toBe(3);
    const del = await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${id}`, headers: await as("demo") });
    expect(del.statusCode).toBe(204);
    expect((await show(id)).json().server["OS-EXT-STS:task_state"]).toBe("soft-deleting");
    await settle();
    const s = (await show(id)).json().server;
    expect(s).toMatchObject({ status: "SOFT_DELETED", "OS-EXT-STS:vm_state": "soft-delete", "OS-EXT-STS:power_state": 4 });
    expect(await allocations(id)).toEqual(claim);
    expect(await portCount(id)).toBeGreaterThan(0);
    expect((await act(id, { restore: null }, "alt_demo")).statusCode).toBe(404);
    expect((await act(id, { restore: null })).statusCode).toBe(202);
    expect((await show(id)).json().server["OS-EXT-STS:task_state"]).toBe("restoring");
    await settle();
    expect((await show(id)).json().server).toMatchObject({ status: "ACTIVE", "OS-SRV-USG:terminated_at": null });
    expect(await allocations(id)).toEqual(claim);
    const again = await act(id, { restore: null });
    expect(again.json().conflictingRequest.message).toBe(`Cannot 'restore' instance ${id} while it is in vm_state active`);
  });

  it("forceDelete deletes a soft-deleted server now, releasing its claim and ports", async () => {
    const id = await activeServer("sd2");
    await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${id}`, headers: await as("demo") });
    await settle();
    expect((await act(id, { forceDelete: null })).statusCode).toBe(202);
    expect((await show(id)).statusCode).toBe(404);
    expect(await allocations(id)).toEqual([]);
    expect(await portCount(id)).toBe(0);
  });

  it("the reclaim deletes soft-deleted servers older than the interval, and only those", async () => {
    const { reclaimDue } = await import("../../src/compute/effects/rebuild-delete.js");
    const old = await activeServer("sd3");
    await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${old}`, headers: await as("demo") });
    await settle();
    t.clock.advance(300 * 1000);
    const young = await activeServer("sd4");
    await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${young}`, headers: await as("demo") });
    await settle();
    const ec = { db: t.db.prisma, clock: t.clock, config: t.config };
    expect(await reclaimDue(ec, t.app.services.actions)).toBe(0);
    t.clock.advance(300 * 1000);
    expect(await reclaimDue(ec, t.app.services.actions)).toBe(1);
    expect((await show(old)).statusCode).toBe(404);
    expect(await allocations(old)).toEqual([]);
    expect((await show(young)).json().server.status).toBe("SOFT_DELETED");
    expect((await allocations(young)).length).toBe(3);
  });

  it("a server that never ran is deleted at once, as Nova does (soft delete needs launched_at)", async () => {
    const res = await t.app.inject({ method: "POST", url: "/compute/v2.1/servers", headers: await as("demo"), payload: { server: { name: "sd5", imageRef: imageId, flavorRef: "1" } } });
    const id = res.json().server.id as string;
    expect((await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${id}`, headers: await as("demo") })).statusCode).toBe(204);
    expect((await show(id)).statusCode).toBe(404);
    // A build step racing the delete gives back any claim it took once it sees the delete.
    await t.app.services.worker.idle();
    expect(await allocations(id)).toEqual([]);
  });
});
