import type { ApiVersion } from "../../../http/microversion.js";
import { QUOTA_RESOURCES, type Details, type Limits, type QuotaResource } from "../../../compute/quotas.js";
import { FILTERED_V236, FILTERED_V257 } from "../schemas/quotas.js";

/** Quota-set and quota-class-set bodies (nova/api/openstack/compute/quota_sets.py, quota_classes.py). */

/** Resources a quota set leaves out at `v`. */
export function filteredQuotas(v: ApiVersion): readonly QuotaResource[] {
  if (v.atLeast("2.57")) return FILTERED_V257;
  if (v.atLeast("2.36")) return FILTERED_V236;
  return [];
}

/** Resources a quota class set leaves out at `v`: network ones from 2.50, and server groups before 2.50 (bug 1693168). */
export function filteredClassQuotas(v: ApiVersion): readonly QuotaResource[] {
  if (v.atLeast("2.57")) return FILTERED_V257;
  if (v.atLeast("2.50")) return FILTERED_V236;
  return ["server_groups", "server_group_members"];
}

function pick<T>(values: Record<QuotaResource, T>, drop: readonly QuotaResource[]): Partial<Record<QuotaResource, T>> {
  const out: Partial<Record<QuotaResource, T>> = {};
  for (const r of QUOTA_RESOURCES) if (!drop.includes(r)) out[r] = values[r];
  return out;
}

export const quotaSet = (id: string, limits: Limits, v: ApiVersion) => ({
  quota_set: { id, ...pick(limits, filteredQuotas(v)) },
});

export const quotaSetUpdated = (limits: Limits, v: ApiVersion) => ({ quota_set: pick(limits, filteredQuotas(v)) });

/** The detailed set: `reserved` is always 0 since Nova stopped reserving. */
export function quotaSetDetail(id: string, details: Details, v: ApiVersion) {
  const withReserved = Object.fromEntries(
    QUOTA_RESOURCES.map((r) => [r, { in_use: details[r].in_use, limit: details[r].limit, reserved: 0 }]),
  ) as Record<QuotaResource, { in_use: number; limit: number; reserved: number }>;
  return { quota_set: { id, ...pick(withReserved, filteredQuotas(v)) } };
}

export const quotaClassSet = (id: string, limits: Limits, v: ApiVersion) => ({
  quota_class_set: { id, ...pick(limits, filteredClassQuotas(v)) },
});

export const quotaClassSetUpdated = (limits: Limits, v: ApiVersion) => ({
  quota_class_set: pick(limits, filteredClassQuotas(v)),
});
