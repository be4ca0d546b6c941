import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import { PlacementErrors, providerNotFoundMessage } from "../../placement/errors.js";
import { cacheHeaders, checkAccept, tags } from "./common.js";
import { consumerAllocations, consumerParams, providerAllocations, providerParams } from "./schemas.js";
import { consumerAllocationsView, providerAllocationsView } from "./views.js";

/**
 * Allocations (placement/handlers/allocation.py), read-only: the claims the
 * scheduler writes, by provider and by consumer (an instance, or the
 * migration holding a move's source allocation).
 */
export default async function allocationRoutes(app: App, deps: RouteDeps) {
  const placement = deps.services.placement;

  app.get(
    "/resource_providers/:uuid/allocations",
    {
      exposeHeadRoute: false,
      schema: {
        operationId: "placement.allocations.provider",
        tags,
        summary: "List the allocations against a resource provider",
        description: "Admin or service role. By consumer; consumer_generation from 1.28. Microversions 1.0 to latest.",
        params: providerParams,
        response: { 200: providerAllocations },
      },
    },
    async (req, reply) => {
      checkAccept(req);
      authorize(authOf(req), "placement:resource_providers:allocations:list", "placement_admin_or_service");
      const { uuid } = req.params;
      const p = await placement.provider(uuid);
      if (!p) throw PlacementErrors.notFound(`Resource provider '${uuid}' not found: ${providerNotFoundMessage(uuid)}`);
      const byConsumer = await placement.providerAllocations(p);
      cacheHeaders(req, reply, deps.clock.now());
      return providerAllocationsView(p, byConsumer, req.apiVersion, placement.consumerGeneration);
    },
  );

  app.get(
    "/allocations/:consumer_uuid",
    {
      exposeHeadRoute: false,
      schema: {
        operationId: "placement.allocations.consumer",
        tags,
        summary: "List a consumer's allocations",
        description:
          "Admin or service role. By resource provider; project_id and user_id from 1.12, consumer_generation from 1.28, " +
          "consumer_type from 1.38. An unknown consumer has no allocations (200, not 404). Microversions 1.0 to latest.",
        params: consumerParams,
        response: { 200: consumerAllocations },
      },
    },
    async (req, reply) => {
      checkAccept(req);
      authorize(authOf(req), "placement:allocations:list", "placement_admin_or_service");
      const c = await placement.consumerAllocations(req.params.consumer_uuid);
      cacheHeaders(req, reply, deps.clock.now());
      return consumerAllocationsView(c, req.apiVersion);
    },
  );
}
