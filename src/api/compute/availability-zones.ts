import { STRICT_QUERY_FROM } from "../../http/microversion.js";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import * as azSchemas from "./schemas/availability-zones.js";
import { zoneDetailView, zoneListView } from "./views/availability-zones.js";

/** os-availability-zone (nova/api/openstack/compute/availability_zone.py): the zones of the hosts and the internal zone. */
export default async function availabilityZoneRoutes(app: App, deps: RouteDeps) {
  const hostSvc = deps.services.hosts;
  const tags = ["compute"];

  app.get(
    "/os-availability-zone",
    {
      config: { noQuery: STRICT_QUERY_FROM },
      schema: {
        operationId: "compute.availability_zones.list",
        tags,
        summary: "List availability zones",
        querystring: azSchemas.listQuery,
        response: { 200: azSchemas.zoneList },
      },
    },
    async (req) => {
      authorize(authOf(req), "os_compute_api:os-availability-zone:list", "any_authenticated");
      return zoneListView(await hostSvc.services());
    },
  );

  app.get(
    "/os-availability-zone/detail",
    {
      config: { noQuery: STRICT_QUERY_FROM },
      schema: {
        operationId: "compute.availability_zones.detail",
        tags,
        summary: "List availability zones with their hosts and services",
        description: "Admin only.",
        querystring: azSchemas.listQuery,
        response: { 200: azSchemas.zoneList },
      },
    },
    async (req) => {
      authorize(authOf(req), "os_compute_api:os-availability-zone:detail", "admin_api");
      return zoneDetailView(await hostSvc.services());
    },
  );
}
