import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from "fastify";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Config } from "./config.js";
import type { Clock } from "./clock.js";
import type { Database } from "./db/client.js";
import { tokenService } from "./identity/tokens.js";
import { identityAdmin } from "./identity/admin.js";
import { imageService } from "./image/service.js";
import { networkService } from "./network/service.js";
import { hostService } from "./simulator/hosts.js";
import { flavorService } from "./compute/flavors.js";
import { keypairService } from "./compute/keypairs.js";
import { serverGroupService } from "./compute/server-groups.js";
import { quotaService } from "./compute/quotas.js";
import { usageService } from "./compute/usage.js";
import { buildCompute } from "./compute/wiring.js";
import { aggregateService } from "./compute/aggregates.js";
import { externalEventService } from "./compute/external-events.js";
import { placementService } from "./placement/service.js";
import { volumeService } from "./volume/service.js";
import { simControl } from "./simulator/control.js";
import { simClockOn } from "./clock.js";

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
  const tokens = tokenService(deps);
  const compute = buildCompute(deps);
  const sim = simControl({
    config: deps.config,
    database: deps.db,
    clock: simClockOn(deps.clock),
    logger: deps.logger,
    worker: compute.worker,
    invalidate: () => {
      tokens.forgetAll();
      compute.scheduler.forget();
    },
  });
  // The compute engine asks the simulator's fault rules at each build and action.
  compute.collaborators.faults = sim.faults.port;
  compute.collaborators.events = sim.events;
  return {
    // Keystone: tokens and the admin API (projects, users, roles, domains, grants); identity writes drop the token cache.
    tokens,
    identityAdmin: identityAdmin({ ...deps, changed: tokens.forgetAll }),
    // Glance.
    images: imageService(deps),
    // Neutron: networks, subnets, ports, security groups, quotas, IP availability.
    network: networkService(deps),
    // Nova's other resources: flavors, key pairs, server groups, quotas and limits, usage, hosts (hypervisors, services, zones).
    flavors: flavorService(deps),
    keypairs: keypairService(deps),
    serverGroups: serverGroupService(deps),
    quotas: quotaService(deps),
    usage: usageService(deps),
    hosts: hostService(deps),
    // Host aggregates and the availability zones they make.
    aggregates: aggregateService({ db: deps.db, clock: deps.clock, defaultZone: deps.config.availabilityZone }),
    // Events about servers from Neutron, Cinder and Cyborg.
    externalEvents: externalEventService(deps),
    // Cinder: volumes, volume types, snapshots, quotas (the compute engine reaches it through its collaborators).
    volumes: volumeService(deps),
    // Placement, read-only: the hosts as resource providers and the scheduler's allocations.
    placement: placementService(deps),
    // The compute engine: collaborators, worker, action engine and compute service.
    ...compute,
    // The simulator's control plane (/sim/v1): health, reset and snapshots, the clock.
    sim,
  };
}

export type Services = ReturnType<typeof buildServices>;

/** The app as route plugins see it: zod schemas type their requests. */
export type App = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

/** What route plugins receive: settings, the clock, the logger and the services; never the database. */
export type RouteDeps = Omit<AppDeps, "db"> & { services: Services };

declare module "fastify" {
  interface FastifyInstance {
    services: Services;
  }
}
