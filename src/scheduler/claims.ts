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
import { imageRepo } from "../db/repositories/images.js";
import { hostsOfInstances } from "../db/repositories/scheduler.js";
import { attachedScheduler } from "./attached.js";
import { uuidsHint } from "./hints.js";
import { hostStateOf } from "./host-state-cache.js";
import { buildFilters, buildWeighers } from "./registry.js";
import { seededRng, type Rng } from "./rng.js";
import type { Filter, HostState, Placement, RequestSpec, ScheduleOptions, Weigher } from "./types.js";

export interface Resources {
  vcpus: number;
  memoryMb: number;
  diskGb: number;
}

export type ClaimResult =
  /** `usage`: the host's usage with this claim, at `generation`. */
  | { ok: true; generation: number; usage: Amounts }
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
      const done = await inTransaction(db, async (tx) => {
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
        const usage: Amounts = { VCPU: used.VCPU + want.VCPU, MEMORY_MB: used.MEMORY_MB + want.MEMORY_MB, DISK_GB: used.DISK_GB + want.DISK_GB };
        return { generation: host.generation + 1, usage };
      });
      return { ok: true, ...done };
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
  return hostStateOf(h, u);
}

/** Every host with its usage: one query for the hosts, one grouped query for the allocations. */
export async function loadHostStates(db: Db): Promise<HostState[]> {
  const [hosts, usage] = await Promise.all([listHosts(db), usageByHost(db)]);
  return hosts.map((h) => toHostState(h, usage.get(h.id)));
}

export type { Placement, ScheduleOptions };

/** What a placement runs with: the pipeline, and what to do around each claim (the cache's bookkeeping). */
export interface PlaceWith {
  filters: Filter[];
  weighers: Weigher[];
  hostSubsetSize: number;
  rng: Rng;
  /** Candidates tried, chosen host first; undefined: every host that passed. */
  maxAttempts?: number;
  /** Filtering stops with this many candidates (max_placement_results); undefined: every host is filtered. */
  maxCandidates?: number;
  /** Filtering and weighing are done (for timing). */
  selected?(): void;
  claimed?(host: HostState, r: Extract<ClaimResult, { ok: true }>): void;
  /** A claim failed: the host moved under us; read it again. */
  lost?(host: HostState, r: Exclude<ClaimResult, { ok: true }>): Promise<void>;
}

/**
 * Choose a host among `hosts` and claim `spec` there. When the claim on the
 * chosen host fails (another request took the room meanwhile), the next
 * candidate is tried, as Nova does with its alternates, up to
 * `maxAttempts`. Throws NoValidHost, with the decision record, when no
 * host could take it.
 */
export async function placeOn(db: Db, hosts: HostState[], spec: RequestSpec, w: PlaceWith): Promise<Placement> {
  const { candidates, decision } = selectHosts(hosts, spec, {
    filters: w.filters,
    weighers: w.weighers,
    hostSubsetSize: w.hostSubsetSize,
    rng: w.rng,
    limit: w.maxAttempts,
    maxCandidates: w.maxCandidates,
  });
  w.selected?.();
  const tries = candidates.slice(0, w.maxAttempts ?? candidates.length);
  for (const host of tries) {
    const r = await claim(db, host.id, spec.consumerId, spec);
    if (r.ok) {
      decision.attempts.push({ host: host.hostname, outcome: "claimed" });
      decision.chosen = host.hostname;
      const placed = { ...host, generation: r.generation };
      w.claimed?.(host, r);
      return { host: placed, decision };
    }
    decision.attempts.push({ host: host.hostname, outcome: `${r.reason}: ${r.message}` });
    await w.lost?.(host, r);
  }
  throw new NoValidHost(decision);
}

/**
 * What the filters need that the request does not carry: the image's
 * properties (ImagePropertiesFilter) and where the instances named by
 * same_host / different_host, and the instance itself, are (Nova's filters
 * read them from host_state.instances). Only what the enabled filters read.
 */
export async function completeSpec(db: Db, spec: RequestSpec, filters: Filter[]): Promise<RequestSpec> {
  const names = new Set(filters.map((f) => f.name));
  const out: RequestSpec = { ...spec };
  const lookups: Promise<void>[] = [];
  if (names.has("ImagePropertiesFilter") && spec.imageProperties === undefined && spec.imageRef) {
    const ref = spec.imageRef;
    lookups.push(
      imageRepo(db)
        .propertiesOf([ref])
        .then((m) => {
          const json = m.get(ref);
          out.imageProperties = json ? (JSON.parse(json) as Record<string, unknown>) : {};
        }),
    );
  }
  if (spec.instanceHosts === undefined) {
    const ids = new Set<string>();
    if (names.has("SameHostFilter")) for (const u of uuidsHint(spec, "same_host")) ids.add(u);
    if (names.has("DifferentHostFilter")) for (const u of uuidsHint(spec, "different_host")) ids.add(u);
    if (names.has("ServerGroupAntiAffinityFilter") && spec.group?.policy === "anti-affinity") ids.add(spec.consumerId);
    if (ids.size) lookups.push(hostsOfInstances(db, [...ids]).then((m) => void (out.instanceHosts = Object.fromEntries(m))));
  }
  await Promise.all(lookups);
  return out;
}

/**
 * Choose a host for `spec` and claim its resources there: through the
 * scheduler of the compute wiring when `db` has one (attached.ts), else
 * with a fresh read of every host and Nova's default pipeline.
 */
export async function scheduleAndClaim(db: Db, spec: RequestSpec, opts: ScheduleOptions = {}): Promise<Placement> {
  const scheduler = attachedScheduler(db);
  if (scheduler) return scheduler.scheduleAndClaim(spec, opts);
  const filters = buildFilters(opts.filters);
  const [hosts, full] = await Promise.all([loadHostStates(db), completeSpec(db, spec, filters)]);
  return placeOn(db, hosts, full, {
    filters,
    weighers: buildWeighers(opts.weighers),
    hostSubsetSize: opts.hostSubsetSize ?? 1,
    rng: opts.rng ?? seededRng(opts.seed ?? crypto.randomInt(2 ** 31)),
    maxAttempts: opts.maxAttempts,
  });
}
