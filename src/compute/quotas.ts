import type { Database, Tx } from "../db/client.js";
import { identityRepo } from "../db/repositories/identity.js";
import { quotasRepo, withLock } from "../db/repositories/quotas.js";
import { serverGroupsRepo } from "../db/repositories/server-groups.js";
import { Invalid, Forbidden } from "../errors.js";
import { VM } from "./vm-states.js";

/**
 * Nova's quota engine with the database driver (nova/quota.py DbQuotaDriver):
 * limits come from the project's (or user's) own values, else the `default`
 * quota class, else the configuration defaults below; usage is counted from
 * the live rows, never stored.
 */

/** nova/conf/quota.py defaults; the nova-network ones have no option and are unlimited. */
export const QUOTA_DEFAULTS = {
  cores: 20,
  fixed_ips: -1,
  floating_ips: -1,
  injected_file_content_bytes: 10240,
  injected_file_path_bytes: 255,
  injected_files: 5,
  instances: 10,
  key_pairs: 100,
  metadata_items: 128,
  ram: 51200,
  security_group_rules: -1,
  security_groups: -1,
  server_group_members: 10,
  server_groups: 10,
} as const;

export type QuotaResource = keyof typeof QUOTA_DEFAULTS;
export const QUOTA_RESOURCES = Object.keys(QUOTA_DEFAULTS).sort() as QuotaResource[];
export const isQuotaResource = (k: string): k is QuotaResource => Object.hasOwn(QUOTA_DEFAULTS, k);

export type Limits = Record<QuotaResource, number>;
export interface Detail {
  limit: number;
  in_use: number;
}
export type Details = Record<QuotaResource, Detail>;

/** Resources kept per project even when a user id is given (nova/db/main/api.py PER_PROJECT_QUOTAS). */
const PER_PROJECT: ReadonlySet<string> = new Set(["fixed_ips", "floating_ips", "networks"]);

/** The class whose values stand in for the configuration defaults. */
export const DEFAULT_CLASS = "default";

const unlimited = (v: number) => v <= -1;
const sumQ = (a: number, b: number) => (unlimited(a) || unlimited(b) ? -1 : a + b);
const subQ = (a: number, b: number) => (unlimited(a) || unlimited(b) ? -1 : a - b);

/** Limits of a quota class: its own values over the configuration defaults. */
export async function classQuotas(tx: Tx, className: string): Promise<Limits> {
  const own = await quotasRepo(tx).classLimits(className);
  return Object.fromEntries(QUOTA_RESOURCES.map((r) => [r, own.get(r) ?? QUOTA_DEFAULTS[r]])) as Limits;
}

/** Nova's get_defaults: the `default` class over the configuration defaults. */
export const defaultQuotas = (tx: Tx) => classQuotas(tx, DEFAULT_CLASS);

interface Usage {
  instances: number;
  cores: number;
  ram: number;
}

/**
 * Usage as the quota APIs show it (nova/quota.py _get_usages): instances,
 * cores and ram counted from live instances, server_groups from the groups
 * (the user's, when a user is given); key_pairs and server_group_members are
 * always 0 there (Nova counts them only when it enforces them, per user and
 * per group: see enforceServerGroupMemberQuota); the rest are not countable.
 */
async function usages(tx: Tx, projectId: string, userId?: string): Promise<Partial<Record<QuotaResource, number>>> {
  const repo = quotasRepo(tx);
  const [u, groups]: [Usage, number] = await Promise.all([repo.instanceUsage(projectId, userId), repo.serverGroupCount(projectId, userId)]);
  return { instances: u.instances, cores: u.cores, ram: u.ram, server_groups: groups, key_pairs: 0, server_group_members: 0 };
}

function process(own: Map<string, number>, defaults: Limits, used?: Partial<Record<QuotaResource, number>>): Details {
  return Object.fromEntries(
    QUOTA_RESOURCES.map((r) => [r, { limit: own.get(r) ?? defaults[r], in_use: used?.[r] ?? 0 }]),
  ) as Details;
}

/** A project's limits (and, with `usages`, what it uses). */
export async function projectQuotas(tx: Tx, projectId: string, opts: { usages?: boolean } = {}): Promise<Details> {
  const [own, defaults, used] = await Promise.all([
    quotasRepo(tx).projectLimits(projectId),
    defaultQuotas(tx),
    opts.usages ? usages(tx, projectId) : undefined,
  ]);
  return process(own, defaults, used);
}

