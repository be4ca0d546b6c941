import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";
import { computeHelpers } from "../compute-helpers.js";

/** os-aggregates and the availability zones they make (nova/api/openstack/compute/aggregates.py). */

let t: TestApp;
let imageId: string;
beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_BOOT_TIME_MS: "0", NOVASIM_HOST_COUNT: "3" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
});
afterAll(() => t.close());

const { as, settle } = computeHelpers(() => t, () => imageId);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/;

type User = "admin" | "demo";
const call = async (method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: unknown, opts: { mv?: string; user?: User } = {}) =>
  t.app.inject({ method, url: `/compute/v2.1${url}`, headers: await as(opts.user ?? "admin", opts.mv ?? "2.1"), ...(payload !== undefined ? { payload: payload as object } : {}) });

const create = async (name: string, az?: string, mv = "2.1") => {
  const res = await call("POST", "/os-aggregates", { aggregate: { name, ...(az ? { availability_zone: az } : {}) } }, { mv });
  expect(res.statusCode).toBe(200);
  return res.json().aggregate as { id: number; uuid?: string };
};
const action = (id: number | string, body: unknown, mv = "2.1") => call("POST", `/os-aggregates/${id}/action`, body, { mv });
const addHost = (id: number, host: string) => action(id, { add_host: { host } });
const removeHost = (id: number, host: string) => action(id, { remove_host: { host } });
const zoneNames = async () => (await call("GET", "/os-availability-zone")).json().availabilityZoneInfo.map((z: { zoneName: string }) => z.zoneName);
const serviceZone = async (host: string) =>
  (await call("GET", `/os-services?host=${host}&binary=nova-compute`)).json().services[0].zone as string;
const cleanup = async (id: number) => {
  const a = (await call("GET", `/os-aggregates/${id}`)).json().aggregate;
  for (const h of a.hosts) await removeHost(id, h);
  await call("DELETE", `/os-aggregates/${id}`);
};

describe("create, list, show (shapes per microversion)", () => {
  it("create answers 200 without hosts or metadata; uuid from 2.41", async () => {
    const res = await call("POST", "/os-aggregates", { aggregate: { name: "shape1", availability_zone: "zone-a" } });
    expect(res.statusCode).toBe(200);
    const a = res.json().aggregate;
    expect(Object.keys(a).sort()).toEqual(["availability_zone", "created_at", "deleted", "deleted_at", "id", "name", "updated_at"]);
    expect(a).toMatchObject({ availability_zone: "zone-a", deleted: false, deleted_at: null, name: "shape1", updated_at: null });
    expect(a.created_at).toMatch(TIME);
    const b = await create("shape2", undefined, "2.41");
    expect(b.uuid).toMatch(UUID);
    expect((await call("GET", `/os-aggregates/${b.id}`, undefined, { mv: "2.41" })).json().aggregate.uuid).toBe(b.uuid);
    // Before 2.41 no uuid.
    const shown = (await call("GET", `/os-aggregates/${a.id}`)).json().aggregate;
    expect(shown).toEqual({ ...a, hosts: [], metadata: { availability_zone: "zone-a" } });
    const list = (await call("GET", "/os-aggregates", undefined, { mv: "2.41" })).json().aggregates;
    expect(list.map((x: { name: string }) => x.name)).toEqual(["shape1", "shape2"]);
    expect(list[1]).toMatchObject({ availability_zone: null, hosts: [], metadata: {}, uuid: b.uuid });
    await call("DELETE", `/os-aggregates/${a.id}`);
    await call("DELETE", `/os-aggregates/${b.id}`);
  });

  it("a taken name is 409; bad bodies and ids are 400; unknown ids 404", async () => {
    const a = await create("dup");
    const again = await call("POST", "/os-aggregates", { aggregate: { name: "dup" } });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toEqual({ conflictingRequest: { code: 409, message: "Aggregate dup already exists." } });
    const noName = await call("POST", "/os-aggregates", { aggregate: {} });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().badRequest.message).toBe("Invalid input for field/attribute aggregate. Value: {}. 'name' is a required property");
    const colon = await call("POST", "/os-aggregates", { aggregate: { name: "x", availability_zone: "a:b" } });
    expect(colon.json()).toEqual({
      badRequest: { code: 400, message: "Invalid input for field/attribute availability_zone. Value: a:b. 'a:b' is not valid under any of the given schemas" },
    });
    const emptyUpdate = await call("PUT", `/os-aggregates/${a.id}`, { aggregate: {} });
    expect(emptyUpdate.json().badRequest.message).toBe("Invalid input for field/attribute aggregate. Value: {}. {} is not valid under any of the given schemas");
    const badId = await call("GET", "/os-aggregates/abc");
    expect(badId.json()).toEqual({ badRequest: { code: 400, message: "Invalid input received: id must be an integer" } });
    const missing = await call("GET", "/os-aggregates/9999");
    expect(missing.json()).toEqual({ itemNotFound: { code: 404, message: "Aggregate 9999 could not be found." } });
    expect((await call("DELETE", "/os-aggregates/9999")).statusCode).toBe(404);
    await call("DELETE", `/os-aggregates/${a.id}`);
  });

  it("is admin only: a member gets 403 with the policy name", async () => {
    for (const [method, url, rule, body] of [
      ["GET", "/os-aggregates", "index", undefined],
      ["POST", "/os-aggregates", "create", { aggregate: { name: "m" } }],
      ["GET", "/os-aggregates/1", "show", undefined],
      ["PUT", "/os-aggregates/1", "update", { aggregate: { name: "m" } }],
      ["DELETE", "/os-aggregates/1", "delete", undefined],
      ["POST", "/os-aggregates/1/action", "add_host", { add_host: { host: "compute1" } }],
      ["POST", "/os-aggregates/1/action", "remove_host", { remove_host: { host: "compute1" } }],
      ["POST", "/os-aggregates/1/action", "set_metadata", { set_metadata: { metadata: { a: "b" } } }],
    ] as const) {
      const res = await call(method, url, body, { user: "demo" });
      expect(res.statusCode, `${method} ${url} ${rule}`).toBe(403);
      expect(res.json()).toEqual({ forbidden: { code: 403, message: `Policy doesn't allow os_compute_api:os-aggregates:${rule} to be performed.` } });
    }
  });
});

