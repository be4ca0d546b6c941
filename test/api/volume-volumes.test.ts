import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";

/** Cinder v3 at /volume/v3/{project_id}: versions, microversions, volumes, types, snapshots, quotas, limits. */
let t: TestApp;
const projects: Record<string, string> = {};
beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_VOLUME_ACTION_TIME_MS: "1000" } });
  const res = await t.app.inject({ url: "/identity/v3/projects", headers: { "x-auth-token": await t.token("admin") } });
  for (const p of res.json().projects as { id: string; name: string }[]) projects[p.name] = p.id;
});
afterAll(() => t.close());

type User = "admin" | "demo" | "alt_demo";
const base = (user: User) => `/volume/v3/${projects[user]}`;
async function call(user: User, method: "GET" | "POST" | "PUT" | "DELETE", path: string, payload?: unknown, version?: string) {
  const headers: Record<string, string> = { "x-auth-token": await t.token(user) };
  if (version) headers["openstack-api-version"] = `volume ${version}`;
  return t.app.inject({ method, url: `${base(user)}${path}`, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
}
async function createVolume(user: User = "demo", volume: Record<string, unknown> = { size: 1 }) {
  const res = await call(user, "POST", "/volumes", { volume });
  expect(res.statusCode, res.body).toBe(202);
  return res.json().volume as Record<string, unknown> & { id: string };
}
const show = async (id: string, user: User = "demo", v?: string) => call(user, "GET", `/volumes/${id}`, undefined, v);

describe("version documents and microversions", () => {
  it("GET /volume is 300 with v3.0 (3.0 to 3.70), GET /volume/v3 200, both public", async () => {
    const root = await t.app.inject({ url: "/volume" });
    expect(root.statusCode).toBe(300);
    const v = root.json().versions[0];
    expect(v).toMatchObject({ id: "v3.0", status: "CURRENT", min_version: "3.0", version: "3.70" });
    expect(v.links).toContainEqual({ rel: "self", href: "http://localhost:80/volume/v3/" });
    const v3 = await t.app.inject({ url: "/volume/v3/" });
    expect(v3.statusCode).toBe(200);
    expect(v3.json().versions[0].id).toBe("v3.0");
  });

  it("echoes the volume microversion (3.0 by default), 400 when malformed, 406 out of range", async () => {
    const plain = await call("demo", "GET", "/volumes");
    expect(plain.headers["openstack-api-version"]).toBe("volume 3.0");
    expect(plain.headers.vary).toBe("OpenStack-API-Version");
    expect((await call("demo", "GET", "/volumes", undefined, "latest")).headers["openstack-api-version"]).toBe("volume 3.70");
    const bad = await call("demo", "GET", "/volumes", undefined, "3.x");
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ badRequest: { code: 400, message: "API Version String 3.x is of invalid format. Must be of format MajorNum.MinorNum." } });
    const high = await call("demo", "GET", "/volumes", undefined, "3.99");
    expect(high.statusCode).toBe(406);
    expect(high.json()).toEqual({ computeFault: { code: 406, message: "Version 3.99 is not supported by the API. Minimum is 3.0 and maximum is 3.70." } });
  });

  it("needs a token (keystonemiddleware's 401)", async () => {
    const res = await t.app.inject({ url: `${base("demo")}/volumes` });
    expect(res.statusCode).toBe(401);
  });
});

