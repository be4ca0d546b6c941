import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claim, release } from "../../src/scheduler/index.js";
import { computeHelpers } from "../compute-helpers.js";
import { startApp, type TestApp } from "../helpers.js";
import { placementHelpers } from "./placement-helpers.js";

/**
 * What Placement shows of a server: the allocation the scheduler's claim
 * wrote, under the server's uuid as consumer, in its host's usages and
 * allocations, in its project's usages, and in the host's capacity.
 */

let t: TestApp;
let imageId: string;
const { call, webob } = placementHelpers(() => t);
const { activeServer, settle, as } = computeHelpers(() => t, () => imageId);
let server: string;
let host: { uuid: string; generation: number };
let owner: { projectId: string; userId: string };
const UNKNOWN = "3f0e7c52-0000-4000-8000-000000000000";

beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_BOOT_TIME_MS: "0" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
  // m1.small: 1 VCPU, 2048 MB, 20 GB.
  server = await activeServer("placed", "2");
  const inst = await t.db.prisma.instance.findUniqueOrThrow({ where: { id: server }, select: { host: true, projectId: true, userId: true } });
  owner = { projectId: inst.projectId, userId: inst.userId };
  host = await t.db.prisma.host.findUniqueOrThrow({ where: { hostname: inst.host! }, select: { uuid: true, generation: true } });
});
afterAll(() => t.close());

describe("GET /allocations/{consumer_uuid}", () => {
  it("the server's allocation on its host, with the provider generation; owner from 1.12, generation 1.28, type 1.38", async () => {
    const resources = { VCPU: 1, MEMORY_MB: 2048, DISK_GB: 20 };
    const allocations = { [host.uuid]: { resources, generation: host.generation } };
    expect(host.generation).toBeGreaterThan(0);
    expect((await call(`/allocations/${server}`)).json()).toEqual({ allocations });
    expect((await call(`/allocations/${server}`, { mv: "1.12" })).json()).toEqual({ allocations, project_id: owner.projectId, user_id: owner.userId });
    expect((await call(`/allocations/${server}`, { mv: "1.28" })).json()).toEqual({
      allocations,
      project_id: owner.projectId,
      user_id: owner.userId,
      consumer_generation: 1,
    });
    // Nova writes allocations without a consumer type: Placement calls it unknown.
    expect((await call(`/allocations/${server}`, { mv: "1.38" })).json()).toMatchObject({ consumer_type: "unknown" });
  });

  it("a consumer without allocations has none (200, and no owner fields)", async () => {
    const res = await call(`/allocations/${UNKNOWN}`, { mv: "1.38" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ allocations: {} });
  });

  it("is admin-or-service only", async () => {
    const res = await call(`/allocations/${server}`, { user: "demo" });
    expect(res.statusCode).toBe(403);
    expect(res.json().errors[0].detail).toBe(webob[403]("Policy does not allow placement:allocations:list to be performed."));
  });
});

describe("the host's provider", () => {
  it("usages count the server; allocations list it by consumer (consumer_generation from 1.28)", async () => {
    expect((await call(`/resource_providers/${host.uuid}/usages`)).json()).toEqual({
      resource_provider_generation: host.generation,
      usages: { VCPU: 1, MEMORY_MB: 2048, DISK_GB: 20 },
    });
    expect((await call(`/resource_providers/${host.uuid}/allocations`)).json()).toEqual({
      allocations: { [server]: { resources: { VCPU: 1, MEMORY_MB: 2048, DISK_GB: 20 } } },
      resource_provider_generation: host.generation,
    });
    const v128 = (await call(`/resource_providers/${host.uuid}/allocations`, { mv: "1.28" })).json();
    expect(v128.allocations[server]).toEqual({ resources: { VCPU: 1, MEMORY_MB: 2048, DISK_GB: 20 }, consumer_generation: 1 });
    const missing = await call(`/resource_providers/${UNKNOWN}/allocations`);
    expect(missing.json().errors[0].detail).toBe(webob[404](`Resource provider '${UNKNOWN}' not found: No resource provider with uuid ${UNKNOWN} found`));
  });

  it("its capacity left shows in the allocation candidates", async () => {
    const res = await call("/allocation_candidates?resources=VCPU:1", { mv: "1.27" });
    const summary = res.json().provider_summaries[host.uuid];
    expect(summary.resources).toEqual({
      VCPU: { capacity: 16 * 16, used: 1 },
      MEMORY_MB: { capacity: Math.floor((65536 - 512) * 1.5), used: 2048 },
      DISK_GB: { capacity: 1024, used: 20 },
    });
  });
});

