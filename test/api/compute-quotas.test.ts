import crypto from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { enforceServerQuota, metadataItemsLimit, withProjectLock } from "../../src/compute/quotas.js";
import { startApp, type TestApp } from "../helpers.js";

let t: TestApp;
const projects: Record<string, string> = {};
const users: Record<string, string> = {};

beforeAll(async () => {
  t = await startApp();
  for (const n of ["admin", "demo", "alt_demo"]) {
    projects[n] = (await t.db.prisma.project.findFirst({ where: { name: n }, select: { id: true } }))!.id;
    users[n] = (await t.db.prisma.user.findFirst({ where: { name: n }, select: { id: true } }))!.id;
  }
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.db.prisma.instance.deleteMany({});
  await t.db.prisma.quotaLimit.deleteMany({});
  await t.db.prisma.quotaUserLimit.deleteMany({});
  await t.db.prisma.quotaClassLimit.deleteMany({});
});

async function call(
  user: "admin" | "demo" | "alt_demo",
  method: "GET" | "PUT" | "DELETE",
  url: string,
  opts: { mv?: string; payload?: unknown } = {},
) {
  const headers: Record<string, string> = { "x-auth-token": await t.token(user) };
  if (opts.mv) headers["openstack-api-version"] = `compute ${opts.mv}`;
  const res = await t.app.inject({ method, url: `/compute/v2.1${url}`, headers, payload: opts.payload as object });
  return { status: res.statusCode, body: res.body ? res.json() : undefined, raw: res.body };
}

/** Simulated usage: an instance row as the servers code would write it. */
async function addInstance(project: string, opts: { vcpus?: number; memoryMb?: number; userId?: string; deleted?: boolean; vmState?: string } = {}) {
  await t.db.prisma.instance.create({
    data: {
      id: crypto.randomUUID(),
      displayName: "vm",
      projectId: projects[project]!,
      userId: opts.userId ?? users[project]!,
      flavorId: "1",
      flavor: "{}",
      vcpus: opts.vcpus ?? 1,
      memoryMb: opts.memoryMb ?? 512,
      vmState: opts.vmState ?? "active",
      reservationId: "r-1",
      deletedAt: opts.deleted ? new Date() : null,
    },
  });
}

