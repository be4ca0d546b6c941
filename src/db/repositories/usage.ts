import type { Tx } from "../client.js";

/** Data access for Nova's os-simple-tenant-usage: instances active in a time window. */

export const usageInstanceSelect = {
  id: true,
  displayName: true,
  projectId: true,
  flavor: true,
  vcpus: true,
  memoryMb: true,
  rootGb: true,
  ephemeralGb: true,
  vmState: true,
  launchedAt: true,
  terminatedAt: true,
} as const;

export function usageRepo(db: Tx) {
  return {
    /**
     * nova.db instance_get_active_by_window_joined: instances, deleted ones
     * included, not terminated before `begin` and launched before `end`
     * (never-launched ones are left out), ordered by (project_id, uuid) and
     * paged after the marker's place in that order.
     */
    activeInWindow: (opts: {
      begin: Date;
      end: Date;
      projectId?: string;
      limit: number;
      after?: { projectId: string; id: string };
    }) =>
      db.instance.findMany({
        where: {
          AND: [
            { OR: [{ terminatedAt: null }, { terminatedAt: { gt: opts.begin } }] },
            { launchedAt: { lt: opts.end } },
            opts.projectId !== undefined ? { projectId: opts.projectId } : {},
            opts.after
              ? { OR: [{ projectId: { gt: opts.after.projectId } }, { projectId: opts.after.projectId, id: { gt: opts.after.id } }] }
              : {},
          ],
        },
        orderBy: [{ projectId: "asc" }, { id: "asc" }],
        take: opts.limit,
        select: usageInstanceSelect,
      }),
    /** The marker instance, deleted or not (Nova reads it with read_deleted="yes"). */
    findMarker: (id: string) => db.instance.findUnique({ where: { id }, select: { id: true, projectId: true } }),
  };
}

export type UsageInstance = Awaited<ReturnType<ReturnType<typeof usageRepo>["activeInWindow"]>>[number];