describe("volumes", () => {
  it("creates a volume in creating that becomes available when the action time has passed", async () => {
    const v = await createVolume("demo", { size: 2, name: "v1", description: "d", metadata: { a: "b" } });
    expect(v).toMatchObject({ size: 2, name: "v1", description: "d", status: "creating", availability_zone: "nova", volume_type: "__DEFAULT__", bootable: "false", encrypted: false, multiattach: false, attachments: [], metadata: { a: "b" } });
    // The os-vol-* extensions extend show and detail, not create (Tempest's create schema has none of them).
    expect(v).not.toHaveProperty("os-vol-tenant-attr:tenant_id");
    expect(v.links).toEqual([
      { rel: "self", href: `http://localhost:80/volume/v3/${projects.demo}/volumes/${v.id}` },
      { rel: "bookmark", href: `http://localhost:80/volume/${projects.demo}/volumes/${v.id}` },
    ]);
    expect((await show(v.id)).json().volume.status).toBe("creating");
    t.clock.advance(1000);
    const now = (await show(v.id)).json().volume;
    expect(now.status).toBe("available");
    expect(now["os-vol-tenant-attr:tenant_id"]).toBe(projects.demo);
    expect(now["os-vol-host-attr:host"]).toBeUndefined();
    const admin = (await show(v.id, "admin")).json().volume;
    expect(admin["os-vol-host-attr:host"]).toBe("novasim@lvmdriver-1#lvmdriver-1");
    expect(admin.migration_status).toBeNull();
  });

  it("the worker's tick ends due steps without a read", async () => {
    const v = await createVolume();
    t.clock.advance(1000);
    await t.app.services.worker.tick();
    const row = await t.db.prisma.volume.findUnique({ where: { id: v.id }, select: { status: true, statusDueAt: true } });
    expect(row).toEqual({ status: "available", statusDueAt: null });
  });

  it("shows fields per microversion: group_id 3.13, shared_targets 3.48 (null from 3.69), volume_type_id 3.63, consumes_quota 3.65", async () => {
    const v = await createVolume();
    const v30 = (await show(v.id, "demo", "3.0")).json().volume;
    expect(v30).not.toHaveProperty("group_id");
    expect(v30).not.toHaveProperty("shared_targets");
    const v348 = (await show(v.id, "demo", "3.48")).json().volume;
    expect(v348).toMatchObject({ group_id: null, shared_targets: true, service_uuid: null });
    expect(v348).not.toHaveProperty("volume_type_id");
    const v370 = (await show(v.id, "demo", "3.70")).json().volume;
    expect(v370.shared_targets).toBeNull();
    expect(v370.consumes_quota).toBe(true);
    const types = (await call("demo", "GET", "/types")).json().volume_types;
    expect(v370.volume_type_id).toBe(types.find((x: { name: string }) => x.name === "__DEFAULT__").id);
  });

  it("lists (summary and detail), pages with limit/marker, and counts from 3.45", async () => {
    const a = await createVolume("alt_demo");
    t.clock.advance(10);
    const b = await createVolume("alt_demo");
    const list = (await call("alt_demo", "GET", "/volumes")).json();
    // Newest first (Cinder's created_at desc, id desc).
    expect(list.volumes.map((v: { id: string }) => v.id).slice(0, 2)).toEqual([b.id, a.id]);
    expect(Object.keys(list.volumes[0]).sort()).toEqual(["id", "links", "name"]);
    const page = (await call("alt_demo", "GET", "/volumes/detail?limit=1")).json();
    expect(page.volumes).toHaveLength(1);
    expect(page.volumes_links[0].rel).toBe("next");
    expect(page.volumes_links[0].href).toContain(`marker=${page.volumes[0].id}`);
    const next = (await call("alt_demo", "GET", `/volumes/detail?limit=1&marker=${page.volumes[0].id}`)).json();
    expect(next.volumes[0].id).not.toBe(page.volumes[0].id);
    await call("alt_demo", "PUT", `/volumes/${a.id}`, { volume: { name: "only-a" } });
    expect((await call("alt_demo", "GET", "/volumes?name=only-a")).json().volumes.map((v: { id: string }) => v.id)).toEqual([a.id]);
    expect((await call("alt_demo", "GET", "/volumes?status=error")).json().volumes).toEqual([]);
    const counted = (await call("alt_demo", "GET", "/volumes?with_count=true", undefined, "3.45")).json();
    expect(counted.count).toBe(counted.volumes.length);
    expect((await call("alt_demo", "GET", "/volumes?with_count=true")).json()).not.toHaveProperty("count");
  });

  it("creates a bootable volume from an image, with the image's metadata", async () => {
    const image = await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } });
    const v = await createVolume("demo", { size: 1, imageRef: image.id });
    t.clock.advance(1000);
    const shown = (await show(v.id)).json().volume;
    expect(shown.bootable).toBe("true");
    expect(shown.volume_image_metadata).toMatchObject({ image_id: image.id, image_name: "cirros-0.6.2-x86_64-disk", min_disk: "0" });
  });

  it("updates name, description and metadata", async () => {
    const v = await createVolume();
    const res = await call("demo", "PUT", `/volumes/${v.id}`, { volume: { name: "renamed", metadata: { k: "v" } } });
    expect(res.statusCode).toBe(200);
    expect(res.json().volume).toMatchObject({ name: "renamed", metadata: { k: "v" } });
  });

  it("extends an available volume (os-extend), refuses a smaller size, and an in-use one before 3.42", async () => {
    const v = await createVolume();
    t.clock.advance(1000);
    const small = await call("demo", "POST", `/volumes/${v.id}/action`, { "os-extend": { new_size: 1 } });
    expect(small.statusCode).toBe(400);
    expect(small.json()).toEqual({ badRequest: { code: 400, message: "Invalid input received: New size for extend must be greater than current size. (current: 1, extended: 1)." } });
    const ok = await call("demo", "POST", `/volumes/${v.id}/action`, { "os-extend": { new_size: 3 } });
    expect(ok.statusCode).toBe(202);
    expect((await show(v.id)).json().volume).toMatchObject({ status: "extending", size: 1 });
    const busy = await call("demo", "POST", `/volumes/${v.id}/action`, { "os-extend": { new_size: 4 } });
    expect(busy.json().badRequest.message).toBe(`Invalid volume: Volume ${v.id} status must be '{'status': 'available'}' to extend, currently extending.`);
    t.clock.advance(1000);
    expect((await show(v.id)).json().volume).toMatchObject({ status: "available", size: 3 });
  });

  it("deletes: deleting, then 404; a volume still creating cannot be deleted", async () => {
    const v = await createVolume();
    const early = await call("demo", "DELETE", `/volumes/${v.id}`);
    expect(early.statusCode).toBe(400);
    expect(early.json().badRequest.message).toBe(
      "Invalid volume: Volume status must be available or error or error_restoring or error_extending or error_managing and must not be migrating, attached, belong to a group, have snapshots, awaiting a transfer, or be disassociated from snapshots after volume transfer.",
    );
    t.clock.advance(1000);
    expect((await call("demo", "DELETE", `/volumes/${v.id}`)).statusCode).toBe(202);
    expect((await show(v.id)).json().volume.status).toBe("deleting");
    t.clock.advance(1000);
    const gone = await show(v.id);
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toEqual({ itemNotFound: { code: 404, message: `Volume ${v.id} could not be found.` } });
  });

  it("validates the body with Cinder's messages", async () => {
    const res = await call("demo", "POST", "/volumes", { volume: { size: "abc" } });
    expect(res.statusCode).toBe(400);
    expect(res.json().badRequest.message).toMatch(/^Invalid input for field\/attribute size\./);
    const none = await call("demo", "POST", "/volumes", { volume: {} });
    expect(none.statusCode).toBe(400);
    expect(none.json().badRequest.message).toMatch(/^Invalid input received: Invalid volume size provided for create request/);
    const image = await call("demo", "POST", "/volumes", { volume: { size: 1, imageRef: "11111111-2222-3333-4444-555555555555" } });
    expect(image.json()).toEqual({ badRequest: { code: 400, message: "Invalid image identifier or unable to access requested image." } });
    const type = await call("demo", "POST", "/volumes", { volume: { size: 1, volume_type: "nope" } });
    expect(type.statusCode).toBe(404);
    expect(type.json()).toEqual({ itemNotFound: { code: 404, message: "Volume type with name nope could not be found." } });
  });
});

