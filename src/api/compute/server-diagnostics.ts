import type { FastifyRequest } from "fastify";
import { STRICT_QUERY_FROM } from "../../http/microversion.js";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";

/** GET /servers/{id}/diagnostics, admin (nova/api/openstack/compute/server_diagnostics.py). */

const tags = ["compute"];
const serverParams = z.object({ server_id: z.string() });

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

export default async function serverDiagnosticRoutes(app: App, deps: RouteDeps) {
  const resources = deps.services.serverResources;
  const server = (req: FastifyRequest) => deps.services.compute.visible(authOf(req), (req.params as { server_id: string }).server_id);

  app.get(
    "/servers/:server_id/diagnostics",
    {
      config: { noQuery: STRICT_QUERY_FROM },
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