describe("GET /usages (1.9)", () => {
  it("the project's usage; by user; from 1.38 grouped by consumer type with a consumer count", async () => {
    const q = `project_id=${owner.projectId}`;
    expect((await call(`/usages?${q}`, { mv: "1.8" })).statusCode).toBe(404);
    expect((await call(`/usages?${q}`, { mv: "1.9" })).json()).toEqual({ usages: { DISK_GB: 20, MEMORY_MB: 2048, VCPU: 1 } });
    expect((await call(`/usages?${q}&user_id=${owner.userId}`, { mv: "1.9" })).json().usages.VCPU).toBe(1);
    expect((await call(`/usages?${q}&user_id=someone-else`, { mv: "1.9" })).json()).toEqual({ usages: {} });
    expect((await call("/usages?project_id=nobody", { mv: "1.9" })).json()).toEqual({ usages: {} });
    const grouped = { DISK_GB: 20, MEMORY_MB: 2048, VCPU: 1, consumer_count: 1 };
    expect((await call(`/usages?${q}`, { mv: "1.38" })).json()).toEqual({ usages: { unknown: grouped } });
    expect((await call(`/usages?${q}&consumer_type=all`, { mv: "1.38" })).json()).toEqual({ usages: { all: grouped } });
    expect((await call(`/usages?${q}&consumer_type=INSTANCE`, { mv: "1.38" })).json()).toEqual({ usages: {} });
    const bad = await call(`/usages?${q}&consumer_type=instance`, { mv: "1.38" });
    expect(bad.json().errors[0].detail).toBe(webob[400]("Invalid query string parameters: 'instance' does not match '^[A-Z0-9_]+$|^all|^unknown$'"));
    expect((await call(`/usages?${q}&consumer_type=all`, { mv: "1.37" })).statusCode).toBe(400);
  });

  it("a reader of the project sees its usage", async () => {
    const res = await call(`/usages?project_id=${owner.projectId}`, { user: "demo", mv: "1.9" });
    expect(res.statusCode).toBe(200);
    expect(res.json().usages.VCPU).toBe(1);
  });
});

describe("a migration as consumer", () => {
  it("holds a move's source allocation under its uuid, with the instance's owner, counted in the project's usage", async () => {
    const migration = "3f0e7c52-0000-4000-8000-00000000000e";
    const hostRow = await t.db.prisma.host.findUniqueOrThrow({ where: { uuid: host.uuid }, select: { id: true } });
    await t.db.prisma.migration.create({
      data: { uuid: migration, instanceUuid: server, migrationType: "resize", status: "finished", userId: owner.userId, projectId: owner.projectId, createdAt: new Date() },
    });
    const claimed = await claim(t.db.prisma, hostRow.id, migration, { vcpus: 2, memoryMb: 64, diskGb: 1 });
    expect(claimed.ok).toBe(true);
    const res = (await call(`/allocations/${migration}`, { mv: "1.12" })).json();
    expect(res).toMatchObject({ project_id: owner.projectId, user_id: owner.userId });
    expect(res.allocations[host.uuid].resources).toEqual({ VCPU: 2, MEMORY_MB: 64, DISK_GB: 1 });
    const usage = (await call(`/usages?project_id=${owner.projectId}`, { mv: "1.38" })).json();
    expect(usage).toEqual({ usages: { unknown: { VCPU: 3, MEMORY_MB: 2112, DISK_GB: 21, consumer_count: 2 } } });
    await release(t.db.prisma, migration);
    expect((await call(`/allocations/${migration}`)).json()).toEqual({ allocations: {} });
  });
});

describe("after the server is deleted", () => {
  it("its allocation and usage are gone", async () => {
    const del = await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${server}`, headers: await as("demo") });
    expect(del.statusCode).toBe(204);
    await settle(1000);
    expect((await call(`/allocations/${server}`, { mv: "1.12" })).json()).toEqual({ allocations: {} });
    expect((await call(`/resource_providers/${host.uuid}/usages`)).json().usages).toEqual({ VCPU: 0, MEMORY_MB: 0, DISK_GB: 0 });
    expect((await call(`/usages?project_id=${owner.projectId}`, { mv: "1.9" })).json()).toEqual({ usages: {} });
  });
});
