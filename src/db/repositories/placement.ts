import type { Db, Tx } from "../client.js";
import { inChunks } from "./bounded.js";
import { usageByHost } from "./hosts.js";

/**
 * Read-only queries behind the Placement API: the hosts as resource
 * providers, the allocations the scheduler writes (src/scheduler/claims.ts),
 * the consumers they belong to (instances and migrations), and Nova's host
 * aggregates, which Nova mirrors into Placement aggregates.
 */

export const placementHostSelect = {
  id: true,
  uuid: true,
  hostname: true,
  hypervisorHostname: true,
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
  serviceDisabled: true,
  createdAt: true,
  updatedAt: true,
} as const;

export interface PlacementHostRow {
  id: number;
  uuid: string;
  hostname: string;
  hypervisorHostname: string;
  generation: number;
  vcpus: number;
  memoryMb: number;
  localGb: number;
  cpuAllocationRatio: number;
  ramAllocationRatio: number;
  diskAllocationRatio: number;
  reservedHostMemoryMb: number;
  reservedHostDiskGb: number;
  reservedHostCpus: number;
  serviceDisabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface ConsumerOwner {
  projectId: string;
  userId: string;
}

type Client = Db | Tx;

export function placementRepo(db: Client) {
  return {
    hostByUuid: (uuid: string): Promise<PlacementHostRow | null> => db.host.findUnique({ where: { uuid }, select: placementHostSelect }),

    /** Hosts in id order, narrowed by the filters a database can apply (exact name, uuid). */
    hosts: (where: { name?: string; uuid?: string } = {}): Promise<PlacementHostRow[]> =>
      db.host.findMany({
        where: {
          ...(where.name !== undefined ? { hypervisorHostname: where.name } : {}),
          ...(where.uuid !== undefined ? { uuid: where.uuid } : {}),
        },
        select: placementHostSelect,
        orderBy: { id: "asc" },
      }),

    /** How many hosts there are, and how many of them have their compute service disabled. */
    async hostCounts(): Promise<{ total: number; disabled: number }> {
      const [total, disabled] = await Promise.all([db.host.count(), db.host.count({ where: { serviceDisabled: true } })]);
      return { total, disabled };
    },

    /** Usage by host id and resource class, of `hostIds` or (without) of every host, in one grouped query. */
    usage: async (hostIds?: number[]): Promise<Map<number, Map<string, number>>> => {
      const out = new Map<number, Map<string, number>>();
      if (hostIds && !hostIds.length) return out;
      const rows = await usageByHost(db, hostIds);
      for (const [id, u] of rows) out.set(id, new Map([["VCPU", u.VCPU], ["MEMORY_MB", u.MEMORY_MB], ["DISK_GB", u.DISK_GB]]));
      return out;
    },

    /** Allocations against one host, in the order they were written. */
    allocationsOnHost: (hostId: number) =>
      db.allocation.findMany({ where: { hostId }, select: { consumerId: true, resourceClass: true, used: true }, orderBy: { id: "asc" } }),

    /** A consumer's allocations with their provider's uuid and generation. */
    allocationsOfConsumer: (consumerId: string) =>
      db.allocation.findMany({
        where: { consumerId },
        select: { resourceClass: true, used: true, host: { select: { uuid: true, generation: true } } },
        orderBy: { id: "asc" },
      }),

    /** The project and user of a consumer: an instance, or a migration (which holds a move's source allocation). */
    async consumerOwner(consumerId: string): Promise<ConsumerOwner | null> {
      const inst = await db.instance.findUnique({ where: { id: consumerId }, select: { projectId: true, userId: true } });
      if (inst) return inst;
      return db.migration.findUnique({ where: { uuid: consumerId }, select: { projectId: true, userId: true } });
    },

    /** Aggregate uuids of one host (by its service host name), in the order it joined them. */
    async aggregatesOfHost(hostname: string): Promise<string[]> {
      const rows = await db.aggregateHost.findMany({
        where: { host: hostname },
        select: { aggregate: { select: { uuid: true } } },
        orderBy: [{ createdAt: "asc" }, { aggregateId: "asc" }],
      });
      return rows.map((r) => r.aggregate.uuid);
    },

    /** Which hosts (service host names) are in which of the aggregates `uuids`. */
    async aggregateMembers(uuids: string[]): Promise<{ host: string; uuid: string }[]> {
      const rows = await inChunks(uuids, (chunk) =>
        db.aggregateHost.findMany({ where: { aggregate: { uuid: { in: chunk } } }, select: { host: true, aggregate: { select: { uuid: true } } } }),
      );
      return rows.map((r) => ({ host: r.host, uuid: r.aggregate.uuid }));
    },

    /**
     * Usage of a project's (or a project user's) consumers by resource
     * class, and how many consumers hold it: Placement's consumers carry
     * the project and user of the instance, or of the migration holding a
     * move's allocation. One statement each; Prisma has no subquery filter
     * for a table without a relation, so they are written in SQL (the
     * quoted identifiers are Prisma's table and column names on both
     * databases).
     */
    async projectUsage(projectId: string, userId?: string): Promise<{ byClass: Map<string, number>; consumers: number }> {
      const rows =
        userId === undefined
          ? await db.$queryRaw<{ rc: string; used: bigint | number | string }[]>`
              SELECT a."resourceClass" AS rc, SUM(a."used") AS used FROM "Allocation" a
              WHERE a."consumerId" IN (SELECT i."id" FROM "Instance" i WHERE i."projectId" = ${projectId})
                 OR a."consumerId" IN (SELECT m."uuid" FROM "Migration" m WHERE m."projectId" = ${projectId})
              GROUP BY a."resourceClass" ORDER BY a."resourceClass"`
          : await db.$queryRaw<{ rc: string; used: bigint | number | string }[]>`
              SELECT a."resourceClass" AS rc, SUM(a."used") AS used FROM "Allocation" a
              WHERE a."consumerId" IN (SELECT i."id" FROM "Instance" i WHERE i."projectId" = ${projectId} AND i."userId" = ${userId})
                 OR a."consumerId" IN (SELECT m."uuid" FROM "Migration" m WHERE m."projectId" = ${projectId} AND m."userId" = ${userId})
              GROUP BY a."resourceClass" ORDER BY a."resourceClass"`;
      const counted =
        userId === undefined
          ? await db.$queryRaw<{ n: bigint | number | string }[]>`
              SELECT COUNT(DISTINCT a."consumerId") AS n FROM "Allocation" a
              WHERE a."consumerId" IN (SELECT i."id" FROM "Instance" i WHERE i."projectId" = ${projectId})
                 OR a."consumerId" IN (SELECT m."uuid" FROM "Migration" m WHERE m."projectId" = ${projectId})`
          : await db.$queryRaw<{ n: bigint | number | string }[]>`
              SELECT COUNT(DISTINCT a."consumerId") AS n FROM "Allocation" a
              WHERE a."consumerId" IN (SELECT i."id" FROM "Instance" i WHERE i."projectId" = ${projectId} AND i."userId" = ${userId})
                 OR a."consumerId" IN (SELECT m."uuid" FROM "Migration" m WHERE m."projectId" = ${projectId} AND m."userId" = ${userId})`;
      return {
        byClass: new Map(rows.map((r) => [r.rc, Number(r.used)])),
        consumers: Number(counted[0]?.n ?? 0),
      };
    },
  };
}

export type PlacementRepo = ReturnType<typeof placementRepo>;