const DEFAULTS_21 = {
  cores: 20,
  fixed_ips: -1,
  floating_ips: -1,
  injected_file_content_bytes: 10240,
  injected_file_path_bytes: 255,
  injected_files: 5,
  instances: 10,
  key_pairs: 100,
  metadata_items: 128,
  ram: 51200,
  security_group_rules: -1,
  security_groups: -1,
  server_group_members: 10,
  server_groups: 10,
};
const omit = <T extends object>(o: T, keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
const NET = ["fixed_ips", "floating_ips", "security_group_rules", "security_groups"];
const FILES = ["injected_files", "injected_file_content_bytes", "injected_file_path_bytes"];

describe("quota sets", () => {
  it("shows a member its own project's quotas, with the keys of each microversion", async () => {
    const id = projects.demo!;
    const r21 = await call("demo", "GET", `/os-quota-sets/${id}`);
    expect(r21.status).toBe(200);
    expect(r21.body).toEqual({ quota_set: { id, ...DEFAULTS_21 } });
    const r236 = await call("demo", "GET", `/os-quota-sets/${id}`, { mv: "2.36" });
    expect(r236.body.quota_set).toEqual({ id, ...omit(DEFAULTS_21, NET) });
    const r257 = await call("demo", "GET", `/os-quota-sets/${id}`, { mv: "2.57" });
    expect(r257.body.quota_set).toEqual({ id, ...omit(DEFAULTS_21, [...NET, ...FILES]) });
  });

  it("forbids a member another project's quotas; admins see any", async () => {
    const r = await call("demo", "GET", `/os-quota-sets/${projects.alt_demo}`);
    expect(r.status).toBe(403);
    expect(r.body).toEqual({ forbidden: { code: 403, message: "Policy doesn't allow os_compute_api:os-quota-sets:show to be performed." } });
    expect((await call("admin", "GET", `/os-quota-sets/${projects.alt_demo}`)).status).toBe(200);
  });

  it("answers 400 to an admin for a project that does not exist", async () => {
    const r = await call("admin", "GET", "/os-quota-sets/nope");
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ badRequest: { code: 400, message: "Project ID nope is not a valid project." } });
  });

  it("shows defaults, fed by the default quota class", async () => {
    const id = projects.demo!;
    const d = await call("demo", "GET", `/os-quota-sets/${id}/defaults`);
    expect(d.body).toEqual({ quota_set: { id, ...DEFAULTS_21 } });
    const put = await call("admin", "PUT", "/os-quota-class-sets/default", { payload: { quota_class_set: { instances: 25 } } });
    expect(put.status).toBe(200);
    expect((await call("demo", "GET", `/os-quota-sets/${id}/defaults`)).body.quota_set.instances).toBe(25);
    expect((await call("demo", "GET", `/os-quota-sets/${id}`)).body.quota_set.instances).toBe(25);
  });

  it("details usage counted from live instances", async () => {
    await addInstance("demo", { vcpus: 2, memoryMb: 2048 });
    await addInstance("demo", { vcpus: 4, memoryMb: 4096 });
    await addInstance("demo", { vcpus: 8, memoryMb: 8192, deleted: true });
    await addInstance("demo", { vcpus: 8, memoryMb: 8192, vmState: "soft-delete" });
    await addInstance("alt_demo", { vcpus: 1, memoryMb: 512 });
    const id = projects.demo!;
    const r = await call("demo", "GET", `/os-quota-sets/${id}/detail`);
    expect(r.status).toBe(200);
    expect(r.body.quota_set.id).toBe(id);
    expect(r.body.quota_set.instances).toEqual({ in_use: 2, limit: 10, reserved: 0 });
    expect(r.body.quota_set.cores).toEqual({ in_use: 6, limit: 20, reserved: 0 });
    expect(r.body.quota_set.ram).toEqual({ in_use: 6144, limit: 51200, reserved: 0 });
    expect(r.body.quota_set.key_pairs).toEqual({ in_use: 0, limit: 100, reserved: 0 });
    expect(Object.keys(r.body.quota_set).sort()).toEqual(["id", ...Object.keys(DEFAULTS_21)].sort());
    const r257 = await call("demo", "GET", `/os-quota-sets/${id}/detail`, { mv: "2.57" });
    expect(r257.body.quota_set).not.toHaveProperty("injected_files");
    expect(r257.body.quota_set).not.toHaveProperty("floating_ips");
  });

  it("updates (admin), returning the set without id", async () => {
    const id = projects.demo!;
    const r = await call("admin", "PUT", `/os-quota-sets/${id}`, { payload: { quota_set: { instances: 17, cores: "30", ram: -1 } } });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ quota_set: { ...DEFAULTS_21, instances: 17, cores: 30, ram: -1 } });
    expect((await call("demo", "GET", `/os-quota-sets/${id}`)).body.quota_set.instances).toBe(17);
  });

  it("forbids a member to update", async () => {
    const r = await call("demo", "PUT", `/os-quota-sets/${projects.demo}`, { payload: { quota_set: { instances: 50 } } });
    expect(r.status).toBe(403);
    expect(r.body.forbidden.message).toBe("Policy doesn't allow os_compute_api:os-quota-sets:update to be performed.");
  });

  it("refuses a limit below usage unless forced", async () => {
    for (let i = 0; i < 3; i++) await addInstance("demo");
    const id = projects.demo!;
    const r = await call("admin", "PUT", `/os-quota-sets/${id}`, { payload: { quota_set: { instances: 2 } } });
    expect(r.status).toBe(400);
    expect(r.body).toEqual({
      badRequest: { code: 400, message: "Quota limit 2 for instances must be greater than or equal to already used and reserved 3." },
    });
    const forced = await call("admin", "PUT", `/os-quota-sets/${id}`, { payload: { quota_set: { instances: 2, force: "True" } } });
    expect(forced.status).toBe(200);
    expect(forced.body.quota_set.instances).toBe(2);
  });

  it.each([
    [{ instances: -2 }, "Invalid input for field/attribute instances. Value: -2. -2 is less than the minimum of -1"],
    [{ instances: "abc" }, "Invalid input for field/attribute instances. Value: abc. 'abc' does not match '^-?[0-9]+$'"],
    [{ instances: true }, "Invalid input for field/attribute instances. Value: True. True is not of type 'integer', 'string'"],
    [{ bogus: 1 }, "Invalid input for field/attribute quota_set. Value: {'bogus': 1}. Additional properties are not allowed ('bogus' was unexpected)"],
  ])("validates the body like Nova: %j", async (quota_set, message) => {
    const r = await call("admin", "PUT", `/os-quota-sets/${projects.demo}`, { payload: { quota_set } });
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ badRequest: { code: 400, message } });
  });

  it("rejects removed resources from 2.36 and 2.57", async () => {
    const id = projects.demo!;
    expect((await call("admin", "PUT", `/os-quota-sets/${id}`, { payload: { quota_set: { floating_ips: 5 } } })).status).toBe(200);
    const r236 = await call("admin", "PUT", `/os-quota-sets/${id}`, { mv: "2.36", payload: { quota_set: { floating_ips: 5 } } });
    expect(r236.status).toBe(400);
    const r257 = await call("admin", "PUT", `/os-quota-sets/${id}`, { mv: "2.57", payload: { quota_set: { injected_files: 5 } } });
    expect(r257.status).toBe(400);
    const ok257 = await call("admin", "PUT", `/os-quota-sets/${id}`, { mv: "2.57", payload: { quota_set: { key_pairs: 5 } } });
    expect(ok257.body).toEqual({ quota_set: { ...omit(DEFAULTS_21, [...NET, ...FILES]), key_pairs: 5 } });
  });

  it("deletes (admin) with 202 back to defaults", async () => {
    const id = projects.demo!;
    await call("admin", "PUT", `/os-quota-sets/${id}`, { payload: { quota_set: { instances: 3 } } });
    expect((await call("demo", "DELETE", `/os-quota-sets/${id}`)).status).toBe(403);
    const d = await call("admin", "DELETE", `/os-quota-sets/${id}`);
    expect(d.status).toBe(202);
    expect(d.raw).toBe("");
    expect((await call("demo", "GET", `/os-quota-sets/${id}`)).body.quota_set.instances).toBe(10);
  });

  it("keeps per-user quotas within the project's", async () => {
    const id = projects.demo!;
    const uid = users.demo!;
    await call("admin", "PUT", `/os-quota-sets/${id}`, { payload: { quota_set: { instances: 10 } } });
    const set = await call("admin", "PUT", `/os-quota-sets/${id}?user_id=${uid}`, { payload: { quota_set: { instances: 4 } } });
    expect(set.status).toBe(200);
    expect(set.body.quota_set.instances).toBe(4);
    expect((await call("demo", "GET", `/os-quota-sets/${id}?user_id=${uid}`)).body.quota_set.instances).toBe(4);
    expect((await call("demo", "GET", `/os-quota-sets/${id}`)).body.quota_set.instances).toBe(10);
    const tooMuch = await call("admin", "PUT", `/os-quota-sets/${id}?user_id=${uid}`, { payload: { quota_set: { instances: 11 } } });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.badRequest.message).toBe("Quota limit 11 for instances must be less than or equal to 10.");
    // The project limit may not drop below what its users were given.
    const below = await call("admin", "PUT", `/os-quota-sets/${id}`, { payload: { quota_set: { instances: 3 } } });
    expect(below.status).toBe(400);
    expect(below.body.badRequest.message).toBe(
      "Quota limit 3 for instances must be greater than or equal to already used and reserved 4.",
    );
    await call("admin", "DELETE", `/os-quota-sets/${id}?user_id=${uid}`);
    expect((await call("demo", "GET", `/os-quota-sets/${id}?user_id=${uid}`)).body.quota_set.instances).toBe(10);
  });
});

