import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { Invalid } from "../../errors.js";
import type { Caller } from "../../network/common.js";
import { parseJson } from "../../network/common.js";
import type { Router, RouterInput } from "../../network/routers.js";
import { L3Errors } from "../../network/routers.js";
import { callerOf, registerCollection } from "./collection.js";
import { values, type Query } from "./query.js";
import { idParams } from "./schemas.js";
import { ts } from "./views.js";

/**
 * Neutron routers (the `router`, `ext-gw-mode` and `extraroute` extensions):
 * the collection plus the add_router_interface / remove_router_interface
 * member actions (PUT, as Neutron's ACTION_MAP has them).
 */

const str = z.string();
const fixedIp = z.object({ subnet_id: str, ip_address: str });
const gatewayInfo = z.object({ network_id: str, enable_snat: z.boolean(), external_fixed_ips: z.array(fixedIp) }).nullable();
const route = z.object({ destination: str, nexthop: str });

export const routerBody = z
  .object({
    id: str,
    name: str,
    tenant_id: str,
    project_id: str,
    admin_state_up: z.boolean(),
    status: str,
    external_gateway_info: gatewayInfo,
    description: str,
    routes: z.array(route),
    tags: z.array(str),
    created_at: str,
    updated_at: str,
    revision_number: z.number().int(),
  })
  .partial();

export const routerInput = z.looseObject({
  name: str.max(255).optional(),
  description: str.max(255).optional(),
  admin_state_up: z.boolean().optional(),
  // Checked in the domain, with Neutron's messages.
  external_gateway_info: z.unknown().optional(),
  routes: z.unknown().optional(),
  project_id: str.optional(),
  tenant_id: str.optional(),
});
const ROUTER_WRITABLE = Object.keys(routerInput.shape);

const interfaceBody = z.object({
  id: str,
  tenant_id: str,
  project_id: str,
  port_id: str,
  network_id: str,
  subnet_id: str,
  subnet_ids: z.array(str),
});

export function routerView(r: Router) {
  const gw = r.gatewayPort;
  return {
    id: r.id,
    name: r.name,
    tenant_id: r.projectId,
    project_id: r.projectId,
    admin_state_up: r.adminStateUp,
    status: r.status,
    external_gateway_info: gw
      ? {
          network_id: gw.networkId,
          enable_snat: r.enableSnat,
          external_fixed_ips: [...gw.fixedIps]
            .sort((a, b) => (a.subnetId < b.subnetId ? -1 : a.subnetId > b.subnetId ? 1 : 0))
            .map((f) => ({ subnet_id: f.subnetId, ip_address: f.ipAddress })),
        }
      : null,
    description: r.description,
    routes: parseJson<{ destination: string; nexthop: string }[]>(r.routes, []),
    tags: parseJson<string[]>(r.tags, []),
    created_at: ts(r.createdAt),
    updated_at: ts(r.updatedAt),
    revision_number: r.revision,
  };
}

export default async function routerRoutes(app: App, deps: RouteDeps, reserve: (c: Caller, items: { project_id?: string; tenant_id?: string }[]) => Promise<void>) {
  const { routers } = deps.services.network;
  registerCollection(app, deps, {
    collection: "routers",
    key: "routers",
    member: "router",
    reserve,
    opPrefix: "network.routers",
    title: "router",
    body: routerBody,
    input: routerInput,
    writable: ROUTER_WRITABLE,
    sortable: ["id", "name", "status", "admin_state_up", "project_id", "tenant_id", "created_at", "updated_at", "description", "revision_number"],
    notFound: L3Errors.routerNotFound,
    list: async (c, q) => (await routers.list(c, { ids: values(q as Query, "id"), name: values(q as Query, "name") })).map(routerView),
    show: async (c, id) => routerView(await routers.get(c, id)),
    create: async (c, b) => routerView(await routers.create(c, b as RouterInput)),
    update: async (c, id, b) => routerView(await routers.update(c, id, b as RouterInput)),
    remove: (c, id) => routers.delete(c, id),
  });

  for (const action of ["add_router_interface", "remove_router_interface"] as const) {
    const add = action === "add_router_interface";
    app.put(
      `/v2.0/routers/:id/${action}`,
      {
        schema: {
          operationId: `network.routers.${add ? "add_interface" : "remove_interface"}`,
          tags: ["network"],
          summary: add
            ? "Attach a subnet (a new port holding its gateway IP) or an unused port to a router"
            : "Detach a subnet or port from a router (the interface port is deleted)",
          params: idParams,
          body: z.looseObject({ subnet_id: str.optional(), port_id: str.optional() }),
          response: { 200: interfaceBody },
        },
        validatorCompiler: () => (data) => ({ value: data }),
      },
      async (req) => {
        const body = req.body as unknown;
        if (body === null || typeof body !== "object" || Array.isArray(body)) throw new Invalid("Resource body required", "HTTPBadRequest");
        const c = callerOf(req);
        return add ? routers.addInterface(c, req.params.id, body) : routers.removeInterface(c, req.params.id, body);
      },
    );
  }
}
