import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from "fastify";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Config } from "./config.js";
import type { Clock } from "./clock.js";
import type { Database } from "./db/client.js";
import { tokenService } from "./identity/tokens.js";
import { buildCompute } from "./compute/wiring.js";

/**
 * The composition root: what the process is built from (AppDeps) and the
 * domain services built once from it at start. Routes receive `RouteDeps`,
 * which holds services and settings, never the database.
 */
export interface AppDeps {
  config: Config;
  db: Database;
  clock: Clock;
  logger: Logger;
}

export function buildServices(deps: AppDeps) {
  return {
    tokens: tokenService(deps.db.prisma, deps.clock, { ttlSeconds: deps.config.tokenTtl }),
    // The compute engine: collaborators, worker, action engine and compute service.
    ...buildCompute(deps),
  };
}

export type Services = ReturnType<typeof buildServices>;

/** The app as route plugins see it: zod schemas type their requests. */
export type App = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

/** What route plugins receive. */
export type RouteDeps = AppDeps & { services: Services };

declare module "fastify" {
  interface FastifyInstance {
    services: Services;
  }
}
