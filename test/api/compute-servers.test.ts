import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";

let t: TestApp;
let imageId: string;
let demoNet: string;
beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_BOOT_TIME_MS: "1000" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
  const demo = await t.db.prisma.project.findFirstOrThrow({ where: { name: "demo" }, select: { id: true } });
  demoNet = (await t.db.prisma.network.findFirstOrThrow({ where: { name: "private", projectId: demo.id }, select: { id: true } })).id;
});
afterAll(() => t.close());

const mv = (v: string) => ({ "openstack-api-version": `compute ${v}` });
async function as(user: "admin" | "demo" | "alt_demo", extra: Record<string, string> = {}) {
  return { "x-auth-token": await t.token(user), ...extra };
}
/** Let the worker finish what is due, moving the simulated clock past the boot time. */
async function settle(ms = 1000) {
  await t.app.services.worker.idle();
  t.clock.advance(ms);
  await t.app.services.worker.tick();
  await t.app.services.worker.idle();
}
async function boot(name: string, user: "demo" | "alt_demo" | "admin" = "demo", extra: Record<string, unknown> = {}, version = "2.1") {
  const res = await t.app.inject({
    method: "POST",
    url: "/compute/v2.1/servers",
    headers: await as(user, mv(version)),
    payload: { server: { name, imageRef: imageId, flavorRef: "1", ...extra } },
  });
  return res;
}

