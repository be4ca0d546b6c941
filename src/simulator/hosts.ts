import type { Clock } from "../clock.js";
import type { Database } from "../db/client.js";
import {
  emptyUsage,
  findHostById,
  findHostByUuid,
  instancesOnHosts,
  listHosts,
  pageHosts,
  usageByHost,
  workloadByHost,
  type HostRow,
  type HostUsage as HostUsageRow,
} from "../db/repositories/hosts.js";
import { NotFound } from "../errors.js";
import { allServices, type ServiceEntity } from "./services.js";

/** A simulated compute host: Nova's compute node, its nova-compute service and its resource provider. */
export type Host = HostRow;
/** What a host's allocations use, per resource class, and how many consumers hold them. */
export type HostUsage = HostUsageRow;

/** A host with what os-hypervisors reports about it. */
export interface HypervisorEntity {
  host: Host;
  usage: HostUsage;
  /** Instances with a task in progress. */
  workload: number;
  /** Present when servers were asked for. */
  servers?: { uuid: string; name: string }[];
}

const UUID_LIKE = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
export const isUuidLike = (s: string) => UUID_LIKE.test(s);

/** SQL `LIKE '%pattern%'` as Nova's compute_node_search_by_hypervisor runs it (case-insensitive, `_` any one character). */
function likeMatcher(pattern: string): (s: string) => boolean {
  const re = new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/_/g, ".").replace(/%/g, ".*"), "i");
  return (s) => re.test(s);
}

/**
 * The hosts as Nova's host, hypervisor, service and availability zone APIs
 * see them. Usage numbers come from the scheduler's allocations.
 */
export function hostService(deps: { db: Database; clock: Clock }) {
  const db = deps.db.prisma;

  return {
    list: (): Promise<Host[]> => listHosts(db),

    /** A page of hosts by ascending id, after `afterId`. */
    page: (opts: { afterId?: number; limit?: number }): Promise<Host[]> => pageHosts(db, opts),

    findByUuid: (uuid: string): Promise<Host | null> => findHostByUuid(db, uuid),
    findById: (id: number): Promise<Host | null> => findHostById(db, id),

    /** A paging marker: a host's UUID or its integer id; null when no host has it. */
    async findMarker(marker: string): Promise<Host | null> {
      if (UUID_LIKE.test(marker)) return findHostByUuid(db, marker);
      if (/^\d+$/.test(marker)) return findHostById(db, Number(marker));
      return null;
    },

    /** Hosts whose hypervisor hostname matches `pattern`; 404 when none does. */
    async matching(pattern: string): Promise<Host[]> {
      const match = likeMatcher(pattern);
      const hosts = (await listHosts(db)).filter((h) => match(h.hypervisorHostname));
      if (!hosts.length) throw new NotFound(`No hypervisor matching '${pattern}' could be found.`);
      return hosts;
    },

    /** Hosts with their usage and workload (two grouped queries), plus servers when asked. */
    async hypervisors(hosts: Host[], withServers: boolean): Promise<HypervisorEntity[]> {
      const ids = hosts.map((h) => h.id);
      const [usage, workload, servers] = await Promise.all([
        usageByHost(db, ids),
        workloadByHost(db),
        withServers ? instancesOnHosts(db, hosts.map((h) => h.hostname)) : Promise.resolve(undefined),
      ]);
      return hosts.map((host) => ({
        host,
        usage: usage.get(host.id) ?? emptyUsage(),
        workload: workload.get(host.hostname) ?? 0,
        ...(servers ? { servers: servers.get(host.hostname) ?? [] } : {}),
      }));
    },

    /** Every Nova service, controller first. */
    async services(): Promise<ServiceEntity[]> {
      return allServices(await listHosts(db), deps.clock.now());
    },
  };
}

export type HostService = ReturnType<typeof hostService>;