describe("attachments over time", () => {
  it("attaching -> in-use and detaching -> available each take the volume action time", async () => {
    const v = await createVolume();
    t.clock.advance(1000);
    const svc = t.app.services.volumes;
    const server = "6b0c4fc5-7c2b-4a3f-9d1e-0a7f1d2c3b4a";
    await svc.attach(await svc.get({ isAdmin: true, projectId: null }, v.id), { instanceUuid: server, host: "compute1", deleteOnTermination: false });
    const during = (await show(v.id)).json().volume;
    expect(during).toMatchObject({ status: "attaching", attachments: [] });
    t.clock.advance(1000);
    const attached = (await show(v.id, "admin")).json().volume;
    expect(attached.status).toBe("in-use");
    expect(attached.attachments).toEqual([expect.objectContaining({ server_id: server, host_name: "compute1", device: "/dev/vdb" })]);
    // Users do not see the host of an attachment.
    expect((await show(v.id)).json().volume.attachments[0].host_name).toBeNull();
    await svc.detach(v.id, server);
    expect((await show(v.id)).json().volume.status).toBe("detaching");
    t.clock.advance(1000);
    expect((await show(v.id)).json().volume).toMatchObject({ status: "available", attachments: [] });
  });
});

describe("policies", () => {
  it("another project's volume is 404; admins see it and list all_tenants", async () => {
    const v = await createVolume("demo");
    const other = await show(v.id, "alt_demo");
    expect(other.statusCode).toBe(404);
    expect((await call("alt_demo", "DELETE", `/volumes/${v.id}`)).statusCode).toBe(404);
    expect((await show(v.id, "admin")).statusCode).toBe(200);
    const all = (await call("admin", "GET", "/volumes?all_tenants=1")).json().volumes.map((x: { id: string }) => x.id);
    expect(all).toContain(v.id);
    const own = (await call("admin", "GET", "/volumes")).json().volumes.map((x: { id: string }) => x.id);
    expect(own).not.toContain(v.id);
  });

  it("a reader reads but cannot write", async () => {
    const v = await createVolume("demo");
    const admin = { "x-auth-token": await t.token("admin") };
    const users = await t.app.inject({ url: "/identity/v3/users?name=alt_demo", headers: admin });
    const roles = await t.app.inject({ url: "/identity/v3/roles?name=reader", headers: admin });
    const altUser = users.json().users[0].id;
    const reader = roles.json().roles[0].id;
    // alt_demo becomes a reader on demo's project.
    const grant = await t.app.inject({ method: "PUT", url: `/identity/v3/projects/${projects.demo}/users/${altUser}/roles/${reader}`, headers: admin });
    expect(grant.statusCode).toBe(204);
    const login = await t.app.inject({
      method: "POST",
      url: "/identity/v3/auth/tokens?nocatalog",
      payload: { auth: { identity: { methods: ["password"], password: { user: { name: "alt_demo", domain: { name: "Default" }, password: "alt_demo" } } }, scope: { project: { id: projects.demo } } } },
    });
    const token = login.headers["x-subject-token"] as string;
    const h = { "x-auth-token": token };
    expect((await t.app.inject({ url: `${base("demo")}/volumes/${v.id}`, headers: h })).statusCode).toBe(200);
    const write = await t.app.inject({ method: "POST", url: `${base("demo")}/volumes`, headers: h, payload: { volume: { size: 1 } } });
    expect(write.statusCode).toBe(403);
    expect(write.json()).toEqual({ forbidden: { code: 403, message: "Policy doesn't allow volume:create to be performed." } });
    const del = await t.app.inject({ method: "DELETE", url: `${base("demo")}/volumes/${v.id}`, headers: h });
    expect(del.statusCode).toBe(403);
  });
});

