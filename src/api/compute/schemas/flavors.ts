import { z } from "zod";
import { pyRepr } from "../../../python-literals.js";
import { versioned } from "../../../http/versioned.js";
import { SORT_KEYS } from "../../../compute/flavors.js";
import { name } from "./parameter-types.js";

/**
 * Request and response schemas of the flavor APIs (nova/api/openstack/compute/schemas/
 * flavors.py, flavors_extraspecs.py, flavor_access.py).
 *
 * Several of Nova's flavor fields accept more than one JSON type and check strings and
 * numbers differently (`'ram': {'type': ['integer', 'string'], 'pattern': '^[0-9]+$',
 * 'minimum': 1}`, with Nova converting numeric strings before min/max). `jsonValue`
 * reproduces those keyword checks, in jsonschema's order, with its messages.
 */

type JsonType = "string" | "integer" | "number" | "boolean" | "null" | "object" | "array";

interface Keywords {
  type: JsonType[];
  enum?: readonly unknown[];
  minLength?: number;
  maxLength?: number;
  /** Python source of the pattern (printed in the message) and its JS equivalent. */
  pattern?: { py: string; js: RegExp };
  exclusiveMinimum?: number;
  minimum?: number;
  maximum?: number;
  /** Nova's minimum/maximum also apply to numeric strings (validators._SchemaValidator). */
  numericStrings?: boolean;
}

function isType(v: unknown, t: JsonType): boolean {
  switch (t) {
    case "string":
      return typeof v === "string";
    case "integer":
      return typeof v === "number" && Number.isInteger(v);
    case "number":
      return typeof v === "number";
    case "boolean":
      return typeof v === "boolean";
    case "null":
      return v === null;
    case "array":
      return Array.isArray(v);
    case "object":
      return typeof v === "object" && v !== null && !Array.isArray(v);
  }
}

/** Python's int()/float() of a string, as Nova's _number_from_str; null when not a number. */
function numberFromStr(s: string): number | null {
  const t = s.trim();
  if (/^[+-]?(\d+(_\d+)*)$/.test(t)) return Number(t.replace(/_/g, ""));
  if (/^[+-]?((\d+\.?\d*)|(\.\d+))([eE][+-]?\d+)?$/.test(t) || /^[+-]?(inf|infinity|nan)$/i.test(t)) return Number(t.replace(/inf(inity)?/i, "Infinity"));
  return null;
}

/** Python's repr of a schema bound (3.40282e+38 prints the same in both). */
const pyNum = (n: number) => String(n);

/** The first jsonschema message for `v` under `k`, or null when valid. */
export function checkKeywords(v: unknown, k: Keywords): string | null {
  if (!k.type.some((t) => isType(v, t))) return `${pyRepr(v)} is not of type ${k.type.map((t) => pyRepr(t)).join(", ")}`;
  if (k.enum && !k.enum.some((e) => e === v)) return `${pyRepr(v)} is not one of ${pyRepr(k.enum)}`;
  if (typeof v === "string") {
    if (k.minLength !== undefined && [...v].length < k.minLength) return `${pyRepr(v)} is too short`;
    if (k.maxLength !== undefined && [...v].length > k.maxLength) return `${pyRepr(v)} is too long`;
    if (k.pattern && !k.pattern.js.test(v)) return `${pyRepr(v)} does not match ${pyRepr(k.pattern.py)}`;
  }
  const n = typeof v === "number" ? v : typeof v === "string" && k.numericStrings ? numberFromStr(v) : null;
  if (n !== null && typeof v === "number" && k.exclusiveMinimum !== undefined && n <= k.exclusiveMinimum) {
    return `${pyRepr(n)} is less than or equal to the minimum of ${pyNum(k.exclusiveMinimum)}`;
  }
  if (n !== null && k.minimum !== undefined && n < k.minimum) return `${pyRepr(n)} is less than the minimum of ${pyNum(k.minimum)}`;
  if (n !== null && k.maximum !== undefined && n > k.maximum) return `${pyRepr(n)} is greater than the maximum of ${pyNum(k.maximum)}`;
  return null;
}

