import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { autoConfirmDue } from "../../src/compute/effects/migration.js";
import { startApp, type TestApp } from "../helpers.js";
import { computeHelpers } from "../compute-helpers.js";

let t: TestApp;
let imageId: string;
beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_BOOT_TIME_MS: "0", NOVASIM_ACTION_TIME_MS: "1000", NOVASIM_HOST_COUNT: "4" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
  await roomyQuota();
});
/** Enough quota for the demo project's many servers here. */
async function roomyQuota() {
  const project = (await t.db.prisma.project.findFirstOrThrow({ where: { name: "demo" }, select: { id: true } })).id;
  const res = await t.app.inject({ method: "PUT", url: `/compute/v2.1/os-quota-sets/${project}`, headers: await as("admin"), payload: { quota_set: { instances: 100, cores: 200, ram: 1_000_000 } } });
  expect(res.statusCode).toBe(200);
}
afterAll(() => t.close());

const { as, settle, activeServer, act } = computeHelpers(() => t, () => imageId);

const show = async (id: string, v = "2.1") => (await t.app.inject({ url: `/compute/v2.1/servers/${id}`, headers: await as("admin", v) })).json().server;
const hostOf = async (id: string) => (await show(id))["OS-EXT-SRV-ATTR:host"] as string;

type Usage = Record<string, { VCPU: number; MEMORY_MB: number; DISK_GB: number }>;
const add = (u: Usage, host: string, r: { vcpus: number; memoryMb: number; diskGb: number }) => {
  const h = (u[host] ??= { VCPU: 0, MEMORY_MB: 0, DISK_GB: 0 });
  h.VCPU += r.vcpus;
  h.MEMORY_MB += r.memoryMb;
  h.DISK_GB += r.diskGb;
};
/** Allocation rows summed per host, and per host for the given consumers only. */
async function allocations(consumers?: string[]): Promise<Usage> {
  const rows = await t.db.prisma.allocation.findMany({ where: consumers ? { consumerId: { in: consumers } } : {}, select: { used: true, resourceClass: true, host: { select: { hostname: true } } } });
  const u: Usage = {};
  for (const r of rows) {
    const h = (u[r.host.hostname] ??= { VCPU: 0, MEMORY_MB: 0, DISK_GB: 0 });
    h[r.resourceClass as "VCPU"] += r.used;
  }
  for (const k of Object.keys(u)) if (!u[k]!.VCPU && !u[k]!.MEMORY_MB && !u[k]!.DISK_GB) delete u[k];
  return u;
}
const FLAVORS: Record<string, { vcpus: number; memoryMb: number; diskGb: number }> = {
  "1": { vcpus: 1, memoryMb: 512, diskGb: 1 },
  "2": { vcpus: 1, memoryMb: 2048, diskGb: 20 },
  "3": { vcpus: 2, memoryMb: 4096, diskGb: 40 },
};
/**
 * What every host should hold: each live instance its flavor on its host, each
 * finished resize/migration the old flavor on its source, each running live
 * migration the flavor on its destination as well. Compared with the rows.
 */
async function expectNoLeaks() {
  const db = t.db.prisma;
  const instances = await db.instance.findMany({ where: { deletedAt: null, host: { not: null } }, select: { id: true, host: true, vcpus: true, memoryMb: true, rootGb: true, ephemeralGb: true } });
  const expected: Usage = {};
  for (const i of instances) add(expected, i.host!, { vcpus: i.vcpus, memoryMb: i.memoryMb, diskGb: i.rootGb + i.ephemeralGb });
  const migs = await db.migration.findMany({ select: { status: true, migrationType: true, sourceCompute: true, destCompute: true, oldInstanceTypeId: true, instanceUuid: true } });
  const flavors = new Map((await db.flavor.findMany({ select: { id: true, vcpus: true, memoryMb: true, rootGb: true, ephemeralGb: true } })).map((f) => [f.id, f]));
  for (const m of migs) {
    const inst = instances.find((i) => i.id === m.instanceUuid);
    if (m.status === "finished" && ["resize", "migration"].includes(m.migrationType)) {
      const f = flavors.get(m.oldInstanceTypeId!)!;
      add(expected, m.sourceCompute!, { vcpus: f.vcpus, memoryMb: f.memoryMb, diskGb: f.rootGb + f.ephemeralGb });
    }
    if (m.status === "running" && m.migrationType === "live-migration" && inst) add(expected, m.destCompute!, { vcpus: inst.vcpus, memoryMb: inst.memoryMb, diskGb: inst.rootGb + inst.ephemeralGb });
  }
  expect(await allocations()).toEqual(expected);
}
const migrationOf = async (id: string) => t.db.prisma.migration.findFirstOrThrow({ where: { instanceUuid: id }, orderBy: { id: "desc" } });

