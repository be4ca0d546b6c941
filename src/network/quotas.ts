import type { Db } from "../db/client.js";
import { networkRepo } from "../db/repositories/network.js";
import { routerRepo } from "../db/repositories/network-routers.js";
import { floatingIpRepo } from "../db/repositories/floating-ips.js";
import { Invalid } from "../errors.js";
import { owningProject, type Caller } from "./common.js";
import { NeutronErrors } from "./errors.js";

/**
 * Neutron's quota engine (neutron/extensions/quotasv2.py, quotasv2_detail.py,
 * neutron/db/quota/driver_nolock.py), for the resources an ML2 + L3 Neutron
 * registers. Limits are the defaults of neutron/conf/quota.py unless a project
 * has its own row; -1 means unlimited. Usage is counted from the tables (rows
 * whose project_id is the project); RBAC policies and
 * subnet pools are not served here, so they are always at 0.
 * Routers and floating IPs are counted like the core resources.
 */

export const NETWORK_QUOTA_DEFAULTS = {
  floatingip: 50,
  network: 100,
  port: 500,
  rbac_policy: 10,
  router: 10,
  security_group: 10,
  security_group_rule: 100,
  subnet: 100,
  subnetpool: -1,
} as const;

export type QuotaResource = keyof typeof NETWORK_QUOTA_DEFAULTS;
export const QUOTA_RESOURCES = Object.keys(NETWORK_QUOTA_DEFAULTS) as QuotaResource[];
const isResource = (k: string): k is QuotaResource => Object.hasOwn(NETWORK_QUOTA_DEFAULTS, k);

export type QuotaSet = Record<QuotaResource, number>;
export interface QuotaDetail {
  limit: number;
  used: number;
  reserved: number;
}

/** neutron_lib.db.constants.DB_INTEGER_MAX_VALUE: the largest limit accepted. */
const MAX_LIMIT = 2 ** 31 - 1;

export const defaultQuotas = (): QuotaSet => ({ ...NETWORK_QUOTA_DEFAULTS });

export async function projectQuotas(db: Db, projectId: string): Promise<QuotaSet> {
  const q = defaultQuotas();
  for (const r of await networkRepo(db).quotaRows(projectId)) if (isResource(r.resource)) q[r.resource] = r.hardLimit;
  return q;
}

async function usageOf(db: Db, projectId: string): Promise<QuotaSet> {
  const [counted, router, floatingip] = await Promise.all([
    networkRepo(db).usage(projectId),
    routerRepo(db).count(projectId),
    floatingIpRepo(db).count(projectId),
  ]);
  const used = Object.fromEntries(QUOTA_RESOURCES.map((r) => [r, 0])) as QuotaSet;
  return { ...used, ...counted, router, floatingip };
}

/** GET /quotas: every project with a stored limit, its other resources at the default. */
export async function allQuotas(db: Db): Promise<(QuotaSet & { project_id: string; tenant_id: string })[]> {
  const byProject = new Map<string, QuotaSet & { project_id: string; tenant_id: string }>();
  for (const r of await networkRepo(db).quotaRows(null)) {
    let q = byProject.get(r.projectId);
    if (!q) byProject.set(r.projectId, (q = { ...defaultQuotas(), project_id: r.projectId, tenant_id: r.projectId }));
    if (isResource(r.resource)) q[r.resource] = r.hardLimit;
  }
  return [...byProject.values()];
}

/** GET /quotas/{project_id}/details: limit, used and reserved (no reservations are kept: always 0). */
export async function quotaDetails(db: Db, projectId: string): Promise<Record<QuotaResource, QuotaDetail>> {
  const [limits, used] = await Promise.all([projectQuotas(db, projectId), usageOf(db, projectId)]);
  return Object.fromEntries(QUOTA_RESOURCES.map((r) => [r, { limit: limits[r], used: used[r], reserved: 0 }])) as Record<
    QuotaResource,
    QuotaDetail
  >;
}

/** Python's truth value, which is how Neutron reads `check_limit` ("False" is true). */
const pyTruthy = (v: unknown) =>
  !(v === undefined || v === null || v === false || v === 0 || v === "" || (Array.isArray(v) && !v.length) ||
    (typeof v === "object" && !Array.isArray(v) && v !== null && !Object.keys(v).length));