/** The JSON Schema of `k`, for the OpenAPI document. */
function jsonSchemaOf(k: Keywords): Record<string, unknown> {
  const s: Record<string, unknown> = { type: k.type.length === 1 ? k.type[0] : k.type };
  if (k.enum) s.enum = k.enum;
  if (k.minLength !== undefined) s.minLength = k.minLength;
  if (k.maxLength !== undefined) s.maxLength = k.maxLength;
  if (k.pattern) s.pattern = k.pattern.js.source;
  if (k.exclusiveMinimum !== undefined) s.exclusiveMinimum = k.exclusiveMinimum;
  if (k.minimum !== undefined) s.minimum = k.minimum;
  if (k.maximum !== undefined) s.maximum = k.maximum;
  return s;
}

/** A value checked like Nova's jsonschema keywords `k`; a missing value is "'x' is a required property". */
export function jsonValue<T>(k: Keywords) {
  return z
    .custom<T>()
    .superRefine((v, ctx) => {
      if (v === undefined) {
        ctx.addIssue({ code: "invalid_type", expected: k.type[0] === "integer" ? "int" : k.type[0]!, input: v } as never);
        return;
      }
      const message = checkKeywords(v, k);
      if (message) ctx.addIssue({ code: "custom", message, input: v });
    })
    .meta(jsonSchemaOf(k));
}

// ---------------------------------------------------------------- parameter types
const MAX_INT = 0x7fffffff;
/** parameter_types.flavor_param_positive / _non_negative (volume_size). */
const flavorParam = (minimum: number) =>
  jsonValue<number | string>({ type: ["integer", "string"], pattern: { py: "^[0-9]+$", js: /^[0-9]+$/ }, minimum, maximum: MAX_INT, numericStrings: true });

/** parameter_types.boolean */
export const BOOLEAN_VALUES = [
  true, "True", "TRUE", "true", "1", "ON", "On", "on", "YES", "Yes", "yes",
  false, "False", "FALSE", "false", "0", "OFF", "Off", "off", "NO", "No", "no",
] as const;
const booleanParam = jsonValue<boolean | string>({ type: ["boolean", "string"], enum: BOOLEAN_VALUES });
/** oslo's bool_from_string(strict=True) over the accepted values. */
export const toBool = (v: boolean | string) => v === true || (typeof v === "string" && ["true", "1", "on", "yes"].includes(v.toLowerCase()));

// Printable characters of the Basic Multilingual Plane (Nova builds its ranges over U+0000..U+FFFE).
const PRINTABLE = "[^\\p{C}\\p{Zl}\\p{Zp}\\u{10000}-\\u{10FFFF}]";
/** 2.55's description: up to 65535 printable characters, or null. */
const description = jsonValue<string | null>({
  type: ["string", "null"],
  minLength: 0,
  maxLength: 65535,
  pattern: { py: "^[<printable characters>]*$", js: new RegExp(`^${PRINTABLE}*$`, "u") },
});

const flavorIdParam = jsonValue<string | number | null>({
  type: ["string", "number", "null"],
  minLength: 1,
  maxLength: 255,
  pattern: { py: "^(?! )[a-zA-Z0-9. _-]+(?<! )$", js: /^(?! )[a-zA-Z0-9. _-]+(?<! )$/ },
});

const rxtxFactor = jsonValue<number | string>({
  type: ["number", "string"],
  pattern: { py: "^[0-9]+(\\.[0-9]+)?$", js: /^[0-9]+(\.[0-9]+)?$/ },
  exclusiveMinimum: 0,
  maximum: 3.40282e38,
  numericStrings: true,
});

