import type { Db, Tx } from "../client.js";
import { inChunks } from "./bounded.js";

/**
 * Hosts (Nova's compute node + nova-compute service + Placement resource
 * provider in one row) and their allocations. The only module that queries
 * these tables; the claim logic itself lives in src/scheduler/claims.ts.
 */

/** Placement's standard resource classes novasim tracks. */
export const RESOURCE_CLASSES = ["VCPU", "MEMORY_MB", "DISK_GB"] as const;
export type ResourceClass = (typeof RESOURCE_CLASSES)[number];
export type Amounts = Record<ResourceClass, number>;

export const hostSelect = {
  id: true,
  uuid: true,
  hostname: true,
  hypervisorHostname: true,
  availabilityZone: true,
  hypervisorType: true,
  hypervisorVersion: true,
  hostIp: true,
  vcpus: true,
  memoryMb: true,
  localGb: true,
  cpuAllocationRatio: true,
  ramAllocationRatio: true,
  diskAllocationRatio: true,
  reservedHostMemoryMb: true,
  reservedHostDiskGb: true,
  reservedHostCpus: true,
  generation: true,
  serviceId: true,
  serviceDisabled: true,
  disabledReason: true,
  forcedDown: true,
  serviceUp: true,
  createdAt: true,
  updatedAt: true,
} as const;

export interface HostRow {
  id: number;
  uuid: string;
  hostname: string;
  hypervisorHostname: string;
  availabilityZone: string;
  hypervisorType: string;
  hypervisorVersion: number;
  hostIp: string;
  vcpus: number;
  memoryMb: number;
  localGb: number;
  cpuAllocationRatio: number;
  ramAllocationRatio: number;
  diskAllocationRatio: number;
  reservedHostMemoryMb: number;
  reservedHostDiskGb: number;
  reservedHostCpus: number;
  generation: number;
  serviceId: string;
  serviceDisabled: boolean;
  disabledReason: string | null;
  forcedDown: boolean;
  serviceUp: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface HostUsage extends Amounts {
  /** Consumers (instances) holding allocations on the host. */
  consumers: number;
}

export const emptyUsage = (): HostUsage => ({ VCPU: 0, MEMORY_MB: 0, DISK_GB: 0, consumers: 0 });

type Client = Db | Tx;

/** Usage of every host (or of `hostIds`) from its allocations, in one grouped query. */
export async function usageByHost(db: Client, hostIds?: number[]): Promise<Map<number, HostUsage>> {
  const query = (where?: { hostId: { in: number[] } }) =>
    db.allocation.groupBy({ by: ["hostId", "resourceClass"], where, _sum: { used: true }, _count: { _all: true } });
  const rows = hostIds ? await inChunks(hostIds, (chunk) => query({ hostId: { in: chunk } })) : await query();
  const out = new Map<number, HostUsage>();
  for (const r of rows) {
    let u = out.get(r.hostId);
    if (!u) out.set(r.hostId, (u = emptyUsage()));
    if ((RESOURCE_CLASSES as readonly string[]).includes(r.resourceClass)) u[r.resourceClass as ResourceClass] = r._sum.used ?? 0;
    // Every consumer holds exactly one VCPU allocation per host.
    if (r.resourceClass === "VCPU") u.consumers = r._count._all;
  }
  return out;
}

export async function listHosts(db: Client): Promise<HostRow[]> {
  return db.host.findMany({ select: hostSelect, orderBy: { id: "asc" } });
}

/** A page of hosts by ascending id, after `afterId`. */
export async function pageHosts(db: Client, opts: { afterId?: number; limit?: number }): Promise<HostRow[]> {
  return db.host.findMany({
    select: hostSelect,
    where: opts.afterId !== undefined ? { id: { gt: opts.afterId } } : undefined,
    orderBy: { id: "asc" },
    take: opts.limit,
  });
}

export async function findHostById(db: Client, id: number): Promise<HostRow | null> {
  return db.host.findUnique({ select: hostSelect, where: { id } });
}

export async function findHostByUuid(db: Client, uuid: string): Promise<HostRow | null> {
  return db.host.findUnique({ select: hostSelect, where: { uuid } });
}

export async function hostnamesIn(db: Client, names: string[]): Promise<{ id: number; hostname: string }[]> {
  return inChunks(names, (chunk) => db.host.findMany({ select: { id: true, hostname: true }, where: { hostname: { in: chunk } } }));
}

/** Instances placed on each of `hostnames` (not deleted), for `with_servers`. */
export async function instancesOnHosts(db: Client, hostnames: string[]): Promise<Map<string, { uuid: string; name: string }[]>> {
  // Chunks split by host, and the order only matters within a host: no merge needed.
  const rows = await inChunks(hostnames, (chunk) =>
    db.instance.findMany({
      select: { id: true, displayName: true, host: true },
      where: { host: { in: chunk }, deletedAt: null },
      orderBy: { createdAt: "asc" },
    }),
  );
  const out = new Map<string, { uuid: string; name: string }[]>();
  for (const r of rows) {
    const list = out.get(r.host!) ?? [];
    list.push({ uuid: r.id, name: r.displayName });
    out.set(r.host!, list);
  }
  return out;
}

/** Instances with a task in progress per host (Nova's current_workload). */
export async function workloadByHost(db: Client): Promise<Map<string, number>> {
  const rows = await db.instance.groupBy({
    by: ["host"],
    where: { host: { not: null }, deletedAt: null, taskState: { not: null } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.host!, r._count._all]));
}

// ---------------------------------------------------------------- seeding

export type NewHost = Omit<HostRow, "id" | "generation" | "serviceDisabled" | "disabledReason" | "forcedDown" | "serviceUp" | "createdAt" | "updatedAt" | "hypervisorType" | "hypervisorVersion" | "reservedHostDiskGb" | "reservedHostCpus">;

export async function createHosts(db: Client, hosts: NewHost[]): Promise<void> {
  if (hosts.length) await db.host.createMany({ data: hosts });
}

/** Change a host's inventory (capacities, ratios, zone); bumps the generation as Placement does. */
export async function updateHostInventory(
  db: Client,
  id: number,
  data: Pick<HostRow, "vcpus" | "memoryMb" | "localGb" | "cpuAllocationRatio" | "ramAllocationRatio" | "diskAllocationRatio" | "reservedHostMemoryMb" | "availabilityZone" | "hostIp">,
): Promise<void> {
  await db.host.update({ where: { id }, data: { ...data, generation: { increment: 1 } }, select: { id: true } });
}

/** Mark hosts' nova-compute services up or down (chunked: SQLite caps bound parameters). */
export async function setServiceUp(db: Client, ids: number[], up: boolean): Promise<void> {
  await inChunks(ids, async (chunk) => [await db.host.updateMany({ where: { id: { in: chunk } }, data: { serviceUp: up } })]);
}

// ---------------------------------------------------------------- claims (inside a transaction)

/** Run `fn` in one interactive transaction; an error thrown inside rolls it back. */
export async function inTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  // Generous waits: under a burst many claims queue for a pooled connection.
  return db.$transaction(fn, { maxWait: 60_000, timeout: 60_000 });
}

