import Fastify, { LogController, type FastifyServerOptions } from "fastify";
import crypto from "node:crypto";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { buildServices, type App, type AppDeps, type RouteDeps } from "./composition.js";
import authPlugin from "./http/auth.js";
import { errorHandler, notFoundHandler } from "./http/errors.js";
import { repairPathEncoding } from "./http/path-encoding.js";
import { serviceOf } from "./http/services.js";
import { responseSerializer } from "./http/serializer.js";
import openapiPlugin from "./http/openapi.js";
import metricsPlugin from "./http/metrics.js";
import { statsService } from "./simulator/stats.js";
import identityRoutes from "./api/identity/index.js";
import versionRoutes from "./api/versions.js";
import computeVersionRoutes from "./api/compute/versions.js";
import computeRoutes from "./api/compute/index.js";
import imageRoutes from "./api/image/index.js";
import networkRoutes from "./api/network/index.js";
import placementRoutes from "./api/placement/index.js";
import simRoutes from "./api/sim/index.js";
import volumeVersionRoutes from "./api/volume/versions.js";
import volumeRoutes from "./api/volume/index.js";
import simConsoleRoutes from "./api/sim/console.js";
import microversionPlugin from "./http/microversion.js";
import simPlugin from "./http/sim.js";
import { simClockOn } from "./clock.js";

/** Largest request body accepted, as Nova's and Keystone's size limit middleware (112 KiB). */
export const BODY_LIMIT = 112 * 1024;

/** Build the application; the caller listens (src/server.ts) or injects (tests). */
export async function buildApp(deps: AppDeps): Promise<App> {
  deps = { ...deps, clock: simClockOn(deps.clock) }; // the simulated clock (/sim/v1/clock) is what every part reads
  const app = Fastify({
    loggerInstance: deps.logger,
    // One log line per request is written by the onResponse hook below.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: "request_id" }),
    bodyLimit: BODY_LIMIT,
    genReqId: () => `req-${crypto.randomUUID()}`,
    trustProxy: !!deps.config.publicUrl,
    // Clients may put a trailing slash on any URL; OpenStack services accept both.
    // Path parameters as long as a request line may be (eventlet's 8 KiB): a long id is the route's 404, not a 414.
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true, maxParamLength: 8192 },
    // A path with escapes that are not UTF-8 routes as under a Python WSGI server (src/http/path-encoding.ts).
    rewriteUrl: (req) => repairPathEncoding(req.url ?? "/"),
    // Whatever else the router refuses before routing gets the service's own error body too.
    frameworkErrors: (err, req, reply) => errorHandler(err, req, reply),
    // Every schema is zod: validation by fastify-type-provider-zod, bodies by src/http/serializer.ts.
    // Given here, fastify never loads and sets up its default compilers (ajv, fast-json-stringify) at start.
    schemaController: {
      // fastify's option types assume ajv's compiler signatures; ours are the zod ones its routes take.
      compilersFactory: {
        buildValidator: () => validatorCompiler,
        buildSerializer: () => responseSerializer(deps.config.validateResponses),
      } as unknown as NonNullable<NonNullable<FastifyServerOptions["schemaController"]>["compilersFactory"]>,
    },
  }).withTypeProvider<ZodTypeProvider>() as unknown as App;

  // OpenStack APIs take JSON (and, per route, Glance's raw image data): no plain-text bodies.
  app.removeContentTypeParser("text/plain");
  // Clients (Tempest among them) send Content-Type: application/json on bodiless DELETEs and GETs:
  // an empty JSON body is no body, as for the Python services.
  const json = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (req, body, done) => {
    if (body === "" || (typeof body === "string" && body.trim() === "" && req.method !== "POST" && req.method !== "PUT")) return done(null, undefined);
    return json(req, body as string, done);
  });
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);

  app.addHook("onRequest", async (req, reply) => {
    reply.header("x-openstack-request-id", req.id);
    if (serviceOf(req.url) === "compute") reply.header("x-compute-request-id", req.id);
  });
  // OpenStack APIs answer "no body" with an empty body (202s of actions, deletes), never JSON null.
  app.addHook("onSend", async (_req, _reply, payload) => (payload === "null" ? "" : payload));
  app.addHook("onResponse", async (req, reply) => {
    req.log.info(
      { method: req.method, path: req.url, status: reply.statusCode, duration_ms: Math.round(reply.elapsedTime * 100) / 100 },
      "request",
    );
  });

  const services = buildServices(deps);
  app.decorate("services", services);
  app.addHook("onClose", async () => services.worker.stop());
  const routeDeps: RouteDeps = { config: deps.config, clock: deps.clock, logger: deps.logger, services };

  await app.register(simPlugin, { sim: services.sim });
  await app.register(openapiPlugin, { docs: deps.config.docs });
  await app.register(metricsPlugin, { stats: statsService(deps), scheduler: services.scheduler });
  await app.register(authPlugin, { tokens: services.tokens, publicUrl: deps.config.publicUrl });
  await app.register(microversionPlugin, { prefixes: ["/compute/v2.1", "/compute/v2"] });
  await app.register(versionRoutes, routeDeps);
  await app.register(computeVersionRoutes, routeDeps);
  await app.register((i: App) => identityRoutes(i, routeDeps), { prefix: "/identity" });
  await app.register((i: App) => computeRoutes(i, routeDeps), { prefix: "/compute/v2.1" });
  await app.register((i: App) => imageRoutes(i, routeDeps), { prefix: "/image" });
  await app.register((i: App) => networkRoutes(i, routeDeps), { prefix: "/networking" });
  await app.register((i: App) => placementRoutes(i, routeDeps), { prefix: "/placement" });
  await app.register(volumeVersionRoutes, routeDeps);
  await app.register((i: App) => volumeRoutes(i, routeDeps), { prefix: "/volume" });
  await app.register((i: App) => simRoutes(i, routeDeps), { prefix: "/sim/v1" });
  await app.register((i: App) => simConsoleRoutes(i), { prefix: "/sim" });
  return app;
}

export type { App, AppDeps, RouteDeps } from "./composition.js";