describe("resize", () => {
  it("claims the new flavor on another host and moves the source allocation to the migration; confirm frees the source", async () => {
    const id = await activeServer("rz1");
    const src = await hostOf(id);
    expect(await allocations([id])).toEqual({ [src]: { VCPU: 1, MEMORY_MB: 512, DISK_GB: 1 } });
    const res = await act(id, { resize: { flavorRef: "3" } });
    expect(res.statusCode).toBe(202);
    const during = await show(id);
    expect(during).toMatchObject({ status: "RESIZE", "OS-EXT-STS:task_state": "resize_prep" });
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await settle();
      seen.push((await show(id))["OS-EXT-STS:task_state"]);
    }
    expect(seen).toEqual(["resize_migrating", "resize_migrated", "resize_finish"]);
    await settle();
    const resized = await show(id, "2.47");
    expect(resized).toMatchObject({ status: "VERIFY_RESIZE", "OS-EXT-STS:vm_state": "resized", "OS-EXT-STS:task_state": null });
    expect(resized.flavor).toMatchObject({ original_name: "m1.medium", vcpus: 2, ram: 4096, disk: 40 });
    const dest = resized["OS-EXT-SRV-ATTR:host"];
    expect(dest).not.toBe(src);
    const m = await migrationOf(id);
    expect(m).toMatchObject({ migrationType: "resize", status: "finished", sourceCompute: src, destCompute: dest });
    // Both hosts are claimed: the source under the migration, the destination under the instance.
    expect(await allocations([m.uuid])).toEqual({ [src]: { VCPU: 1, MEMORY_MB: 512, DISK_GB: 1 } });
    expect(await allocations([id])).toEqual({ [dest]: { VCPU: 2, MEMORY_MB: 4096, DISK_GB: 40 } });
    await expectNoLeaks();

    const confirm = await act(id, { confirmResize: null });
    expect(confirm.statusCode).toBe(204);
    await settle(0);
    const after = await show(id);
    expect(after).toMatchObject({ status: "ACTIVE", flavor: { id: "3" }, "OS-EXT-SRV-ATTR:host": dest });
    expect(await allocations([m.uuid])).toEqual({});
    expect(await allocations([id])).toEqual({ [dest]: { VCPU: 2, MEMORY_MB: 4096, DISK_GB: 40 } });
    const ports = await t.db.prisma.port.findMany({ where: { deviceId: id }, select: { bindingHostId: true } });
    expect(ports.length).toBeGreaterThan(0);
    expect(ports.every((p) => p.bindingHostId === dest)).toBe(true);
    expect((await migrationOf(id)).status).toBe("confirmed");
    await expectNoLeaks();
    const again = await act(id, { confirmResize: null });
    expect(again.statusCode).toBe(409);
    expect(again.json().conflictingRequest.message).toBe(`Cannot 'confirmResize' instance ${id} while it is in vm_state active`);
    const actions = await t.app.inject({ url: `/compute/v2.1/servers/${id}/os-instance-actions`, headers: await as("demo") });
    expect(actions.json().instanceActions.map((a: { action: string }) => a.action)).toEqual(["confirmResize", "resize", "create"]);
  });

  it("revert restores the old flavor and host, drops the new claim and gives the source allocation back", async () => {
    const id = await activeServer("rz2");
    const src = await hostOf(id);
    expect((await act(id, { resize: { flavorRef: "2" } })).statusCode).toBe(202);
    for (let i = 0; i < 4; i++) await settle();
    const dest = await hostOf(id);
    expect((await show(id)).status).toBe("VERIFY_RESIZE");
    const m = await migrationOf(id);
    const revert = await act(id, { revertResize: null });
    expect(revert.statusCode).toBe(202);
    expect((await show(id))).toMatchObject({ status: "REVERT_RESIZE", "OS-EXT-STS:task_state": "resize_reverting" });
    expect((await migrationOf(id)).status).toBe("reverting");
    await settle();
    const after = await show(id);
    expect(after).toMatchObject({ status: "ACTIVE", flavor: { id: "1" }, "OS-EXT-SRV-ATTR:host": src });
    expect(await allocations([id, m.uuid])).toEqual({ [src]: { VCPU: 1, MEMORY_MB: 512, DISK_GB: 1 } });
    expect(await allocations([id])).not.toHaveProperty(dest);
    const ports = await t.db.prisma.port.findMany({ where: { deviceId: id }, select: { bindingHostId: true } });
    expect(ports.map((p) => p.bindingHostId)).toEqual(ports.map(() => src));
    expect((await migrationOf(id)).status).toBe("reverted");
    await expectNoLeaks();
  });

  it("a stopped server resizes and confirms back to SHUTOFF", async () => {
    const id = await activeServer("rz3");
    expect((await act(id, { "os-stop": null })).statusCode).toBe(202);
    await settle();
    expect((await act(id, { resize: { flavorRef: "2" } })).statusCode).toBe(202);
    for (let i = 0; i < 4; i++) await settle();
    expect((await show(id))).toMatchObject({ status: "VERIFY_RESIZE", "OS-EXT-STS:power_state": 4 });
    expect((await act(id, { confirmResize: null })).statusCode).toBe(204);
    expect((await show(id)).status).toBe("SHUTOFF");
    await expectNoLeaks();
  });

  it("rejects bad bodies, unknown and same flavors, and confirm/revert of a server that was not resized", async () => {
    const id = await activeServer("rz4");
    const unknown = await act(id, { resize: { flavorRef: "nope" } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toEqual({ badRequest: { code: 400, message: "Flavor nope could not be found." } });
    const same = await act(id, { resize: { flavorRef: "1" } });
    expect(same.json()).toEqual({ badRequest: { code: 400, message: "When resizing, instances must change flavor!" } });
    expect((await act(id, { resize: { flavorRef: "" } })).statusCode).toBe(400);
    expect((await act(id, { resize: {} })).statusCode).toBe(400);
    expect((await act(id, { resize: { flavorRef: "2", extra: 1 } })).statusCode).toBe(400);
    expect((await act(id, { resize: { flavorRef: "2", "OS-DCF:diskConfig": "SOMETIMES" } })).statusCode).toBe(400);
    const missing = await act("7d2c6fd3-8f58-4b8c-9a35-4b0c1f2a2d11", { resize: { flavorRef: "2" } });
    expect(missing.statusCode).toBe(404);
    expect((await act(id, { revertResize: null })).json().conflictingRequest.message).toBe(`Cannot 'revertResize' instance ${id} while it is in vm_state active`);
    expect((await show(id)).status).toBe("ACTIVE");
    expect(await t.db.prisma.migration.count({ where: { instanceUuid: id } })).toBe(0);
    // Quota on the growth only: cores 20 - in use is not enough for 8 more.
    const admin = await as("admin");
    const project = (await t.db.prisma.project.findFirstOrThrow({ where: { name: "demo" }, select: { id: true } })).id;
    const set = await t.app.inject({ method: "PUT", url: `/compute/v2.1/os-quota-sets/${project}`, headers: admin, payload: { quota_set: { cores: 4, force: true } } });
    expect(set.statusCode).toBe(200);
    try {
      const over = await act(id, { resize: { flavorRef: "5" } });
      expect(over.statusCode).toBe(403);
      expect(over.json().forbidden.message).toMatch(/^Quota exceeded for cores: Requested 7, but already used \d+ of 4 cores$/);
    } finally {
      await roomyQuota();
    }
  });

  it("a smaller disk fails on the compute side: the server stays ACTIVE on its host with a fault and no claim leaks", async () => {
    const id = await activeServer("rz5", "2");
    const src = await hostOf(id);
    expect((await act(id, { resize: { flavorRef: "1" } })).statusCode).toBe(202);
    await settle();
    await settle();
    const after = await show(id);
    expect(after).toMatchObject({ status: "ACTIVE", "OS-EXT-STS:task_state": null, "OS-EXT-SRV-ATTR:host": src, flavor: { id: "2" } });
    const row = await t.db.prisma.instance.findUniqueOrThrow({ where: { id }, select: { faultMessage: true } });
    expect(row.faultMessage).toBe("Resize error: Unable to resize disk down.");
    expect((await migrationOf(id)).status).toBe("error");
    expect(await allocations([id])).toEqual({ [src]: { VCPU: 1, MEMORY_MB: 2048, DISK_GB: 20 } });
    await expectNoLeaks();
  });

  it("auto-confirms after resizeConfirmWindowSeconds (0 never)", async () => {
    const id = await activeServer("rz6");
    expect((await act(id, { resize: { flavorRef: "2" } })).statusCode).toBe(202);
    for (let i = 0; i < 4; i++) await settle();
    const ec = { db: t.db.prisma, clock: t.clock, config: t.config, logger: t.app.log, collab: t.app.services.collaborators } as unknown as Parameters<typeof autoConfirmDue>[0];
    expect(await autoConfirmDue(ec, t.clock.now(), t.app.services.actions)).toBe(0);
    const windowed = { ...ec, config: { ...t.config, resizeConfirmWindowSeconds: 60 } };
    expect(await autoConfirmDue(windowed, t.clock.now(), t.app.services.actions)).toBe(0);
    t.clock.advance(61_000);
    expect(await autoConfirmDue(windowed, t.clock.now(), t.app.services.actions)).toBe(1);
    expect((await show(id)).status).toBe("ACTIVE");
    expect((await migrationOf(id)).status).toBe("confirmed");
    await expectNoLeaks();
  });
});

describe("cold migrate", () => {
  it("is admin-only, moves to another host with the same flavor, ends in VERIFY_RESIZE; confirm frees the source", async () => {
    const id = await activeServer("mg1");
    const src = await hostOf(id);
    const denied = await act(id, { migrate: null }, "demo");
    expect(denied.statusCode).toBe(403);
    expect(denied.json().forbidden.message).toBe("Policy doesn't allow os_compute_api:os-migrate-server:migrate to be performed.");
    const unknownHost = await act(id, { migrate: { host: "nohost" } }, "admin", "2.56");
    expect(unknownHost.json()).toEqual({ badRequest: { code: 400, message: "Compute host nohost could not be found." } });
    const sameHost = await act(id, { migrate: { host: src } }, "admin", "2.56");
    expect(sameHost.json().badRequest.message).toBe("Cannot migrate to the host where the server exists.");
    expect((await act(id, { migrate: { host: src, x: 1 } }, "admin", "2.56")).statusCode).toBe(400);
    const res = await act(id, { migrate: null }, "admin");
    expect(res.statusCode).toBe(202);
    for (let i = 0; i < 4; i++) await settle();
    const s = await show(id);
    expect(s).toMatchObject({ status: "VERIFY_RESIZE", flavor: { id: "1" } });
    const dest = s["OS-EXT-SRV-ATTR:host"];
    expect(dest).not.toBe(src);
    const m = await migrationOf(id);
    expect(m).toMatchObject({ migrationType: "migration", status: "finished" });
    expect(await allocations([m.uuid])).toEqual({ [src]: { VCPU: 1, MEMORY_MB: 512, DISK_GB: 1 } });
    await expectNoLeaks();
    expect((await act(id, { confirmResize: null }, "admin")).statusCode).toBe(204);
    expect(await allocations([id, m.uuid])).toEqual({ [dest]: { VCPU: 1, MEMORY_MB: 512, DISK_GB: 1 } });
    await expectNoLeaks();
  });

  it("to a named host (2.56), then revert", async () => {
    const id = await activeServer("mg2");
    const src = await hostOf(id);
    const target = ["compute1", "compute2", "compute3", "compute4"].find((h) => h !== src)!;
    expect((await act(id, { migrate: { host: target } }, "admin", "2.56")).statusCode).toBe(202);
    for (let i = 0; i < 4; i++) await settle();
    expect(await hostOf(id)).toBe(target);
    expect((await act(id, { revertResize: null }, "admin")).statusCode).toBe(202);
    await settle();
    expect(await hostOf(id)).toBe(src);
    expect(await allocations([id])).toEqual({ [src]: { VCPU: 1, MEMORY_MB: 512, DISK_GB: 1 } });
    await expectNoLeaks();
  });
});

describe("os-migrations and server migrations", () => {
  it("lists migrations with Nova's fields per microversion; admin only; filters", async () => {
    const denied = await t.app.inject({ url: "/compute/v2.1/os-migrations", headers: await as("demo") });
    expect(denied.statusCode).toBe(403);
    const v21 = (await t.app.inject({ url: "/compute/v2.1/os-migrations", headers: await as("admin") })).json();
    expect(v21.migrations.length).toBeGreaterThan(0);
    expect(Object.keys(v21.migrations[0]).sort()).toEqual(
      ["created_at", "dest_compute", "dest_host", "dest_node", "id", "instance_uuid", "new_instance_type_id", "old_instance_type_id", "source_compute", "source_node", "status", "updated_at"].sort(),
    );
    const one = v21.migrations.find((m: { status: string }) => m.status === "confirmed");
    const v223 = (await t.app.inject({ url: `/compute/v2.1/os-migrations?instance_uuid=${one.instance_uuid}`, headers: await as("admin", "2.23") })).json();
    expect(v223.migrations.every((m: { instance_uuid: string }) => m.instance_uuid === one.instance_uuid)).toBe(true);
    expect(v223.migrations[0]).toHaveProperty("migration_type");
    expect(v223.migrations[0]).not.toHaveProperty("uuid");
    const v280 = (await t.app.inject({ url: "/compute/v2.1/os-migrations?limit=1&migration_type=resize", headers: await as("admin", "2.80") })).json();
    expect(v280.migrations).toHaveLength(1);
    expect(v280.migrations[0]).toMatchObject({ migration_type: "resize" });
    expect(v280.migrations[0]).toHaveProperty("uuid");
    expect(v280.migrations[0]).toHaveProperty("user_id");
    expect(v280.migrations_links[0].href).toContain(`marker=${v280.migrations[0].uuid}`);
    const next = (await t.app.inject({ url: `/compute/v2.1/os-migrations?limit=1&migration_type=resize&marker=${v280.migrations[0].uuid}`, headers: await as("admin", "2.80") })).json();
    expect(next.migrations[0].id).not.toBe(v280.migrations[0].id);
    const badMarker = await t.app.inject({ url: "/compute/v2.1/os-migrations?marker=nope", headers: await as("admin", "2.59") });
    expect(badMarker.json()).toEqual({ badRequest: { code: 400, message: "Marker nope could not be found." } });
    expect((await t.app.inject({ url: "/compute/v2.1/os-migrations?foo=1", headers: await as("admin", "2.59") })).statusCode).toBe(400);
    expect((await t.app.inject({ url: "/compute/v2.1/os-migrations?foo=1", headers: await as("admin", "2.58") })).statusCode).toBe(200);
  });
});

describe("live migration", () => {
  it("runs in task_state migrating with a running migration visible at 2.23, then ends on the new host with the same state", async () => {
    const id = await activeServer("lm1");
    const src = await hostOf(id);
    const bad = await act(id, { "os-migrateLive": { host: null, block_migration: "auto" } }, "admin", "2.1");
    expect(bad.statusCode).toBe(400);
    const res = await act(id, { "os-migrateLive": { host: null, block_migration: "auto" } }, "admin", "2.25");
    expect(res.statusCode).toBe(202);
    expect((await show(id))).toMatchObject({ status: "MIGRATING", "OS-EXT-STS:task_state": "migrating" });
    const list = await t.app.inject({ url: `/compute/v2.1/servers/${id}/migrations`, headers: await as("admin", "2.23") });
    expect(list.statusCode).toBe(200);
    const [m] = list.json().migrations;
    expect(m).toMatchObject({ server_uuid: id, status: "running", source_compute: src, memory_total_bytes: null });
    expect(m.dest_compute).not.toBe(src);
    const one = await t.app.inject({ url: `/compute/v2.1/servers/${id}/migrations/${m.id}`, headers: await as("admin", "2.23") });
    expect(one.json().migration.id).toBe(m.id);
    expect((await t.app.inject({ url: `/compute/v2.1/servers/${id}/migrations`, headers: await as("admin", "2.22") })).statusCode).toBe(404);
    const os = (await t.app.inject({ url: `/compute/v2.1/os-migrations?instance_uuid=${id}`, headers: await as("admin", "2.23") })).json();
    expect(os.migrations[0].links[0].href).toContain(`/servers/${id}/migrations/${m.id}`);
    await expectNoLeaks();
    await settle();
    expect((await show(id))).toMatchObject({ status: "ACTIVE", "OS-EXT-SRV-ATTR:host": m.dest_compute });
    expect((await migrationOf(id)).status).toBe("completed");
    expect(await allocations([id, (await migrationOf(id)).uuid])).toEqual({ [m.dest_compute]: { VCPU: 1, MEMORY_MB: 512, DISK_GB: 1 } });
    const gone = await t.app.inject({ url: `/compute/v2.1/servers/${id}/migrations/${m.id}`, headers: await as("admin", "2.23") });
    expect(gone.json().itemNotFound.message).toBe(`Live migration ${m.id} for server ${id} is not in progress.`);
    await expectNoLeaks();
  });

  it("abort (2.24) leaves the server on its source; force_complete (2.22) finishes at once", async () => {
    const id = await activeServer("lm2");
    const src = await hostOf(id);
    expect((await act(id, { "os-migrateLive": { host: null, block_migration: false, disk_over_commit: false } }, "admin")).statusCode).toBe(202);
    const m = await migrationOf(id);
    const abort = await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${id}/migrations/${m.id}`, headers: await as("admin", "2.24") });
    expect(abort.statusCode).toBe(202);
    expect((await show(id))).toMatchObject({ status: "ACTIVE", "OS-EXT-SRV-ATTR:host": src });
    expect((await migrationOf(id)).status).toBe("cancelled");
    expect(await allocations([id, m.uuid])).toEqual({ [src]: { VCPU: 1, MEMORY_MB: 512, DISK_GB: 1 } });
    await settle();
    expect(await hostOf(id)).toBe(src);
    await expectNoLeaks();

    expect((await act(id, { "os-migrateLive": { host: null, block_migration: "auto" } }, "admin", "2.30")).statusCode).toBe(202);
    const m2 = await migrationOf(id);
    const badBody = await t.app.inject({ method: "POST", url: `/compute/v2.1/servers/${id}/migrations/${m2.id}/action`, headers: await as("admin", "2.22"), payload: { force_complete: 1 } });
    expect(badBody.statusCode).toBe(400);
    const force = await t.app.inject({ method: "POST", url: `/compute/v2.1/servers/${id}/migrations/${m2.id}/action`, headers: await as("admin", "2.22"), payload: { force_complete: null } });
    expect(force.statusCode).toBe(202);
    await t.app.services.worker.tick();
    await t.app.services.worker.idle();
    expect((await show(id))).toMatchObject({ status: "ACTIVE", "OS-EXT-SRV-ATTR:host": m2.destCompute });
    expect((await migrationOf(id)).status).toBe("completed");
    const late = await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${id}/migrations/${m2.id}`, headers: await as("admin", "2.24") });
    expect(late.statusCode).toBe(409);
    await expectNoLeaks();
  });

  it("to an unknown or the current host is 400", async () => {
    const id = await activeServer("lm3");
    const src = await hostOf(id);
    const unknown = await act(id, { "os-migrateLive": { host: "nohost", block_migration: "auto" } }, "admin", "2.25");
    expect(unknown.json()).toEqual({ badRequest: { code: 400, message: "Compute host nohost could not be found." } });
    const self = await act(id, { "os-migrateLive": { host: src, block_migration: "auto" } }, "admin", "2.25");
    expect(self.json().badRequest.message).toBe(`Unable to migrate instance (${id}) to current host (${src}).`);
    const force = await act(id, { "os-migrateLive": { host: null, block_migration: "auto", force: true } }, "admin", "2.30");
    expect(force.json().badRequest.message).toBe("Can't force to a non-provided destination");
    expect((await act(id, { "os-migrateLive": { host: null, block_migration: "auto", force: true } }, "admin", "2.68")).statusCode).toBe(400);
    expect((await show(id)).status).toBe("ACTIVE");
  });
});

