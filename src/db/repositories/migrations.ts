import type { Prisma } from "../generated/sqlite/client.js";
import type { Tx } from "../client.js";
import type { HostForMove, MigrationFilter, MigrationRecord } from "../../compute/migration-record.js";
import { inChunks } from "./bounded.js";

/** Data access for Nova's migration records, and the allocation moves a migration makes. */

export const migrationSelect = {
  id: true,
  uuid: true,
  instanceUuid: true,
  migrationType: true,
  status: true,
  sourceCompute: true,
  sourceNode: true,
  destCompute: true,
  destNode: true,
  destHost: true,
  oldInstanceTypeId: true,
  newInstanceTypeId: true,
  userId: true,
  projectId: true,
  hidden: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.MigrationSelect;

export type MigrationRow = MigrationRecord;
export type { MigrationFilter, HostForMove };

export type MigrationCreate = Omit<MigrationRow, "id" | "hidden" | "updatedAt">;

/** A compute host as a migration needs it (name, node, AZ, address, service state). */
export const hostForMoveSelect = {
  id: true,
  hostname: true,
  hypervisorHostname: true,
  availabilityZone: true,
  hostIp: true,
  serviceUp: true,
  forcedDown: true,
  serviceDisabled: true,
} as const satisfies Prisma.HostSelect;

function where(f: MigrationFilter): Prisma.MigrationWhereInput {
  const w: Prisma.MigrationWhereInput = {};
  if (f.instanceUuid !== undefined) w.instanceUuid = f.instanceUuid;
  if (f.status !== undefined) w.status = f.status;
  if (f.migrationType !== undefined) w.migrationType = f.migrationType;
  if (f.sourceCompute !== undefined) w.sourceCompute = f.sourceCompute;
  if (f.hidden !== undefined) w.hidden = f.hidden;
  if (f.userId !== undefined) w.userId = f.userId;
  if (f.projectId !== undefined) w.projectId = f.projectId;
  if (f.host !== undefined) w.OR = [{ sourceCompute: f.host }, { destCompute: f.host }];
  if (f.changesSince || f.changesBefore) {
    // Nova compares updated_at (created_at when never updated).
    const range = { ...(f.changesSince ? { gte: f.changesSince } : {}), ...(f.changesBefore ? { lte: f.changesBefore } : {}) };
    w.AND = [{ OR: [{ updatedAt: range }, { updatedAt: null, createdAt: range }] }];
  }
  return w;
}

export function migrationsRepo(db: Tx) {
  return {
    create: (m: MigrationCreate) => db.migration.create({ data: { ...m, updatedAt: null }, select: migrationSelect }) as Promise<MigrationRow>,

    byUuid: (uuid: string) => db.migration.findUnique({ where: { uuid }, select: migrationSelect }) as Promise<MigrationRow | null>,

    byId: (id: number) => db.migration.findUnique({ where: { id }, select: migrationSelect }) as Promise<MigrationRow | null>,

    /** The instance's latest migration with `status` (Nova's get_by_instance_and_status). */
    latestWithStatus: (instanceUuid: string, status: string) =>
      db.migration.findFirst({ where: { instanceUuid, status }, orderBy: { id: "desc" }, select: migrationSelect }) as Promise<MigrationRow | null>,

    /** Resizes and migrations whose confirm window has passed (status finished, updated before `before`). */
    finishedBefore: (before: Date) =>
      db.migration.findMany({
        where: { status: "finished", migrationType: { in: ["resize", "migration"] }, updatedAt: { lte: before } },
        orderBy: { id: "asc" },
        take: 100,
        select: migrationSelect,
      }) as Promise<MigrationRow[]>,

    /** Compare-and-set of the status; true when this call changed it. */
    async setStatus(id: number, from: string | string[] | null, to: string, at: Date, extra: Prisma.MigrationUncheckedUpdateManyInput = {}): Promise<boolean> {
      const r = await db.migration.updateMany({
        where: { id, ...(from === null ? {} : { status: Array.isArray(from) ? { in: from } : from }) },
        data: { ...extra, status: to, updatedAt: at },
      });
      return r.count === 1;
    },

    /** Migrations sorted newest first (Nova's created_at desc, id desc), after `markerId` when given. */
    list: (f: MigrationFilter, page: { limit?: number; marker?: MigrationRow } = {}) => {
      const w = where(f);
      if (page.marker) {
        const m = page.marker;
        w.AND = [...((w.AND as Prisma.MigrationWhereInput[]) ?? []), { OR: [{ createdAt: { lt: m.createdAt } }, { createdAt: m.createdAt, id: { lt: m.id } }] }];
      }
      return db.migration.findMany({
        where: w,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...(page.limit !== undefined ? { take: page.limit } : {}),
        select: migrationSelect,
      }) as Promise<MigrationRow[]>;
    },

    findHost: (hostname: string) => db.host.findUnique({ where: { hostname }, select: hostForMoveSelect }) as Promise<HostForMove | null>,

    /** Internal flavor ids (Nova's instance_type_id) of wire flavor ids. */
    async flavorRowIds(flavorIds: string[]): Promise<Map<string, number>> {
      const rows = await inChunks(flavorIds, (chunk) => db.flavor.findMany({ where: { flavorId: { in: chunk } }, select: { id: true, flavorId: true } }));
      return new Map(rows.map((r) => [r.flavorId, r.id]));
    },

    /**
     * Hand every allocation of `from` to consumer `to` (Placement's move of the
     * instance's source allocation to the migration, and back on revert). Usage
     * does not change, so no capacity check is needed.
     */
    moveAllocations: (from: string, to: string) => db.allocation.updateMany({ where: { consumerId: from }, data: { consumerId: to } }),

    /** Hosts a consumer holds allocations on. */
    async allocationHosts(consumerId: string): Promise<number[]> {
      const rows = await db.allocation.findMany({ where: { consumerId }, distinct: ["hostId"], select: { hostId: true } });
      return rows.map((r) => r.hostId);
    },
  };
}

export type MigrationsRepo = ReturnType<typeof migrationsRepo>;
