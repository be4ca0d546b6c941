import { z } from "zod";
import { versioned } from "../../../http/versioned.js";
import { name as nameFormat } from "./parameter-types.js";

/** Request and response schemas of /os-keypairs (nova/api/openstack/compute/schemas/keypairs.py). */

// Nova checks the general `name` format first (so an empty name fails it, with
// its raw InvalidName message), then the length, then the key pair character set.
const PRINTABLE = /^[^\p{C}]+$/u;
const keypairName = (pattern: RegExp) =>
  z
    .string()
    .refine((s) => PRINTABLE.test(s) && s.trim() === s, {
      message: "An invalid 'name' value was provided. The name must be: printable characters. Can not start or end with whitespace.",
      params: { raw: true },
    })
    .pipe(nameFormat.regex(pattern));
const name21 = keypairName(/^[_\- a-zA-Z0-9]+$/);
const name292 = keypairName(/^[_\-@. a-zA-Z0-9]+$/);

const type = z.enum(["ssh", "x509"]);

const create21 = z.strictObject({
  keypair: z.strictObject({ name: name21, public_key: z.string().optional() }),
});
const create22 = z.strictObject({
  keypair: z.strictObject({ name: name21, type: type.optional(), public_key: z.string().optional() }),
});
const create210 = z.strictObject({
  keypair: z.strictObject({
    name: name21,
    type: type.optional(),
    public_key: z.string().optional(),
    user_id: z.string().optional(),
  }),
});
const create292 = z.strictObject({
  keypair: z.strictObject({
    name: name292,
    type: type.optional(),
    public_key: z.string(),
    user_id: z.string().optional(),
  }),
});

export const createBody = versioned<CreateBody>([
  { from: "2.1", schema: create21 },
  { from: "2.2", schema: create22 },
  { from: "2.10", schema: create210 },
  { from: "2.92", schema: create292 },
]);
export interface CreateBody {
  keypair: { name: string; type?: "ssh" | "x509"; public_key?: string; user_id?: string };
}

/**
 * The body as the route declares it (validated first, documented): only its
 * outline; the schema of the request's microversion then checks it exactly.
 */
export const createBodyDoc = z.looseObject({
  keypair: z.looseObject({
    name: z.unknown().describe("1-255 of [a-zA-Z0-9 _-] (2.92+: also @ and .)"),
    public_key: z.unknown().optional().describe("Import this public key; required from 2.92 (no generation)."),
    type: z.unknown().optional().describe("ssh or x509 (2.2+)"),
    user_id: z.unknown().optional().describe("Owner, for admins (2.10+)"),
  }),
});

/** `multi_params`: a query parameter may be repeated. */
const multi = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]);
const nonNegative = z.string().regex(/^[0-9]*$/).min(1);

const userIdParam = { user_id: multi(z.string()).optional() };
const pageParams = { limit: multi(nonNegative).optional(), marker: multi(z.string()).optional() };

/** Query of GET /os-keypairs per microversion (index_query_v20 … v275). */
export const indexQuery = versioned<{ user_id?: string | string[]; limit?: string | string[]; marker?: string | string[] }>([
  { from: "2.1", schema: z.looseObject({}) },
  { from: "2.10", schema: z.looseObject(userIdParam) },
  { from: "2.35", schema: z.looseObject({ ...userIdParam, ...pageParams }) },
  { from: "2.75", schema: z.strictObject({ ...userIdParam, ...pageParams }) },
]);
/** Query of GET and DELETE /os-keypairs/{name}. */
export const showQuery = versioned<{ user_id?: string | string[] }>([
  { from: "2.1", schema: z.looseObject({}) },
  { from: "2.10", schema: z.looseObject(userIdParam) },
  { from: "2.75", schema: z.strictObject(userIdParam) },
]);
/** The query as routes declare it (documentation; checked per microversion in the handler). */
export const indexQueryDoc = z.looseObject({
  user_id: z.unknown().optional().describe("Another user's key pairs (admins, 2.10+)."),
  limit: z.unknown().optional().describe("Page size (2.35+)."),
  marker: z.unknown().optional().describe("Name of the last key pair seen (2.35+)."),
});
export const showQueryDoc = z.looseObject({
  user_id: z.unknown().optional().describe("Another user's key pair (admins, 2.10+)."),
});
export const nameParams = z.object({ keypair_name: z.string() });

const listed = z.object({
  name: z.string(),
  public_key: z.string(),
  fingerprint: z.string(),
  type: type.optional().describe("2.2+"),
});
export const indexResponse = z.object({
  keypairs: z.array(z.object({ keypair: listed })),
  keypairs_links: z.array(z.object({ rel: z.string(), href: z.string() })).optional().describe("2.35+"),
});
export const createResponse = z.object({
  keypair: z.object({
    name: z.string(),
    public_key: z.string(),
    fingerprint: z.string(),
    user_id: z.string(),
    private_key: z.string().optional().describe("Only for a generated key pair (before 2.92)."),
    type: type.optional().describe("2.2+"),
  }),
});
export const showResponse = z.object({
  keypair: z.object({
    name: z.string(),
    public_key: z.string(),
    fingerprint: z.string(),
    user_id: z.string(),
    created_at: z.string(),
    deleted: z.boolean(),
    deleted_at: z.null(),
    updated_at: z.null(),
    id: z.number().int(),
    type: type.optional().describe("2.2+"),
  }),
});
