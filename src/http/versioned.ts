import type { FastifyRequest, FastifySchemaCompiler } from "fastify";
import { validatorCompiler } from "fastify-type-provider-zod";
import { z } from "zod";
import { Invalid } from "../errors.js";
import { ApiVersion, MIN_VERSION } from "./microversion.js";
import { novaMessage, type Issue } from "./validation-message.js";

/**
 * A request schema that changes with the microversion, like Nova's
 * `@validation.schema(create_v20, '2.0', '2.0')` stacks: one entry per version
 * that changed it, each valid from `from` until the next entry.
 */
export interface VersionedSchema<O = unknown> {
  entries: readonly { from: string; schema: z.ZodType }[];
  /** The schema in force at `v`; every entry's output is treated as O. */
  at(v: ApiVersion): z.ZodType<O>;
  /** The newest version's schema: what the route declares, for the OpenAPI document. */
  latest: z.ZodType;
}

export function versioned<O = unknown>(entries: readonly { from: string; schema: z.ZodType }[]): VersionedSchema<O> {
  if (entries.length === 0 || entries[0]!.from !== MIN_VERSION.toString()) {
    throw new Error(`versioned schema must start at ${MIN_VERSION}`);
  }
  const parsed = entries.map((e) => ({ ...e, v: ApiVersion.parse(e.from)! }));
  for (let i = 1; i < parsed.length; i++) {
    if (parsed[i]!.v.compare(parsed[i - 1]!.v) <= 0) throw new Error(`versioned schema entries out of order at ${parsed[i]!.from}`);
  }
  return {
    entries,
    at(v) {
      let pick = parsed[0]!;
      for (const e of parsed) if (v.compare(e.v) >= 0) pick = e;
      return pick.schema as z.ZodType<O>;
    },
    latest: entries.at(-1)!.schema,
  };
}

/** zod issues in the shape fastify-type-provider-zod reports them. */
export function toIssues(err: z.ZodError): Issue[] {
  return err.issues.map((i) => {
    const { path, code, message, ...params } = i as z.core.$ZodIssue & Record<string, unknown>;
    return { keyword: code, instancePath: `/${path.join("/")}`, message, params };
  });
}

/** Validate a compute request body (or query) against `schema`, failing with Nova's 400 message. */
export function novaParse<T extends z.ZodType>(schema: T, value: unknown, context: "body" | "querystring" = "body"): z.output<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new Invalid(novaMessage(toIssues(r.error)[0]!, value, context));
}

/**
 * Route-level validator compiler for routes whose body schema depends on the
 * microversion: the body is validated in the handler (parseVersionedBody), so
 * that errors name the version's own schema; other parts validate as usual.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const versionedBodyValidator: FastifySchemaCompiler<any> = (route) =>
  route.httpPart === "body" ? (data: unknown) => ({ value: data }) : validatorCompiler(route);

/** Validate the body of `req` against the schema in force at its microversion. */
export function parseVersionedBody<O>(req: FastifyRequest, table: VersionedSchema<O>): O {
  return novaParse(table.at(req.apiVersion), req.body);
}
