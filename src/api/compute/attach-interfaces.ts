import type { FastifyRequest } from "fastify";
import { STRICT_QUERY_FROM } from "../../http/microversion.js";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import { Invalid } from "../../errors.js";
import { parseVersionedBody, versioned, versionedBodyValidator } from "../../http/versioned.js";
import { ipAddress, tag, uuid } from "./schemas/parameter-types.js";

/**
 * /servers/{id}/os-interface[/{port_id}]: list, show, attach, detach
 * (nova/api/openstack/compute/attach_interfaces.py).
 */

const tags = ["compute"];
const serverParams = z.object({ server_id: z.string() });
const portParams = z.object({ server_id: z.string(), port_id: z.string() });

const interfaceAttachment = z.object({
  net_id: z.string(),
  port_id: z.string(),
  mac_addr: z.string(),
  port_state: z.string(),
  fixed_ips: z.array(z.object({ subnet_id: z.string(), ip_address: z.string() })).nullable(),
  tag: z.string().nullable().optional().describe("From 2.70."),
});

const fixedIps = z.array(z.strictObject({ ip_address: ipAddress })).min(1).max(1);
const attachBody = (withTag: boolean) =>
  z.strictObject({
    interfaceAttachment: z
      .strictObject({
        net_id: uuid.optional(),
        port_id: uuid.optional(),
        fixed_ips: fixedIps.optional(),
        ...(withTag ? { tag: tag.optional() } : {}),
      })
      .optional(),
  });
const attachSchemas = versioned<{ interfaceAttachment?: { net_id?: string; port_id?: string; fixed_ips?: { ip_address: string }[]; tag?: string } }>([
  { from: "2.1", schema: attachBody(false) },
  { from: "2.49", schema: attachBody(true) },
]);

export default async function attachInterfaceRoutes(app: App, deps: RouteDeps) {
  const resources = deps.services.serverResources;
  const server = (req: FastifyRequest) => deps.services.compute.visible(authOf(req), (req.params as { server_id: string }).server_id);

  app.get(
    "/servers/:server_id/os-interface",
    {
      config: { noQuery: STRICT_QUERY_FROM },
      schema: {
        operationId: "compute.servers.interfaces.list",
        tags,
        summary: "List the server's port interfaces (tag from 2.70)",
        params: serverParams,
        response: { 200: z.object({ interfaceAttachments: z.array(interfaceAttachment) }) },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const inst = await server(req);
      authorize(ctx, "os_compute_api:os-attach-interfaces:list", "project_reader_or_admin", { projectId: inst.projectId });
      return { interfaceAttachments: await resources.listInterfaces(inst, req.apiVersion.atLeast("2.70")) };
    },
  );
  app.get(
    "/servers/:server_id/os-interface/:port_id",
    {
      config: { noQuery: STRICT_QUERY_FROM },
      schema: {
        operationId: "compute.servers.interfaces.show",
        tags,
        summary: "Show one port interface of the server",
        params: portParams,
        response: { 200: z.object({ interfaceAttachment }) },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const inst = await server(req);
      authorize(ctx, "os_compute_api:os-attach-interfaces:show", "project_reader_or_admin", { projectId: inst.projectId });
      return { interfaceAttachment: await resources.showInterface(inst, req.params.port_id, req.apiVersion.atLeast("2.70")) };
    },
  );
  app.post(
    "/servers/:server_id/os-interface",
    {
      validatorCompiler: versionedBodyValidator,
      schema: {
        operationId: "compute.servers.interfaces.create",
        tags,
        summary: "Attach a port, or a new port on a network, to the server",
        description: "With neither net_id nor port_id, the project's one usable network. tag from 2.49.",
        params: serverParams,
        body: attachSchemas.latest,
        response: { 200: z.object({ interfaceAttachment }) },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const body = req.body === undefined || req.body === null ? {} : parseVersionedBody(req, attachSchemas);
      const inst = await server(req);
      authorize(ctx, "os_compute_api:os-attach-interfaces:create", "project_member_or_admin", { projectId: inst.projectId });
      const a = body.interfaceAttachment ?? {};
      const fixedIp = a.fixed_ips?.[0]?.ip_address;
      if (a.net_id && a.port_id) throw new Invalid("Must not input both network_id and port_id");
      if (fixedIp && !a.net_id) throw new Invalid("Must input network_id when request IP address");
      const request = { networkId: a.net_id, portId: a.port_id, fixedIp, tag: a.tag };
      return { interfaceAttachment: await resources.attachInterface(ctx, req.id, inst, request, req.apiVersion.atLeast("2.70")) };
    },
  );
  app.delete(
    "/servers/:server_id/os-interface/:port_id",
    {
      schema: {
        operationId: "compute.servers.interfaces.delete",
        tags,
        summary: "Detach a port interface (a port Nova created is deleted)",
        params: portParams,
        response: { 202: z.null() },
      },
    },
    async (req, reply) => {
      const ctx = authOf(req);
      const inst = await server(req);
      authorize(ctx, "os_compute_api:os-attach-interfaces:delete", "project_member_or_admin", { projectId: inst.projectId });
      await resources.detachInterface(ctx, req.id, inst, req.params.port_id);
      return reply.code(202).send(null);
    },
  );
}