// ---------------------------------------------------------------- POST/PUT /flavors
const flavorCreateFields = {
  name,
  id: flavorIdParam.optional(),
  ram: flavorParam(1),
  vcpus: flavorParam(1),
  disk: flavorParam(0),
  "OS-FLV-EXT-DATA:ephemeral": flavorParam(0).optional(),
  swap: flavorParam(0).optional(),
  rxtx_factor: rxtxFactor.optional(),
  "os-flavor-access:is_public": booleanParam.optional(),
};
export const createFlavorV21 = z.strictObject({ flavor: z.strictObject(flavorCreateFields) });
export const createFlavorV255 = z.strictObject({
  flavor: z.strictObject({ ...flavorCreateFields, description: description.optional() }),
});
/** 2.102 drops rxtx_factor (no longer accepted: additionalProperties). */
const { rxtx_factor: _rxtx, ...flavorCreateFieldsV2102 } = flavorCreateFields;
export const createFlavorV2102 = z.strictObject({
  flavor: z.strictObject({ ...flavorCreateFieldsV2102, description: description.optional() }),
});
export const createFlavorBody = versioned<z.output<typeof createFlavorV255>>([
  { from: "2.1", schema: createFlavorV21 },
  { from: "2.55", schema: createFlavorV255 },
  { from: "2.102", schema: createFlavorV2102 },
]);
export type CreateFlavorBody = z.output<typeof createFlavorV255>;

export const updateFlavorBody = z.strictObject({ flavor: z.strictObject({ description }) });

// ---------------------------------------------------------------- GET /flavors query
/** parameter_types.multi_params: a query parameter may repeat; each value is checked. */
function multi(k: Keywords) {
  return z
    .custom<string | string[]>()
    .superRefine((v, ctx) => {
      const values = Array.isArray(v) ? v : [v];
      values.forEach((x, i) => {
        const message = checkKeywords(x, k);
        if (message) ctx.addIssue({ code: "custom", message, input: x, path: Array.isArray(v) ? [i] : [] });
      });
    })
    .meta({ anyOf: [jsonSchemaOf(k), { type: "array", items: jsonSchemaOf(k) }] })
    .optional();
}
const STRING: Keywords = { type: ["string"] };
const listQueryFields = {
  limit: multi({ type: ["integer", "string"], pattern: { py: "^[0-9]*$", js: /^[0-9]*$/ }, minimum: 0, minLength: 1, numericStrings: true }),
  marker: multi(STRING),
  is_public: multi(STRING),
  minRam: multi(STRING),
  minDisk: multi(STRING),
  sort_key: multi({ type: ["string"], enum: SORT_KEYS }),
  sort_dir: multi({ type: ["string"], enum: ["asc", "desc"] }),
};
/** Before 2.75 unknown parameters are ignored. */
export const listQuery = z.looseObject(listQueryFields);
/** From 2.75 they are an error. */
export const listQueryV275 = z.strictObject(listQueryFields);
/** 2.102: a `name` filter (a regular expression, as Nova's database query takes it); rxtx_factor is no sort key. */
export const listQueryV2102 = z.strictObject({
  ...listQueryFields,
  name: multi(STRING),
  sort_key: multi({ type: ["string"], enum: SORT_KEYS.filter((k) => k !== "rxtx_factor") }),
});
/** GET /flavors/{id} and the sub-resources take no parameters (others ignored). */
export const anyQuery = z.looseObject({});

export const flavorIdParams = z.object({ flavor_id: z.string() });
export const extraSpecParams = z.object({ flavor_id: z.string(), key: z.string() });

// ---------------------------------------------------------------- extra specs
const SPEC_KEY = { py: "^[a-zA-Z0-9-_:. ]{1,255}$", js: /^[a-zA-Z0-9\-_:. ]{1,255}$/ };
const specValue: Keywords = { type: ["string", "number"], maxLength: 255 };

/**
 * Nova's flavor metadata: patternProperties on the key, values strings or numbers
 * of at most 255 characters, additionalProperties false; `count` bounds the number
 * of keys (PUT takes exactly one).
 */
