import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { PROXY, callerOf as caller, can, goneRoute, idParams, networkOr404, tags } from "./neutron-proxy.js";

/**
 * os-networks (nova/api/openstack/compute/networks.py): Nova's deprecated
 * proxy to Neutron's networks, up to 2.35; the nova-network writes answer 410.
 */

const novaNetwork = z.object({
  id: z.string(),
  cidr: z.null(),
  netmask: z.null(),
  gateway: z.null(),
  broadcast: z.null(),
  dns1: z.null(),
  dns2: z.null(),
  cidr_v6: z.null(),
  gateway_v6: z.null(),
  label: z.string(),
  netmask_v6: z.null(),
  ...Object.fromEntries(
    ["created_at", "updated_at", "deleted_at", "deleted", "injected", "bridge", "vlan", "vpn_public_address", "vpn_public_port",
      "vpn_private_address", "dhcp_start", "project_id", "host", "bridge_interface", "multi_host", "priority", "rxtx_base", "mtu",
      "dhcp_server", "enable_dhcp", "share_address"].map((k) => [k, z.null().optional()]),
  ),
});
const ADMIN_NET_FIELDS = ["created_at", "updated_at", "deleted_at", "deleted", "injected", "bridge", "vlan", "vpn_public_address",
  "vpn_public_port", "vpn_private_address", "dhcp_start", "project_id", "host", "bridge_interface", "multi_host", "priority",
  "rxtx_base", "mtu", "dhcp_server", "enable_dhcp", "share_address"];

/** nova-network's view, of which Neutron fills two fields. */
function networkDict(n: { id: string; name: string }, admin: boolean) {
  const out: Record<string, unknown> = { id: n.id };
  for (const f of ["cidr", "netmask", "gateway", "broadcast", "dns1", "dns2", "cidr_v6", "gateway_v6", "netmask_v6"]) out[f] = null;
  out.label = n.name;
  if (admin) for (const f of ADMIN_NET_FIELDS) out[f] = null;
  return out as z.infer<typeof novaNetwork>;
}

export default async function networkRoutes(app: App, deps: RouteDeps) {
  const { networks } = deps.services.network;

  app.get(
    "/os-networks",
    {
      config: PROXY,
      schema: { operationId: "compute.os_networks.list", tags, summary: "List networks (proxy to Neutron, deprecated)", response: { 200: z.object({ networks: z.array(novaNetwork) }) } },
    },
    async (req) => {
      can(req, "os_compute_api:os-networks:list", "project_reader_or_admin");
      const admin = authOf(req).isAdmin;
      return { networks: (await networks.list(caller(req))).map((n) => networkDict(n, admin)) };
    },
  );
  app.get(
    "/os-networks/:id",
    {
      config: PROXY,
      schema: { operationId: "compute.os_networks.show", tags, summary: "Show a network (proxy to Neutron, deprecated)", params: idParams, response: { 200: z.object({ network: novaNetwork }) } },
    },
    async (req) => {
      can(req, "os_compute_api:os-networks:show", "project_reader_or_admin");
      const n = await networkOr404(deps, req, req.params.id);
      return { network: networkDict(n, authOf(req).isAdmin) };
    },
  );
  goneRoute(app, "post", "/os-networks", "compute.os_networks.create", "Create a network (removed)");
  goneRoute(app, "post", "/os-networks/add", "compute.os_networks.add", "Associate a network (removed)");
  goneRoute(app, "delete", "/os-networks/:id", "compute.os_networks.delete", "Delete a network (removed)");
  goneRoute(app, "post", "/os-networks/:id/action", "compute.os_networks.action", "Disassociate a network (removed)");
}
