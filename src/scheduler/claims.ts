import crypto from "node:crypto";
import type { Db } from "../db/client.js";
import {
  bumpGeneration,
  deleteConsumerAllocations,
  hostForClaim,
  hostUsageExcept,
  inTransaction,
  listHosts,
  usageByHost,
  writeAllocations,
  emptyUsage,
  type Amounts,
  type HostRow,
  type HostUsage,
  type ResourceClass,
} from "../db/repositories/hosts.js";
import { capacity } from "./capacity.js";
import { NoValidHost } from "./errors.js";
import { selectHosts } from "./filter-scheduler.js";
import { buildFilters, buildWeighers } from "./registry.js";
import { seededRng, type Rng } from "./rng.js";
import type { Decision, HostState, RequestSpec } from "./types.js";

export interface Resources {
  vcpus: number;
  memoryMb: number;
  diskGb: number;
}

export type ClaimResult =
  | { ok: true; generation: number }
  | { ok: false; reason: "capacity" | "conflict" | "not_found"; message: string };

/** Thrown inside the claim transaction to roll it back. */
class ClaimFailed extends Error {
  constructor(
    readonly reason: "capacity" | "conflict" | "not_found",
    message: string,
  ) {
    super(message);
  }
}

/** Generation conflicts retried on one host before giving it up. Each conflict means another claim or release committed. */
const MAX_CONFLICT_RETRIES = 32;

const amountsOf = (r: Resources): Amounts => ({ VCPU: r.vcpus, MEMORY_MB: r.memoryMb, DISK_GB: r.diskGb });

/**
 * Claim resources for `consumerId` on one host, as Placement's PUT
 * /allocations does: in one transaction read the provider generation and usage,
 * check capacity, write the allocations and move the generation on only if no
 * one else did meanwhile; a lost race is retried with fresh numbers. The
 * consumer's earlier allocations on this host, if any, are replaced.
 */
export async function claim(db: Db, hostId: number, consumerId: string, resources: Resources): Promise<ClaimResult> {
  const want = amountsOf(resources);
  for (let attempt = 0; ; attempt++) {
    try {
      const generation = await inTransaction(db, async (tx) => {
        const host = await hostForClaim(tx, hostId);
        if (!host) throw new ClaimFailed("not_found", `host ${hostId} does not exist`);
        const used = await hostUsageExcept(tx, hostId, consumerId);
        const cap: Amounts = {
          VCPU: capacity(host.vcpus, host.reservedHostCpus, host.cpuAllocationRatio),
          MEMORY_MB: capacity(host.memoryMb, host.reservedHostMemoryMb, host.ramAllocationRatio),
          DISK_GB: capacity(host.localGb, host.reservedHostDiskGb, host.diskAllocationRatio),
        };
        for (const rc of Object.keys(want) as ResourceClass[]) {
          if (want[rc] > 0 && used[rc] + want[rc] > cap[rc]) {
            throw new ClaimFailed("capacity", `${rc}: ${want[rc]} requested, ${cap[rc] - used[rc]} of ${cap[rc]} available`);
          }
        }
        // Take the generation first: a concurrent claim blocks here and then finds it moved.
        if (!(await bumpGeneration(tx, hostId, host.generation))) throw new ClaimFailed("conflict", "resource provider generation conflict");
        await writeAllocations(tx, hostId, consumerId, want);
        return host.generation + 1;
      });
      return { ok: true, generation };
    } catch (err) {
      if (!(err instanceof ClaimFailed)) throw err;
      if (err.reason === "conflict" && attempt < MAX_CONFLICT_RETRIES) continue;
      return { ok: false, reason: err.reason, message: err.message };
    }
  }
}

/** Drop every allocation of `consumerId` (delete, failed boot); idempotent. Returns the hosts it was on. */
export async function release(db: Db, consumerId: string): Promise<number[]> {
  return inTransaction(db, (tx) => deleteConsumerAllocations(tx, consumerId));
}

/** Usage of every host from the allocations, in one grouped query. */
export async function hostUsage(db: Db): Promise<Map<number, HostUsage>> {
  return usageByHost(db);
}

export function toHostState(h: HostRow, u: HostUsage = emptyUsage()): HostState {
  return {
    id: h.id,
    uuid: h.uuid,
    hostname: h.hostname,
    nodename: h.hypervisorHostname,
    availabilityZone: h.availabilityZone,
    serviceDisabled: h.serviceDisabled,
    serviceUp: h.serviceUp,
    forcedDown: h.forcedDown,
    generation: h.generation,
    vcpus: h.vcpus,
    memoryMb: h.memoryMb,
    diskGb: h.localGb,
    reservedVcpus: h.reservedHostCpus,
    reservedMemoryMb: h.reservedHostMemoryMb,
    reservedDiskGb: h.reservedHostDiskGb,
    cpuAllocationRatio: h.cpuAllocationRatio,
    ramAllocationRatio: h.ramAllocationRatio,
    diskAllocationRatio: h.diskAllocationRatio,
    usedVcpus: u.VCPU,
    usedMemoryMb: u.MEMORY_MB,
    usedDiskGb: u.DISK_GB,
  };
}

/** Every host with its usage: one query for the hosts, one grouped query for the allocations. */
export async function loadHostStates(db: Db): Promise<HostState[]> {
  const [hosts, usage] = await Promise.all([listHosts(db), usageByHost(db)]);
  return hosts.map((h) => toHostState(h, usage.get(h.id)));
}

export interface ScheduleOptions {
  /** Filter and weigher names (src/scheduler/registry.ts); Nova's defaults otherwise. */
  filters?: string[];
  weighers?: string[];
  /** Nova's host_subset_size (default 1: always the best host). */
  hostSubsetSize?: number;
  /** Seed of the random choices (ties, subset); random when neither this nor `rng` is given. */
  seed?: number;
  rng?: Rng;
  /** Candidates to try claiming on, chosen host included (default: all that passed the filters). */
  maxAttempts?: number;
}

export interface Placement {
  host: HostState;
  decision: Decision;
}

/**
 * Choose a host for `spec` and claim its resources there. When the claim on
 * the chosen host fails (another request took the room meanwhile), the next
 * candidate is tried, as Nova does with its alternates. Throws NoValidHost,
 * with the decision record, when no host could take it.
 */
export async function scheduleAndClaim(db: Db, spec: RequestSpec, opts: ScheduleOptions = {}): Promise<Placement> {
  const hosts = await loadHostStates(db);
  const rng = opts.rng ?? seededRng(opts.seed ?? crypto.randomInt(2 ** 31));
  const { candidates, decision } = selectHosts(hosts, spec, {
    filters: buildFilters(opts.filters),
    weighers: buildWeighers(opts.weighers),
    hostSubsetSize: opts.hostSubsetSize ?? 1,
    rng,
  });
  const tries = candidates.slice(0, opts.maxAttempts ?? candidates.length);
  for (const host of tries) {
    const r = await claim(db, host.id, spec.consumerId, spec);
    if (r.ok) {
      decision.attempts.push({ host: host.hostname, outcome: "claimed" });
      decision.chosen = host.hostname;
      return { host: { ...host, generation: r.generation }, decision };
    }
    decision.attempts.push({ host: host.hostname, outcome: `${r.reason}: ${r.message}` });
  }
  throw new NoValidHost(decision);
}
