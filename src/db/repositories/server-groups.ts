import type { Tx } from "../client.js";
import { inChunks } from "./bounded.js";

/**
 * Data access for server groups (Nova's api_models.InstanceGroup, its policy
 * row and InstanceGroupMember). The policy and its rules live on the group
 * row; members are instance uuids, kept until the instance is deleted.
 */
export const serverGroupSelect = {
  id: true,
  uuid: true,
  name: true,
  projectId: true,
  userId: true,
  policy: true,
  rules: true,
  createdAt: true,
} as const;

export type ServerGroupRow = {
  id: number;
  uuid: string;
  name: string;
  projectId: string;
  userId: string;
  policy: string;
  /** JSON object (Nova's InstanceGroupPolicy.rules). */
  rules: string;
  createdAt: Date;
};

/** An instance as it counts for a group: alive (not deleted), its owner and where it runs. */
const liveInstance = { deletedAt: null } as const;

export function serverGroupsRepo(db: Tx) {
  /** Which of `uuids` are instances not deleted (Nova's _get_not_deleted), with their user, host and vm_state. */
  const liveInstances = (uuids: string[]) =>
    inChunks(uuids, (chunk) =>
      db.instance.findMany({ where: { id: { in: chunk }, ...liveInstance }, select: { id: true, userId: true, host: true, vmState: true } }),
    );

  return {
    create: (data: { uuid: string; name: string; projectId: string; userId: string; policy: string; rules: string; createdAt: Date }) =>
      db.serverGroup.create({ data, select: serverGroupSelect }),

    /** The group by uuid; only within `projectId` unless it is null (Nova's admin context sees every project's). */
    find: (uuid: string, projectId: string | null): Promise<ServerGroupRow | null> =>
      db.serverGroup.findFirst({ where: { uuid, ...(projectId !== null ? { projectId } : {}) }, select: serverGroupSelect }),

    /** Groups of a project (or of all, with null) in creation order, `offset` rows skipped, at most `limit`. */
    list: (projectId: string | null, page: { offset: number; limit: number }): Promise<ServerGroupRow[]> =>
      db.serverGroup.findMany({
        where: projectId !== null ? { projectId } : {},
        orderBy: { id: "asc" },
        skip: page.offset,
        take: page.limit,
        select: serverGroupSelect,
      }),

    /** Number of rows deleted (0 or 1); the members go with the group. */
    delete: async (id: number) => {
      await db.serverGroupMember.deleteMany({ where: { groupId: id } });
      return (await db.serverGroup.deleteMany({ where: { id } })).count;
    },

    /** Member uuids of each group whose instances are not deleted, in the order they joined. */
    async liveMembers(groupIds: number[]): Promise<Map<number, string[]>> {
      const rows = await inChunks(groupIds, (chunk) =>
        db.serverGroupMember.findMany({
          where: { groupId: { in: chunk } },
          orderBy: [{ createdAt: "asc" }, { instanceUuid: "asc" }],
          select: { groupId: true, instanceUuid: true },
        }),
      );
      const alive = new Set((await liveInstances(rows.map((r) => r.instanceUuid))).map((i) => i.id));
      const out = new Map<number, string[]>(groupIds.map((id) => [id, []]));
      for (const r of rows) if (alive.has(r.instanceUuid)) out.get(r.groupId)!.push(r.instanceUuid);
      return out;
    },

    /** The live members of a group: instance, owner, host and vm_state. */
    async memberInstances(groupId: number) {
      const rows = await db.serverGroupMember.findMany({ where: { groupId }, select: { instanceUuid: true } });
      return liveInstances(rows.map((r) => r.instanceUuid));
    },

    addMembers: async (groupId: number, instanceUuids: string[], now: Date) => {
      await db.serverGroupMember.createMany({ data: instanceUuids.map((instanceUuid) => ({ groupId, instanceUuid, createdAt: now })) });
    },

    /** The group each instance is a member of (Nova's get_by_instance_uuid: the first membership), limited to `projectId` unless null. */
    async groupsOf(instanceUuids: string[], projectId: string | null): Promise<Map<string, ServerGroupRow>> {
      const rows = await inChunks(instanceUuids, (chunk) =>
        db.serverGroupMember.findMany({
          where: { instanceUuid: { in: chunk } },
          orderBy: [{ createdAt: "asc" }, { groupId: "asc" }],
          select: { instanceUuid: true, group: { select: serverGroupSelect } },
        }),
      );
      const out = new Map<string, ServerGroupRow>();
      const seen = new Set<string>();
      for (const r of rows) {
        if (seen.has(r.instanceUuid)) continue;
        seen.add(r.instanceUuid);
        // Another project's group is not found for a non-admin: no group shown.
        if (projectId === null || r.group.projectId === projectId) out.set(r.instanceUuid, r.group);
      }
      return out;
    },

    /** Drop the memberships of deleted instances. */
    removeInstances: async (instanceUuids: string[]) => {
      await inChunks(instanceUuids, async (chunk) => {
        await db.serverGroupMember.deleteMany({ where: { instanceUuid: { in: chunk } } });
        return [];
      });
    },
  };
}
