import { z } from "zod";
import { versioned } from "../../../http/versioned.js";
import { QUOTA_RESOURCES, type QuotaResource } from "../../../compute/quotas.js";
import { pyRepr } from "../../../python-literals.js";
import { boolean } from "./parameter-types.js";

/**
 * Schemas of /os-quota-sets, /os-quota-class-sets and /limits
 * (nova/api/openstack/compute/schemas/{quota_sets,quota_classes,limits}.py).
 */

/** Resources hidden from 2.36 (nova-network proxies) and, in addition, from 2.57 (personality files). */
export const FILTERED_V236: readonly QuotaResource[] = ["fixed_ips", "floating_ips", "security_group_rules", "security_groups"];
export const FILTERED_V257: readonly QuotaResource[] = [
  ...FILTERED_V236,
  "injected_files",
  "injected_file_content_bytes",
  "injected_file_path_bytes",
];

const MAX_INT = 0x7fffffff;
/**
 * _common_quota: an integer or a string of digits, from -1 (unlimited) to
 * 2^31-1, failing with jsonschema's messages (type, then pattern, then range;
 * the range applies to integers only, as in jsonschema).
 */
const quotaValue = z.unknown().transform((v, ctx): number => {
  const fail = (message: string) => {
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  };
  if (typeof v === "number" && Number.isInteger(v)) {
    if (v < -1) return fail(`${v} is less than the minimum of -1`);
    if (v > MAX_INT) return fail(`${v} is greater than the maximum of ${MAX_INT}`);
    return v;
  }
  if (typeof v === "string") {
    if (!/^-?[0-9]+$/.test(v)) return fail(`${pyRepr(v)} does not match '^-?[0-9]+$'`);
    return Number(v);
  }
  return fail(`${pyRepr(v)} is not of type 'integer', 'string'`);
});

const resourceFields = (resources: readonly QuotaResource[]) =>
  Object.fromEntries(resources.map((r) => [r, quotaValue.optional()])) as Record<QuotaResource, z.ZodOptional<typeof quotaValue>>;

const without = (drop: readonly QuotaResource[]) => QUOTA_RESOURCES.filter((r) => !drop.includes(r));

export type QuotaValues = Partial<Record<QuotaResource, number>>;

const updateSet = (resources: readonly QuotaResource[]) =>
  z.strictObject({ quota_set: z.strictObject({ ...resourceFields(resources), force: boolean.optional() }) });

export const updateBody = versioned<{ quota_set: QuotaValues & { force?: boolean } }>([
  { from: "2.1", schema: updateSet(QUOTA_RESOURCES) },
  { from: "2.36", schema: updateSet(without(FILTERED_V236)) },
  { from: "2.57", schema: updateSet(without(FILTERED_V257)) },
]);

const classSet = (resources: readonly QuotaResource[]) => z.strictObject({ quota_class_set: z.strictObject(resourceFields(resources)) });
export const classUpdateBody = versioned<{ quota_class_set: QuotaValues }>([
  { from: "2.1", schema: classSet(QUOTA_RESOURCES) },
  { from: "2.50", schema: classSet(without(FILTERED_V236)) },
  { from: "2.57", schema: classSet(without(FILTERED_V257)) },
]);

const doc = (resources: readonly QuotaResource[]) =>
  Object.fromEntries(resources.map((r) => [r, z.unknown().optional()]));
export const updateBodyDoc = z.looseObject({
  quota_set: z.looseObject({ ...doc(QUOTA_RESOURCES), force: z.unknown().optional().describe("Skip the usage check.") }),
});
export const classUpdateBodyDoc = z.looseObject({ quota_class_set: z.looseObject(doc(QUOTA_RESOURCES)) });

/** `?user_id` of the quota-set routes; other parameters are rejected from 2.75. */
const multi = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]);
export const userQuery = versioned<{ user_id?: string | string[] }>([
  { from: "2.1", schema: z.looseObject({ user_id: multi(z.string()).optional() }) },
  { from: "2.75", schema: z.strictObject({ user_id: multi(z.string()).optional() }) },
]);
export const userQueryDoc = z.looseObject({ user_id: z.unknown().optional().describe("A user of the project (per-user quotas).") });

export const limitsQuery = versioned<{ tenant_id?: string | string[] }>([
  { from: "2.1", schema: z.looseObject({ tenant_id: multi(z.string()).optional() }) },
  { from: "2.75", schema: z.strictObject({ tenant_id: multi(z.string()).optional() }) },
]);
export const limitsQueryDoc = z.looseObject({ tenant_id: z.unknown().optional().describe("Another project (admins).") });

export const projectParams = z.object({ project_id: z.string() });
export const classParams = z.object({ id: z.string() });

const limit = z.number().int().min(-1);
const detail = z.object({ in_use: z.number().int(), limit, reserved: z.number().int() });
/** Every resource optional: which ones appear depends on the microversion (views/quotas.ts). */
const limitsShape = Object.fromEntries(QUOTA_RESOURCES.map((r) => [r, limit.optional()])) as Record<QuotaResource, z.ZodOptional<typeof limit>>;
const detailShape = Object.fromEntries(QUOTA_RESOURCES.map((r) => [r, detail.optional()])) as Record<QuotaResource, z.ZodOptional<typeof detail>>;

export const quotaSetResponse = z.object({ quota_set: z.object({ id: z.string(), ...limitsShape }) });
export const quotaSetUpdateResponse = z.object({ quota_set: z.object(limitsShape) });
export const quotaSetDetailResponse = z.object({ quota_set: z.object({ id: z.string(), ...detailShape }) });
export const quotaClassResponse = z.object({ quota_class_set: z.object({ id: z.string(), ...limitsShape }) });
export const quotaClassUpdateResponse = z.object({ quota_class_set: z.object(limitsShape) });

const absoluteNames = [
  "maxImageMeta",
  "maxPersonality",
  "maxPersonalitySize",
  "maxSecurityGroups",
  "maxSecurityGroupRules",
  "maxServerMeta",
  "maxServerGroups",
  "maxServerGroupMembers",
  "maxTotalCores",
  "maxTotalFloatingIps",
  "maxTotalInstances",
  "maxTotalKeypairs",
  "maxTotalRAMSize",
  "totalCoresUsed",
  "totalFloatingIpsUsed",
  "totalInstancesUsed",
  "totalRAMUsed",
  "totalSecurityGroupsUsed",
  "totalServerGroupsUsed",
] as const;
export const limitsResponse = z.object({
  limits: z.object({
    rate: z.array(z.never()).max(0),
    absolute: z.object(Object.fromEntries(absoluteNames.map((n) => [n, z.number().int().optional()])) as Record<(typeof absoluteNames)[number], z.ZodOptional<z.ZodNumber>>),
  }),
});
