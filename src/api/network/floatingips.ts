import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import type { Caller } from "../../network/common.js";
import { parseJson } from "../../network/common.js";
import { FipErrors, type FloatingIp, type FloatingIpInput } from "../../network/floating-ips.js";
import { portStatus } from "../../network/ports.js";
import { registerCollection } from "./collection.js";
import { values, type Query } from "./query.js";
import { ts } from "./views.js";

/** Neutron floating IPs (the `router` extension's second resource, with `fip-port-details`). */

const str = z.string();
const nstr = z.string().nullable();

const portDetails = z
  .object({ name: str, network_id: str, mac_address: str, admin_state_up: z.boolean(), status: str, device_id: str, device_owner: str })
  .nullable();

export const floatingIpBody = z
  .object({
    id: str,
    tenant_id: str,
    project_id: str,
    floating_ip_address: str,
    floating_network_id: str,
    router_id: nstr,
    port_id: nstr,
    fixed_ip_address: nstr,
    status: str,
    description: str,
    port_details: portDetails,
    tags: z.array(str),
    created_at: str,
    updated_at: str,
    revision_number: z.number().int(),
  })
  .partial();

export const floatingIpInput = z.looseObject({
  floating_network_id: str.optional(),
  floating_ip_address: z.unknown().optional(),
  subnet_id: z.unknown().optional(),
  port_id: z.unknown().optional(),
  fixed_ip_address: z.unknown().optional(),
  description: str.max(255).optional(),
  project_id: str.optional(),
  tenant_id: str.optional(),
});
const FIP_WRITABLE = Object.keys(floatingIpInput.shape);

export function floatingIpView(f: FloatingIp) {
  const p = f.fixedPort;
  return {
    id: f.id,
    tenant_id: f.projectId,
    project_id: f.projectId,
    floating_ip_address: f.floatingIpAddress,
    floating_network_id: f.floatingNetworkId,
    router_id: f.routerId,
    port_id: f.fixedPortId,
    fixed_ip_address: f.fixedIpAddress,
    status: f.status,
    description: f.description,
    port_details: p
      ? {
          name: p.name,
          network_id: p.networkId,
          mac_address: p.macAddress,
          admin_state_up: p.adminStateUp,
          status: portStatus(p),
          device_id: p.deviceId,
          device_owner: p.deviceOwner,
        }
      : null,
    tags: parseJson<string[]>(f.tags, []),
    created_at: ts(f.createdAt),
    updated_at: ts(f.updatedAt),
    revision_number: f.revision,
  };
}

export default async function floatingIpRoutes(app: App, deps: RouteDeps, reserve: (c: Caller, items: { project_id?: string; tenant_id?: string }[]) => Promise<void>) {
  const { floatingIps } = deps.services.network;
  registerCollection(app, deps, {
    collection: "floatingips",
    key: "floatingips",
    member: "floatingip",
    reserve,
    opPrefix: "network.floatingips",
    title: "floating IP",
    body: floatingIpBody,
    input: floatingIpInput,
    writable: FIP_WRITABLE,
    sortable: ["id", "floating_ip_address", "floating_network_id", "router_id", "port_id", "fixed_ip_address", "status", "project_id", "tenant_id", "created_at", "updated_at", "description", "revision_number"],
    notFound: FipErrors.notFound,
    list: async (c, q) => {
      const v = (k: string) => values(q as Query, k);
      return (
        await floatingIps.list(c, {
          ids: v("id"),
          addresses: v("floating_ip_address"),
          portIds: v("port_id"),
          networkIds: v("floating_network_id"),
          routerIds: v("router_id"),
        })
      ).map(floatingIpView);
    },
    show: async (c, id) => floatingIpView(await floatingIps.get(c, id)),
    create: async (c, b) => floatingIpView(await floatingIps.create(c, b as FloatingIpInput)),
    update: async (c, id, b) => floatingIpView(await floatingIps.update(c, id, b as FloatingIpInput)),
    remove: (c, id) => floatingIps.delete(c, id),
  });
}
