import type { Db } from "../client.js";

/**
 * Counts for /metrics, each one grouped query: what the simulated cloud
 * holds at the moment of a scrape.
 */
export function statsRepo(db: Db) {
  return {
    /** Live (not deleted) instances per vm_state. */
    async instancesByVmState(): Promise<Map<string, number>> {
      const rows = await db.instance.groupBy({ by: ["vmState"], where: { deletedAt: null }, _count: { _all: true } });
      return new Map(rows.map((r) => [r.vmState, r._count._all]));
    },

    /**
     * Instances with work the worker takes now: builds waiting for the
     * scheduler, deletes, and tasks whose step is due (what its poll reads,
     * src/db/repositories/instances.ts `pending`, counted instead of read).
     */
    workQueueDepth: (now: Date): Promise<number> =>
      db.instance.count({
        where: {
          deletedAt: null,
          OR: [{ vmState: "building", taskState: "scheduling" }, { taskState: "deleting" }, { taskDueAt: { lte: now }, taskState: { not: null } }],
        },
      }),

    /** Live instances with a task in progress (task_state set). */
    tasksInProgress: (): Promise<number> => db.instance.count({ where: { deletedAt: null, taskState: { not: null } } }),
  };
}
