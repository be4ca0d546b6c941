import type { Db } from "../client.js";
import { inChunks } from "./bounded.js";
import type { HostRow } from "./hosts.js";

/**
 * What the scheduler's host-state cache (src/scheduler/host-state-cache.ts)
 * reads: the hosts changed since a time, a cheap stamp of the aggregates, the
 * aggregates with their hosts and metadata, the I/O-heavy instances per host,
 * and where given instances are. The per-decision queries are raw SQL (the
 * same text on SQLite and PostgreSQL): they run before every scheduling
 * decision, and skip the query compiler.
 */

type RawHost = Record<keyof HostRow, unknown>;

const bool = (v: unknown) => v === true || v === 1 || v === 1n || v === "1" || v === "true";
const num = (v: unknown) => Number(v);
const date = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));

function hostOfRaw(r: RawHost): HostRow {
  return {
    id: num(r.id),
    uuid: String(r.uuid),
    hostname: String(r.hostname),
    hypervisorHostname: String(r.hypervisorHostname),
    availabilityZone: String(r.availabilityZone),
    hypervisorType: String(r.hypervisorType),
    hypervisorVersion: num(r.hypervisorVersion),
    hostIp: String(r.hostIp),
    vcpus: num(r.vcpus),
    memoryMb: num(r.memoryMb),
    localGb: num(r.localGb),
    cpuAllocationRatio: num(r.cpuAllocationRatio),
    ramAllocationRatio: num(r.ramAllocationRatio),
    diskAllocationRatio: num(r.diskAllocationRatio),
    reservedHostMemoryMb: num(r.reservedHostMemoryMb),
    reservedHostDiskGb: num(r.reservedHostDiskGb),
    reservedHostCpus: num(r.reservedHostCpus),
    generation: num(r.generation),
    serviceId: String(r.serviceId),
    serviceDisabled: bool(r.serviceDisabled),
    disabledReason: r.disabledReason == null ? null : String(r.disabledReason),
    forcedDown: bool(r.forcedDown),
    serviceUp: bool(r.serviceUp),
    createdAt: date(r.createdAt),
    updatedAt: date(r.updatedAt),
  };
}

/**
 * Both per-decision reads in one round trip: the hosts changed at or after
 * `since`, and the aggregates' stamp (see aggregatesStamp). The stamp rows
 * ride in the text columns of a host-shaped row, told apart by "kind".
 */
export async function changesSince(db: Db, since: Date): Promise<{ hosts: HostRow[]; aggregatesStamp: string }> {
  const rows = await db.$queryRaw<(RawHost & { kind: string })[]>`SELECT 'h' AS "kind", "id", "uuid", "hostname", "hypervisorHostname",
    "availabilityZone", "hypervisorType", "hypervisorVersion", "hostIp", "vcpus", "memoryMb", "localGb", "cpuAllocationRatio",
    "ramAllocationRatio", "diskAllocationRatio", "reservedHostMemoryMb", "reservedHostDiskGb", "reservedHostCpus", "generation", "serviceId",
    "serviceDisabled", "disabledReason", "forcedDown", "serviceUp", "createdAt", "updatedAt" FROM "Host" WHERE "updatedAt" >= ${since}
    UNION ALL SELECT 's', NULL, CAST(COUNT(*) AS TEXT), CAST(MAX("createdAt") AS TEXT), CAST(SUM("aggregateId") AS TEXT),
      NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM "AggregateHost"
    UNION ALL SELECT 'a', NULL, CAST("id" AS TEXT), "name", "availabilityZone",
      NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM "Aggregate"
    UNION ALL SELECT 'm', NULL, CAST("aggregateId" AS TEXT), "key", "value",
      NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM "AggregateMetadata"`;
  const hosts: HostRow[] = [];
  const stamp: unknown[][] = [];
  for (const r of rows) {
    if (r.kind === "h") hosts.push(hostOfRaw(r));
    else stamp.push([r.kind, r.uuid, r.hostname, r.hypervisorHostname]);
  }
  return { hosts, aggregatesStamp: JSON.stringify(stamp.sort()) };
}