describe("update, metadata, delete", () => {
  it("rename sets updated_at; a taken name is 409; set_metadata merges and null removes", async () => {
    const a = await create("ren1");
    const b = await create("ren2");
    const res = await call("PUT", `/os-aggregates/${a.id}`, { aggregate: { name: "  renamed  " } });
    expect(res.statusCode).toBe(200);
    expect(res.json().aggregate).toMatchObject({ name: "renamed", hosts: [], metadata: {} });
    expect(res.json().aggregate.updated_at).toMatch(TIME);
    const taken = await call("PUT", `/os-aggregates/${a.id}`, { aggregate: { name: "ren2" } });
    expect(taken.json()).toEqual({ conflictingRequest: { code: 409, message: "Aggregate ren2 already exists." } });
    let m = await action(a.id, { set_metadata: { metadata: { k1: "v1", k2: "v2" } } });
    expect(m.json().aggregate.metadata).toEqual({ k1: "v1", k2: "v2" });
    m = await action(a.id, { set_metadata: { metadata: { k1: null, k3: "v3" } } });
    expect(m.json().aggregate.metadata).toEqual({ k2: "v2", k3: "v3" });
    const badKey = await action(a.id, { set_metadata: { metadata: { "bad!": "x" } } });
    expect(badKey.statusCode).toBe(400);
    const noAz = await action(a.id, { set_metadata: { metadata: { availability_zone: null } } });
    expect(noAz.json()).toEqual({
      badRequest: { code: 400, message: `Cannot update metadata of aggregate ${a.id}. Reason: Aggregate renamed does not support empty named availability zone.` },
    });
    const del = await call("DELETE", `/os-aggregates/${a.id}`);
    expect(del.statusCode).toBe(200);
    expect(del.body).toBe("");
    expect((await call("GET", `/os-aggregates/${a.id}`)).statusCode).toBe(404);
    await call("DELETE", `/os-aggregates/${b.id}`);
  });

  it("actions: one known key only", async () => {
    const a = await create("acts");
    const unknown = await action(a.id, { frobnicate: {} });
    expect(unknown.json()).toEqual({ badRequest: { code: 400, message: "There is no such action: frobnicate" } });
    const two = await action(a.id, { add_host: { host: "compute1" }, remove_host: { host: "compute1" } });
    expect(two.json()).toEqual({ badRequest: { code: 400, message: "Malformed request body" } });
    const badHost = await action(a.id, { add_host: { host: "bad host" } });
    expect(badHost.statusCode).toBe(400);
    await call("DELETE", `/os-aggregates/${a.id}`);
  });
});

