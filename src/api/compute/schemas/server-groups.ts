import { z } from "zod";
import { versioned } from "../../../http/versioned.js";
import { pyRepr } from "../../../python-literals.js";
import { name, positiveInteger } from "./parameter-types.js";

/** Request and response schemas of /os-server-groups (nova/api/openstack/compute/schemas/server_groups.py). */

/**
 * An object checked in jsonschema's order: its present properties first, then
 * `required` (in its order), then additionalProperties: Nova reports the first
 * failure, and zod's strictObject would report a missing member or an
 * unexpected key before a bad value.
 */
function novaObject<S extends Record<string, z.ZodType>>(shape: S, required: readonly (keyof S & string)[]) {
  const optional = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v.optional()])) as { [K in keyof S]: z.ZodOptional<S[K]> };
  return z.looseObject(optional).superRefine((o, ctx) => {
    const value = o as Record<string, unknown>;
    const missing = required.find((k) => value[k] === undefined);
    if (missing) {
      ctx.addIssue({ code: "invalid_type", expected: "object", path: [missing], input: undefined });
      return;
    }
    const extra = Object.keys(value).filter((k) => !Object.hasOwn(shape, k));
    if (extra.length) ctx.addIssue({ code: "unrecognized_keys", keys: extra, path: [], input: o });
  });
}

/**
 * `policies` before 2.64: a list of exactly one policy. Checked as jsonschema
 * walks Nova's schema (type, items[0] type and enum, uniqueItems, minItems,
 * maxItems), so that the first failure is the one Nova names.
 */
const policiesOf = (allowed: readonly string[]) =>
  z.array(z.unknown()).superRefine((list, ctx) => {
    const first = list[0];
    if (list.length > 0 && typeof first !== "string") {
      ctx.addIssue({ code: "invalid_type", expected: "string", path: [0], input: first });
    } else if (list.length > 0 && !allowed.includes(first as string)) {
      ctx.addIssue({ code: "invalid_value", values: [...allowed], path: [0], input: first });
    } else if (new Set(list.map((x) => JSON.stringify(x))).size !== list.length) {
      ctx.addIssue({ code: "custom", message: `${pyRepr(list)} has non-unique elements`, input: list });
    } else if (list.length < 1) {
      ctx.addIssue({ code: "too_small", origin: "array", minimum: 1, inclusive: true, input: list });
    } else if (list.length > 1) {
      ctx.addIssue({ code: "too_big", origin: "array", maximum: 1, inclusive: true, input: list });
    }
  }) as unknown as z.ZodType<string[]>;

const HARD = ["anti-affinity", "affinity"] as const;
const ALL = ["anti-affinity", "affinity", "soft-anti-affinity", "soft-affinity"] as const;

const create21 = novaObject({ server_group: novaObject({ name, policies: policiesOf(HARD) }, ["name", "policies"]) }, ["server_group"]);
const create215 = novaObject({ server_group: novaObject({ name, policies: policiesOf(ALL) }, ["name", "policies"]) }, ["server_group"]);
const rules = novaObject({ max_server_per_host: positiveInteger }, []);
const create264 = novaObject(
  { server_group: novaObject({ name, policy: z.enum(ALL), rules }, ["name", "policy"]) },
  ["server_group"],
);

export interface CreateBody {
  server_group: { name: string; policies?: string[]; policy?: (typeof ALL)[number]; rules?: { max_server_per_host?: number } };
}
export const createBody = versioned<CreateBody>([
  { from: "2.1", schema: create21 },
  { from: "2.15", schema: create215 },
  { from: "2.64", schema: create264 },
]);

/** The body as the route declares it (documentation); the microversion's schema then checks it exactly. */
export const createBodyDoc = z.looseObject({
  server_group: z.looseObject({
    name: z.unknown().describe("1-255 printable characters, no leading or trailing whitespace."),
    policies: z.unknown().optional().describe("Before 2.64: a list of one policy: affinity or anti-affinity (2.15+: also soft-affinity, soft-anti-affinity)."),
    policy: z.unknown().optional().describe("2.64+: affinity, anti-affinity, soft-affinity or soft-anti-affinity."),
    rules: z.unknown().optional().describe("2.64+: {max_server_per_host: n}, for anti-affinity only."),
  }),
});

/** `multi_params`: a query parameter may be repeated. */
const multi = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]);
const nonNegative = z.string().regex(/^[0-9]*$/).min(1);
const indexParams = {
  all_projects: multi(z.string()).optional(),
  limit: multi(nonNegative).optional(),
  offset: multi(nonNegative).optional(),
};
type Multi = string | string[];
/** Query of GET /os-server-groups (index_query, index_query_v275). */
export const indexQuery = versioned<{ all_projects?: Multi; limit?: Multi; offset?: Multi; page_size?: Multi }>([
  { from: "2.1", schema: z.looseObject(indexParams) },
  { from: "2.75", schema: z.strictObject(indexParams) },
]);
export const indexQueryDoc = z.looseObject({
  all_projects: z.unknown().optional().describe("Every project's groups (admins)."),
  limit: z.unknown().optional().describe("At most this many groups (capped at 1000)."),
  offset: z.unknown().optional().describe("Skip this many groups."),
});

export const groupParams = z.object({ server_group_id: z.string() });

const serverGroup = z.object({
  id: z.string(),
  name: z.string(),
  policies: z.array(z.string()).optional().describe("Before 2.64"),
  policy: z.string().optional().describe("2.64+"),
  rules: z.object({ max_server_per_host: z.number().int().optional() }).optional().describe("2.64+"),
  metadata: z.object({}).optional().describe("Before 2.64: always empty"),
  members: z.array(z.string()),
  project_id: z.string().optional().describe("2.13+"),
  user_id: z.string().optional().describe("2.13+"),
});
export const showResponse = z.object({ server_group: serverGroup });
export const indexResponse = z.object({ server_groups: z.array(serverGroup) });
