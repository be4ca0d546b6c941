import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import { PlacementErrors, providerNotFoundMessage, traitNotFoundMessage } from "../../placement/errors.js";
import { cacheHeaders, checkAccept, queryOf, requireVersion, tags } from "./common.js";
import { lastOf, traitListSchema, validateQuery } from "./query.js";
import { nameParams, providerParams, traitList, traitListQuery } from "./schemas.js";
import { traitsView } from "./views.js";

/** Traits (placement/handlers/trait.py), read-only: the standard ones Placement knows, and each provider's. */
export default async function traitRoutes(app: App, deps: RouteDeps) {
  const placement = deps.services.placement;

  app.get(
    "/traits",
    {
      exposeHeadRoute: false,
      schema: {
        operationId: "placement.traits.list",
        tags,
        summary: "List traits",
        description:
          "Admin or service role. The standard traits a compute node can report (Nova's capability traits, COMPUTE_NODE, OWNER_NOVA, " +
          "COMPUTE_STATUS_DISABLED); ?name=in:A,B or startswith:P, ?associated=true|false. Microversions 1.6 to latest.",
        querystring: traitListQuery,
        response: { 200: traitList },
      },
    },
    async (req, reply) => {
      requireVersion(req, "1.6");
      checkAccept(req);
      authorize(authOf(req), "placement:traits:list", "placement_admin_or_service");
      const q = queryOf(req);
      validateQuery(q, traitListSchema);
      const filters: { nameIn?: string[]; prefix?: string; associated?: boolean } = {};
      const name = lastOf(q, "name");
      if (name !== undefined) {
        const colon = name.indexOf(":");
        if (colon < 0) {
          throw PlacementErrors.badRequest(
            `Badly formatted name parameter. Expected name query string parameter in form: ?name=[in|startswith]:[name1,name2|prefix]. Got: "${name}"`,
          );
        }
        const [op, value] = [name.slice(0, colon), name.slice(colon + 1)];
        if (op === "in") filters.nameIn = value.split(",");
        else if (op === "startswith") filters.prefix = value;
      }
      const associated = lastOf(q, "associated");
      if (associated !== undefined) {
        if (!["true", "false"].includes(associated.toLowerCase())) {
          throw PlacementErrors.badRequest('The query parameter "associated" only accepts "true" or "false"');
        }
        filters.associated = associated.toLowerCase() === "true";
      }
      const traits = await placement.traits(filters);
      cacheHeaders(req, reply, deps.clock.now());
      return traitsView(traits);
    },
  );

  app.get(
    "/traits/:name",
    {
      exposeHeadRoute: false,
      schema: {
        operationId: "placement.traits.show",
        tags,
        summary: "Check that a trait exists",
        description: "Admin or service role. 204 when it exists, 404 otherwise. Microversions 1.6 to latest.",
        params: nameParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      requireVersion(req, "1.6");
      authorize(authOf(req), "placement:traits:show", "placement_admin_or_service");
      if (!placement.isTrait(req.params.name)) throw PlacementErrors.notFound(traitNotFoundMessage(req.params.name));
      cacheHeaders(req, reply, deps.clock.now());
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/resource_providers/:uuid/traits",
    {
      exposeHeadRoute: false,
      schema: {
        operationId: "placement.traits.provider",
        tags,
        summary: "List a resource provider's traits",
        description: "Admin or service role. What the fake driver's compute node reports, plus COMPUTE_STATUS_DISABLED while its service is disabled. Microversions 1.6 to latest.",
        params: providerParams,
        response: { 200: traitList },
      },
    },
    async (req, reply) => {
      requireVersion(req, "1.6");
      checkAccept(req);
      authorize(authOf(req), "placement:resource_providers:traits:list", "placement_admin_or_service");
      const p = await placement.provider(req.params.uuid);
      if (!p) throw PlacementErrors.notFound(`No resource provider with uuid ${req.params.uuid} found: ${providerNotFoundMessage(req.params.uuid)}`);
      cacheHeaders(req, reply, deps.clock.now());
      return traitsView(p.traits, p);
    },
  );
}
