import type { ApiVersion } from "../../http/microversion.js";
import type { CandidateQuery, RequestGroup } from "../../placement/candidates.js";
import { ERROR_CODES, PlacementErrors } from "../../placement/errors.js";
import type { MembershipFilter } from "../../placement/providers.js";
import { pyRepr } from "../../python-literals.js";

/**
 * Placement's query strings: its jsonschema checks of the parameters
 * (placement/schemas/*.py, util.validate_query_params) and its parsers of
 * resources, required, member_of and in_tree (placement/util.py, lib.py),
 * with their messages.
 */

export type Query = Record<string, string | string[] | undefined>;

/** All values of a repeated parameter, in order (webob's req.GET.getall). */
export const allOf = (q: Query, key: string): string[] => {
  const v = q[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};
/** The last value (webob's req.GET[key], and what the schema check sees). */
export const lastOf = (q: Query, key: string): string | undefined => allOf(q, key).at(-1);
/** The first value (what RequestWideParams takes of limit and group_policy). */
const firstOf = (q: Query, key: string): string | undefined => allOf(q, key)[0];

// ---------------------------------------------------------------- the schema check

interface ParamRule {
  format?: "uuid";
  pattern?: string;
  enum?: string[];
  minLength?: number;
  maxLength?: number;
}

export interface QuerySchema {
  properties: Record<string, ParamRule>;
  /** Checked before unexpected parameters (the schemas that list "required" before "additionalProperties"). */
  required?: string[];
  patternProperties?: Record<string, ParamRule>;
}

/** jsonschema's "uuid" format: a UUID written with its four dashes. */
const isDashedUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/** oslo_utils.uuidutils.is_uuid_like: 32 hex digits once urn:, uuid:, braces and dashes are dropped. */
export const isUuidLike = (s: string) => /^[0-9a-f]{32}$/i.test(s.replace(/urn:/g, "").replace(/uuid:/g, "").replace(/^[{}]+|[{}]+$/g, "").replace(/-/g, ""));

function ruleError(value: string, r: ParamRule): string | null {
  if (r.format === "uuid" && !isDashedUuid(value)) return `${pyRepr(value)} is not a 'uuid'`;
  if (r.pattern !== undefined && !new RegExp(r.pattern).test(value)) return `${pyRepr(value)} does not match ${pyRepr(r.pattern)}`;
  if (r.enum && !r.enum.includes(value)) return `${pyRepr(value)} is not one of ${pyRepr(r.enum)}`;
  if (r.minLength !== undefined && [...value].length < r.minLength) return `${pyRepr(value)} is too short`;
  if (r.maxLength !== undefined && [...value].length > r.maxLength) return `${pyRepr(value)} is too long`;
  return null;
}

/**
 * jsonschema.validate of dict(req.GET) (the last value of each key) with
 * additionalProperties false, reporting the error jsonschema's best_match
 * picks: a missing or unexpected parameter before a bad value.
 */
export function validateQuery(q: Query, schema: QuerySchema): void {
  const fail = (msg: string) => PlacementErrors.badRequest(`Invalid query string parameters: ${msg}`);
  const keys = Object.keys(q);
  for (const r of schema.required ?? []) if (!keys.includes(r)) throw fail(`${pyRepr(r)} is a required property`);
  const patterns = Object.keys(schema.patternProperties ?? {});
  const extras = keys.filter((k) => !(k in schema.properties) && !patterns.some((p) => new RegExp(p).test(k))).sort();
  if (extras.length) {
    const joined = extras.map((e) => pyRepr(e)).join(", ");
    throw fail(
      patterns.length
        ? `${joined} ${extras.length === 1 ? "does" : "do"} not match any of the regexes: ${[...patterns].sort().map((p) => pyRepr(p)).join(", ")}`
        : `Additional properties are not allowed (${joined} ${extras.length === 1 ? "was" : "were"} unexpected)`,
    );
  }
  for (const [k, rule] of Object.entries(schema.properties)) {
    const v = lastOf(q, k);
    const e = v === undefined ? null : ruleError(v, rule);
    if (e) throw fail(e);
  }
  for (const [p, rule] of Object.entries(schema.patternProperties ?? {})) {
    for (const k of keys.filter((key) => new RegExp(p).test(key))) {
      const e = ruleError(lastOf(q, k)!, rule);
      if (e) throw fail(e);
    }
  }
}

/** GET /resource_providers (placement/schemas/resource_provider.py GET_RPS_SCHEMA_*). */
export function providerListSchema(v: ApiVersion): QuerySchema {
  const properties: Record<string, ParamRule> = { name: {}, uuid: { format: "uuid" } };
  if (v.atLeast("1.3")) properties.member_of = {};
  if (v.atLeast("1.4")) properties.resources = {};
  if (v.atLeast("1.14")) properties.in_tree = { format: "uuid" };
  if (v.atLeast("1.18")) properties.required = {};
  return { properties };
}

/** GET /usages (placement/schemas/usage.py). */
export function usagesSchema(v: ApiVersion): QuerySchema {
  const id = { minLength: 1, maxLength: 255 };
  const properties: Record<string, ParamRule> = { project_id: id, user_id: id };
  if (v.atLeast("1.38")) properties.consumer_type = { pattern: "^[A-Z0-9_]+$|^all|^unknown$", minLength: 1, maxLength: 255 };
  return { properties, required: ["project_id"] };
}

/** GET /traits (placement/schemas/trait.py LIST_TRAIT_SCHEMA). */
export const traitListSchema: QuerySchema = { properties: { name: {}, associated: {} } };

/** GET /allocation_candidates (placement/schemas/allocation_candidate.py GET_SCHEMA_*). */
export function candidatesSchema(v: ApiVersion): QuerySchema {
  const properties: Record<string, ParamRule> = {};
  const limit = { pattern: "^[1-9][0-9]*$", minLength: 1 };
  if (!v.atLeast("1.25")) {
    properties.resources = {};
    if (v.atLeast("1.16")) properties.limit = limit;
    if (v.atLeast("1.17")) properties.required = {};
    if (v.atLeast("1.21")) properties.member_of = {};
    return { properties, required: ["resources"] };
  }
  properties.limit = limit;
  properties.group_policy = { enum: ["none", "isolate"] };
  if (v.atLeast("1.35")) properties.root_required = {};
  if (v.atLeast("1.36")) properties.same_subtree = {};
  const suffix = v.atLeast("1.33") ? "[a-zA-Z0-9_-]{1,64}" : "[1-9][0-9]*";
  const kinds = v.atLeast("1.31") ? ["resources", "required", "member_of", "in_tree"] : ["resources", "required", "member_of"];
  return { properties, patternProperties: Object.fromEntries(kinds.map((k) => [`^${k}(${suffix})?$`, {}])) };
}

// ---------------------------------------------------------------- parameter parsers (placement/util.py)

const RESOURCES_FORM = "Expected resources query string parameter in form: ?resources=VCPU:2,MEMORY_MB:1024.";

/** Python's int() of a string, or null where it raises ValueError. */
const pyInt = (s: string): number | null => (/^\s*[+-]?\d+(_\d+)*\s*$/.test(s) ? Number(s.replace(/_/g, "")) : null);

/** util.normalize_resources_qs_param: "VCPU:2,MEMORY_MB:1024" -> amounts by class. */
export function parseResources(qs: string): Record<string, number> {
  if (qs.trim() === "") throw PlacementErrors.badRequest(`Badly formed resources parameter. ${RESOURCES_FORM} Got: empty string.`);
  const out: Record<string, number> = {};
  for (const rt of qs.split(",")) {
    const parts = rt.split(":");
    if (parts.length !== 2) throw PlacementErrors.badRequest(`Badly formed resources parameter. ${RESOURCES_FORM} Got: ${rt}.`);
    const [rc, raw] = parts as [string, string];
    const amount = pyInt(raw);
    if (amount === null) throw PlacementErrors.badRequest(`Requested resource ${rc} expected positive integer amount. Got: ${raw}.`);
    if (amount < 1) throw PlacementErrors.badRequest(`Requested resource ${rc} requires amount >= 1. Got: ${amount}.`);
    out[rc] = amount;
  }
  return out;
}

const qsError = (msg: string) => PlacementErrors.badRequest(`Invalid query string parameters: ${msg}`);

/** util.normalize_traits_qs_param: one value of required[<S>]. */
export function parseTraits(val: string, allowForbidden: boolean, allowAnyTraits: boolean): MembershipFilter {
  if (val.startsWith("in:")) {
    if (!allowAnyTraits) throw qsError(`The format 'in:HW_CPU_X86_VMX,CUSTOM_MAGIC' only supported since microversion 1.39. Got: ${val}`);
    const anyTraits = new Set(val.slice(3).split(",").map((t) => t.trim()));
    if ([...anyTraits].some((t) => !t)) {
      throw qsError(`Expected 'required' parameter value of the form: in:HW_CPU_X86_VMX,CUSTOM_MAGIC. Got an empty trait in: ${val}`);
    }
    if ([...anyTraits].some((t) => t.startsWith("!"))) {
      throw qsError(`The format 'in:HW_CPU_X86_VMX,CUSTOM_MAGIC' does not support forbidden traits. Got: ${val}`);
    }
    return { required: [anyTraits], forbidden: new Set() };
  }
  const all = val.split(",").map((t) => t.trim());
  // As Placement, any number of leading "!" mark a trait forbidden.
  const forbidden = new Set(all.filter((t) => t.startsWith("!")).map((t) => t.replace(/^!+/, "")));
  if ([...forbidden, ...all].some((t) => !t)) {
    const form = allowForbidden ? "HW_CPU_X86_VMX,!CUSTOM_MAGIC" : "HW_CPU_X86_VMX,CUSTOM_MAGIC";
    throw qsError(`Expected 'required' parameter value of the form: ${form}. Got an empty trait in: ${val}`);
  }
  if (forbidden.size && !allowForbidden) {
    throw qsError(`Expected 'required' parameter value of the form: HW_CPU_X86_VMX,CUSTOM_MAGIC. Got: ${val}`);
  }
  return { required: all.filter((t) => !t.startsWith("!")).map((t) => new Set([t])), forbidden };
}

/** util.normalize_traits_qs_params: every required<S> (only the last before 1.39). */
export function parseTraitParams(q: Query, v: ApiVersion, suffix = ""): MembershipFilter {
  let values = allOf(q, `required${suffix}`);
  if (!v.atLeast("1.39")) values = values.slice(-1);
  const out: MembershipFilter = { required: [], forbidden: new Set() };
  for (const value of values) {
    const f = parseTraits(value, v.atLeast("1.22"), v.atLeast("1.39"));
    out.required.push(...f.required);
    for (const t of f.forbidden) out.forbidden.add(t);
  }
  return out;
}

/** util.normalize_member_of_qs_param: a uuid, !uuid, in:uuid,uuid or !in:uuid,uuid. */
function parseMemberOf(value: string): { required: Set<string>; forbidden: Set<string> } {
  if (value.includes(",") && !(value.startsWith("in:") || value.startsWith("!in:"))) {
    throw PlacementErrors.badRequest(
      `Multiple values for 'member_of' must be prefixed with the 'in:' or '!in:' keyword using the valid microversion. Got: ${value}`,
    );
  }
  let required = new Set<string>();
  let forbidden = new Set<string>();
  if (value.startsWith("!in:")) forbidden = new Set(value.slice(4).split(","));
  else if (value.startsWith("!")) forbidden = new Set([value.slice(1)]);
  else if (value.startsWith("in:")) required = new Set(value.slice(3).split(","));
  else required = new Set([value]);
  for (const u of [...required, ...forbidden]) {
    if (!isUuidLike(u)) throw qsError(`Expected 'member_of' parameter to contain valid UUID(s). Got: ${u}`);
  }
  return { required, forbidden };
}

/** util.normalize_member_of_qs_params: every member_of<S> (one before 1.24; no "!" before 1.32). */
export function parseMemberOfParams(q: Query, v: ApiVersion, suffix = ""): MembershipFilter {
  const values = allOf(q, `member_of${suffix}`);
  if (!v.atLeast("1.24") && values.length > 1) throw PlacementErrors.badRequest(`Multiple member_of${suffix} parameters are not supported`);
  const out: MembershipFilter = { required: [], forbidden: new Set() };
  for (const value of values) {
    const { required, forbidden } = parseMemberOf(value);
    if (required.size) out.required.push(required);
    if (forbidden.size) {
      if (!v.atLeast("1.32")) {
        throw PlacementErrors.badRequest(`Forbidden member_of${suffix} parameters are not supported in the specified microversion`);
      }
      for (const u of forbidden) out.forbidden.add(u);
    }
  }
  return out;
}

/** util.normalize_in_tree_qs_params */
export function parseInTree(value: string): string {
  const v = value.trim();
  if (!isUuidLike(v)) throw qsError(`Expected 'in_tree' parameter to be a format of uuid. Got: ${value}`);
  return v;
}

// ---------------------------------------------------------------- GET /allocation_candidates (placement/lib.py)

interface ParsedGroup extends RequestGroup {
  useSameProvider: boolean;
}

/** lib.RequestWideParams.from_request plus lib.RequestGroup.dict_from_request, with their checks in their order. */
export function parseCandidateQuery(q: Query, v: ApiVersion): CandidateQuery {
  // Request-wide parameters first.
  const limitRaw = firstOf(q, "limit");
  const limit = limitRaw === undefined ? undefined : pyInt(limitRaw)!;
  const groupPolicy = firstOf(q, "group_policy") as CandidateQuery["groupPolicy"];
  let rootTraits: MembershipFilter | undefined;
  const rootRequired = allOf(q, "root_required");
  if (rootRequired.length) {
    if (rootRequired.length > 1) {
      throw PlacementErrors.badRequest("Query parameter 'root_required' may be specified only once.", ERROR_CODES.duplicateKey);
    }
    // The legacy parser: no any-traits here, even at 1.39.
    const parsed = parseTraits(rootRequired[0]!, true, false);
    const required = new Set(parsed.required.map((s) => [...s][0]!));
    const conflicts = [...parsed.forbidden].filter((t) => required.has(t));
    if (conflicts.length) {
      throw PlacementErrors.badRequest(`Conflicting required and forbidden traits found in root_required: ${conflicts.join(", ")}`, ERROR_CODES.badValue);
    }
    rootTraits = { required: [...required].map((t) => new Set([t])), forbidden: parsed.forbidden };
  }
  const sameSubtrees: Set<string>[] = [];
  for (const val of allOf(q, "same_subtree")) {
    const suffixes = new Set(val.split(",").map((s) => s.trim()));
    if (suffixes.has("")) {
      throw PlacementErrors.badRequest("Empty string (unsuffixed group) can not be specified in `same_subtree` ", ERROR_CODES.badValue);
    }
    sameSubtrees.push(suffixes);
  }

  // The request groups, keyed by suffix in the order their keys first appear.
  const keyPattern = new RegExp(`^(resources|required|member_of|in_tree)(${v.atLeast("1.33") ? "[a-zA-Z0-9_-]{1,64}" : "[1-9][0-9]*"})?$`);
  const groups = new Map<string, ParsedGroup>();
  for (const key of Object.keys(q)) {
    const m = keyPattern.exec(key);
    if (!m) continue;
    const [, prefix, suffix = ""] = m;
    let g = groups.get(suffix);
    if (!g) groups.set(suffix, (g = { suffix, useSameProvider: suffix !== "", resources: {} }));
    for (const val of allOf(q, key)) {
      if (prefix === "resources") g.resources = parseResources(val);
      else if (prefix === "required") g.traits = parseTraitParams(q, v, suffix);
      else if (prefix === "member_of") g.aggregates = parseMemberOfParams(q, v, suffix);
      else g.inTree = parseInTree(val);
    }
  }
  const bySuffix = [...groups.values()];
  const hasTraits = (g: ParsedGroup) => !!g.traits && (g.traits.required.length > 0 || g.traits.forbidden.size > 0);
  const hasResources = (g: ParsedGroup) => Object.keys(g.resources).length > 0;
  if (v.atLeast("1.36")) {
    const resourceless = bySuffix.filter((g) => !hasResources(g)).map((g) => g.suffix);
    const subtree = new Set(sameSubtrees.flatMap((s) => [...s]));
    if (resourceless.length === bySuffix.length) {
      throw PlacementErrors.badRequest("There must be at least one resources or resources[$S] parameter.", ERROR_CODES.missingValue);
    }
    const bad = resourceless.filter((s) => !subtree.has(s));
    if (bad.length) {
      throw PlacementErrors.badRequest(
        `Resourceless suffixed group request should be specified in \`same_subtree\` query param: bad group(s) - ${pyRepr(bad)}.`,
        ERROR_CODES.badValue,
      );
    }
    const missing = [...subtree].filter((s) => !groups.has(s));
    if (missing.length) {
      throw PlacementErrors.badRequest(
        `Real suffixes should be specified in \`same_subtree\`: ${pyRepr(missing)} not found in ${pyRepr([...groups.keys()])}.`,
        ERROR_CODES.badValue,
      );
    }
  } else {
    const traitOrphans = bySuffix.filter((g) => hasTraits(g) && !hasResources(g)).map((g) => `required${g.suffix}`);
    if (traitOrphans.length) {
      throw PlacementErrors.badRequest(
        `All traits parameters must be associated with resources.  Found the following orphaned traits keys: ${traitOrphans.join(", ")}`,
      );
    }
    const aggOrphans = bySuffix
      .filter((g) => !hasResources(g) && !!g.aggregates && (g.aggregates.required.length > 0 || g.aggregates.forbidden.size > 0))
      .map((g) => `member_of${g.suffix}`);
    if (aggOrphans.length) {
      throw PlacementErrors.badRequest(
        `All member_of parameters must be associated with resources. Found the following orphaned member_of keys: ${aggOrphans.join(", ")}`,
      );
    }
    if (!bySuffix.every(hasResources)) throw PlacementErrors.badRequest("All request groups must specify resources.");
    if (!bySuffix.length) throw PlacementErrors.badRequest("At least one request group (`resources` or `resources{$S}`) is required.");
  }
  if (v.atLeast("1.22")) {
    const conflicting: string[] = [];
    for (const g of bySuffix) {
      for (const anyOf of g.traits?.required ?? []) {
        if ([...anyOf].every((t) => g.traits!.forbidden.has(t))) conflicting.push(`required${g.suffix}: (${[...anyOf].sort().join(", ")})`);
      }
    }
    if (conflicting.length) {
      throw PlacementErrors.badRequest(`Conflicting required and forbidden traits found in the following traits keys: ${conflicting.sort().join(", ")}`);
    }
  }
  if (!groupPolicy && bySuffix.filter((g) => g.useSameProvider).length > 1) {
    throw PlacementErrors.badRequest('The "group_policy" parameter is required when specifying more than one "resources{N}" parameter.');
  }
  return {
    groups: bySuffix.map(({ suffix, resources, traits, aggregates, inTree }) => ({ suffix, resources, traits, aggregates, inTree })),
    limit,
    groupPolicy,
    rootTraits,
  };
}
