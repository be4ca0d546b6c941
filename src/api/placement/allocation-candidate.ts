import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import { cacheHeaders, checkAccept, queryOf, requireVersion, tags } from "./common.js";
import { candidatesSchema, parseCandidateQuery, validateQuery } from "./query.js";
import { allocationCandidates, candidatesQuery } from "./schemas.js";
import { candidatesView } from "./views.js";

/**
 * GET /allocation_candidates (placement/handlers/allocation_candidate.py):
 * the hosts that can take the requested resources, each as an allocation
 * request, with a summary of their capacity ((total - reserved) *
 * allocation_ratio) and usage.
 */
export default async function allocationCandidateRoutes(app: App, deps: RouteDeps) {
  const placement = deps.services.placement;

  app.get(
    "/allocation_candidates",
    {
      exposeHeadRoute: false,
      schema: {
        operationId: "placement.allocation_candidates.list",
        tags,
        summary: "List allocation candidates",
        description:
          "Admin or service role. resources (required), limit (1.16), required (1.17), member_of (1.21), granular groups and " +
          "group_policy (1.25), in_tree (1.31), root_required (1.35), same_subtree (1.36). Dict-form allocation_requests from 1.12, " +
          "traits in provider_summaries from 1.17, every inventoried class from 1.27, parent/root from 1.29, mappings from 1.34. " +
          "Microversions 1.10 to latest.",
        querystring: candidatesQuery,
        response: { 200: allocationCandidates },
      },
    },
    async (req, reply) => {
      requireVersion(req, "1.10");
      checkAccept(req);
      authorize(authOf(req), "placement:allocation_candidates:list", "placement_admin_or_service");
      const v = req.apiVersion;
      const q = queryOf(req);
      validateQuery(q, candidatesSchema(v));
      const query = parseCandidateQuery(q, v);
      const found = await placement.candidates(query);
      cacheHeaders(req, reply, deps.clock.now());
      const requested = new Set(query.groups.flatMap((g) => Object.keys(g.resources)));
      return candidatesView(found, requested, v);
    },
  );
}