export async function hostForClaim(tx: Tx, hostId: number) {
  return tx.host.findUnique({
    select: {
      id: true,
      generation: true,
      vcpus: true,
      memoryMb: true,
      localGb: true,
      cpuAllocationRatio: true,
      ramAllocationRatio: true,
      diskAllocationRatio: true,
      reservedHostMemoryMb: true,
      reservedHostDiskGb: true,
      reservedHostCpus: true,
    },
    where: { id: hostId },
  });
}

/** Usage of one host by resource class, leaving out `exceptConsumer`'s own allocations. */
export async function hostUsageExcept(tx: Tx, hostId: number, exceptConsumer: string): Promise<Amounts> {
  const rows = await tx.allocation.groupBy({
    by: ["resourceClass"],
    where: { hostId, consumerId: { not: exceptConsumer } },
    _sum: { used: true },
  });
  const out: Amounts = { VCPU: 0, MEMORY_MB: 0, DISK_GB: 0 };
  for (const r of rows) if (r.resourceClass in out) out[r.resourceClass as ResourceClass] = r._sum.used ?? 0;
  return out;
}

/** Replace `consumerId`'s allocations on `hostId` with `amounts` (zero amounts are not stored, as in Placement). */
export async function writeAllocations(tx: Tx, hostId: number, consumerId: string, amounts: Amounts): Promise<void> {
  await tx.allocation.deleteMany({ where: { hostId, consumerId } });
  const data = RESOURCE_CLASSES.filter((rc) => amounts[rc] > 0).map((rc) => ({ hostId, consumerId, resourceClass: rc, used: amounts[rc] }));
  if (data.length) await tx.allocation.createMany({ data });
}

/** Compare-and-swap of the provider generation: true when this transaction moved it from `expected`. */
export async function bumpGeneration(tx: Tx, hostId: number, expected: number): Promise<boolean> {
  const r = await tx.host.updateMany({ where: { id: hostId, generation: expected }, data: { generation: expected + 1 } });
  return r.count === 1;
}

