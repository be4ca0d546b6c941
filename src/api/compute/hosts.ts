import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { novaParse } from "../../http/versioned.js";
import { authorize } from "../../identity/policy.js";
import { last } from "./query.js";
import * as hostSchemas from "./schemas/hosts.js";
import { hostListView, hostShowView } from "./views/hosts.js";

const MAX = "2.42";

/**
 * os-hosts (nova/api/openstack/compute/hosts.py): deprecated, 404 from 2.43.
 * The simulated hosts answer status, maintenance and power calls as Nova's
 * fake virt driver does: they echo the requested state and change nothing
 * (os-services is where a host is disabled).
 */
export default async function hostRoutes(app: App, deps: RouteDeps) {
  const hostSvc = deps.services.hosts;
  const tags = ["compute"];
  const versions = { max: MAX };

  app.get(
    "/os-hosts",
    {
      config: { versions },
      schema: {
        operationId: "compute.hosts.list",
        tags,
        summary: "List hosts (deprecated)",
        description: "Admin only. One entry per enabled service, with its RPC topic as `service`; `?zone` keeps one availability zone.",
        querystring: hostSchemas.indexQuery,
        response: { 200: hostSchemas.hostList },
      },
    },
    async (req) => {
      const q = novaParse(hostSchemas.indexQuery, req.query, "querystring");
      authorize(authOf(req), "os_compute_api:os-hosts:list", "admin_api");
      return hostListView(await hostSvc.services(), last(q.zone));
    },
  );

  app.get(
    "/os-hosts/:host_name",
    {
      config: { versions },
      schema: {
        operationId: "compute.hosts.show",
        tags,
        summary: "Show a host's resources (deprecated)",
        description: "Admin only. Totals, used now, the instances' sum, then per project. 404 for a host with no compute service.",
        params: hostSchemas.hostParams,
        querystring: hostSchemas.anyQuery,
        response: { 200: hostSchemas.hostShow },
      },
    },
    async (req) => {
      authorize(authOf(req), "os_compute_api:os-hosts:show", "admin_api");
      return hostShowView(await hostSvc.resources(req.params.host_name));
    },
  );

  app.put(
    "/os-hosts/:host_name",
    {
      config: { versions },
      schema: {
        operationId: "compute.hosts.update",
        tags,
        summary: "Set a host's status or maintenance mode (deprecated)",
        description: "Admin only. Answers what the fake virt driver answers (enabled/disabled, on_maintenance/off_maintenance); nothing changes.",
        params: hostSchemas.hostParams,
        body: hostSchemas.updateBody,
        response: { 200: hostSchemas.updateResponse },
      },
    },
    async (req) => {
      authorize(authOf(req), "os_compute_api:os-hosts:update", "admin_api");
      const name = req.params.host_name;
      const enabled = (v: string) => v.trim().toLowerCase() === "enable";
      const out: { host: string; status?: "enabled" | "disabled"; maintenance_mode?: "on_maintenance" | "off_maintenance" } = { host: name };
      if (req.body.status !== undefined) {
        await hostSvc.computeHost(name);
        out.status = enabled(req.body.status) ? "enabled" : "disabled";
      }
      if (req.body.maintenance_mode !== undefined) {
        await hostSvc.computeHost(name);
        out.maintenance_mode = enabled(req.body.maintenance_mode) ? "on_maintenance" : "off_maintenance";
      }
      return out;
    },
  );

  for (const [action, policy] of [
    ["startup", "start"],
    ["shutdown", "shutdown"],
    ["reboot", "reboot"],
  ] as const) {
    app.get(
      `/os-hosts/:host_name/${action}`,
      {
        config: { versions },
        schema: {
          operationId: `compute.hosts.${action}`,
          tags,
          summary: `${action[0]!.toUpperCase()}${action.slice(1)} a host (deprecated)`,
          description: "Admin only. The fake virt driver answers the action's name; the simulated host is not affected.",
          params: hostSchemas.hostParams,
          querystring: hostSchemas.anyQuery,
          response: { 200: hostSchemas.powerActionResponse },
        },
      },
      async (req) => {
        authorize(authOf(req), `os_compute_api:os-hosts:${policy}`, "admin_api");
        await hostSvc.computeHost(req.params.host_name);
        return { host: req.params.host_name, power_action: action };
      },
    );
  }
}