describe("quota classes", () => {
  it("shows the default class (admin), server groups only from 2.50", async () => {
    const r21 = await call("admin", "GET", "/os-quota-class-sets/default");
    expect(r21.status).toBe(200);
    expect(r21.body).toEqual({ quota_class_set: { id: "default", ...omit(DEFAULTS_21, ["server_groups", "server_group_members"]) } });
    const r250 = await call("admin", "GET", "/os-quota-class-sets/default", { mv: "2.50" });
    expect(r250.body.quota_class_set).toEqual({ id: "default", ...omit(DEFAULTS_21, NET) });
    const r257 = await call("admin", "GET", "/os-quota-class-sets/default", { mv: "2.57" });
    expect(r257.body.quota_class_set).toEqual({ id: "default", ...omit(DEFAULTS_21, [...NET, ...FILES]) });
  });

  it("is admin only", async () => {
    expect((await call("demo", "GET", "/os-quota-class-sets/default")).status).toBe(403);
    const r = await call("demo", "PUT", "/os-quota-class-sets/default", { payload: { quota_class_set: { cores: 1 } } });
    expect(r.status).toBe(403);
  });

  it("updates a class, answering without id", async () => {
    const r = await call("admin", "PUT", "/os-quota-class-sets/gold", { mv: "2.57", payload: { quota_class_set: { cores: 64 } } });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ quota_class_set: { ...omit(DEFAULTS_21, [...NET, ...FILES]), cores: 64 } });
    // Only the default class feeds the defaults.
    expect((await call("demo", "GET", `/os-quota-sets/${projects.demo}`)).body.quota_set.cores).toBe(20);
  });
});

