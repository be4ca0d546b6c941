import { STRICT_QUERY_FROM } from "../../http/microversion.js";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { NotFound } from "../../errors.js";
import { serverIdParams } from "./schemas/servers.js";

/** /servers/{id}/ips[/{network_label}] (nova/api/openstack/compute/ips.py). */

export default async function ipRoutes(app: App, deps: RouteDeps) {
  const { compute, serverResources } = deps.services;
  const address = z.object({ version: z.number(), addr: z.string() });
  app.get(
    "/servers/:server_id/ips",
    {
      config: { noQuery: STRICT_QUERY_FROM },
      schema: { operationId: "compute.servers.ips.list", tags: ["compute"], summary: "List the IP addresses of a server", params: serverIdParams, response: { 200: z.object({ addresses: z.record(z.string(), z.array(address)) }) } },
    },
    async (req) => {
      const inst = await compute.show(authOf(req), req.params.server_id);
      const all = await serverResources.addresses(inst);
      // The ips API shows only version and addr (nova/api/openstack/compute/views/addresses.py).
      const addresses = Object.fromEntries(
        Object.entries(all).map(([net, list]) => [net, (list as { version: number; addr: string }[]).map(({ version, addr }) => ({ version, addr }))]),
      );
      return { addresses };
    },
  );
  app.get(
    "/servers/:server_id/ips/:network_label",
    {
      config: { noQuery: STRICT_QUERY_FROM },
      schema: {
        operationId: "compute.servers.ips.show",
        tags: ["compute"],
        summary: "Show the IP addresses of a server on one network",
        params: z.object({ server_id: z.string(), network_label: z.string() }),
        response: { 200: z.record(z.string(), z.array(address)) },
      },
    },
    async (req) => {
      const inst = await compute.show(authOf(req), req.params.server_id);
      const all = await serverResources.addresses(inst);
      const list = all[req.params.network_label] as { version: number; addr: string }[] | undefined;
      if (!list) throw new NotFound("Instance is not a member of specified network");
      return { [req.params.network_label]: list.map(({ version, addr }) => ({ version, addr })) };
    },
  );
}