/** A user's limits in a project: the user's own values over the project's. */
export async function userQuotas(tx: Tx, projectId: string, userId: string, opts: { usages?: boolean } = {}): Promise<Details> {
  const repo = quotasRepo(tx);
  const [own, project, defaults, used] = await Promise.all([
    repo.userLimits(projectId, userId),
    repo.projectLimits(projectId),
    defaultQuotas(tx),
    opts.usages ? usages(tx, projectId, userId) : undefined,
  ]);
  for (const [k, v] of project) if (!own.has(k)) own.set(k, v);
  return process(own, defaults, used);
}

export const limitsOf = (d: Details): Limits =>
  Object.fromEntries(QUOTA_RESOURCES.map((r) => [r, d[r].limit])) as Limits;

/** Nova's get_settable_quotas: the range each limit may be set to without `force`. */
async function settableQuotas(tx: Tx, projectId: string, userId?: string) {
  const repo = quotasRepo(tx);
  const project = await projectQuotas(tx, projectId, { usages: true });
  // What is left to give out: the project limit less every per-user limit in it.
  const remains = new Map(QUOTA_RESOURCES.map((r) => [r as string, project[r].limit]));
  for (const q of await repo.allUserLimits(projectId)) {
    if (remains.has(q.resource)) remains.set(q.resource, remains.get(q.resource)! - q.hardLimit);
  }
  const out = {} as Record<QuotaResource, { minimum: number; maximum: number }>;
  if (userId) {
    const own = await repo.userLimits(projectId, userId);
    const user = await userQuotas(tx, projectId, userId, { usages: true });
    for (const r of QUOTA_RESOURCES) {
      out[r] = { minimum: user[r].in_use, maximum: sumQ(remains.get(r)!, own.get(r) ?? 0) };
    }
  } else {
    for (const r of QUOTA_RESOURCES) {
      out[r] = { minimum: Math.max(subQ(project[r].limit, remains.get(r)!), project[r].in_use), maximum: -1 };
    }
  }
  return out;
}

function validateLimit(resource: string, limit: number, minimum: number, maximum: number) {
  const inf = (v: number) => (v === -1 ? Infinity : v);
  if (inf(limit) < inf(minimum)) {
    throw new Invalid(
      `Quota limit ${limit} for ${resource} must be greater than or equal to already used and reserved ${minimum}.`,
    );
  }
  if (inf(limit) > inf(maximum)) {
    throw new Invalid(`Quota limit ${limit} for ${resource} must be less than or equal to ${maximum}.`);
  }
}

/**
 * Nova's quota-set update: every value is checked first (unless `force`),
 * then all are written. Returns the limits now in force.
 */
export async function updateQuotas(
  db: Database,
  projectId: string,
  userId: string | undefined,
  values: Partial<Record<QuotaResource, number>>,
  force: boolean,
): Promise<Limits> {
  return withProjectLock(db, projectId, async (tx) => {
    const settable = force ? undefined : await settableQuotas(tx, projectId, userId);
    const valid: [QuotaResource, number][] = [];
    for (const [key, value] of Object.entries(values) as [QuotaResource, number][]) {
      if (settable) validateLimit(key, value, settable[key].minimum, settable[key].maximum);
      valid.push([key, value]);
    }
    const repo = quotasRepo(tx);
    for (const [key, value] of valid) {
      if (userId && !PER_PROJECT.has(key)) await repo.setUserLimit(projectId, userId, key, value);
      else await repo.setProjectLimit(projectId, key, value);
    }
    return limitsOf(userId ? await userQuotas(tx, projectId, userId) : await projectQuotas(tx, projectId));
  });
}

/** Back to the defaults: drop the project's own values (and its users'), or one user's. */
export async function deleteQuotas(tx: Tx, projectId: string, userId?: string): Promise<void> {
  const repo = quotasRepo(tx);
  if (userId) await repo.deleteUserLimits(projectId, userId);
  else await repo.deleteProjectLimits(projectId);
}

export async function updateClassQuotas(tx: Tx, className: string, values: Partial<Record<QuotaResource, number>>): Promise<Limits> {
  const repo = quotasRepo(tx);
  for (const [key, value] of Object.entries(values)) await repo.setClassLimit(className, key, value!);
  return classQuotas(tx, className);
}

/**
 * Run `fn` in one transaction holding the project's quota lock, so that a
 * quota check and the rows it admits are atomic with respect to every other
 * request (and API replica) for that project.
 */