function extraSpecs(count?: { min: number; max: number }) {
  return z
    .custom<Record<string, string | number>>()
    .superRefine((v, ctx) => {
      if (v === undefined) {
        ctx.addIssue({ code: "invalid_type", expected: "object", input: v } as never);
        return;
      }
      const typeMessage = checkKeywords(v, { type: ["object"] });
      if (typeMessage) {
        ctx.addIssue({ code: "custom", message: typeMessage, input: v });
        return;
      }
      const obj = v as Record<string, unknown>;
      for (const [key, value] of Object.entries(obj)) {
        if (!SPEC_KEY.js.test(key)) continue;
        const message = checkKeywords(value, specValue);
        if (message) {
          ctx.addIssue({ code: "custom", message, input: value, path: [key] });
          return;
        }
      }
      const extras = Object.keys(obj).filter((key) => !SPEC_KEY.js.test(key)).sort();
      if (extras.length > 0) {
        const message = `${extras.map((e) => pyRepr(e)).join(", ")} ${extras.length === 1 ? "does" : "do"} not match any of the regexes: ${pyRepr(SPEC_KEY.py)}`;
        ctx.addIssue({ code: "custom", message, input: v });
        return;
      }
      const n = Object.keys(obj).length;
      if (count && n < count.min) ctx.addIssue({ code: "custom", message: `${pyRepr(v)} does not have enough properties`, input: v });
      else if (count && n > count.max) ctx.addIssue({ code: "custom", message: `${pyRepr(v)} has too many properties`, input: v });
    })
    .meta({
      type: "object",
      patternProperties: { [SPEC_KEY.js.source]: { type: ["string", "number"], maxLength: 255 } },
      additionalProperties: false,
      ...(count ? { minProperties: count.min, maxProperties: count.max } : {}),
    });
}
export const createExtraSpecsBody = z.strictObject({ extra_specs: extraSpecs() });
export const updateExtraSpecBody = extraSpecs({ min: 1, max: 1 });

// ---------------------------------------------------------------- flavor access
const tenant = z.strictObject({
  tenant: jsonValue<string>({ type: ["string"], minLength: 1, maxLength: 255 }),
});
export const addTenantAccessBody = z.strictObject({ addTenantAccess: tenant });
export const removeTenantAccessBody = z.strictObject({ removeTenantAccess: tenant });
/** POST /flavors/{id}/action: one action key; the handler dispatches and checks it. */
export const flavorActionBody = z
  .looseObject({ addTenantAccess: tenant.optional(), removeTenantAccess: tenant.optional() })
  .meta({ description: "Exactly one of addTenantAccess or removeTenantAccess." });

// ---------------------------------------------------------------- responses
const link = z.object({ rel: z.string(), href: z.string() });
export const flavorBrief = z.object({
  id: z.string(),
  name: z.string(),
  links: z.array(link),
  description: z.string().nullable().optional().describe("From 2.55."),
});
export const flavorDetail = z.object({
  id: z.string(),
  name: z.string(),
  ram: z.number().int(),
  disk: z.number().int(),
  swap: z.union([z.number().int(), z.literal("")]).describe('"" when 0 before 2.75'),
  "OS-FLV-EXT-DATA:ephemeral": z.number().int(),
  "OS-FLV-DISABLED:disabled": z.boolean().optional().describe("Until 2.101."),
  vcpus: z.number().int(),
  "os-flavor-access:is_public": z.boolean(),
  rxtx_factor: z.union([z.number(), z.literal("")]).optional().describe("Until 2.101."),
  links: z.array(link),
  description: z.string().nullable().optional().describe("From 2.55."),
  extra_specs: z.record(z.string(), z.string()).optional().describe("From 2.61, when the caller may read extra specs."),
});
export const flavorsLinks = z.array(link).optional();
export const flavorListResponse = z.object({ flavors: z.array(flavorBrief), flavors_links: flavorsLinks });
export const flavorDetailListResponse = z.object({ flavors: z.array(flavorDetail), flavors_links: flavorsLinks });
export const flavorResponse = z.object({ flavor: flavorDetail });
export const extraSpecsResponse = z.object({ extra_specs: z.record(z.string(), z.string()) });
/** POST echoes the request, numbers included. */
export const extraSpecsEchoResponse = z.object({ extra_specs: z.record(z.string(), z.union([z.string(), z.number()])) });
export const extraSpecResponse = z.record(z.string(), z.union([z.string(), z.number()]));
export const flavorAccessResponse = z.object({
  flavor_access: z.array(z.object({ flavor_id: z.string(), tenant_id: z.string() })),
});
