import crypto from "node:crypto";
import type { Logger } from "pino";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import { attachScheduler } from "./attached.js";
import { completeSpec, placeOn } from "./claims.js";
import { NoValidHost } from "./errors.js";
import { HostStateCache, type HostStateCacheOptions } from "./host-state-cache.js";
import { buildFilters, buildWeighers, type Multipliers } from "./registry.js";
import { seededRng } from "./rng.js";
import type { Decision, Filter, FilterOptions, Placement, RequestSpec, ScheduleOptions, Weigher } from "./types.js";

/** The scheduler's settings (Nova's [filter_scheduler] and [scheduler] options), from src/config.ts. */
export interface SchedulerSettings {
  filters: string[];
  weighers: string[];
  multipliers: Multipliers;
  filterOptions: FilterOptions;
  hostSubsetSize: number;
  maxAttempts: number;
  /** Hosts that pass the filters weighed per decision at most (Nova's [scheduler] max_placement_results). */
  maxPlacementResults: number;
}

export function schedulerSettingsOf(c: Config): SchedulerSettings {
  return {
    filters: c.schedulerEnabledFilters,
    weighers: c.schedulerWeightClasses,
    multipliers: {
      ram_weight_multiplier: c.ramWeightMultiplier,
      cpu_weight_multiplier: c.cpuWeightMultiplier,
      disk_weight_multiplier: c.diskWeightMultiplier,
      num_instances_weight_multiplier: c.numInstancesWeightMultiplier,
      io_ops_weight_multiplier: c.ioOpsWeightMultiplier,
      soft_affinity_weight_multiplier: c.softAffinityWeightMultiplier,
      soft_anti_affinity_weight_multiplier: c.softAntiAffinityWeightMultiplier,
      build_failure_weight_multiplier: c.buildFailureWeightMultiplier,
      hypervisor_version_weight_multiplier: c.hypervisorVersionWeightMultiplier,
    },
    filterOptions: { maxIoOpsPerHost: c.maxIoOpsPerHost, maxInstancesPerHost: c.maxInstancesPerHost },
    hostSubsetSize: c.schedulerHostSubsetSize,
    maxAttempts: c.schedulerMaxAttempts,
    maxPlacementResults: c.schedulerMaxPlacementResults,
  };
}

/** One scheduling decision as GET /sim/v1/scheduler/decisions shows it. */
export interface DecisionRecord {
  id: string;
  instanceUuid: string;
  requestId: string | null;
  time: Date;
  outcome: "placed" | "no_valid_host";
  host: string | null;
  node: string | null;
  request: { vcpus: number; memoryMb: number; diskGb: number; availabilityZone: string | null; forcedHost: string | null; group: string | null };
  /** Where the time went: reading the changes into the cache, filtering and weighing, claiming. */
  ms: { refresh: number; select: number; claim: number; total: number };
  decision: Decision;
}

export interface SchedulerDeps {
  db: Db;
  clock: Clock;
  settings: SchedulerSettings;
  logger?: Logger;
  cache?: HostStateCache;
  cacheOptions?: HostStateCacheOptions;
  /** Decisions kept for the API, newest first. */
  keep?: number;
}

/**
 * Nova's scheduler in one process: its settings, the host-state cache, and
 * the recent decisions. Built once with the compute wiring and attached to
 * its database client, so every `scheduleAndClaim(db, …)` goes through it.
 */
export class Scheduler {
  readonly cache: HostStateCache;
  private readonly filters: Filter[];
  private readonly weighers: Weigher[];
  private readonly ring: DecisionRecord[] = [];
  private readonly listeners = new Set<(d: DecisionRecord) => void>();
  private readonly keep: number;

  constructor(private readonly deps: SchedulerDeps) {
    this.cache = deps.cache ?? new HostStateCache(deps.db, deps.cacheOptions);
    this.filters = buildFilters(deps.settings.filters, deps.settings.filterOptions);
    this.weighers = buildWeighers(deps.settings.weighers, deps.settings.multipliers);
    this.keep = deps.keep ?? 200;
  }

  get settings(): SchedulerSettings {
    return this.deps.settings;
  }

  async scheduleAndClaim(spec: RequestSpec, opts: ScheduleOptions = {}): Promise<Placement> {
    const { db, settings } = this.deps;
    const t0 = performance.now();
    const filters = opts.filters ? buildFilters(opts.filters, settings.filterOptions) : this.filters;
    const weighers = opts.weighers ? buildWeighers(opts.weighers, settings.multipliers) : this.weighers;
    const [hosts, full] = await Promise.all([this.cache.hosts(), completeSpec(db, spec, filters)]);
    const t1 = performance.now();
    let t2 = t1;
    const record = (outcome: DecisionRecord["outcome"], decision: Decision, host: string | null, node: string | null) => {
      const t3 = performance.now();
      const round = (x: number) => Math.round(x * 1000) / 1000;
      this.remember({
        id: crypto.randomUUID(),
        instanceUuid: spec.consumerId,
        requestId: null,
        time: this.deps.clock.now(),
        outcome,
        host,
        node,
        request: {
          vcpus: spec.vcpus,
          memoryMb: spec.memoryMb,
          diskGb: spec.diskGb,
          availabilityZone: spec.availabilityZone ?? null,
          forcedHost: spec.forcedHost ?? null,
          group: spec.group?.uuid ?? null,
        },
        ms: { refresh: round(t1 - t0), select: round(t2 - t1), claim: round(t3 - t2), total: round(t3 - t0) },
        decision,
      });
    };
    try {
      const placed = await placeOn(db, hosts, full, {
        filters,
        weighers,
        hostSubsetSize: opts.hostSubsetSize ?? settings.hostSubsetSize,
        rng: opts.rng ?? seededRng(opts.seed ?? crypto.randomInt(2 ** 31)),
        maxAttempts: opts.maxAttempts ?? settings.maxAttempts,
        maxCandidates: settings.maxPlacementResults,
        selected: () => {
          t2 = performance.now();
        },
        claimed: (host, r) => this.cache.applyClaim(host.id, r.generation, r.usage),
        lost: (host) => this.cache.refreshHost(host.id),
      });
      record("placed", placed.decision, placed.host.hostname, placed.host.nodename);
      return placed;
    } catch (err) {
      if (err instanceof NoValidHost) record("no_valid_host", err.decision, null, null);
      throw err;
    }
  }

  noteBuild(hostname: string, ok: boolean): void {
    this.cache.noteBuild(hostname, ok);
  }

  /** Forget the host states and the decisions (the simulator replaced the database's state). */
  forget(): void {
    this.cache.invalidate();
    this.ring.length = 0;
  }

  /** The decisions kept, newest first. */
  decisions(): DecisionRecord[] {
    return [...this.ring];
  }

  decision(id: string): DecisionRecord | undefined {
    return this.ring.find((d) => d.id === id);
  }

  /** Have `fn` told of every decision from now on (the /metrics counters); returns the way to stop. */
  onDecision(fn: (d: DecisionRecord) => void): () => void {
    this.listeners.add(fn);
    return () => void this.listeners.delete(fn);
  }

  private remember(d: DecisionRecord): void {
    for (const fn of this.listeners) fn(d);
    this.ring.unshift(d);
    if (this.ring.length > this.keep) this.ring.length = this.keep;
  }
}

/** The scheduler of the compute wiring: built from the settings and attached to `db`. */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const s = new Scheduler(deps);
  attachScheduler(deps.db, s);
  return s;
}
