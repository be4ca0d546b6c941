import crypto from "node:crypto";
import type { Database, Tx } from "../db/client.js";
import { serverGroupsRepo, type ServerGroupRow } from "../db/repositories/server-groups.js";
import { Invalid } from "../errors.js";
import type { AuthContext } from "../identity/types.js";
import type { RequestSpec } from "../scheduler/index.js";
import { InstanceGroupNotFound } from "./errors.js";
import { enforceServerGroupMemberQuota, enforceServerGroupQuota, withProjectLock } from "./quotas.js";

/**
 * Server groups (nova/objects/instance_group.py, the os-server-groups API's
 * domain): a named policy that the scheduler applies to its members, the
 * servers booted with the `group` scheduler hint. A group belongs to a
 * project; only admins (Nova's admin context) see other projects' groups.
 */

export const POLICIES = ["affinity", "anti-affinity", "soft-affinity", "soft-anti-affinity"] as const;
export type ServerGroupPolicy = (typeof POLICIES)[number];

/** Nova's InstanceGroup.rules: only max_server_per_host, an integer. */
export interface ServerGroupRules {
  max_server_per_host?: number;
}

export interface ServerGroup {
  id: number;
  uuid: string;
  name: string;
  projectId: string;
  userId: string;
  policy: string;
  rules: ServerGroupRules;
  /** Uuids of the members that are not deleted. */
  members: string[];
}

/** What the scheduler reads of a server group (src/scheduler/types.ts ServerGroupSpec). */
export type ServerGroupSpec = NonNullable<RequestSpec["group"]>;

/** Who looks: a non-admin sees its project's groups only. */
type Viewer = Pick<AuthContext, "projectId" | "isAdmin">;
const scopeOf = (v: Viewer): string | null => (v.isAdmin ? null : (v.projectId ?? ""));

/** Rules as stored (JSON, values as Nova's DictOfStrings keeps them), typed as Nova's `rules` property. */
function rulesOf(json: string): ServerGroupRules {
  let raw: Record<string, unknown> = {};
  try {
    raw = JSON.parse(json) as Record<string, unknown>;
  } catch {
    // Not JSON: no rules.
  }
  return raw.max_server_per_host !== undefined ? { max_server_per_host: Math.trunc(Number(raw.max_server_per_host)) } : {};
}

const groupOf = (row: ServerGroupRow, members: string[] = []): ServerGroup => ({
  id: row.id,
  uuid: row.uuid,
  name: row.name,
  projectId: row.projectId,
  userId: row.userId,
  policy: row.policy,
  rules: rulesOf(row.rules),
  members,
});

export interface CreateServerGroup {
  projectId: string;
  userId: string;
  name: string;
  policy: ServerGroupPolicy;
  rules: ServerGroupRules;
  now: Date;
}

/** Nova's ServerGroupController.create after validation and policy: the server_groups quota, the rules check, the row. */
export async function createServerGroup(db: Database, req: CreateServerGroup): Promise<ServerGroup> {
  return withProjectLock(db, req.projectId, async (tx) => {
    await enforceServerGroupQuota(tx, req.projectId, req.userId);
    if (req.policy !== "anti-affinity" && Object.keys(req.rules).length > 0) {
      throw new Invalid("Only anti-affinity policy supports rules.");
    }
    const row = await serverGroupsRepo(tx).create({
      uuid: crypto.randomUUID(),
      name: req.name,
      projectId: req.projectId,
      userId: req.userId,
      policy: req.policy,
      rules: JSON.stringify(req.rules),
      createdAt: req.now,
    });
    return groupOf(row);
  });
}

/** The group if the viewer may see it (else Nova's 404), with its live members when asked. */
export async function getServerGroup(db: Tx, viewer: Viewer, uuid: string, opts: { members?: boolean } = {}): Promise<ServerGroup> {
  const repo = serverGroupsRepo(db);
  const row = await repo.find(uuid, scopeOf(viewer));
  if (!row) throw new InstanceGroupNotFound(uuid);
  if (!opts.members) return groupOf(row);
  return groupOf(row, (await repo.liveMembers([row.id])).get(row.id) ?? []);
}

export async function deleteServerGroup(db: Tx, group: Pick<ServerGroup, "id" | "uuid">): Promise<void> {
  if ((await serverGroupsRepo(db).delete(group.id)) === 0) throw new InstanceGroupNotFound(group.uuid);
}