describe("limits", () => {
  it("shows absolute limits with usage at 2.1", async () => {
    await addInstance("demo", { vcpus: 2, memoryMb: 1024 });
    await addInstance("demo", { vcpus: 2, memoryMb: 1024 });
    await addInstance("alt_demo", { vcpus: 8, memoryMb: 8192 });
    const r = await call("demo", "GET", "/limits");
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      limits: {
        rate: [],
        absolute: {
          maxImageMeta: 128,
          maxPersonality: 5,
          maxPersonalitySize: 10240,
          maxSecurityGroupRules: -1,
          maxSecurityGroups: -1,
          maxServerGroupMembers: 10,
          maxServerGroups: 10,
          maxServerMeta: 128,
          maxTotalCores: 20,
          maxTotalFloatingIps: -1,
          maxTotalInstances: 10,
          maxTotalKeypairs: 100,
          maxTotalRAMSize: 51200,
          totalCoresUsed: 4,
          totalFloatingIpsUsed: 0,
          totalInstancesUsed: 2,
          totalRAMUsed: 2048,
          totalSecurityGroupsUsed: 0,
          totalServerGroupsUsed: 0,
        },
      },
    });
  });

  it("drops keys at 2.36, 2.39 and 2.57", async () => {
    const a236 = (await call("demo", "GET", "/limits", { mv: "2.36" })).body.limits.absolute;
    expect(a236).not.toHaveProperty("maxSecurityGroups");
    expect(a236).not.toHaveProperty("totalFloatingIpsUsed");
    expect(a236).toHaveProperty("maxImageMeta");
    const a239 = (await call("demo", "GET", "/limits", { mv: "2.39" })).body.limits.absolute;
    expect(a239).not.toHaveProperty("maxImageMeta");
    expect(a239).toHaveProperty("maxPersonality");
    const a257 = (await call("demo", "GET", "/limits", { mv: "2.57" })).body.limits.absolute;
    expect(Object.keys(a257).sort()).toEqual(
      [
        "maxServerGroupMembers",
        "maxServerGroups",
        "maxServerMeta",
        "maxTotalCores",
        "maxTotalInstances",
        "maxTotalKeypairs",
        "maxTotalRAMSize",
        "totalCoresUsed",
        "totalInstancesUsed",
        "totalRAMUsed",
        "totalServerGroupsUsed",
      ].sort(),
    );
  });

  it("lets only an admin ask for another project", async () => {
    await addInstance("alt_demo", { vcpus: 3, memoryMb: 300 });
    const admin = await call("admin", "GET", `/limits?tenant_id=${projects.alt_demo}`);
    expect(admin.body.limits.absolute.totalCoresUsed).toBe(3);
    const demo = await call("demo", "GET", `/limits?tenant_id=${projects.alt_demo}`);
    expect(demo.status).toBe(403);
    expect(demo.body.forbidden.message).toBe("Policy doesn't allow os_compute_api:limits:other_project to be performed.");
  });

  it("reflects updated quotas", async () => {
    await call("admin", "PUT", `/os-quota-sets/${projects.demo}`, { payload: { quota_set: { instances: 17, metadata_items: 7 } } });
    const a = (await call("demo", "GET", "/limits")).body.limits.absolute;
    expect(a.maxTotalInstances).toBe(17);
    expect(a.maxServerMeta).toBe(7);
    expect(await metadataItemsLimit(t.db, projects.demo!)).toBe(7);
  });
});

