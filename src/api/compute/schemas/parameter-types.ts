import { z } from "zod";
import { pyRepr } from "../../../python-literals.js";

/**
 * Nova's common request parameter types (nova/api/validation/parameter_types.py)
 * as zod schemas, so each route's schema reads like Nova's.
 */

// A failure whose message Nova returns as-is (its InvalidName cause), not wrapped.
const raw = (message: string) => ({ message, params: { raw: true } });

const PRINTABLE = /^[^\p{C}]*$/u;
const NAME_MESSAGE =
  "An invalid 'name' value was provided. The name must be: printable characters. Can not start or end with whitespace.";

/** `name`: 1-255 printable characters without leading or trailing whitespace. */
export const name = z
  .string()
  .min(1)
  .max(255)
  .refine((s) => PRINTABLE.test(s) && s.trim() === s, raw(NAME_MESSAGE));

/** Before 2.1's strictness: leading/trailing whitespace allowed (legacy v2.0 schemas). */
export const nameWithSpaces = z.string().min(1).max(255).refine((s) => PRINTABLE.test(s) && s.trim() !== "", raw(
  "An invalid 'name' value was provided. The name must be: printable characters with at least one non space character",
));

export const description = z.string().max(255).regex(PRINTABLE).nullable();

/** `name_or_none`: oneOf a 1-255 character string or null (jsonschema's oneOf message when neither). */
export const nameOrNone = z.custom<string | null>().superRefine((v, ctx) => {
  if (v === null || (typeof v === "string" && v.length >= 1 && v.length <= 255)) return;
  ctx.addIssue({ code: "custom", message: `${pyRepr(v)} is not valid under any of the given schemas` });
});

const TRUE = ["True", "TRUE", "true", "1", "ON", "On", "on", "YES", "Yes", "yes"];
const FALSE = ["False", "FALSE", "false", "0", "OFF", "Off", "off", "NO", "No", "no"];
/** Nova's lenient boolean: true/false or one of the usual strings. */
export const boolean = z.union([z.boolean(), z.enum([...TRUE, ...FALSE] as [string, ...string[]])]).transform((v) =>
  typeof v === "boolean" ? v : TRUE.includes(v),
);

/** A JSON-schema "integer": its type error names 'integer', as jsonschema does. */
export const integer = () => z.number({ error: (i) => (i.input === undefined ? undefined : "integer") }).int();

export const positiveInteger = z.union([integer().min(1), z.string().regex(/^[0-9]*$/).min(1)]).transform(Number);

export const flavorRef = z.union([z.string().min(1), integer()]).transform(String);

export const metadata = z
  .record(z.string().regex(/^[a-zA-Z0-9-_:. ]{1,255}$/), z.string().max(255))
  .describe("Key/value metadata; keys 1-255 of [a-zA-Z0-9-_:. ], values up to 255 characters.");

export const hostname = z.string().min(2).max(63).regex(/^[a-zA-Z0-9]+[a-zA-Z0-9-]*[a-zA-Z0-9]+$/);
export const fqdn = z.string().min(1).max(255).regex(/^[a-zA-Z0-9-._]*$/);

export const tag = z.string().min(1).max(60).regex(/^[^,/]*$/);

export const uuid = z.string().regex(/^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/, "is not a 'uuid'");

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
export const ipv4 = z.string().regex(IPV4, "is not a 'ipv4'");
export const ipv6 = z.string().refine((s) => s.includes(":") && /^[0-9a-fA-F:.]+$/.test(s), "is not a 'ipv6'");
export const ipAddress = z.union([ipv4, ipv6]);

export const base64 = z
  .string()
  .max(65535)
  .refine((s) => /^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/.test(s) && s.replace(/[\r\n]/g, "").length % 4 === 0, "is not a 'base64'");

/** Pagination query parameters shared by list routes. */
export const limit = z.string().regex(/^[0-9]+$/).transform(Number);
export const marker = z.string();