/**
 * GET /os-server-groups: the viewer's project's groups, or every project's
 * (`allProjects`, for admins), `offset` skipped, at most `limit`; members of
 * the page fetched at once.
 */
export async function listServerGroups(db: Tx, viewer: Viewer, page: { allProjects: boolean; offset: number; limit: number }): Promise<ServerGroup[]> {
  const repo = serverGroupsRepo(db);
  const rows = await repo.list(page.allProjects ? null : (viewer.projectId ?? ""), page);
  const members = await repo.liveMembers(rows.map((r) => r.id));
  return rows.map((r) => groupOf(r, members.get(r.id)));
}

// ---------------------------------------------------------------- servers in groups

/**
 * The group a server create names with the `group` scheduler hint (Nova's
 * _get_requested_instance_group): none without the hint; one the caller
 * cannot see is Nova's InstanceGroupNotFound, which the servers API answers 400.
 */
export async function requestedServerGroup(db: Tx, viewer: Viewer, hints: Record<string, unknown>): Promise<ServerGroup | null> {
  // The schema takes a uuid or a list of uuids; Nova looks the value up as given, so a list works when it holds one.
  const hint = Array.isArray(hints.group) ? hints.group[0] : hints.group;
  if (!hint) return null;
  const row = await serverGroupsRepo(db).find(String(hint), scopeOf(viewer));
  if (!row) throw new Invalid(new InstanceGroupNotFound(String(hint)).message);
  return groupOf(row);
}

/**
 * New servers join their group (InstanceGroup.add_members) once the
 * server_group_members quota admits them: call it in the transaction, under
 * the project's quota lock, that creates them.
 */
export async function joinServerGroup(tx: Tx, group: Pick<ServerGroup, "id" | "uuid">, owner: { projectId: string; userId: string }, instanceUuids: string[], now: Date) {
  const repo = serverGroupsRepo(tx);
  // Deleted since the request looked it up: as if it had never been found.
  if (!(await repo.find(group.uuid, null))) throw new Invalid(new InstanceGroupNotFound(group.uuid).message);
  await enforceServerGroupMemberQuota(tx, { ...owner, groupId: group.id, adding: instanceUuids.length });
  await repo.addMembers(group.id, instanceUuids, now);
}

/** Deleted servers leave their groups. */
export const removeServerGroupMembers = (db: Tx, instanceUuids: string[]) => serverGroupsRepo(db).removeInstances(instanceUuids);

/**
 * The group uuid of each server, for the server view's `server_groups`
 * (2.71): Nova's get_by_instance_uuid, which a non-admin finds only in its
 * own project. One query for all of them.
 */
export async function serverGroupsOfServers(db: Tx, viewer: Viewer, instanceUuids: string[]): Promise<Map<string, string[]>> {
  if (instanceUuids.length === 0) return new Map();
  const groups = await serverGroupsRepo(db).groupsOf(instanceUuids, scopeOf(viewer));
  return new Map([...groups].map(([id, g]) => [id, [g.uuid]]));
}

/**
 * What the scheduler is told of the instance's server group (Nova's
 * RequestSpec.instance_group with its hosts): the policy, the rules and how
 * many of the other live members run on each host. Null when the instance is
 * in no group.
 */
export async function serverGroupSpecOf(db: Tx, instanceUuid: string): Promise<ServerGroupSpec | null> {
  const repo = serverGroupsRepo(db);
  const row = (await repo.groupsOf([instanceUuid], null)).get(instanceUuid);
  if (!row) return null;
  const hostCounts: Record<string, number> = {};
  for (const m of await repo.memberInstances(row.id)) {
    if (m.id === instanceUuid || !m.host) continue;
    hostCounts[m.host] = (hostCounts[m.host] ?? 0) + 1;
  }
  return { uuid: row.uuid, policy: row.policy, rules: rulesOf(row.rules), hostCounts };
}

/** The os-server-groups operations, with the database bound at start. */
export function serverGroupService(deps: { db: Database }) {
  const db = deps.db;
  return {
    create: (req: CreateServerGroup) => createServerGroup(db, req),
    get: (viewer: Viewer, uuid: string, opts: { members?: boolean } = {}) => getServerGroup(db.prisma, viewer, uuid, opts),
    delete: (group: Pick<ServerGroup, "id" | "uuid">) => deleteServerGroup(db.prisma, group),
    list: (viewer: Viewer, page: { allProjects: boolean; offset: number; limit: number }) => listServerGroups(db.prisma, viewer, page),
  };
}

export type ServerGroupService = ReturnType<typeof serverGroupService>;
