import type { Logger } from "pino";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Database, Tx } from "../db/client.js";
import { imageRepo } from "../db/repositories/images.js";
import { networkRepo } from "../db/repositories/network.js";
import { listHosts } from "../db/repositories/hosts.js";
import { Invalid } from "../errors.js";
import { findImageForBoot } from "../image/records.js";
import { ensureDefaultGroup } from "../network/security-groups.js";
import { createScheduler, schedulerSettingsOf } from "../scheduler/index.js";
import {
  addressesForServers,
  allocateServerPorts,
  bindServerPorts,
  releaseServerPorts,
  resolveRequestedNetworks,
  securityGroupsForServers,
  type NetworkRequestItem,
  type RequestedNetwork,
} from "../network/servers.js";
import type { Collaborators } from "./collaborators.js";
import { findFlavorForBoot } from "./flavors.js";
import { flavorCatalog } from "../db/repositories/flavors.js";
import { findKeypairForBoot } from "./keypairs.js";
import { enforceServerQuota, metadataItemsLimit, withProjectLock } from "./quotas.js";
import { createWorker } from "./worker.js";
import { actionEngine } from "./actions.js";
import { computeService } from "./servers.js";
import { createWakeup } from "./wakeup.js";
import { migrationService } from "./migrations.js";
import { serverResourceService } from "./server-resources.js";
import { volumeService } from "../volume/service.js";
import { volumeAttachmentService } from "./volume-attachments.js";

/** The compute engine, built once at start: collaborators, the worker, the action engine and the compute service. */
export function buildCompute(deps: { config: Config; db: Database; clock: Clock; logger: Logger }) {
  const collaborators = realCollaborators(deps.db, deps.clock, volumeService(deps));
  // The scheduler with its host-state cache, attached to the database client: every scheduleAndClaim(db, …) goes through it.
  const scheduler = createScheduler({ db: deps.db.prisma, clock: deps.clock, logger: deps.logger, settings: schedulerSettingsOf(deps.config) });
  const base = { db: deps.db.prisma, clock: deps.clock, config: deps.config, logger: deps.logger, collab: collaborators };
  // The engine rings, the worker answers: built in this order, neither needs the other set later.
  const wakeup = createWakeup();
  const actions = actionEngine({ ...base, wakeup });
  const worker = createWorker({ ...base, actions, wakeup });
  return {
    collaborators,
    scheduler,
    worker,
    actions,
    compute: computeService({ ...base, wakeup, actions, fast: deps.db.fast }),
    migrations: migrationService({ ...base, wakeup, actions }),
    serverResources: serverResourceService(base),
    volumeAttachments: volumeAttachmentService(base),
  };
}

/** Connect the compute service's ports to the real flavor, image, keypair, network, quota and host code. */
export function realCollaborators(database: Database, clock: Clock, volumes: Collaborators["volumes"]): Collaborators {
  const asDb = (tx: Tx) => tx as Database["prisma"];
  // Flavors to boot and resize to come from the flavor table held in memory (reloaded when any replica changes it).
  const flavors = flavorCatalog(database.prisma, database.fast);
  return {
    flavorForBoot: (_db, flavorRef, ctx) => findFlavorForBoot(flavors, flavorRef, ctx),
    imageForBoot: (db, imageRef, ctx) => findImageForBoot(db, imageRef, ctx),
    async imageProperties(db, ids) {
      const stored = await imageRepo(db).propertiesOf(ids);
      return new Map([...stored].map(([id, json]) => [id, JSON.parse(json) as Record<string, unknown>]));
    },
    keypairForBoot: (db, userId, name) => findKeypairForBoot(db, userId, name),
    async availabilityZones(db) {
      return [...new Set((await listHosts(db)).map((h) => h.availabilityZone))];
    },
    async hostStatus(db) {
      // Nova's get_instance_host_status: UP, DOWN (service down or forced down), MAINTENANCE (disabled).
      return new Map(
        (await listHosts(db)).map((h) => [
          h.hostname,
          h.forcedDown || !h.serviceUp ? "DOWN" : h.serviceDisabled ? "MAINTENANCE" : "UP",
        ]),
      );
    },
    network: {
      resolve: (db, req) =>
        resolveRequestedNetworks(asDb(db), {
          projectId: req.projectId,
          networks: req.networks as undefined | "auto" | "none" | NetworkRequestItem[],
        }),
      async checkSecurityGroups(db, { projectId, names }) {
        await ensureDefaultGroup(asDb(db), projectId, clock.now());
        const groups = await networkRepo(db).listGroups(projectId);
        for (const name of names) {
          if (!groups.some((g) => g.id === name || g.name === name)) throw new Invalid(`Security group ${name} not found.`);
        }
      },
      async allocate(db, req) {
        await allocateServerPorts(asDb(db), {
          projectId: req.projectId,
          serverId: req.serverId,
          requested: req.requested as RequestedNetwork[],
          securityGroupNames: req.securityGroups,
          availabilityZone: req.availabilityZone,
          clock,
        });
      },
      bind: (db, serverId, hostname) => bindServerPorts(asDb(db), serverId, hostname, clock),
      release: (db, serverId) => releaseServerPorts(asDb(db), serverId, clock),
      addresses: (db, ids) => addressesForServers(asDb(db), ids) as Promise<Map<string, Record<string, unknown[]>>>,
      securityGroups: (db, ids) => securityGroupsForServers(asDb(db), ids),
    },
    quotas: {
      withProjectLock: (_db, projectId, fn) => withProjectLock(database, projectId, fn),
      enforceServers: (tx, req) => enforceServerQuota(tx, req),
      metadataItems: (db, projectId) => metadataItemsLimit(db, projectId),
    },
    volumes,
  };
}