/** A page of hosts by ascending id after `afterId` (the cache's full read, a page at a time). */
export async function hostPage(db: Db, afterId: number, limit: number): Promise<HostRow[]> {
  const rows = await db.$queryRaw<RawHost[]>`SELECT "id", "uuid", "hostname", "hypervisorHostname", "availabilityZone", "hypervisorType",
    "hypervisorVersion", "hostIp", "vcpus", "memoryMb", "localGb", "cpuAllocationRatio", "ramAllocationRatio", "diskAllocationRatio",
    "reservedHostMemoryMb", "reservedHostDiskGb", "reservedHostCpus", "generation", "serviceId", "serviceDisabled", "disabledReason",
    "forcedDown", "serviceUp", "createdAt", "updatedAt" FROM "Host" WHERE "id" > ${afterId} ORDER BY "id" LIMIT ${limit}`;
  return rows.map(hostOfRaw);
}

/**
 * A stamp that changes whenever an aggregate, its metadata or its hosts
 * change: the aggregates' names and zones, every metadata item, and the
 * count, newest and id sum of the host memberships (all small next to the hosts).
 */
export async function aggregatesStamp(db: Db): Promise<string> {
  const rows = await db.$queryRawUnsafe<{ k: string; a: unknown; b: unknown; c: unknown }[]>(
    `SELECT 's' AS k, CAST(COUNT(*) AS TEXT) AS a, CAST(MAX("createdAt") AS TEXT) AS b, CAST(SUM("aggregateId") AS TEXT) AS c FROM "AggregateHost"
     UNION ALL SELECT 'a', CAST("id" AS TEXT), "name", "availabilityZone" FROM "Aggregate"
     UNION ALL SELECT 'm', CAST("aggregateId" AS TEXT), "key", "value" FROM "AggregateMetadata"`,
  );
  return JSON.stringify(rows.map((r) => [r.k, r.a, r.b, r.c]).sort());
}

export interface AggregateOfHosts {
  uuid: string;
  name: string;
  availabilityZone: string | null;
  metadata: Record<string, string>;
  hosts: string[];
}

export async function listAggregatesWithHosts(db: Db): Promise<AggregateOfHosts[]> {
  const rows = await db.aggregate.findMany({
    select: { uuid: true, name: true, availabilityZone: true, metadata: { select: { key: true, value: true } }, hosts: { select: { host: true } } },
    orderBy: { id: "asc" },
  });
  return rows.map((a) => ({
    uuid: a.uuid,
    name: a.name,
    availabilityZone: a.availabilityZone,
    metadata: Object.fromEntries(a.metadata.map((m) => [m.key, m.value])),
    hosts: a.hosts.map((h) => h.host),
  }));
}

/**
 * Instances doing I/O-heavy work per host, as Nova's compute stats count
 * io_workload: building, or resizing (resize_prep, resize_migrating),
 * rebuilding, snapshotting, backing up, rescuing, unshelving.
 */
export const IO_TASK_STATES = ["resize_migrating", "rebuilding", "resize_prep", "image_snapshot", "image_backup", "rescuing", "unshelving"];

export async function ioOpsByHost(db: Db): Promise<Map<string, number>> {
  const rows = await db.instance.groupBy({
    by: ["host"],
    where: { host: { not: null }, deletedAt: null, OR: [{ vmState: "building" }, { taskState: { in: IO_TASK_STATES } }] },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.host!, r._count._all]));
}

/** Where each of `ids` runs (instances without a host, deleted or unknown are left out). */
export async function hostsOfInstances(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await inChunks(ids, (chunk) =>
    db.instance.findMany({ select: { id: true, host: true }, where: { id: { in: chunk }, deletedAt: null, host: { not: null } } }),
  );
  return new Map(rows.map((r) => [r.id, r.host!]));
}
