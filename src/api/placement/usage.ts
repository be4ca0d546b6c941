import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import { PlacementErrors, providerNotFoundMessage } from "../../placement/errors.js";
import { UNKNOWN_CONSUMER_TYPE } from "../../placement/service.js";
import { cacheHeaders, checkAccept, queryOf, requireVersion, tags } from "./common.js";
import { lastOf, usagesSchema, validateQuery } from "./query.js";
import { providerParams, providerUsages, totalUsages, usagesQuery } from "./schemas.js";
import { totalUsagesView, usagesView } from "./views.js";

/** Usages (placement/handlers/usage.py): of one provider, and of a project's consumers. */
export default async function usageRoutes(app: App, deps: RouteDeps) {
  const placement = deps.services.placement;

  app.get(
    "/resource_providers/:uuid/usages",
    {
      exposeHeadRoute: false,
      schema: {
        operationId: "placement.usages.provider",
        tags,
        summary: "Show a resource provider's usages",
        description: "Admin or service role. What the allocations on the host use, 0 for an unused class. Microversions 1.0 to latest.",
        params: providerParams,
        response: { 200: providerUsages },
      },
    },
    async (req, reply) => {
      checkAccept(req);
      authorize(authOf(req), "placement:resource_providers:usages", "placement_admin_or_service");
      const p = await placement.provider(req.params.uuid);
      if (!p) throw PlacementErrors.notFound(`No resource provider with uuid ${req.params.uuid} found: ${providerNotFoundMessage(req.params.uuid)}`);
      const usage = await placement.usage(p);
      cacheHeaders(req, reply, deps.clock.now());
      return usagesView(p, usage);
    },
  );

  app.get(
    "/usages",
    {
      exposeHeadRoute: false,
      schema: {
        operationId: "placement.usages.total",
        tags,
        summary: "Show the usages of a project",
        description:
          "Admin, service role, or a reader of the project. Sums the allocations of the project's (or the user's) instances and migrations; " +
          "from 1.38 grouped by consumer type (Nova's consumers have none: unknown) with a consumer_count. Microversions 1.9 to latest.",
        querystring: usagesQuery,
        response: { 200: totalUsages },
      },
    },
    async (req, reply) => {
      requireVersion(req, "1.9");
      checkAccept(req);
      const q = queryOf(req);
      const projectId = lastOf(q, "project_id");
      authorize(authOf(req), "placement:usages", "placement_admin_or_project_reader_or_service", { projectId: projectId ?? null });
      const v = req.apiVersion;
      validateQuery(q, usagesSchema(v));
      const userId = lastOf(q, "user_id") || undefined;
      const consumerType = lastOf(q, "consumer_type");
      const usage = await placement.totalUsage(projectId!, userId);
      cacheHeaders(req, reply, deps.clock.now());
      // Every consumer Nova made is of the unknown type: "all" and "unknown" see them, another type sees none.
      const key = consumerType === undefined || consumerType === UNKNOWN_CONSUMER_TYPE ? UNKNOWN_CONSUMER_TYPE : consumerType === "all" ? "all" : null;
      return totalUsagesView(usage, v, key);
    },
  );
}