export function withProjectLock<T>(db: Database, projectId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withLock(db, `quota:project:${projectId}`, fn);
}

/** Same, for per-user resources (key pairs). */
export function withUserLock<T>(db: Database, userId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withLock(db, `quota:user:${userId}`, fn);
}

/** The metadata_items limit of a project (server and image metadata). */
export async function metadataItemsLimit(db: Database | Tx, projectId: string): Promise<number> {
  const tx = "prisma" in db ? db.prisma : db;
  return (await projectQuotas(tx, projectId)).metadata_items.limit;
}

export interface ServerQuotaRequest {
  projectId: string;
  userId: string;
  /** Instances asked for (max_count); 0 for a resize, where only cores and ram grow. */
  instances: number;
  /** Total vCPUs and RAM of those instances (or the growth, for a resize). */
  cores: number;
  ramMb: number;
  /** min_count of a multi-create; defaults to `instances`. */
  minInstances?: number;
}

type Res3 = "instances" | "cores" | "ram";

/**
 * Nova's check_num_instances_quota (nova/compute/utils.py): checks the deltas
 * against the project's (and, when the user has own limits, the user's)
 * limits. Throws Forbidden with TooManyInstances' message when even
 * `minInstances` does not fit; otherwise returns how many instances fit
 * (at most `instances`). Call it inside withProjectLock, in the transaction
 * that inserts the instances.
 */
export async function enforceServerQuota(tx: Tx, req: ServerQuotaRequest): Promise<number> {
  const { projectId, userId } = req;
  const max = req.instances;
  const min = req.minInstances ?? max;
  const perCores = max > 0 ? req.cores / max : 0;
  const perRam = max > 0 ? req.ramMb / max : 0;

  const repo = quotasRepo(tx);
  const [project, userOwn] = await Promise.all([projectQuotas(tx, projectId), repo.userLimits(projectId, userId)]);
  const checkUser = ["instances", "cores", "ram"].some((r) => userOwn.has(r));
  const [projectUsed, userUsed, user] = await Promise.all([
    repo.instanceUsage(projectId),
    checkUser ? repo.instanceUsage(projectId, userId) : undefined,
    checkUser ? userQuotas(tx, projectId, userId) : undefined,
  ]);

  const check = (count: number) => {
    const deltas: Partial<Record<Res3, number>> =
      count > 0
        ? { instances: count, cores: count * perCores, ram: count * perRam }
        : Object.fromEntries(([["cores", req.cores], ["ram", req.ramMb]] as const).filter(([, v]) => v > 0));
    const quotas = {} as Record<Res3, number>;
    const used = {} as Record<Res3, number>;
    const overs: Res3[] = [];
    for (const [r, d] of Object.entries(deltas) as [Res3, number][]) {
      // The user's own limit is checked against the user's usage, the project's against the project's.
      const sets: [number, number][] = [[project[r].limit, projectUsed[r]]];
      if (user && userUsed) sets.push([user[r].limit, userUsed[r]]);
      const hit = sets.find(([limit, u]) => limit >= 0 && limit < u + d);
      const [limit, u] = hit ?? sets[0]!;
      quotas[r] = limit;
      used[r] = u;
      if (hit) overs.push(r);
    }
    return { deltas, quotas, used, overs: overs.sort() };
  };

  const first = check(max);
  if (first.overs.length === 0) return max;

  let allowed = Infinity;
  if (max > 0) {
    const headroom = (r: Res3) => (first.quotas[r] < 0 ? Infinity : first.quotas[r] - first.used[r]);
    allowed = headroom("instances");
    if (perCores) allowed = Math.min(allowed, Math.floor(headroom("cores") / perCores));
    if (perRam) allowed = Math.min(allowed, Math.floor(headroom("ram") / perRam));
    if (allowed > 0 && min <= allowed && allowed <= max && check(allowed).overs.length === 0) return allowed;
  }
  const requested: Record<Res3, string> = {
    instances: min === max ? String(max) : `${min}-${max}`,
    cores: String(first.deltas.cores ?? 0),
    ram: String(first.deltas.ram ?? 0),
  };
  const overs = first.overs;
  throw new Forbidden(
    `Quota exceeded for ${overs.join(", ")}: Requested ${overs.map((r) => requested[r]).join(", ")},` +
      ` but already used ${overs.map((r) => first.used[r]).join(", ")} of ${overs.map((r) => first.quotas[r]).join(", ")} ${overs.join(", ")}`,
  );
}