describe("server create, show, list and delete", () => {
  it("boots a server: 202 with adminPass and Location, BUILD, then ACTIVE on a host after the boot time", async () => {
    const res = await boot("vm-one");
    expect(res.statusCode).toBe(202);
    const s = res.json().server;
    expect(s.adminPass).toMatch(/^\S{12}$/);
    expect(s.security_groups).toEqual([{ name: "default" }]);
    expect(res.headers.location).toBe(`http://localhost:80/compute/v2.1/servers/${s.id}`);
    await t.app.services.worker.idle();

    const building = await t.app.inject({ url: `/compute/v2.1/servers/${s.id}`, headers: await as("demo") });
    expect(building.json().server.status).toBe("BUILD");
    expect(building.json().server["OS-EXT-STS:task_state"]).toBe("spawning");

    await settle();
    const show = await t.app.inject({ url: `/compute/v2.1/servers/${s.id}`, headers: await as("demo") });
    const srv = show.json().server;
    expect(srv).toMatchObject({ status: "ACTIVE", name: "vm-one", "OS-EXT-STS:vm_state": "active", "OS-EXT-STS:power_state": 1, "OS-EXT-STS:task_state": null });
    expect(srv.hostId).toMatch(/^[0-9a-f]{56}$/);
    expect(srv.flavor).toEqual({ id: "1", links: [{ rel: "bookmark", href: "http://localhost:80/compute/flavors/1" }] });
    expect(srv.image.id).toBe(imageId);
    expect(srv.addresses.private[0]).toMatchObject({ version: 4, "OS-EXT-IPS:type": "fixed" });
    expect(srv.addresses.private[0]["OS-EXT-IPS-MAC:mac_addr"]).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);
    expect(srv["OS-SRV-USG:launched_at"]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
    // Admin-only attributes are hidden from the owner.
    expect(srv["OS-EXT-SRV-ATTR:host"]).toBeUndefined();

    const admin = await t.app.inject({ url: `/compute/v2.1/servers/${s.id}`, headers: await as("admin", mv("2.93")) });
    const a = admin.json().server;
    expect(a["OS-EXT-SRV-ATTR:host"]).toMatch(/^compute\d+$/);
    expect(a.host_status).toBe("UP");
    expect(a.flavor).toMatchObject({ vcpus: 1, ram: 512, disk: 1, original_name: "m1.tiny" });
    expect(a.description).toBe("vm-one");
    expect(a.tags).toEqual([]);
    expect(a.locked).toBe(false);
    expect(a.server_groups).toEqual([]);

    // The claim is on the host.
    const allocs = await t.db.prisma.allocation.findMany({ where: { consumerId: s.id }, select: { resourceClass: true, used: true } });
    expect(Object.fromEntries(allocs.map((x) => [x.resourceClass, x.used]))).toMatchObject({ VCPU: 1, MEMORY_MB: 512, DISK_GB: 1 });

    const del = await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${s.id}`, headers: await as("demo") });
    expect(del.statusCode).toBe(204);
    const gone = await t.app.inject({ url: `/compute/v2.1/servers/${s.id}`, headers: await as("demo") });
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toEqual({ itemNotFound: { code: 404, message: `Instance ${s.id} could not be found.` } });
    expect(await t.db.prisma.allocation.count({ where: { consumerId: s.id } })).toBe(0);
    expect(await t.db.prisma.port.count({ where: { deviceId: s.id } })).toBe(0);

    const actions = await t.app.inject({ url: `/compute/v2.1/servers/${s.id}/os-instance-actions`, headers: await as("admin", mv("2.21")) });
    expect(actions.json().instanceActions.map((x: { action: string }) => x.action).sort()).toEqual(["create", "delete"]);
  });

  it("another project's server is 404, not 403", async () => {
    const res = await boot("private-one");
    const id = res.json().server.id;
    const other = await t.app.inject({ url: `/compute/v2.1/servers/${id}`, headers: await as("alt_demo") });
    expect(other.statusCode).toBe(404);
    const del = await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${id}`, headers: await as("alt_demo") });
    expect(del.statusCode).toBe(404);
    const list = await t.app.inject({ url: "/compute/v2.1/servers", headers: await as("alt_demo") });
    expect(list.json().servers.map((x: { id: string }) => x.id)).not.toContain(id);
  });

  it("lists with filters, sorting and marker/limit paging with servers_links", async () => {
    for (const n of ["page-a", "page-b", "page-c"]) expect((await boot(n)).statusCode).toBe(202);
    await settle();
    const page1 = await t.app.inject({ url: "/compute/v2.1/servers?name=^page-&limit=2&sort_key=display_name&sort_dir=asc", headers: await as("demo") });
    expect(page1.statusCode).toBe(200);
    expect(page1.json().servers.map((x: { name: string }) => x.name)).toEqual(["page-a", "page-b"]);
    const next = page1.json().servers_links[0];
    expect(next.rel).toBe("next");
    const url = new URL(next.href);
    expect(url.searchParams.get("marker")).toBe(page1.json().servers[1].id);
    const page2 = await t.app.inject({ url: `/compute/v2.1/servers?${url.searchParams}`, headers: await as("demo") });
    expect(page2.json().servers.map((x: { name: string }) => x.name)).toEqual(["page-c"]);
    expect(page2.json().servers_links).toBeUndefined();

    const active = await t.app.inject({ url: "/compute/v2.1/servers/detail?status=ACTIVE&name=page-b", headers: await as("demo") });
    expect(active.json().servers).toHaveLength(1);
    expect(active.json().servers[0].status).toBe("ACTIVE");

    const bad = await t.app.inject({ url: "/compute/v2.1/servers?marker=nope", headers: await as("demo") });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().badRequest.message).toBe("marker [nope] not found");
  });

  it("unknown list parameters are ignored before 2.75 and rejected from 2.75", async () => {
    const old = await t.app.inject({ url: "/compute/v2.1/servers?foo=1", headers: await as("demo", mv("2.74")) });
    expect(old.statusCode).toBe(200);
    const strict = await t.app.inject({ url: "/compute/v2.1/servers?foo=1", headers: await as("demo", mv("2.75")) });
    expect(strict.statusCode).toBe(400);
    expect(strict.json().badRequest.message).toBe("Additional properties are not allowed ('foo' was unexpected)");
  });

  it("all_tenants is for admins", async () => {
    const demo = await t.app.inject({ url: "/compute/v2.1/servers?all_tenants=1", headers: await as("demo") });
    expect(demo.statusCode).toBe(403);
    const admin = await t.app.inject({ url: "/compute/v2.1/servers?all_tenants=1", headers: await as("admin") });
    expect(admin.statusCode).toBe(200);
    expect(admin.json().servers.length).toBeGreaterThan(0);
  });
});

