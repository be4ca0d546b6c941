import type { FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { RouteDeps } from "../../../composition.js";
import type { InstanceRecord } from "../../../compute/instance.js";
import type { VersionedSchema } from "../../../http/versioned.js";
import type { AuthContext } from "../../../identity/types.js";

/**
 * One server action of POST /servers/{id}/action, keyed by its body's single
 * top-level key (e.g. "os-stop"), as Nova's @wsgi.action handlers are.
 */
export interface ServerAction {
  /** The body key: "os-stop", "reboot", "resize"… */
  key: string;
  summary: string;
  /** Microversions it exists in (404 outside, like Nova's version-gated actions). */
  versions?: { min?: string; max?: string };
  /** The whole body's schema, e.g. z.object({ "os-stop": z.null() }); versioned where Nova's is. */
  schema: z.ZodType | VersionedSchema<unknown>;
  /** The success status and (optional) response body schema, for OpenAPI. */
  status: 200 | 202 | 204;
  response?: z.ZodType;
  handle(input: ActionInput): Promise<unknown>;
}

export interface ActionInput {
  req: FastifyRequest;
  reply: FastifyReply;
  ctx: AuthContext;
  /** The server, already checked visible to the caller (404 otherwise). */
  inst: InstanceRecord;
  /** The validated body. */
  body: Record<string, unknown>;
  deps: RouteDeps;
}
