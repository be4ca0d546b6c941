import crypto from "node:crypto";
import type { Database, Tx } from "../client.js";

/** Data access for quota limits (Nova's quotas, project_user_quotas, quota_classes) and usage counts. */
const limitSel = { resource: true, hardLimit: true } as const;

const toMap = (rows: { resource: string; hardLimit: number }[]) => new Map(rows.map((r) => [r.resource, r.hardLimit]));

export function quotasRepo(db: Tx) {
  return {
    projectLimits: async (projectId: string) => toMap(await db.quotaLimit.findMany({ where: { projectId }, select: limitSel })),

    userLimits: async (projectId: string, userId: string) =>
      toMap(await db.quotaUserLimit.findMany({ where: { projectId, userId }, select: limitSel })),

    /** Every per-user limit in a project (to work out what is left to give out). */
    allUserLimits: (projectId: string) =>
      db.quotaUserLimit.findMany({ where: { projectId }, select: { userId: true, resource: true, hardLimit: true } }),

    classLimits: async (className: string) => toMap(await db.quotaClassLimit.findMany({ where: { className }, select: limitSel })),

    setProjectLimit: (projectId: string, resource: string, hardLimit: number) =>
      db.quotaLimit.upsert({
        where: { projectId_resource: { projectId, resource } },
        create: { projectId, resource, hardLimit },
        update: { hardLimit },
        select: limitSel,
      }),

    setUserLimit: (projectId: string, userId: string, resource: string, hardLimit: number) =>
      db.quotaUserLimit.upsert({
        where: { projectId_userId_resource: { projectId, userId, resource } },
        create: { projectId, userId, resource, hardLimit },
        update: { hardLimit },
        select: limitSel,
      }),

    setClassLimit: (className: string, resource: string, hardLimit: number) =>
      db.quotaClassLimit.upsert({
        where: { className_resource: { className, resource } },
        create: { className, resource, hardLimit },
        update: { hardLimit },
        select: limitSel,
      }),

    /** Nova's destroy_all_by_project: the project's limits and all its per-user limits. */
    deleteProjectLimits: async (projectId: string) => {
      await db.quotaLimit.deleteMany({ where: { projectId } });
      await db.quotaUserLimit.deleteMany({ where: { projectId } });
    },

    deleteUserLimits: (projectId: string, userId: string) => db.quotaUserLimit.deleteMany({ where: { projectId, userId } }),

    /**
     * Live instances of a project (or of one user in it): count, vCPUs and RAM,
     * in one query. Soft-deleted ones do not count, as in Nova's
     * InstanceList._get_counts_in_db.
     */
    instanceUsage: async (projectId: string, userId?: string) => {
      const r = await db.instance.aggregate({
        where: { projectId, deletedAt: null, vmState: { not: "soft-delete" }, ...(userId ? { userId } : {}) },
        _count: { _all: true },
        _sum: { vcpus: true, memoryMb: true },
      });
      return { instances: r._count._all, cores: r._sum.vcpus ?? 0, ram: r._sum.memoryMb ?? 0 };
    },

    keypairCount: (userId: string) => db.keypair.count({ where: { userId } }),

    /** Server groups of a project (or of one user in it), as Nova's InstanceGroupList.get_counts. */
    serverGroupCount: (projectId: string, userId?: string) => db.serverGroup.count({ where: { projectId, ...(userId ? { userId } : {}) } }),

    /** Serialise quota checks on `key` until the surrounding PostgreSQL transaction ends. */
    advisoryXactLock: async (key: string) => {
      const id = crypto.createHash("sha256").update(key).digest().readBigInt64BE(0);
      await db.$executeRaw`SELECT pg_advisory_xact_lock(${id})`;
    },
  };
}

/**
 * Run `fn` in an interactive transaction that holds a lock named `key`. On
 * PostgreSQL that is a transaction-scoped advisory lock, so two API replicas
 * on one database serialise too; SQLite runs one write transaction at a time.
 */
export async function withLock<T>(db: Database, key: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.prisma.$transaction(
    async (tx) => {
      if (db.provider === "postgresql") await quotasRepo(tx).advisoryXactLock(key);
      return fn(tx);
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}