/** Delete a consumer's allocations everywhere and bump the generation of the hosts they were on. */
export async function deleteConsumerAllocations(tx: Tx, consumerId: string): Promise<number[]> {
  const rows = await tx.allocation.findMany({ select: { hostId: true }, where: { consumerId }, distinct: ["hostId"] });
  const hostIds = rows.map((r) => r.hostId);
  if (!hostIds.length) return [];
  await tx.allocation.deleteMany({ where: { consumerId } });
  await tx.host.updateMany({ where: { id: { in: hostIds } }, data: { generation: { increment: 1 } } });
  return hostIds;
}

/** Where a consumer's allocations are, by host id. */
export async function allocationsOf(db: Client, consumerId: string): Promise<{ hostId: number; resourceClass: string; used: number }[]> {
  return db.allocation.findMany({ select: { hostId: true, resourceClass: true, used: true }, where: { consumerId } });
}

// ---------------------------------------------------------------- operator APIs (services, hosts, aggregates)

export async function findHostByName(db: Client, hostname: string): Promise<HostRow | null> {
  return db.host.findUnique({ select: hostSelect, where: { hostname } });
}

/** A host by its nova-compute service's UUID. */
export async function findHostByServiceId(db: Client, serviceId: string): Promise<HostRow | null> {
  return db.host.findUnique({ select: hostSelect, where: { serviceId } });
}

/** Set a host's nova-compute service fields (os-services enable/disable/force-down); returns the row. */
export async function updateHostService(
  db: Client,
  id: number,
  data: Partial<Pick<HostRow, "serviceDisabled" | "disabledReason" | "forcedDown">>,
): Promise<HostRow> {
  return db.host.update({ where: { id }, data, select: hostSelect });
}

/** Live (not deleted) instances on each of `hostnames` (Nova's InstanceList.get_count_by_hosts, per host). */
export async function liveInstanceCounts(db: Client, hostnames: string[]): Promise<Map<string, number>> {
  if (!hostnames.length) return new Map();
  const rows = await inChunks(hostnames, (chunk) =>
    db.instance.groupBy({ by: ["host"], where: { host: { in: chunk }, deletedAt: null }, _count: { _all: true } }),
  );
  return new Map(rows.map((r) => [r.host!, r._count._all]));
}

/** The resources of the live instances on a host, for os-hosts' per-project usage. */
export async function instanceResourcesOnHost(db: Client, hostname: string) {
  return db.instance.findMany({
    where: { host: hostname, deletedAt: null },
    select: { projectId: true, vcpus: true, memoryMb: true, rootGb: true, ephemeralGb: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** Statuses after which a migration no longer involves its hosts (Nova's migration_get_in_progress_by_host_and_node). */
const MIGRATION_OVER = ["confirmed", "reverted", "error", "failed", "completed", "cancelled", "done"];

/** Migrations in progress from or to a host's node. */
export async function inProgressMigrationCount(db: Client, hostname: string, node: string): Promise<number> {
  return db.migration.count({
    where: {
      OR: [
        { sourceCompute: hostname, sourceNode: node },
        { destCompute: hostname, destNode: node },
      ],
      status: { notIn: MIGRATION_OVER },
    },
  });
}

/** Evacuations away from a host that its nova-compute has not yet cleaned up after (status `done`). */
export async function doneEvacuationCount(db: Client, hostname: string): Promise<number> {
  return db.migration.count({ where: { sourceCompute: hostname, status: "done", migrationType: "evacuation" } });
}

/**
 * A restarted nova-compute cleans up after the evacuations away from it and
 * moves their records from `done` to `completed` (ComputeManager
 * _destroy_evacuated_instances at init_host).
 */
export async function completeDoneEvacuations(db: Client, hostnames: string[], at: Date): Promise<void> {
  await inChunks(hostnames, async (chunk) => [
    await db.migration.updateMany({
      where: { sourceCompute: { in: chunk }, status: "done", migrationType: "evacuation" },
      data: { status: "completed", updatedAt: at },
    }),
  ]);
}

/**
 * Delete a compute host: its nova-compute service, compute node and resource
 * provider (allocations cascade), and its aggregate memberships. Run in a
 * transaction by the caller.
 */
export async function deleteHost(db: Client, id: number, hostname: string): Promise<void> {
  await db.aggregateHost.deleteMany({ where: { host: hostname } });
  await db.host.delete({ where: { id }, select: { id: true } });
}