describe("details clients check", () => {
  it("access IPs are normalised as netaddr prints them; changes-since takes ISO 8601 only", async () => {
    const res = await boot("ipv6", "demo", { accessIPv6: "0000:0000:0000:0000:0000:babe:220.12.22.2", accessIPv4: "1.1.1.1" });
    const id = res.json().server.id;
    const s = (await t.app.inject({ url: `/compute/v2.1/servers/${id}`, headers: await as("demo") })).json().server;
    expect(s.accessIPv6).toBe("::babe:dc0c:1602");
    expect(s.accessIPv4).toBe("1.1.1.1");
    const bad = await t.app.inject({ url: "/compute/v2.1/servers?changes-since=2011/01/01", headers: await as("demo") });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().badRequest.message).toBe("Invalid filter field: changes-since.");
    const ok = await t.app.inject({ url: "/compute/v2.1/servers?changes-since=2011-01-01T12:34:00Z", headers: await as("demo") });
    expect(ok.statusCode).toBe(200);
  });

  it("202 and 204 answers have an empty body, never JSON null", async () => {
    const id = (await boot("empty-body")).json().server.id;
    await settle();
    const stop = await t.app.inject({ method: "POST", url: `/compute/v2.1/servers/${id}/action`, headers: await as("demo"), payload: { "os-stop": null } });
    expect(stop.statusCode).toBe(202);
    expect(stop.body).toBe("");
    const del = await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${id}`, headers: await as("demo") });
    expect(del.body).toBe("");
  });
});

describe("create validation (Nova's messages)", () => {
  const post = async (body: unknown, version = "2.1") =>
    t.app.inject({ method: "POST", url: "/compute/v2.1/servers", headers: await as("demo", mv(version)), payload: body as object });

  it("missing flavorRef", async () => {
    const res = await post({ server: { name: "bad", imageRef: imageId } });
    expect(res.statusCode).toBe(400);
    expect(res.json().badRequest.message).toBe(`Invalid input for field/attribute server. Value: {'name': 'bad', 'imageRef': '${imageId}'}. 'flavorRef' is a required property`);
  });
  it("unknown flavor and image", async () => {
    expect((await post({ server: { name: "bad", imageRef: imageId, flavorRef: "no-such-flavor" } })).json()).toEqual({
      badRequest: { code: 400, message: "Flavor no-such-flavor could not be found." },
    });
    const img = await post({ server: { name: "bad", imageRef: "00000000-0000-0000-0000-000000000000", flavorRef: "1" } });
    expect(img.json().badRequest.message).toBe("Image 00000000-0000-0000-0000-000000000000 could not be found.");
  });
  it("an unknown field, a long name", async () => {
    const extra = await post({ server: { name: "x", imageRef: imageId, flavorRef: "1", bogus: true } });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().badRequest.message).toMatch(/Additional properties are not allowed \('bogus' was unexpected\)$/);
    const long = await post({ server: { name: "n".repeat(256), imageRef: imageId, flavorRef: "1" } });
    expect(long.json().badRequest.message).toMatch(/is too long$/);
  });
  it("networks none is only valid from 2.37, and networks is required from 2.37", async () => {
    const early = await post({ server: { name: "x", imageRef: imageId, flavorRef: "1", networks: "none" } });
    expect(early.json().badRequest.message).toBe("Invalid input for field/attribute networks. Value: none. 'none' is not of type 'array'");
    const missing = await post({ server: { name: "x", imageRef: imageId, flavorRef: "1" } }, "2.37");
    expect(missing.json().badRequest.message).toMatch(/'networks' is a required property$/);
    const none = await post({ server: { name: "no-net", imageRef: imageId, flavorRef: "1", networks: "none" } }, "2.37");
    expect(none.statusCode).toBe(202);
  });
  it("user_data must be base64", async () => {
    const res = await post({ server: { name: "x", imageRef: imageId, flavorRef: "1", user_data: "not base64!" } });
    expect(res.statusCode).toBe(400);
    expect(res.json().badRequest.message).toMatch(/is not a 'base64'$/);
  });
  it("a boot volume that does not exist is Nova's InvalidBDMVolume", async () => {
    const res = await post({ server: { name: "x", flavorRef: "1", block_device_mapping_v2: [{ source_type: "volume", uuid: "abc", boot_index: 0 }] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().badRequest.message).toBe("Block Device Mapping is Invalid: failed to get volume abc.");
  });
  it("networks by uuid must exist", async () => {
    const res = await post({ server: { name: "x", imageRef: imageId, flavorRef: "1", networks: [{ uuid: "11111111-1111-1111-1111-111111111111" }] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().badRequest.message).toBe("Network 11111111-1111-1111-1111-111111111111 could not be found.");
    const ok = await post({ server: { name: "on-private", imageRef: imageId, flavorRef: "1", networks: [{ uuid: demoNet }] } });
    expect(ok.statusCode).toBe(202);
  });
});

describe("quota, capacity and multi-create", () => {
  it("max_count creates several with name-N, and quota refuses what does not fit", async () => {
    const res = await boot("multi", "alt_demo", { min_count: 2, max_count: 3, return_reservation_id: true });
    expect(res.statusCode).toBe(202);
    const resv = res.json().reservation_id;
    expect(resv).toMatch(/^r-[a-z0-9]{8}$/);
    const list = await t.app.inject({ url: `/compute/v2.1/servers?reservation_id=${resv}&sort_key=display_name&sort_dir=asc`, headers: await as("alt_demo") });
    expect(list.json().servers.map((x: { name: string }) => x.name)).toEqual(["multi-1", "multi-2", "multi-3"]);
    const tooMany = await boot("too-many", "alt_demo", { min_count: 8, max_count: 8 });
    expect(tooMany.statusCode).toBe(403);
    expect(tooMany.json().forbidden.message).toBe("Quota exceeded for instances: Requested 8, but already used 3 of 10 instances");
    // Several resources over: Nova lists them all.
    const both = await boot("too-many", "alt_demo", { min_count: 20, max_count: 20 });
    expect(both.json().forbidden.message).toBe("Quota exceeded for cores, instances: Requested 20, 20, but already used 3, 3 of 20, 10 cores, instances");
    // Between min and max, as many as fit are created.
    const some = await boot("fits", "alt_demo", { min_count: 1, max_count: 50, return_reservation_id: true });
    expect(some.statusCode).toBe(202);
    const fitted = await t.app.inject({ url: `/compute/v2.1/servers?reservation_id=${some.json().reservation_id}`, headers: await as("alt_demo") });
    expect(fitted.json().servers).toHaveLength(7);
  });

  it("a flavor no host can take ends in ERROR with Nova's fault, and holds no claim", async () => {
    const admin = await as("admin", mv("2.1"));
    const f = await t.app.inject({ method: "POST", url: "/compute/v2.1/flavors", headers: admin, payload: { flavor: { name: "huge", ram: 10_000_000, vcpus: 1, disk: 1, id: "huge" } } });
    expect(f.statusCode).toBe(200);
    const quota = await t.app.inject({ method: "PUT", url: `/compute/v2.1/os-quota-sets/${(await t.db.prisma.project.findFirstOrThrow({ where: { name: "admin" } })).id}`, headers: admin, payload: { quota_set: { ram: -1 } } });
    expect(quota.statusCode).toBe(200);
    const res = await boot("no-room", "admin", { flavorRef: "huge" });
    expect(res.statusCode).toBe(202);
    await settle();
    const s = (await t.app.inject({ url: `/compute/v2.1/servers/${res.json().server.id}`, headers: admin })).json().server;
    expect(s.status).toBe("ERROR");
    expect(s.fault.code).toBe(500);
    expect(s.fault.message).toMatch(/^No valid host was found\./);
    expect(await t.db.prisma.allocation.count({ where: { consumerId: s.id } })).toBe(0);
  });
});

describe("metadata and tags", () => {
  it("sets, replaces, reads and deletes metadata; tags from 2.26", async () => {
    const id = (await boot("meta", "demo", { metadata: { a: "1" } })).json().server.id;
    await settle();
    const h = await as("demo", mv("2.26"));
    const post = await t.app.inject({ method: "POST", url: `/compute/v2.1/servers/${id}/metadata`, headers: h, payload: { metadata: { b: "2" } } });
    expect(post.json().metadata).toEqual({ a: "1", b: "2" });
    const one = await t.app.inject({ url: `/compute/v2.1/servers/${id}/metadata/b`, headers: h });
    expect(one.json()).toEqual({ meta: { b: "2" } });
    const put = await t.app.inject({ method: "PUT", url: `/compute/v2.1/servers/${id}/metadata`, headers: h, payload: { metadata: { c: "3" } } });
    expect(put.json().metadata).toEqual({ c: "3" });
    const del = await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${id}/metadata/c`, headers: h });
    expect(del.statusCode).toBe(204);
    const missing = await t.app.inject({ url: `/compute/v2.1/servers/${id}/metadata/c`, headers: h });
    expect(missing.statusCode).toBe(404);

    const addTag = await t.app.inject({ method: "PUT", url: `/compute/v2.1/servers/${id}/tags/blue`, headers: h });
    expect(addTag.statusCode).toBe(201);
    const again = await t.app.inject({ method: "PUT", url: `/compute/v2.1/servers/${id}/tags/blue`, headers: h });
    expect(again.statusCode).toBe(204);
    const tags = await t.app.inject({ url: `/compute/v2.1/servers/${id}/tags`, headers: h });
    expect(tags.json()).toEqual({ tags: ["blue"] });
    const byTag = await t.app.inject({ url: `/compute/v2.1/servers?tags=blue`, headers: h });
    expect(byTag.json().servers.map((x: { id: string }) => x.id)).toEqual([id]);
    const before226 = await t.app.inject({ url: `/compute/v2.1/servers/${id}/tags`, headers: await as("demo", mv("2.25")) });
    expect(before226.statusCode).toBe(404);
  });
});

