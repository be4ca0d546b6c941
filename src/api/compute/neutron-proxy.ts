import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { OpenStackError, Gone, Invalid, Forbidden, NotFound } from "../../errors.js";
import { authorize } from "../../identity/policy.js";
import type { Caller } from "../../network/common.js";

/**
 * What Nova's deprecated proxies to Neutron share (os-networks,
 * os-tenant-networks, os-security-groups): they exist up to microversion 2.35
 * and answer 404 from 2.36 on. The nova-network-only writes were removed in
 * Ussuri and answer 410 at every version. Neutron's refusals are translated
 * the way Nova translates them (e.g. a 409 on deleting a group becomes 400).
 */

export const PROXY = { versions: { max: "2.35" } };
export const tags = ["compute"];
export const idParams = z.object({ id: z.string() });

/** The networking domain's view of the caller. */
export const callerOf = (req: FastifyRequest): Caller => {
  const a = authOf(req);
  return { projectId: a.projectId ?? "", isAdmin: a.isAdmin, isMember: a.roleNames.has("member") };
};

/** The proxies' policy checks: on the caller's own project. */
export const can = (req: FastifyRequest, rule: string, level: "project_reader_or_admin" | "project_member_or_admin") => {
  const a = authOf(req);
  authorize(a, rule, level, { projectId: a.projectId });
};

/** Neutron's NetworkNotFound, in Nova's words; any other failure propagates. */
export const networkOr404 = (deps: RouteDeps, req: FastifyRequest, id: string) =>
  deps.services.network.networks.get(callerOf(req), id).catch((err: unknown) => {
    if (err instanceof OpenStackError && err.kind === "not-found") throw new NotFound("Network not found");
    throw err;
  });

const GONE = "This resource is no longer available.  No forwarding address is given.";
const goneBody = z.object({ computeFault: z.object({ code: z.literal(410), message: z.string() }) });

/** A nova-network write removed in Ussuri: 410 Gone at every version. */
export function goneRoute(app: App, method: "post" | "delete", url: string, operationId: string, summary: string) {
  app[method](
    url,
    { schema: { operationId, tags, summary, description: "Removed with nova-network (Ussuri): 410 Gone.", response: { 410: goneBody } } },
    async () => {
      throw new Gone(GONE);
    },
  );
}

/** A Neutron error as Nova re-raises it: 404 stays, 409 and 400 become 400. */
export function asNova(e: unknown, on409: "badRequest" | "forbidden" = "badRequest"): never {
  if (e instanceof OpenStackError) {
    if (e.kind === "not-found") throw new NotFound(e.message);
    if (e.kind === "conflict") throw on409 === "forbidden" ? new Forbidden(e.message) : new Invalid(e.message);
    if (e.kind === "invalid") throw new Invalid(e.message);
  }
  throw e;
}
