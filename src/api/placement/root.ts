import type { App, RouteDeps } from "../../composition.js";
import { PLACEMENT_MAX_VERSION, PLACEMENT_MIN_VERSION } from "../../placement/versions.js";
import { cacheHeaders, tags } from "./common.js";
import { versionsResponse } from "./schemas.js";

/** GET /placement (placement/handlers/root.py): the version document, no token needed. */
export default async function rootRoutes(app: App, deps: RouteDeps) {
  app.get(
    "",
    {
      exposeHeadRoute: false,
      config: { public: true },
      schema: {
        operationId: "placement.versions",
        tags,
        summary: "List Placement API versions",
        description: "The one version, with the microversion range (1.0 to 1.39). The self link is relative: an empty href.",
        security: [],
        response: { 200: versionsResponse },
      },
    },
    async (req, reply) => {
      cacheHeaders(req, reply, deps.clock.now());
      return {
        versions: [
          { id: `v${PLACEMENT_MIN_VERSION}`, max_version: PLACEMENT_MAX_VERSION, min_version: PLACEMENT_MIN_VERSION, status: "CURRENT", links: [{ rel: "self", href: "" }] },
        ],
      };
    },
  );
}
