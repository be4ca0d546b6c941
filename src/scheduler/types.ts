/**
 * What the scheduler sees of a host: its inventory (totals, reservations,
 * allocation ratios), what is allocated on it, and its service status. The
 * shape of Nova's HostState, with usage read from Placement-style allocations.
 */
export interface HostState {
  id: number;
  uuid: string;
  hostname: string;
  /** Nova's nodename (hypervisor_hostname); one node per host here. */
  nodename: string;
  availabilityZone: string;
  serviceDisabled: boolean;
  serviceUp: boolean;
  forcedDown: boolean;
  generation: number;
  vcpus: number;
  memoryMb: number;
  diskGb: number;
  reservedVcpus: number;
  reservedMemoryMb: number;
  reservedDiskGb: number;
  cpuAllocationRatio: number;
  ramAllocationRatio: number;
  diskAllocationRatio: number;
  usedVcpus: number;
  usedMemoryMb: number;
  usedDiskGb: number;
  /** Instances on the host (Nova's HostState.num_instances). Optional until the host-state cache fills it. */
  numInstances?: number;
  /** Instances with a task in progress (Nova's num_io_ops: building, resizing, migrating, snapshotting, ...). */
  numIoOps?: number;
  hostIp?: string;
  hypervisorType?: string;
  hypervisorVersion?: number;
  /** Metadata of every aggregate the host is in, merged per key (Nova's host_state.aggregates). */
  aggregates?: { uuid: string; name: string; availabilityZone: string | null; metadata: Record<string, string> }[];
  /** Builds that failed on this host lately (Nova's failed_builds, for BuildFailureWeigher). */
  failedBuilds?: number;
}

/** What one instance needs; Nova's RequestSpec, reduced to what the filters read. */
export interface RequestSpec {
  /** The instance UUID: the Placement consumer of the allocations. */
  consumerId: string;
  vcpus: number;
  memoryMb: number;
  diskGb: number;
  availabilityZone?: string | null;
  /** Admin-forced placement (availability_zone "az:host:node"): filters are skipped, capacity is still claimed. */
  forcedHost?: string | null;
  forcedNode?: string | null;
  /** Hosts not to use (e.g. already tried, or the instance's current host on resize). */
  ignoreHosts?: string[];
  /** The owning project (AggregateMultiTenancyIsolation). */
  projectId?: string;
  /** Flavor extra specs (ComputeCapabilitiesFilter, AggregateInstanceExtraSpecsFilter). */
  flavorExtraSpecs?: Record<string, string>;
  /** Image properties (ImagePropertiesFilter). */
  imageProperties?: Record<string, unknown>;
  /** The user's scheduler hints as given (same_host, different_host, build_near_host_ip, cidr, group, ...). */
  schedulerHints?: Record<string, unknown>;
  /** The server group named by the `group` hint, with where its members already are. */
  group?: ServerGroupSpec | null;
  /** The image booted (for its properties when `imageProperties` is not given; "" when volume-backed). */
  imageRef?: string;
  /**
   * Hosts of the instances the request names (same_host / different_host hints,
   * and the instance itself), by instance uuid: what Nova's filters read from
   * host_state.instances. Filled by the scheduler before filtering.
   */
  instanceHosts?: Record<string, string>;
}

/** Nova's RequestSpec.instance_group, as the group filters and weighers read it. */
export interface ServerGroupSpec {
  uuid: string;
  /** affinity | anti-affinity | soft-affinity | soft-anti-affinity */
  policy: string;
  rules: { max_server_per_host?: number };
  /** Members already placed, counted per hostname (the instance being scheduled excluded). */
  hostCounts: Record<string, number>;
}

export type FilterResult = { pass: true } | { pass: false; reason: string };

/** What a filter returns for a host that passes (one shared object: the pipeline asks every host). */
export const PASS: FilterResult = Object.freeze({ pass: true as const });

/** One filter, as Nova's BaseHostFilter.host_passes, with a reason when it rejects. */
export interface Filter {
  name: string;
  filter(host: HostState, spec: RequestSpec): FilterResult;
  /** True when the filter passes every host for this request (nothing asked of it): the pipeline does not call it. */
  skip?(spec: RequestSpec): boolean;
}

/**
 * One weigher: a raw weight per host, clamped to `minval` when set,
 * normalised across the candidates (nova.weights.normalize), then scaled by
 * the multiplier: `multiplier` from the settings, or per host the smallest
 * value of the aggregate metadata key `multiplierKey` of its aggregates
 * (nova.scheduler.utils.get_weight_multiplier). `negate` flips the sign of
 * the multiplier (BuildFailureWeigher).
 */
export interface Weigher {
  name: string;
  multiplier: number;
  multiplierKey?: string;
  negate?: boolean;
  minval?: number;
  weigh(host: HostState, spec: RequestSpec): number;
  /** True when every host weighs the same for this request: the pipeline does not call it. */
  skip?(spec: RequestSpec): boolean;
}

/** The settings filters read (Nova's [filter_scheduler] options). */
export interface FilterOptions {
  maxIoOpsPerHost: number;
  maxInstancesPerHost: number;
  /** image_properties_default_architecture: the architecture of images that name none. */
  imageDefaultArchitecture?: string | null;
}

/** Why each host was dropped: the scheduler's answer to "why NoValidHost?". */
export interface FilterStep {
  filter: string;
  before: number;
  after: number;
  /** Rejected hosts with reasons; at most a few per filter (see `rejectedCount`). */
  rejected: { host: string; reason: string }[];
  rejectedCount: number;
}

export interface Decision {
  /** Hosts considered at the start. */
  hosts: number;
  /** Hosts the filters saw, when they stopped early with enough candidates (max_placement_results); all of them otherwise. */
  scanned?: number;
  /** Hosts left out by ignore_hosts / forced host before filtering. */
  excluded: { host: string; reason: string }[];
  steps: FilterStep[];
  /** Candidates after filtering, best first, with their total weight. */
  weighed: { host: string; weight: number }[];
  /** Total weight of every candidate's weighers, best first, with each weigher's share (multiplier x normalised weight). */
  weights?: { host: string; total: number; by: Record<string, number> }[];
  /** Claim attempts in order, with their outcome. */
  attempts: { host: string; outcome: string }[];
  chosen: string | null;
}

/** How one scheduling call runs; anything left out comes from the scheduler's settings (or Nova's defaults). */
export interface ScheduleOptions {
  /** Filter and weigher names (src/scheduler/registry.ts). */
  filters?: string[];
  weighers?: string[];
  /** Nova's host_subset_size (default 1: always the best host). */
  hostSubsetSize?: number;
  /** Seed of the random choices (ties, subset); random when neither this nor `rng` is given. */
  seed?: number;
  rng?: () => number;
  /** Candidates to try claiming on, chosen host included (Nova's [scheduler] max_attempts; default: all that passed the filters without a scheduler). */
  maxAttempts?: number;
}

export interface Placement {
  host: HostState;
  decision: Decision;
}
