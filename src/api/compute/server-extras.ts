import { z } from "zod";
import { novaGroup, novaRule } from "./schemas/security-groups.js";
import type { FastifyRequest } from "fastify";
import type { App, RouteDeps } from "../../composition.js";
import { authOf, baseUrlOf } from "../../http/context.js";
import { Invalid } from "../../errors.js";
import { parseVersionedBody, versioned, versionedBodyValidator } from "../../http/versioned.js";
import { authorize } from "../../identity/policy.js";
import { CONSOLE_TYPES, consoleUrl, guestRunning } from "../../compute/guest.js";
import type { InstanceRecord } from "../../compute/instance.js";
import { InstanceNotReady } from "../../compute/errors.js";
import { TASK } from "../../compute/vm-states.js";
import { ipAddress, tag, uuid } from "./schemas/parameter-types.js";

/**
 * Per-server sub-resources besides metadata, tags and actions:
 *   GET    /servers/{id}/os-security-groups        (security_groups.py ServerSecurityGroupController)
 *   POST   /servers/{id}/remote-consoles           (remote_consoles.py, 2.6+)
 *   GET    /servers/{id}/os-server-password        (server_password.py)
 *   DELETE /servers/{id}/os-server-password
 *   GET    /servers/{id}/os-interface[/{port_id}]  (attach_interfaces.py)
 *   POST   /servers/{id}/os-interface
 *   DELETE /servers/{id}/os-interface/{port_id}
 *   GET    /servers/{id}/diagnostics               (server_diagnostics.py, admin)
 */

const tags = ["compute"];
const serverParams = z.object({ server_id: z.string() });
const portParams = z.object({ server_id: z.string(), port_id: z.string() });

// ------------------------------------------------------------------ response schemas

const interfaceAttachment = z.object({
  net_id: z.string(),
  port_id: z.string(),
  mac_addr: z.string(),
  port_state: z.string(),
  fixed_ips: z.array(z.object({ subnet_id: z.string(), ip_address: z.string() })).nullable(),
  tag: z.string().nullable().optional().describe("From 2.70."),
});

const PROTOCOLS_26 = ["vnc", "spice", "serial", "rdp"] as const;
const TYPES_26 = ["novnc", "xvpvnc", "spice-html5", "serial", "rdp-html5"] as const;
const remoteConsoleBody = (protocols: readonly string[], types: readonly string[]) =>
  z.strictObject({
    remote_console: z.strictObject({
      protocol: z.enum(protocols as [string, ...string[]]),
      type: z.enum(types as [string, ...string[]]),
    }),
  });
const remoteConsoleSchemas = versioned<{ remote_console: { protocol: string; type: string } }>([
  { from: "2.1", schema: remoteConsoleBody(PROTOCOLS_26, TYPES_26) },
  { from: "2.8", schema: remoteConsoleBody([...PROTOCOLS_26, "mks"], [...TYPES_26, "webmks"]) },
  { from: "2.99", schema: remoteConsoleBody([...PROTOCOLS_26, "mks"], [...TYPES_26, "webmks", "spice-direct"]) },
]);

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

const nullableInt = z.number().int().nullable();
const diagnostics248 = z.object({
  state: z.string(),
  driver: z.string(),
  hypervisor: z.string().nullable(),
  hypervisor_os: z.string().nullable(),
  uptime: nullableInt,
  config_drive: z.boolean(),
  num_cpus: nullableInt,
  num_nics: nullableInt,
  num_disks: nullableInt,
  cpu_details: z.array(z.object({ id: nullableInt, time: nullableInt, utilisation: nullableInt })),
  nic_details: z.array(
    z.object({
      mac_address: z.string().nullable(),
      rx_octets: nullableInt,
      rx_errors: nullableInt,
      rx_drop: nullableInt,
      rx_packets: nullableInt,
      rx_rate: nullableInt,
      tx_octets: nullableInt,
      tx_errors: nullableInt,
      tx_drop: nullableInt,
      tx_packets: nullableInt,
      tx_rate: nullableInt,
    }),
  ),
  disk_details: z.array(
    z.object({ read_bytes: nullableInt, read_requests: nullableInt, write_bytes: nullableInt, write_requests: nullableInt, errors_count: nullableInt }),
  ),
  memory_details: z.object({ maximum: nullableInt, used: nullableInt }),
});

export default async function routes(app: App, deps: RouteDeps) {
  const resources = deps.services.serverResources;
  const server = (req: FastifyRequest) => deps.services.compute.visible(authOf(req), (req.params as { server_id: string }).server_id);
  const notReady = (inst: InstanceRecord) => new InstanceNotReady(inst.id);

  // ------------------------------------------------------------------ os-security-groups
  app.get(
    "/servers/:server_id/os-security-groups",
    {
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

  // ------------------------------------------------------------------ remote-consoles
  app.post(
    "/servers/:server_id/remote-consoles",
    {
      validatorCompiler: versionedBodyValidator,
      config: { versions: { min: "2.6" } },
      schema: {
        operationId: "compute.servers.remote_consoles.create",
        tags,
        summary: "Create a remote console (VNC, SPICE, serial) and get its URL",
        description: "mks/webmks from 2.8 (unavailable on this libvirt-like cloud: 400), spice-direct from 2.99; rdp answers 400 (Hyper-V was removed).",
        params: serverParams,
        body: remoteConsoleSchemas.latest,
        response: { 200: z.object({ remote_console: z.object({ protocol: z.string(), type: z.string(), url: z.string() }) }) },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const body = parseVersionedBody(req, remoteConsoleSchemas);
      const inst = await server(req);
      authorize(ctx, "os_compute_api:os-remote-consoles", "project_member_or_admin", { projectId: inst.projectId });
      const { protocol, type } = body.remote_console;
      if (protocol === "rdp") throw new Invalid(`Unavailable console type ${protocol}.`);
      if (!inst.host) throw notReady(inst);
      if (inst.taskState === TASK.DELETING || inst.taskState === TASK.MIGRATING) {
        throw new Invalid(`Instance ${inst.id} in task_state ${inst.taskState}. Cannot get_${protocol}_console while the instance is in this state.`);
      }
      // Like a DevStack libvirt compute: VNC, SPICE and serial proxies enabled, no VMware MKS.
      if (protocol === "mks") throw new Invalid(`Unavailable console type ${type}.`);
      if (!CONSOLE_TYPES[protocol]!.includes(type)) throw new Invalid(`Invalid console type ${type}`);
      if (!guestRunning(inst)) throw notReady(inst);
      return { remote_console: { protocol, type, url: consoleUrl(baseUrlOf(req, deps.config.publicUrl), type) } };
    },
  );

  // ------------------------------------------------------------------ os-server-password
  app.get(
    "/servers/:server_id/os-server-password",
    {
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

  // ------------------------------------------------------------------ os-interface
  app.get(
    "/servers/:server_id/os-interface",
    {
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

  // ------------------------------------------------------------------ diagnostics
  app.get(
    "/servers/:server_id/diagnostics",
    {
      schema: {
        operationId: "compute.servers.diagnostics.show",
        tags,
        summary: "Show the hypervisor's diagnostics of a running server (admin)",
        description: "Before 2.48 the libvirt driver's own flat dict; from 2.48 the standard diagnostics model.",
        params: serverParams,
        response: { 200: z.union([diagnostics248, z.record(z.string(), z.number())]) },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const inst = await server(req);
      authorize(ctx, "os_compute_api:os-server-diagnostics", "admin_api", { projectId: inst.projectId });
      return resources.diagnostics(inst, req.apiVersion.atLeast("2.48"));
    },
  );
}