describe("volume types", () => {
  it("lists and shows the seeded __DEFAULT__ type, by id, name and as default", async () => {
    const list = (await call("demo", "GET", "/types")).json().volume_types;
    const def = list.find((x: { name: string }) => x.name === "__DEFAULT__");
    expect(def).toMatchObject({ name: "__DEFAULT__", is_public: true, description: "Default Volume Type", extra_specs: {}, "os-volume-type-access:is_public": true });
    expect(def).not.toHaveProperty("qos_specs_id");
    expect((await call("demo", "GET", `/types/${def.id}`)).json().volume_type.id).toBe(def.id);
    expect((await call("demo", "GET", "/types/default")).json().volume_type.id).toBe(def.id);
    const missing = await call("demo", "GET", "/types/6685584b-1eac-4da6-b5c3-555430cf68ff");
    expect(missing.json()).toEqual({ itemNotFound: { code: 404, message: "Volume type 6685584b-1eac-4da6-b5c3-555430cf68ff could not be found." } });
  });
});

describe("snapshots", () => {
  it("creates (creating -> available), lists, shows, blocks the volume's delete, and deletes", async () => {
    const v = await createVolume();
    t.clock.advance(1000);
    const res = await call("demo", "POST", "/snapshots", { snapshot: { volume_id: v.id, name: "s1" } });
    expect(res.statusCode).toBe(202);
    const s = res.json().snapshot;
    expect(s).toMatchObject({ volume_id: v.id, name: "s1", status: "creating", size: 1, "os-extended-snapshot-attributes:project_id": projects.demo });
    t.clock.advance(1000);
    expect((await call("demo", "GET", `/snapshots/${s.id}`)).json().snapshot.status).toBe("available");
    expect((await call("demo", "GET", `/snapshots/${s.id}`, undefined, "3.41")).json().snapshot.user_id).toBeTruthy();
    expect((await call("demo", "GET", "/snapshots/detail")).json().snapshots.map((x: { id: string }) => x.id)).toContain(s.id);
    expect((await call("alt_demo", "GET", `/snapshots/${s.id}`)).statusCode).toBe(404);
    expect((await call("demo", "DELETE", `/volumes/${v.id}`)).statusCode).toBe(400);
    expect((await call("demo", "DELETE", `/snapshots/${s.id}`)).statusCode).toBe(202);
    t.clock.advance(1000);
    expect((await call("demo", "GET", `/snapshots/${s.id}`)).json()).toEqual({ itemNotFound: { code: 404, message: `Snapshot ${s.id} could not be found.` } });
    expect((await call("demo", "DELETE", `/volumes/${v.id}`)).statusCode).toBe(202);
  });
});

