import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { NeutronErrors } from "../../network/errors.js";
import { filterBodies, project, type Query } from "./query.js";
import { listQuery, showQuery } from "./schemas.js";

const subnetAvail = z.object({
  subnet_id: z.string(),
  subnet_name: z.string(),
  cidr: z.string(),
  ip_version: z.number().int(),
  total_ips: z.number().int(),
  used_ips: z.number().int(),
});
const availability = z
  .object({
    network_id: z.string(),
    network_name: z.string(),
    tenant_id: z.string(),
    project_id: z.string(),
    total_ips: z.number().int(),
    used_ips: z.number().int(),
    subnet_ip_availability: z.array(subnetAvail),
  })
  .partial();

/** GET /v2.0/network-ip-availabilities(/{network_id}): admin only, as Neutron's policy. */
export default async function ipAvailabilityRoutes(app: App, deps: RouteDeps) {
  const network = deps.services.network;
  const adminOnly = (req: Parameters<typeof authOf>[0]) => {
    if (!authOf(req).isAdmin) throw NeutronErrors.policy("rule:get_network_ip_availability");
  };
  app.get(
    "/v2.0/network-ip-availabilities",
    {
      schema: {
        operationId: "network.ip_availabilities.list",
        tags: ["network"],
        summary: "List IP availability of networks (admin)",
        querystring: listQuery,
        response: { 200: z.object({ network_ip_availabilities: z.array(availability) }) },
      },
    },
    async (req) => {
      adminOnly(req);
      const q = req.query as Query;
      const all = await network.ipAvailabilities();
      // ip_version filters the networks that have a subnet of that version.
      const ipv = q.ip_version;
      const { ip_version: _v, ...rest } = q;
      let items = filterBodies(all, rest);
      if (ipv !== undefined) {
        const want = (Array.isArray(ipv) ? ipv : [ipv]).map(Number);
        items = items.filter((n) => (n.subnet_ip_availability as { ip_version: number }[]).some((s) => want.includes(s.ip_version)));
      }
      return { network_ip_availabilities: items.map((b) => project(b, q)) };
    },
  );
  app.get(
    "/v2.0/network-ip-availabilities/:id",
    {
      schema: {
        operationId: "network.ip_availabilities.show",
        tags: ["network"],
        summary: "Show IP availability of one network (admin)",
        params: z.object({ id: z.string() }),
        querystring: showQuery,
        response: { 200: z.object({ network_ip_availability: availability }) },
      },
    },
    async (req) => {
      adminOnly(req);
      const [a] = await network.ipAvailabilities({ networkIds: [req.params.id] });
      if (!a) throw NeutronErrors.networkNotFound(req.params.id);
      return { network_ip_availability: project(a, req.query as Query) };
    },
  );
}