/** Nova's key pair quota check: the user's key pairs against the key_pairs limit. */
export async function enforceKeypairQuota(tx: Tx, projectId: string | null, userId: string): Promise<void> {
  const repo = quotasRepo(tx);
  const count = await repo.keypairCount(userId);
  const limits = projectId ? await userQuotas(tx, projectId, userId) : undefined;
  const limit = limits ? limits.key_pairs.limit : (await defaultQuotas(tx)).key_pairs;
  const projectLimit = projectId ? (await projectQuotas(tx, projectId)).key_pairs.limit : limit;
  if ((limit >= 0 && count + 1 > limit) || (projectLimit >= 0 && count + 1 > projectLimit)) {
    throw new Forbidden("Quota exceeded, too many key pairs.");
  }
}

/** Over a limit that is not unlimited (-1). */
const over = (limit: number, total: number) => limit >= 0 && total > limit;

/**
 * Nova's server group create check (Quotas.check_deltas server_groups +1):
 * the project's groups against the project's limit, the user's against the
 * user's (its own value, else the project's). Call it inside withProjectLock.
 */
export async function enforceServerGroupQuota(tx: Tx, projectId: string, userId: string): Promise<void> {
  const repo = quotasRepo(tx);
  const [project, user, projectUsed, userUsed] = await Promise.all([
    projectQuotas(tx, projectId),
    userQuotas(tx, projectId, userId),
    repo.serverGroupCount(projectId),
    repo.serverGroupCount(projectId, userId),
  ]);
  if (over(project.server_groups.limit, projectUsed + 1) || over(user.server_groups.limit, userUsed + 1)) {
    throw new Forbidden("Quota exceeded, too many server groups.", "OverQuota");
  }
}

/**
 * Nova's server_group_members check at server create (compute API
 * _provision_instances): the caller's members of the group that are not
 * deleted or queued for deletion (soft-deleted), plus those being added,
 * against the user's server_group_members limit. Call it inside
 * withProjectLock, in the transaction that adds the members.
 */
export async function enforceServerGroupMemberQuota(
  tx: Tx,
  req: { projectId: string; userId: string; groupId: number; adding: number },
): Promise<void> {
  const [limits, members] = await Promise.all([
    userQuotas(tx, req.projectId, req.userId),
    serverGroupsRepo(tx).memberInstances(req.groupId),
  ]);
  const used = members.filter((m) => m.userId === req.userId && m.vmState !== VM.SOFT_DELETED).length;
  if (over(limits.server_group_members.limit, used + req.adding)) {
    throw new Forbidden("Quota exceeded, too many servers in group", "OverQuota");
  }
}

/**
 * Nova's verify_project_id: it asks Keystone for the project with the
 * caller's token; only an answer of 404 (which only an admin can get, others
 * get 403 and pass) makes it a 400.
 */
export async function verifyProjectId(tx: Tx, projectId: string, callerIsAdmin: boolean): Promise<void> {
  if (!callerIsAdmin) return;
  if (!(await identityRepo(tx).findProject({ id: projectId }))) {
    throw new Invalid(`Project ID ${projectId} is not a valid project.`);
  }
}

/** Nova's quota-set, quota-class and limits operations, with the database bound at start. */
export function quotaService(deps: { db: Database }) {
  const db = deps.db;
  const tx = db.prisma;
  return {
    classQuotas: (className: string) => classQuotas(tx, className),
    defaultQuotas: () => defaultQuotas(tx),
    projectQuotas: (projectId: string, opts: { usages?: boolean } = {}) => projectQuotas(tx, projectId, opts),
    userQuotas: (projectId: string, userId: string, opts: { usages?: boolean } = {}) => userQuotas(tx, projectId, userId, opts),
    updateQuotas: (projectId: string, userId: string | undefined, values: Partial<Record<QuotaResource, number>>, force: boolean) =>
      updateQuotas(db, projectId, userId, values, force),
    deleteQuotas: (projectId: string, userId?: string) => deleteQuotas(tx, projectId, userId),
    updateClassQuotas: (className: string, values: Partial<Record<QuotaResource, number>>) => updateClassQuotas(tx, className, values),
    verifyProjectId: (projectId: string, callerIsAdmin: boolean) => verifyProjectId(tx, projectId, callerIsAdmin),
  };
}

export type QuotaService = ReturnType<typeof quotaService>;
