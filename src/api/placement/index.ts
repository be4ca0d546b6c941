import type { FastifyRequest } from "fastify";
import type { App, RouteDeps } from "../../composition.js";
import { PlacementErrors } from "../../placement/errors.js";
import aggregate from "./aggregate.js";
import allocation from "./allocation.js";
import allocationCandidate from "./allocation-candidate.js";
import { placementErrorHandler } from "./errors.js";
import inventory from "./inventory.js";
import { placementVersionHook } from "./microversion.js";
import resourceClass from "./resource-class.js";
import resourceProvider from "./resource-provider.js";
import root from "./root.js";
import trait from "./trait.js";
import usage from "./usage.js";

/**
 * The Placement API, mounted at /placement, read-only: one module per
 * Placement handler module (placement/handlers/*.py). Every request here
 * negotiates a Placement microversion and errors take Placement's body.
 *
 * Writes are not served: a method Placement routes (PUT, POST, DELETE on
 * its URLs) is answered as handler.handle_405 answers a method it does not
 * route, 405 with an Allow header naming the methods that are served. So
 * is HEAD, which Placement does not route either.
 */
const PLUGINS = [root, resourceProvider, inventory, usage, aggregate, allocation, trait, resourceClass, allocationCandidate];

/** Placement URLs that have only write methods (POST /allocations, POST /reshaper). */
const WRITE_ONLY = ["/placement/allocations", "/placement/reshaper"];

/** A route's URL as a pattern over request paths (":uuid" is one segment, as a Routes "{uuid}"). */
const pathPattern = (url: string) => new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/:\w+/g, "[^/]+")}$`);

export default async function placementRoutes(app: App, deps: RouteDeps) {
  const served: { pattern: RegExp; method: string }[] = WRITE_ONLY.map((url) => ({ pattern: pathPattern(url), method: "" }));
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) served.push({ pattern: pathPattern(route.url), method });
  });
  app.addHook("onRequest", placementVersionHook);
  app.setErrorHandler(placementErrorHandler);
  app.setNotFoundHandler(async (req: FastifyRequest) => {
    const path = req.url.split("?")[0]!.replace(/\/{2,}/g, "/").replace(/(.)\/$/, "$1");
    const matching = served.filter((s) => s.pattern.test(path));
    if (!matching.length) throw PlacementErrors.noRoute();
    throw PlacementErrors.methodNotAllowed(matching.map((s) => s.method).filter(Boolean));
  });
  for (const plugin of PLUGINS) await app.register((i: App) => plugin(i, deps));
}
