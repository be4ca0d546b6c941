import type { FastifyRequest } from "fastify";
import type { AuthContext } from "../identity/types.js";
import { Unauthorized } from "../errors.js";

declare module "fastify" {
  interface FastifyRequest {
    /** Set by the auth hook on every route that is not public. */
    auth?: AuthContext;
  }
  interface FastifyContextConfig {
    /** Version documents and token creation need no X-Auth-Token. */
    public?: boolean;
  }
}

/** The caller's identity; only routes behind the auth hook call this. */
export function authOf(req: FastifyRequest): AuthContext {
  if (!req.auth) throw new Unauthorized();
  return req.auth;
}

/** Base URL the client reached us at, or the configured public URL. */
export function baseUrlOf(req: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ?? `${req.protocol}://${req.host}`;
}
