import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import { PlacementErrors } from "../../placement/errors.js";
import { cacheHeaders, checkAccept, requireVersion, tags } from "./common.js";
import { aggregateList, providerParams } from "./schemas.js";
import { aggregatesView } from "./views.js";

/**
 * GET /resource_providers/{uuid}/aggregates (placement/handlers/aggregate.py):
 * the uuids of the Nova host aggregates of the provider's host, which Nova
 * mirrors into Placement aggregates as hosts join and leave them.
 */
export default async function aggregateRoutes(app: App, deps: RouteDeps) {
  const placement = deps.services.placement;

  app.get(
    "/resource_providers/:uuid/aggregates",
    {
      exposeHeadRoute: false,
      schema: {
        operationId: "placement.aggregates.provider",
        tags,
        summary: "List a resource provider's aggregates",
        description: "Admin or service role. resource_provider_generation from 1.19. Microversions 1.1 to latest.",
        params: providerParams,
        response: { 200: aggregateList },
      },
    },
    async (req, reply) => {
      checkAccept(req);
      requireVersion(req, "1.1");
      authorize(authOf(req), "placement:resource_providers:aggregates:list", "placement_admin_or_service");
      const p = await placement.provider(req.params.uuid);
      if (!p) throw PlacementErrors.providerNotFound(req.params.uuid);
      const aggregates = await placement.aggregates(p);
      cacheHeaders(req, reply, deps.clock.now());
      return aggregatesView(p, aggregates, req.apiVersion);
    },
  );
}
