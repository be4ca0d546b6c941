import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { novaParse } from "../../http/versioned.js";
import { authorize } from "../../identity/policy.js";
import * as svcSchemas from "./schemas/services.js";
import { serviceView } from "./views/services.js";

/** os-services (nova/api/openstack/compute/services.py): the controller's services and each host's nova-compute. */
export default async function serviceRoutes(app: App, deps: RouteDeps) {
  const hostSvc = deps.services.hosts;
  const tags = ["compute"];

  app.get(
    "/os-services",
    {
      schema: {
        operationId: "compute.services.list",
        tags,
        summary: "List compute services",
        description: "Admin only. forced_down from 2.11; UUID ids from 2.53.",
        querystring: svcSchemas.listQuery,
        response: { 200: svcSchemas.serviceList },
      },
    },
    async (req) => {
      const q = novaParse(svcSchemas.listQueryTable.at(req.apiVersion), req.query, "querystring") as { host?: string; binary?: string };
      authorize(authOf(req), "os_compute_api:os-services:list", "admin_api");
      let services = await hostSvc.services();
      if (q.host) services = services.filter((s) => s.host === q.host);
      if (q.binary) services = services.filter((s) => s.binary === q.binary);
      return { services: services.map((s) => serviceView(s, { version: req.apiVersion })) };
    },
  );
}