describe("hosts and availability zones", () => {
  it("add_host / remove_host: 404 unknown host, 409 twice, non-empty delete 400, remove of a non-member 404", async () => {
    const a = await create("hosts1");
    const unknown = await addHost(a.id, "nosuch");
    expect(unknown.json()).toEqual({ itemNotFound: { code: 404, message: "Compute host nosuch could not be found." } });
    const noAgg = await addHost(9999, "compute1");
    expect(noAgg.json()).toEqual({ itemNotFound: { code: 404, message: "Aggregate 9999 could not be found." } });
    const added = await addHost(a.id, "compute1");
    expect(added.statusCode).toBe(200);
    expect(added.json().aggregate.hosts).toEqual(["compute1"]);
    const twice = await addHost(a.id, "compute1");
    expect(twice.json()).toEqual({ conflictingRequest: { code: 409, message: `Aggregate ${a.id} already has host compute1.` } });
    const del = await call("DELETE", `/os-aggregates/${a.id}`);
    expect(del.json()).toEqual({ badRequest: { code: 400, message: `Cannot remove host from aggregate ${a.id}. Reason: Host aggregate is not empty.` } });
    const notMember = await removeHost(a.id, "compute2");
    expect(notMember.json()).toEqual({ itemNotFound: { code: 404, message: `Cannot remove host compute2 in aggregate ${a.id}` } });
    const gone = await removeHost(a.id, "nosuch");
    expect(gone.json()).toEqual({ itemNotFound: { code: 404, message: `Cannot remove host nosuch in aggregate ${a.id}` } });
    const removed = await removeHost(a.id, "compute1");
    expect(removed.json().aggregate.hosts).toEqual([]);
    await call("DELETE", `/os-aggregates/${a.id}`);
  });

  it("a host takes its aggregate's zone, shown by services and zones; back to the default when it leaves", async () => {
    const a = await create("zoned");
    await addHost(a.id, "compute2");
    expect(await serviceZone("compute2")).toBe("nova");
    // An empty zone in the update is refused like a missing one.
    const set = await call("PUT", `/os-aggregates/${a.id}`, { aggregate: { availability_zone: "az-x" } });
    expect(set.statusCode).toBe(200);
    expect(set.json().aggregate).toMatchObject({ availability_zone: "az-x", metadata: { availability_zone: "az-x" }, hosts: ["compute2"] });
    expect(set.json().aggregate.updated_at).toMatch(TIME);
    expect(await serviceZone("compute2")).toBe("az-x");
    expect(await zoneNames()).toEqual(["az-x", "nova"]);
    const detail = (await call("GET", "/os-availability-zone/detail")).json().availabilityZoneInfo;
    expect(Object.keys(detail.find((z: { zoneName: string }) => z.zoneName === "az-x").hosts)).toEqual(["compute2"]);
    // The scheduler's column follows.
    expect((await t.db.prisma.host.findUniqueOrThrow({ where: { hostname: "compute2" } })).availabilityZone).toBe("az-x");
    // set_metadata's availability_zone key is the same zone.
    await action(a.id, { set_metadata: { metadata: { availability_zone: "az-y" } } });
    expect(await serviceZone("compute2")).toBe("az-y");
    await removeHost(a.id, "compute2");
    expect(await serviceZone("compute2")).toBe("nova");
    expect(await zoneNames()).toEqual(["nova"]);
    await call("DELETE", `/os-aggregates/${a.id}`);
  });

  it("a host is in one zone at most: add_host answers 409, a zone change 400", async () => {
    const z1 = await create("z1", "zone-1");
    const z2 = await create("z2", "zone-2");
    const plain = await create("plain");
    await addHost(z1.id, "compute1");
    const other = await addHost(z2.id, "compute1");
    expect(other.json()).toEqual({
      conflictingRequest: { code: 409, message: `Cannot add host to aggregate ${z2.id}. Reason: One or more hosts already in availability zone(s) ['zone-1'].` },
    });
    // An aggregate without a zone takes any host; giving it another zone then conflicts.
    expect((await addHost(plain.id, "compute1")).statusCode).toBe(200);
    const meta = await action(plain.id, { set_metadata: { metadata: { availability_zone: "zone-3" } } });
    expect(meta.json()).toEqual({
      badRequest: { code: 400, message: `Cannot update metadata of aggregate ${plain.id}. Reason: One or more hosts already in availability zone(s) ['zone-1'].` },
    });
    const put = await call("PUT", `/os-aggregates/${plain.id}`, { aggregate: { availability_zone: "zone-3" } });
    expect(put.json()).toEqual({
      badRequest: { code: 400, message: `Cannot update aggregate ${plain.id}. Reason: One or more hosts already in availability zone(s) ['zone-1'].` },
    });
    // The same zone is fine.
    expect((await call("PUT", `/os-aggregates/${plain.id}`, { aggregate: { availability_zone: "zone-1" } })).statusCode).toBe(200);
    expect(await serviceZone("compute1")).toBe("zone-1");
    for (const a of [z1, z2, plain]) await cleanup(a.id);
    expect(await serviceZone("compute1")).toBe("nova");
  });

  it("the zone of a host with instances does not change; servers show and schedule by the host's zone", async () => {
    const a = await create("busy");
    await addHost(a.id, "compute3");
    await call("PUT", `/os-aggregates/${a.id}`, { aggregate: { availability_zone: "busy-az" } });
    // A server asking for the zone lands on its only host and shows the zone.
    const created = await t.app.inject({
      method: "POST",
      url: "/compute/v2.1/servers",
      headers: await as("demo"),
      payload: { server: { name: "in-zone", imageRef: imageId, flavorRef: "1", availability_zone: "busy-az" } },
    });
    expect(created.statusCode).toBe(202);
    const id = created.json().server.id as string;
    await settle(0);
    const shown = (await call("GET", `/servers/${id}`)).json().server;
    expect(shown["OS-EXT-SRV-ATTR:host"]).toBe("compute3");
    expect(shown["OS-EXT-AZ:availability_zone"]).toBe("busy-az");

    const change = await call("PUT", `/os-aggregates/${a.id}`, { aggregate: { availability_zone: "elsewhere" } });
    expect(change.json()).toEqual({
      badRequest: { code: 400, message: `Cannot update aggregate ${a.id}. Reason: One or more hosts contain instances in this zone.` },
    });
    const leave = await removeHost(a.id, "compute3");
    expect(leave.statusCode).toBe(409);
    expect(leave.json().conflictingRequest.message).toBe(
      `Cannot remove host from aggregate ${a.id}. Reason: The host cannot be removed from the aggregate as the availability zone of the host ` +
        "would change from 'busy-az' to 'None' but the host already has 1 instance(s). Changing the AZ of an existing instance is not supported " +
        "by this action. Move the instances away from this host then try again. If you need to move the instances between AZs then you can use " +
        "shelve_offload and unshelve to achieve this..",
    );
    const b = await create("busy2", "other-az");
    const join = await addHost(b.id, "compute3");
    expect(join.statusCode).toBe(409);
    expect(join.json().conflictingRequest.message).toBe(
      `Cannot add host to aggregate ${b.id}. Reason: One or more hosts already in availability zone(s) ['busy-az'].`,
    );
    // The instance still counts as in the zone.
    expect((await call("GET", `/servers/${id}`)).json().server["OS-EXT-AZ:availability_zone"]).toBe("busy-az");
    await call("DELETE", `/servers/${id}`, undefined, { user: "demo" });
    await settle(0);
    await cleanup(a.id);
    await cleanup(b.id);
  });

  it("adding a host with instances to a zoned aggregate is refused (the host would change zone)", async () => {
    const created = await t.app.inject({
      method: "POST",
      url: "/compute/v2.1/servers",
      headers: await as("admin"),
      payload: { server: { name: "pinned", imageRef: imageId, flavorRef: "1", availability_zone: "nova:compute1" } },
    });
    expect(created.statusCode).toBe(202);
    const id = created.json().server.id as string;
    await settle(0);
    const a = await create("join", "join-az");
    const res = await addHost(a.id, "compute1");
    expect(res.json().conflictingRequest.message).toBe(
      `Cannot add host to aggregate ${a.id}. Reason: The host cannot be added to the aggregate as the availability zone of the host would change ` +
        "from 'None' to 'join-az' but the host already has 1 instance(s). Changing the AZ of an existing instance is not supported by this action. " +
        "Move the instances away from this host then try again. If you need to move the instances between AZs then you can use shelve_offload and " +
        "unshelve to achieve this..",
    );
    // A zoneless aggregate takes it.
    const plain = await create("join-plain");
    expect((await addHost(plain.id, "compute1")).statusCode).toBe(200);
    await call("DELETE", `/servers/${id}`, undefined, { user: "admin" });
    await settle(0);
    await cleanup(plain.id);
    await cleanup(a.id);
  });

  it("2.81 image caching: 202 for a known aggregate, 400 for duplicates, 404 before 2.81", async () => {
    const a = await create("cache");
    const ok = await call("POST", `/os-aggregates/${a.id}/images`, { cache: [{ id: imageId }] }, { mv: "2.81" });
    expect(ok.statusCode).toBe(202);
    const dup = await call("POST", `/os-aggregates/${a.id}/images`, { cache: [{ id: imageId }, { id: imageId }] }, { mv: "2.81" });
    expect(dup.json()).toEqual({ badRequest: { code: 400, message: "Duplicate images in request" } });
    expect((await call("POST", `/os-aggregates/${a.id}/images`, { cache: [{ id: imageId }] }, { mv: "2.80" })).statusCode).toBe(404);
    await call("DELETE", `/os-aggregates/${a.id}`);
  });
});
