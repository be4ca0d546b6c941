import type { Clock } from "../clock.js";
import type { Database } from "../db/client.js";
import {
  deleteHost,
  doneEvacuationCount,
  emptyUsage,
  findHostById,
  findHostByName,
  findHostByServiceId,
  findHostByUuid,
  inProgressMigrationCount,
  instanceResourcesOnHost,
  instancesOnHosts,
  inTransaction,
  listHosts,
  liveInstanceCounts,
  pageHosts,
  updateHostService,
  usageByHost,
  workloadByHost,
  type HostRow,
  type HostUsage as HostUsageRow,
} from "../db/repositories/hosts.js";
import { Conflict, Invalid, NotFound } from "../errors.js";
import { ComputeServiceUnavailable, HostMappingNotFound, ServiceNotFound } from "../compute/errors.js";
import { allServices, computeService, computeServiceId, controllerServices, type ServiceEntity } from "./services.js";

/** A simulated compute host: Nova's compute node, its nova-compute service and its resource provider. */
export type Host = HostRow;
/** What a host's allocations use, per resource class, and how many consumers hold them. */
export type HostUsage = HostUsageRow;

/** What os-services may change on a nova-compute service. */
export interface ServiceChanges {
  disabled?: boolean;
  disabledReason?: string | null;
  forcedDown?: boolean;
}

/** A service by id: a stored compute host's nova-compute, or one of the controller's. */
export type FoundService = { entity: ServiceEntity; host: Host | null };

/** os-hosts' view of one compute host: its node's totals, what is used now, and the instances' sums. */
export interface HostResources {
  host: Host;
  usage: HostUsage;
  instances: { projectId: string; vcpus: number; memoryMb: number; rootGb: number; ephemeralGb: number }[];
}

const COMPUTE = "nova-compute";

