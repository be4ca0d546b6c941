import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { Invalid, NotFound } from "../../errors.js";
import { authOf } from "../../http/context.js";
import { novaParse, parseVersionedBody, versionedBodyValidator } from "../../http/versioned.js";
import { authorize } from "../../identity/policy.js";
import { isUuidLike } from "../../simulator/hosts.js";
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

  app.put(
    "/os-services/:service_id",
    {
      validatorCompiler: versionedBodyValidator,
      schema: {
        operationId: "compute.services.update",
        tags,
        summary: "Enable, disable or force down a compute service",
        description:
          "Admin only; nova-compute services only (400 for others). Before 2.53 the path names the action " +
          "(`enable`, `disable`, `disable-log-reason`, and from 2.11 `force-down`) and the body the host and binary; " +
          "from 2.53 the path holds the service's UUID and the body its `status`, `disabled_reason` and/or `forced_down`. " +
          "A disabled or forced-down host takes no new servers.",
        params: svcSchemas.idParams,
        body: svcSchemas.updateBodyDoc,
        response: { 200: svcSchemas.updateResponse },
      },
    },
    async (req) => {
      const v = req.apiVersion;
      const body = parseVersionedBody(req, svcSchemas.updateBodyTable);
      const id = req.params.service_id;
      if (v.atLeast("2.53")) {
        if (!isUuidLike(id)) throw new Invalid(`Invalid uuid ${id}`);
        authorize(authOf(req), "os_compute_api:os-services:update", "admin_api");
        return { service: serviceView(await hostSvc.updateByUuid(id, body), { version: v }) };
      }
      authorize(authOf(req), "os_compute_api:os-services:update", "admin_api");
      const host = body.host!;
      const binary = body.binary!;
      switch (id) {
        case "enable":
          await hostSvc.updateByHostAndBinary(host, binary, { disabled: false, disabledReason: null });
          return { service: { host, binary, status: "enabled" as const } };
        case "disable":
          await hostSvc.updateByHostAndBinary(host, binary, { disabled: true, disabledReason: null });
          return { service: { host, binary, status: "disabled" as const } };
        case "disable-log-reason": {
          const reason = body.disabled_reason;
          if (reason === undefined) throw new Invalid("Missing disabled reason field");
          await hostSvc.updateByHostAndBinary(host, binary, { disabled: true, disabledReason: reason });
          return { service: { host, binary, status: "disabled" as const, disabled_reason: reason } };
        }
        case "force-down": {
          if (!v.atLeast("2.11")) break;
          const forced = body.forced_down;
          if (forced === undefined) throw new Invalid("Missing forced_down field");
          if (binary === "nova-compute" && !forced) await hostSvc.checkForceUp(host);
          await hostSvc.updateByHostAndBinary(host, binary, { forcedDown: forced });
          return { service: { host, binary, forced_down: forced } };
        }
      }
      throw new NotFound("Unknown action");
    },
  );

  app.delete(
    "/os-services/:service_id",
    {
      schema: {
        operationId: "compute.services.delete",
        tags,
        summary: "Delete a service",
        description:
          "Admin only. An integer id before 2.53, a UUID from 2.53. Deleting a nova-compute service removes its host " +
          "(compute node, resource provider, aggregate memberships); 409 while it hosts instances or has migrations in progress. " +
          "A configured host comes back when novasim restarts, as a restarted nova-compute registers again.",
        params: svcSchemas.idParams,
        response: { 204: z.undefined().describe("No body") },
      },
    },
    async (req, reply) => {
      authorize(authOf(req), "os_compute_api:os-services:delete", "admin_api");
      const id = req.params.service_id;
      if (req.apiVersion.atLeast("2.53")) {
        if (!isUuidLike(id)) throw new Invalid(`Invalid uuid ${id}`);
        await hostSvc.deleteService({ uuid: id }, id);
      } else {
        if (!/^\s*[+-]?\d+\s*$/.test(id)) throw new Invalid("Invalid input received: id must be an integer");
        const n = Number(id.trim());
        await hostSvc.deleteService({ id: Number.isSafeInteger(n) ? n : -1 }, id);
      }
      return reply.code(204).send(undefined);
    },
  );
}
