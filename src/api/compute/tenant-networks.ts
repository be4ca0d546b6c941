import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { PROXY, callerOf as caller, can, goneRoute, idParams, networkOr404, tags } from "./neutron-proxy.js";

/**
 * os-tenant-networks (nova/api/openstack/compute/tenant_networks.py): Nova's
 * deprecated proxy to the project's Neutron networks, up to 2.35; the
 * nova-network writes answer 410.
 */

const tenantNetwork = z.object({ id: z.string(), cidr: z.string(), label: z.string() });

export default async function tenantNetworkRoutes(app: App, deps: RouteDeps) {
  const { networks } = deps.services.network;

  app.get(
    "/os-tenant-networks",
    {
      config: PROXY,
      schema: { operationId: "compute.os_tenant_networks.list", tags, summary: "List project networks (proxy, deprecated)", response: { 200: z.object({ networks: z.array(tenantNetwork) }) } },
    },
    async (req) => {
      can(req, "os_compute_api:os-tenant-networks:list", "project_reader_or_admin");
      // Nova prints Python's str(None) for the cidr it no longer knows.
      return { networks: (await networks.list(caller(req))).map((n) => ({ id: n.id, cidr: "None", label: n.name })) };
    },
  );
  app.get(
    "/os-tenant-networks/:id",
    {
      config: PROXY,
      schema: { operationId: "compute.os_tenant_networks.show", tags, summary: "Show a project network (proxy, deprecated)", params: idParams, response: { 200: z.object({ network: tenantNetwork }) } },
    },
    async (req) => {
      can(req, "os_compute_api:os-tenant-networks:show", "project_reader_or_admin");
      const n = await networkOr404(deps, req, req.params.id);
      return { network: { id: n.id, cidr: "None", label: n.name } };
    },
  );
  goneRoute(app, "post", "/os-tenant-networks", "compute.os_tenant_networks.create", "Create a project network (removed)");
  goneRoute(app, "delete", "/os-tenant-networks/:id", "compute.os_tenant_networks.delete", "Delete a project network (removed)");
}