/** Python's %s of a JSON value, for Neutron's messages. */
export function pyStr(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(", ")}]`;
  return `{${Object.entries(v as object).map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`).join(", ")}}`;
}
const pyRepr = (v: unknown) => (typeof v === "string" ? `'${v}'` : pyStr(v));

/** neutron_lib converters.convert_to_int: Python's int() of the value. */
function toInt(v: unknown): number {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number" && Number.isFinite(v)) return Math.trunc(v);
  if (typeof v === "string" && /^\s*[+-]?\d+(_\d+)*\s*$/.test(v)) return Number(v.replace(/_/g, "").trim());
  throw NeutronErrors.invalidInput(`'${pyStr(v)}' is not an integer`);
}

/**
 * Parse the `quota` member of a PUT body as Neutron's controller does: known
 * resources only, each converted to an integer in [-1, 2^31-1]; `force` and
 * `check_limit` are taken out first.
 */
export function parseQuotaUpdate(member: Record<string, unknown>): { limits: Partial<QuotaSet>; checkLimit: boolean } {
  const { force: _force, check_limit, ...rest } = member;
  const unknown = Object.keys(rest).filter((k) => !isResource(k));
  if (unknown.length) throw new Invalid(`Unrecognized attribute(s) '${unknown.join(", ")}'`, "HTTPBadRequest");
  const limits: Partial<QuotaSet> = {};
  for (const [k, raw] of Object.entries(rest) as [QuotaResource, unknown][]) {
    const n = toInt(raw);
    if (n < -1) throw new Invalid(`Invalid input for ${k}. Reason: '${n}' is too small - must be at least '-1'.`, "HTTPBadRequest");
    if (n > MAX_LIMIT) {
      throw new Invalid(`Invalid input for ${k}. Reason: '${n}' is too large - must be no larger than '${MAX_LIMIT}'.`, "HTTPBadRequest");
    }
    limits[k] = n;
  }
  return { limits, checkLimit: pyTruthy(check_limit) };
}

/**
 * PUT /quotas/{project_id}. With `check_limit` (the quota-check-limit
 * extension, opt-in as in Zed) a limit below what the project already uses is
 * refused; -1 (unlimited) is never below.
 */
export async function updateQuotas(db: Db, projectId: string, limits: Partial<QuotaSet>, checkLimit: boolean): Promise<QuotaSet> {
  const repo = networkRepo(db);
  if (checkLimit) {
    const used = await usageOf(db, projectId);
    for (const [r, limit] of Object.entries(limits) as [QuotaResource, number][]) {
      if (limit !== -1 && used[r] > limit) {
        throw new Invalid(
          `Quota limit ${limit} for ${r} must be greater than or equal to already used ${used[r]}`,
          "HTTPBadRequest",
        );
      }
    }
  }
  for (const [r, limit] of Object.entries(limits) as [QuotaResource, number][]) await repo.setQuota(projectId, r, limit);
  return projectQuotas(db, projectId);
}

/** DELETE /quotas/{project_id}: back to the defaults; 404 when nothing was set. */
export async function resetQuotas(db: Db, projectId: string): Promise<void> {
  if ((await networkRepo(db).deleteQuotas(projectId)) < 1) throw NeutronErrors.quotaNotFound(projectId);
}

/**
 * The quota check Neutron's API controller makes before a create
 * (make_reservation): `delta` more of `resource` per owning project must fit
 * under its limit, else 409 OverQuota. A check, not a lock: like Neutron's
 * no-lock driver, two concurrent creates at the edge may both pass.
 */
export async function checkQuota(db: Db, projectId: string, resource: QuotaResource, delta: number): Promise<void> {
  const limit = (await projectQuotas(db, projectId))[resource];
  if (limit < 0) return;
  const used = (await usageOf(db, projectId))[resource];
  if (used + delta > limit) throw NeutronErrors.overQuota([resource]);
}

/** checkQuota for the items of one (possibly bulk) create request, grouped by owning project. */
export async function checkCreateQuota(
  db: Db,
  caller: Caller,
  resource: QuotaResource,
  items: { project_id?: string; tenant_id?: string }[],
): Promise<void> {
  const deltas = new Map<string, number>();
  for (const item of items) {
    const p = owningProject(caller, item);
    deltas.set(p, (deltas.get(p) ?? 0) + 1);
  }
  for (const [projectId, delta] of deltas) await checkQuota(db, projectId, resource, delta);
}