/** Nova refuses to update any other service (os-services' _update, _update_v253). */
export const notUpdatable = (binary: string) =>
  new Invalid(`Updating a ${binary} service is not supported. Only nova-compute services can be updated.`);

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
  /**
   * Controller services deleted through os-services. They are not stored: a
   * deleted nova-scheduler's record stays gone until that service restarts,
   * here until this process restarts (each replica keeps its own).
   */
  const deletedControllers = new Set<string>();
  const controllers = () => controllerServices(deps.clock.now()).filter((c) => !deletedControllers.has(c.uuid));

  /** A service by its UUID (2.53+) or integer id. */
  async function findService(id: { uuid: string } | { id: number }): Promise<FoundService | null> {
    const c = controllers().find((x) => ("uuid" in id ? x.uuid === id.uuid : x.id === id.id));
    if (c) return { entity: c, host: null };
    const host = "uuid" in id ? await findHostByServiceId(db, id.uuid) : await findHostById(db, id.id - computeServiceId(0));
    return host ? { entity: computeService(host, deps.clock.now()), host } : null;
  }

  /** Nova's _check_for_evacuations: a host is not forced up while evacuations away from it are `done` but not cleaned up. */
  async function checkForceUp(hostname: string): Promise<void> {
    if ((await doneEvacuationCount(db, hostname)) > 0) {
      throw new Invalid(
        `Unable to force up host ${hostname} as \`done\` evacuation migration records remain associated with the host. ` +
          "Ensure the compute service has been restarted, allowing these records to move to `completed` before retrying this request.",
      );
    }
  }

  async function apply(host: Host, changes: ServiceChanges): Promise<Host> {
    const data: Parameters<typeof updateHostService>[2] = {};
    if (changes.disabled !== undefined) data.serviceDisabled = changes.disabled;
    if (changes.disabledReason !== undefined) data.disabledReason = changes.disabledReason;
    if (changes.forcedDown !== undefined) data.forcedDown = changes.forcedDown;
    return updateHostService(db, host.id, data);
  }

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
      return allServices(await listHosts(db), deps.clock.now()).filter((s) => !deletedControllers.has(s.uuid));
    },

    findService,

    /** Nova's _check_for_evacuations (old force-down action, before its host is looked up). */
    checkForceUp,

    /**
     * The pre-2.53 actions (PUT /os-services/enable|disable|disable-log-reason|force-down):
     * the service is named by host and binary; only nova-compute may change,
     * and a host with no compute service is not mapped to any cell (404).
     */
    async updateByHostAndBinary(hostname: string, binary: string, changes: ServiceChanges): Promise<void> {
      if (binary !== COMPUTE) throw notUpdatable(binary);
      const host = await findHostByName(db, hostname);
      if (!host) throw new HostMappingNotFound(hostname);
      await apply(host, changes);
    },

    /** PUT /os-services/{service_id} (2.53+): status and/or forced_down of a nova-compute service, by UUID. */
    async updateByUuid(uuid: string, body: { status?: "enabled" | "disabled"; disabled_reason?: string; forced_down?: boolean }): Promise<ServiceEntity> {
      const found = await findService({ uuid });
      if (!found) throw new ServiceNotFound(uuid);
      if (found.entity.binary !== COMPUTE || !found.host) throw notUpdatable(found.entity.binary);
      const changes: ServiceChanges = {};
      if (body.status === "enabled") {
        if (body.disabled_reason) throw new Invalid("Specifying 'disabled_reason' with status 'enabled' is invalid.");
        Object.assign(changes, { disabled: false, disabledReason: null });
      } else if (body.status === "disabled") {
        Object.assign(changes, { disabled: true, disabledReason: body.disabled_reason ?? null });
      }
      if (body.forced_down !== undefined) {
        changes.forcedDown = body.forced_down;
        if (!body.forced_down) await checkForceUp(found.host.hostname);
      }
      if (!Object.keys(changes).length) throw new Invalid("No updates were requested. Fields 'status' or 'forced_down' should be specified.");
      return computeService(await apply(found.host, changes), deps.clock.now());
    },

    /**
     * DELETE /os-services/{service_id}. A compute service goes with its host
     * (compute node, resource provider and aggregate memberships, as Nova
     * deletes them), refused while it hosts instances or takes part in a
     * migration. `id` is as the request spelled it, for the 404 message.
     */
    async deleteService(key: { uuid: string } | { id: number }, id: string): Promise<void> {
      const found = await findService(key);
      if (!found) throw new NotFound(`Service ${id} not found.`);
      const host = found.host;
      if (!host) {
        deletedControllers.add(found.entity.uuid);
        return;
      }
      await inTransaction(db, async (tx) => {
        if (((await liveInstanceCounts(tx, [host.hostname])).get(host.hostname) ?? 0) > 0) {
          throw new Conflict("Unable to delete compute service that is hosting instances. Migrate or delete the instances first.");
        }
        if ((await inProgressMigrationCount(tx, host.hostname, host.hypervisorHostname)) > 0) {
          throw new Conflict("Unable to delete compute service that has in-progress migrations. Complete the migrations or delete the instances first.");
        }
        await deleteHost(tx, host.id, host.hostname);
      });
    },

    /**
     * A compute host by name for os-hosts' power and status calls: a name
     * with no compute service is not mapped to any cell (404).
     */
    async computeHost(hostname: string): Promise<Host> {
      const host = await findHostByName(db, hostname);
      if (!host) throw new HostMappingNotFound(hostname);
      return host;
    },

    /** os-hosts show: the node, its usage and the instances on it. */
    async resources(hostname: string): Promise<HostResources> {
      const host = await findHostByName(db, hostname);
      if (!host) throw new HostMappingNotFound(hostname);
      const [usage, instances] = await Promise.all([usageByHost(db, [host.id]), instanceResourcesOnHost(db, hostname)]);
      return { host, usage: usage.get(host.id) ?? emptyUsage(), instances };
    },

    /** A host's uptime is only read from a live nova-compute (Nova's get_host_uptime with must_be_up). */
    requireUp(host: Host): void {
      if (!host.serviceUp || host.forcedDown) throw new ComputeServiceUnavailable(host.hostname);
    },
  };
}

export type HostService = ReturnType<typeof hostService>;
