import Fastify, {
  LogController, type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from "fastify";
import type { IncomingMessage, ServerResponse } from "node:http";
import crypto from "node:crypto";
import type { Logger } from "pino";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { Config } from "./config.js";
import type { Clock } from "./clock.js";
import type { Database } from "./db/client.js";
import { tokenService } from "./identity/tokens.js";
import { realCollaborators } from "./compute/wiring.js";
import { createWorker } from "./compute/worker.js";
import { computeService } from "./compute/servers.js";
import { actionEngine } from "./compute/actions.js";
import authPlugin from "./http/auth.js";
import { errorHandler, notFoundHandler } from "./http/errors.js";
import { serviceOf } from "./http/services.js";
import openapiPlugin from "./http/openapi.js";
import identityRoutes from "./api/identity/index.js";
import versionRoutes from "./api/versions.js";
import computeVersionRoutes from "./api/compute/versions.js";
import computeRoutes from "./api/compute/index.js";
import imageRoutes from "./api/image/index.js";
import networkRoutes from "./api/network/index.js";
import placementRoutes from "./api/placement/index.js";
import microversionPlugin from "./http/microversion.js";

export interface AppDeps {
  config: Config;
  db: Database;
  clock: Clock;
  logger: Logger;
}

export type Services = ReturnType<typeof buildServices>;
/** The app as route plugins see it: zod schemas type their requests. */
declare module "fastify" {
  interface FastifyInstance {
    services: Services;
  }
}

export type App = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;
export type RouteDeps = AppDeps & { services: Services };

/** Largest request body accepted, as Nova's and Keystone's size limit middleware (112 KiB). */
export const BODY_LIMIT = 112 * 1024;

export function buildServices(deps: AppDeps) {
  const collaborators = realCollaborators(deps.db, deps.clock);
  const worker = createWorker({ db: deps.db.prisma, clock: deps.clock, config: deps.config, logger: deps.logger, collab: collaborators });
  const actions = actionEngine({ db: deps.db.prisma, clock: deps.clock, config: deps.config, logger: deps.logger, collab: collaborators, worker });
  worker.useActions(actions);
  return {
    tokens: tokenService(deps.db.prisma, deps.clock, { ttlSeconds: deps.config.tokenTtl }),
    collaborators,
    worker,
    actions,
    compute: computeService({ db: deps.db.prisma, clock: deps.clock, config: deps.config, logger: deps.logger, collab: collaborators, worker, actions }),
  };
}

/** Build the application; the caller listens (src/server.ts) or injects (tests). */
export async function buildApp(deps: AppDeps): Promise<App> {
  const app = Fastify({
    loggerInstance: deps.logger,
    // One log line per request is written by the onResponse hook below.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: "request_id" }),
    bodyLimit: BODY_LIMIT,
    genReqId: () => `req-${crypto.randomUUID()}`,
    trustProxy: !!deps.config.publicUrl,
    // Clients may put a trailing slash on any URL; OpenStack services accept both.
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true },
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
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
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
  const routeDeps: RouteDeps = { ...deps, services };

  await app.register(openapiPlugin, { docs: deps.config.docs });
  await app.register(authPlugin, { tokens: services.tokens, publicUrl: deps.config.publicUrl });
  await app.register(microversionPlugin, { prefixes: ["/compute/v2.1", "/compute/v2"] });
  await app.register(versionRoutes, routeDeps);
  await app.register(computeVersionRoutes, routeDeps);
  await app.register((i: App) => identityRoutes(i, routeDeps), { prefix: "/identity" });
  await app.register((i: App) => computeRoutes(i, routeDeps), { prefix: "/compute/v2.1" });
  await app.register((i: App) => imageRoutes(i, routeDeps), { prefix: "/image" });
  await app.register((i: App) => networkRoutes(i, routeDeps), { prefix: "/networking" });
  await app.register((i: App) => placementRoutes(i, routeDeps), { prefix: "/placement" });
  return app;
}
