import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { parseVersionedBody, versionedBodyValidator } from "../../http/versioned.js";
import { authorize } from "../../identity/policy.js";
import * as schemas from "./schemas/server-external-events.js";

/** os-server-external-events (nova/api/openstack/compute/server_external_events.py): events from other services. */
export default async function serverExternalEventRoutes(app: App, deps: RouteDeps) {
  app.post(
    "/os-server-external-events",
    {
      validatorCompiler: versionedBodyValidator,
      schema: {
        operationId: "compute.server_external_events.create",
        tags: ["compute"],
        summary: "Send events about servers",
        description:
          "The service role or admin. Each event gets its own code: 200 accepted, 400 missing a needed tag, " +
          "404 unknown server, 422 server without a host. 200 when all were accepted, else 207.",
        body: schemas.createBodyDoc,
        response: { 200: schemas.createResponse, 207: schemas.createResponse },
      },
    },
    async (req, reply) => {
      const { events } = parseVersionedBody(req, schemas.createBody);
      authorize(authOf(req), "os_compute_api:os-server-external-events:create", "service_or_admin");
      const out = await deps.services.externalEvents.create(events);
      reply.code(out.code);
      return { events: out.events };
    },
  );
}
