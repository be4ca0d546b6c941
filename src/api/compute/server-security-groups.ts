import { STRICT_QUERY_FROM } from "../../http/microversion.js";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import { novaGroup } from "./schemas/security-groups.js";

/** GET /servers/{id}/os-security-groups (nova/api/openstack/compute/security_groups.py ServerSecurityGroupController). */

const tags = ["compute"];
const serverParams = z.object({ server_id: z.string() });

export default async function serverSecurityGroupRoutes(app: App, deps: RouteDeps) {
  const resources = deps.services.serverResources;
  const server = (req: FastifyRequest) => deps.services.compute.visible(authOf(req), (req.params as { server_id: string }).server_id);

  app.get(
    "/servers/:server_id/os-security-groups",
    {
      config: { noQuery: STRICT_QUERY_FROM },
      schema: {
        operationId: "compute.servers.security_groups.list",
        tags,
        summary: "List the security groups of a server, with their ingress rules",
        params: serverParams,
        response: { 200: z.object({ security_groups: z.array(novaGroup) }) },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const inst = await server(req);
      authorize(ctx, "os_compute_api:os-security-groups:list", "project_reader_or_admin", { projectId: inst.projectId });
      return { security_groups: await resources.securityGroups(inst, ctx.isAdmin ? null : ctx.projectId) };
    },
  );
}
