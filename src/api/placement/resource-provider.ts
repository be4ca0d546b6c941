import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import { PlacementErrors } from "../../placement/errors.js";
import type { ProviderFilters } from "../../placement/service.js";
import { cacheHeaders, checkAccept, latest, mountPoint, queryOf, tags } from "./common.js";
import { lastOf, parseMemberOfParams, parseResources, parseTraitParams, providerListSchema, validateQuery } from "./query.js";
import { providerListQuery, providerParams, resourceProvider, resourceProviderList } from "./schemas.js";
import { resourceProviderView } from "./views.js";

/** /resource_providers (placement/handlers/resource_provider.py), read-only: one provider per simulated host. */
export default async function resourceProviderRoutes(app: App, deps: RouteDeps) {
  const placement = deps.services.placement;

  app.get(
    "/resource_providers",
    {
      exposeHeadRoute: false,
      schema: {
        operationId: "placement.resource_providers.list",
        tags,
        summary: "List resource providers",
        description:
          "Admin or service role. Filters: name, uuid; member_of (1.3), resources (1.4), in_tree (1.14), required (1.18). " +
          "Parent and root provider uuids from 1.14. Microversions 1.0 to latest.",
        querystring: providerListQuery,
        response: { 200: resourceProviderList },
      },
    },
    async (req, reply) => {
      checkAccept(req);
      authorize(authOf(req), "placement:resource_providers:list", "placement_admin_or_service");
      const v = req.apiVersion;
      const q = queryOf(req);
      validateQuery(q, providerListSchema(v));
      const filters: ProviderFilters = {};
      if (q.member_of !== undefined) filters.aggregates = parseMemberOfParams(q, v);
      if (q.required !== undefined) filters.traits = parseTraitParams(q, v);
      // get_all_by_filters skips an empty name or uuid.
      if (lastOf(q, "uuid")) filters.uuid = lastOf(q, "uuid");
      if (lastOf(q, "name")) filters.name = lastOf(q, "name");
      if (lastOf(q, "in_tree")) filters.inTree = lastOf(q, "in_tree");
      if (q.resources !== undefined) filters.resources = parseResources(lastOf(q, "resources")!);
      const list = await placement.providers(filters);
      cacheHeaders(req, reply, latest(list.map((p) => p.updatedAt), deps.clock.now()));
      const root = mountPoint(req, deps.config.publicUrl);
      return { resource_providers: list.map((p) => resourceProviderView(p, v, root)) };
    },
  );

  app.get(
    "/resource_providers/:uuid",
    {
      exposeHeadRoute: false,
      schema: {
        operationId: "placement.resource_providers.show",
        tags,
        summary: "Show a resource provider",
        description: "Admin or service role. Microversions 1.0 to latest.",
        params: providerParams,
        response: { 200: resourceProvider },
      },
    },
    async (req, reply) => {
      checkAccept(req);
      authorize(authOf(req), "placement:resource_providers:show", "placement_admin_or_service");
      const p = await placement.provider(req.params.uuid);
      if (!p) throw PlacementErrors.providerNotFound(req.params.uuid);
      cacheHeaders(req, reply, p.updatedAt);
      return resourceProviderView(p, req.apiVersion, mountPoint(req, deps.config.publicUrl));
    },
  );
}