describe("quotas and limits", () => {
  it("shows Cinder's defaults with the per-type limits, usage on request, and limits", async () => {
    const q = (await call("alt_demo", "GET", `/os-quota-sets/${projects.alt_demo}`)).json().quota_set;
    expect(q).toMatchObject({ id: projects.alt_demo, volumes: 10, snapshots: 10, gigabytes: 1000, backups: 10, backup_gigabytes: 1000, groups: 10, per_volume_gigabytes: -1, volumes___DEFAULT__: -1, gigabytes___DEFAULT__: -1, snapshots___DEFAULT__: -1 });
    const used = (await call("alt_demo", "GET", `/os-quota-sets/${projects.alt_demo}?usage=true`)).json().quota_set;
    expect(used.volumes).toEqual({ limit: 10, in_use: expect.any(Number), reserved: 0 });
    const limits = (await call("alt_demo", "GET", "/limits")).json().limits;
    expect(limits.rate).toEqual([]);
    expect(limits.absolute).toMatchObject({ maxTotalVolumes: 10, maxTotalVolumeGigabytes: 1000, totalVolumesUsed: used.volumes.in_use });
    expect((await call("alt_demo", "GET", `/os-quota-sets/${projects.demo}`)).statusCode).toBe(403);
  });

  it("admins set limits; a create over them is 413 with Cinder's messages; members cannot set them", async () => {
    const forbidden = await call("demo", "PUT", `/os-quota-sets/${projects.demo}`, { quota_set: { volumes: 1 } });
    expect(forbidden.statusCode).toBe(403);
    const admin = await call("admin", "PUT", `/os-quota-sets/${projects.admin}`, { quota_set: { volumes: 1, gigabytes: 5 } });
    expect(admin.statusCode).toBe(200);
    expect(admin.json().quota_set).toMatchObject({ volumes: 1, gigabytes: 5 });
    expect(admin.json().quota_set).not.toHaveProperty("id");
    const big = await call("admin", "POST", "/volumes", { volume: { size: 6 } });
    expect(big.statusCode).toBe(413);
    expect(big.headers["retry-after"]).toBe("0");
    expect(big.json()).toEqual({ overLimit: { code: 413, message: "Requested volume or snapshot exceeds allowed gigabytes quota. Requested 6G, quota is 5G and 0G has been consumed." } });
    await createVolume("admin", { size: 1 });
    const second = await call("admin", "POST", "/volumes", { volume: { size: 1 } });
    expect(second.json()).toEqual({ overLimit: { code: 413, message: "Maximum number of volumes allowed (1) exceeded for quota 'volumes'." } });
    const bad = await call("admin", "PUT", `/os-quota-sets/${projects.admin}`, { quota_set: { volumes: 0 } });
    expect(bad.statusCode).toBe(400);
    expect((await call("admin", "DELETE", `/os-quota-sets/${projects.admin}`)).statusCode).toBe(200);
    expect((await call("admin", "GET", `/os-quota-sets/${projects.admin}`)).json().quota_set.volumes).toBe(10);
  });
});

describe("catalog", () => {
  it("lists block-storage and volumev3 with the token's project in the URL", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/identity/v3/auth/tokens",
      payload: { auth: { identity: { methods: ["password"], password: { user: { name: "demo", domain: { name: "Default" }, password: "demo" } } }, scope: { project: { name: "demo", domain: { name: "Default" } } } } },
    });
    const catalog = res.json().token.catalog as { type: string; endpoints: { interface: string; url: string }[] }[];
    for (const type of ["block-storage", "volumev3"]) {
      const e = catalog.find((c) => c.type === type)!;
      expect(e.endpoints.find((x) => x.interface === "public")!.url).toBe(`http://localhost:80/volume/v3/${projects.demo}`);
    }
  });
});