describe("metadata follows Nova's allowed states", () => {
  it("a server still building refuses metadata changes with 409", async () => {
    const id = (await boot("meta-building")).json().server.id;
    await t.app.services.worker.idle();
    const res = await t.app.inject({ method: "POST", url: `/compute/v2.1/servers/${id}/metadata`, headers: await as("demo"), payload: { metadata: { a: "1" } } });
    expect(res.statusCode).toBe(409);
    expect(res.json().conflictingRequest.message).toBe(`Cannot 'update_metadata' instance ${id} while it is in vm_state building`);
  });
});

describe("delete racing the build", () => {
  it("deleting a server while the worker builds it always succeeds and leaves no claim or port", async () => {
    const demo = await t.db.prisma.project.findFirstOrThrow({ where: { name: "demo" }, select: { id: true } });
    await t.db.prisma.quotaLimit.createMany({ data: ["instances", "cores", "ram"].map((resource) => ({ projectId: demo.id, resource, hardLimit: -1 })) });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await boot(`race-${i}`)).json().server.id);
    // No waiting: each delete meets the build in whatever step it has reached.
    for (const id of ids) {
      const del = await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${id}`, headers: await as("demo") });
      expect(del.statusCode).toBe(204);
    }
    await t.app.services.worker.idle();
    await settle();
    expect(await t.db.prisma.allocation.count({ where: { consumerId: { in: ids } } })).toBe(0);
    expect(await t.db.prisma.port.count({ where: { deviceId: { in: ids } } })).toBe(0);
    expect(await t.db.prisma.instance.count({ where: { id: { in: ids }, deletedAt: null } })).toBe(0);
  });
});
