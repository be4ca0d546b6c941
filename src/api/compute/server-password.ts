import { STRICT_QUERY_FROM } from "../../http/microversion.js";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";

/** GET and DELETE /servers/{id}/os-server-password (nova/api/openstack/compute/server_password.py). */

const tags = ["compute"];
const serverParams = z.object({ server_id: z.string() });

export default async function serverPasswordRoutes(app: App, deps: RouteDeps) {
  const server = (req: FastifyRequest) => deps.services.compute.visible(authOf(req), (req.params as { server_id: string }).server_id);

  app.get(
    "/servers/:server_id/os-server-password",
    {
      config: { noQuery: STRICT_QUERY_FROM },
      schema: {
        operationId: "compute.servers.password.show",
        tags,
        summary: "Show the encrypted password the guest posted to the metadata service",
        description: "Empty until a guest posts one; the simulated guests never do.",
        params: serverParams,
        response: { 200: z.object({ password: z.string() }) },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const inst = await server(req);
      authorize(ctx, "os_compute_api:os-server-password:show", "project_reader_or_admin", { projectId: inst.projectId });
      return { password: "" };
    },
  );
  app.delete(
    "/servers/:server_id/os-server-password",
    {
      schema: {
        operationId: "compute.servers.password.clear",
        tags,
        summary: "Clear the encrypted server password (the guest's password itself is unchanged)",
        params: serverParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const ctx = authOf(req);
      const inst = await server(req);
      authorize(ctx, "os_compute_api:os-server-password:clear", "project_member_or_admin", { projectId: inst.projectId });
      return reply.code(204).send(null);
    },
  );
}
