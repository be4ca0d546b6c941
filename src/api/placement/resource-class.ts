import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import { PlacementErrors } from "../../placement/errors.js";
import { STANDARD_RESOURCE_CLASSES } from "../../placement/standards.js";
import { cacheHeaders, checkAccept, mountPoint, requireVersion, tags } from "./common.js";
import { nameParams, resourceClass, resourceClassList } from "./schemas.js";
import { resourceClassView } from "./views.js";

/** /resource_classes (placement/handlers/resource_class.py), read-only: the standard classes (os-resource-classes). */
export default async function resourceClassRoutes(app: App, deps: RouteDeps) {
  const placement = deps.services.placement;

  app.get(
    "/resource_classes",
    {
      exposeHeadRoute: false,
      schema: {
        operationId: "placement.resource_classes.list",
        tags,
        summary: "List resource classes",
        description: "Admin or service role. The standard resource classes. Microversions 1.2 to latest.",
        response: { 200: resourceClassList },
      },
    },
    async (req, reply) => {
      requireVersion(req, "1.2");
      checkAccept(req);
      authorize(authOf(req), "placement:resource_classes:list", "placement_admin_or_service");
      const root = mountPoint(req, deps.config.publicUrl);
      cacheHeaders(req, reply, deps.clock.now());
      return { resource_classes: STANDARD_RESOURCE_CLASSES.map((rc) => resourceClassView(rc, root)) };
    },
  );

  app.get(
    "/resource_classes/:name",
    {
      exposeHeadRoute: false,
      schema: {
        operationId: "placement.resource_classes.show",
        tags,
        summary: "Show a resource class",
        description: "Admin or service role. Microversions 1.2 to latest.",
        params: nameParams,
        response: { 200: resourceClass },
      },
    },
    async (req, reply) => {
      requireVersion(req, "1.2");
      checkAccept(req);
      authorize(authOf(req), "placement:resource_classes:show", "placement_admin_or_service");
      if (!placement.isResourceClass(req.params.name)) throw PlacementErrors.resourceClassNotFound(req.params.name);
      cacheHeaders(req, reply, deps.clock.now());
      return resourceClassView(req.params.name, mountPoint(req, deps.config.publicUrl));
    },
  );
}