describe("enforceServerQuota", () => {
  const req = (over: Partial<Parameters<typeof enforceServerQuota>[1]> = {}) => ({
    projectId: projects.demo!,
    userId: users.demo!,
    instances: 1,
    cores: 1,
    ramMb: 512,
    ...over,
  });

  it("admits what fits and returns the count", async () => {
    expect(await withProjectLock(t.db, projects.demo!, (tx) => enforceServerQuota(tx, req({ instances: 3, cores: 6, ramMb: 3072 })))).toBe(3);
  });

  it("fails with TooManyInstances' message for one resource", async () => {
    for (let i = 0; i < 5; i++) await addInstance("demo", { vcpus: 4, memoryMb: 1024 });
    await expect(enforceServerQuota(t.db.prisma, req({ cores: 4, ramMb: 1024 }))).rejects.toMatchObject({
      code: 403,
      message: "Quota exceeded for cores: Requested 4, but already used 20 of 20 cores",
    });
  });

  it("names every resource over, sorted, with a min-max request", async () => {
    for (let i = 0; i < 10; i++) await addInstance("demo", { vcpus: 2, memoryMb: 5120 });
    await expect(enforceServerQuota(t.db.prisma, req({ instances: 2, minInstances: 1, cores: 2, ramMb: 1024 }))).rejects.toMatchObject({
      code: 403,
      message: "Quota exceeded for cores, instances, ram: Requested 2, 1-2, 1024, but already used 20, 10, 51200 of 20, 10, 51200 cores, instances, ram",
    });
  });

  it("reduces a multi-create to what fits when min allows", async () => {
    for (let i = 0; i < 8; i++) await addInstance("demo");
    expect(await enforceServerQuota(t.db.prisma, req({ instances: 5, minInstances: 1, cores: 5, ramMb: 2560 }))).toBe(2);
    await expect(enforceServerQuota(t.db.prisma, req({ instances: 5, minInstances: 3, cores: 5, ramMb: 2560 }))).rejects.toMatchObject({
      message: "Quota exceeded for instances: Requested 3-5, but already used 8 of 10 instances",
    });
  });

  it("ignores unlimited resources and checks resize growth (instances 0)", async () => {
    await t.db.prisma.quotaLimit.create({ data: { projectId: projects.demo!, resource: "cores", hardLimit: -1 } });
    for (let i = 0; i < 3; i++) await addInstance("demo", { vcpus: 30, memoryMb: 1000 });
    expect(await enforceServerQuota(t.db.prisma, req({ cores: 100 }))).toBe(1);
    await expect(enforceServerQuota(t.db.prisma, req({ instances: 0, cores: 8, ramMb: 50000 }))).rejects.toMatchObject({
      message: "Quota exceeded for ram: Requested 50000, but already used 3000 of 51200 ram",
    });
  });

  it("checks a user's own limits against the user's usage", async () => {
    await t.db.prisma.quotaUserLimit.create({ data: { projectId: projects.demo!, userId: users.demo!, resource: "instances", hardLimit: 1 } });
    await addInstance("demo", { userId: "someone-else" });
    expect(await enforceServerQuota(t.db.prisma, req())).toBe(1);
    await addInstance("demo");
    await expect(enforceServerQuota(t.db.prisma, req())).rejects.toMatchObject({
      message: "Quota exceeded for instances: Requested 1, but already used 1 of 1 instances",
    });
  });
});