describe("evacuate", () => {
  it("refuses while the source compute service is up; once it is down rebuilds elsewhere and releases the old claim", async () => {
    const id = await activeServer("ev1");
    const src = await hostOf(id);
    const up = await act(id, { evacuate: {} }, "admin", "2.14");
    expect(up.json()).toEqual({ badRequest: { code: 400, message: `Compute service of ${src} is still in use.` } });
    const unknown = await act(id, { evacuate: { host: "nohost" } }, "admin", "2.14");
    expect(unknown.json()).toEqual({ itemNotFound: { code: 404, message: "Compute host nohost not found." } });
    await t.db.prisma.host.update({ where: { hostname: src }, data: { forcedDown: true } });
    try {
      const res = await act(id, { evacuate: {} }, "admin", "2.14");
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe("");
      expect((await show(id)).status).toBe("REBUILD");
      await settle();
      await settle();
      const s = await show(id);
      expect(s.status).toBe("ACTIVE");
      expect(s["OS-EXT-SRV-ATTR:host"]).not.toBe(src);
      const m = await migrationOf(id);
      expect(m).toMatchObject({ migrationType: "evacuation", status: "done", sourceCompute: src });
      expect(await allocations([id, m.uuid])).toEqual({ [s["OS-EXT-SRV-ATTR:host"]]: { VCPU: 1, MEMORY_MB: 512, DISK_GB: 1 } });
      await expectNoLeaks();
    } finally {
      await t.db.prisma.host.update({ where: { hostname: src }, data: { forcedDown: false } });
    }
  });

  it("returns adminPass before 2.14 and ends SHUTOFF from 2.95", async () => {
    const a = await activeServer("ev2");
    const b = await activeServer("ev3");
    const hosts = [await hostOf(a), await hostOf(b)];
    await t.db.prisma.host.updateMany({ where: { hostname: { in: hosts } }, data: { serviceUp: false } });
    try {
      const old = await act(a, { evacuate: { onSharedStorage: false } }, "admin", "2.1");
      expect(old.statusCode).toBe(200);
      expect(typeof old.json().adminPass).toBe("string");
      expect((await act(a, { evacuate: {} }, "admin", "2.1")).statusCode).toBe(400);
      const stopped = await act(b, { evacuate: {} }, "admin", "2.95");
      expect(stopped.statusCode).toBe(200);
      await settle();
      await settle();
      expect((await show(a)).status).toBe("ACTIVE");
      expect((await show(b))).toMatchObject({ status: "SHUTOFF", "OS-EXT-STS:power_state": 4 });
      await expectNoLeaks();
    } finally {
      await t.db.prisma.host.updateMany({ where: { hostname: { in: hosts } }, data: { serviceUp: true } });
    }
  });
});
