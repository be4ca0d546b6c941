import { aggregateInstanceExtraSpecsFilter } from "./filters/aggregate-instance-extra-specs-filter.js";
import { aggregateMultiTenancyIsolation } from "./filters/aggregate-multi-tenancy-isolation.js";
import { availabilityZoneFilter } from "./filters/availability-zone-filter.js";
import { computeCapabilitiesFilter } from "./filters/compute-capabilities-filter.js";
import { computeFilter } from "./filters/compute-filter.js";
import { coreFilter } from "./filters/core-filter.js";
import { differentHostFilter } from "./filters/different-host-filter.js";
import { diskFilter } from "./filters/disk-filter.js";
import { imagePropertiesFilter } from "./filters/image-properties-filter.js";
import { ioOpsFilter } from "./filters/io-ops-filter.js";
import { numInstancesFilter } from "./filters/num-instances-filter.js";
import { ramFilter } from "./filters/ram-filter.js";
import { sameHostFilter } from "./filters/same-host-filter.js";
import { serverGroupAffinityFilter } from "./filters/server-group-affinity-filter.js";
import { serverGroupAntiAffinityFilter } from "./filters/server-group-anti-affinity-filter.js";
import { simpleCidrAffinityFilter } from "./filters/simple-cidr-affinity-filter.js";
import { DEFAULT_FILTER_OPTIONS } from "./filter-options.js";
import type { Filter, FilterOptions, Weigher } from "./types.js";
import { buildFailureWeigher } from "./weighers/build-failure-weigher.js";
import { cpuWeigher } from "./weighers/cpu-weigher.js";
import { diskWeigher } from "./weighers/disk-weigher.js";
import { hypervisorVersionWeigher } from "./weighers/hypervisor-version-weigher.js";
import { ioOpsWeigher } from "./weighers/io-ops-weigher.js";
import { numInstancesWeigher } from "./weighers/num-instances-weigher.js";
import { ramWeigher } from "./weighers/ram-weigher.js";
import { serverGroupSoftAffinityWeigher } from "./weighers/server-group-soft-affinity-weigher.js";
import { serverGroupSoftAntiAffinityWeigher } from "./weighers/server-group-soft-anti-affinity-weigher.js";

export { DEFAULT_FILTER_OPTIONS };

/** Every filter by name (Nova's [filter_scheduler] enabled_filters names), explicitly. */
export const FILTERS: Record<string, (o?: FilterOptions) => Filter> = {
  ComputeFilter: computeFilter,
  AvailabilityZoneFilter: availabilityZoneFilter,
  RamFilter: ramFilter,
  CoreFilter: coreFilter,
  DiskFilter: diskFilter,
  ComputeCapabilitiesFilter: computeCapabilitiesFilter,
  ImagePropertiesFilter: imagePropertiesFilter,
  AggregateInstanceExtraSpecsFilter: aggregateInstanceExtraSpecsFilter,
  AggregateMultiTenancyIsolation: aggregateMultiTenancyIsolation,
  ServerGroupAntiAffinityFilter: serverGroupAntiAffinityFilter,
  ServerGroupAffinityFilter: serverGroupAffinityFilter,
  SameHostFilter: sameHostFilter,
  DifferentHostFilter: differentHostFilter,
  SimpleCIDRAffinityFilter: simpleCidrAffinityFilter,
  NumInstancesFilter: numInstancesFilter,
  IoOpsFilter: ioOpsFilter,
};

/** Weigher multipliers by Nova's option name ([filter_scheduler] <name>), also the aggregate metadata keys that override them per host. */
export type Multipliers = Partial<Record<MultiplierName, number>>;
export type MultiplierName =
  | "ram_weight_multiplier"
  | "cpu_weight_multiplier"
  | "disk_weight_multiplier"
  | "num_instances_weight_multiplier"
  | "io_ops_weight_multiplier"
  | "soft_affinity_weight_multiplier"
  | "soft_anti_affinity_weight_multiplier"
  | "build_failure_weight_multiplier"
  | "hypervisor_version_weight_multiplier";

/** Every weigher by name; each takes its multiplier from `m` or Nova's default. */
export const WEIGHERS: Record<string, (m?: Multipliers) => Weigher> = {
  RAMWeigher: (m = {}) => ramWeigher(m.ram_weight_multiplier),
  CPUWeigher: (m = {}) => cpuWeigher(m.cpu_weight_multiplier),
  DiskWeigher: (m = {}) => diskWeigher(m.disk_weight_multiplier),
  NumInstancesWeigher: (m = {}) => numInstancesWeigher(m.num_instances_weight_multiplier),
  IoOpsWeigher: (m = {}) => ioOpsWeigher(m.io_ops_weight_multiplier),
  ServerGroupSoftAffinityWeigher: (m = {}) => serverGroupSoftAffinityWeigher(m.soft_affinity_weight_multiplier),
  ServerGroupSoftAntiAffinityWeigher: (m = {}) => serverGroupSoftAntiAffinityWeigher(m.soft_anti_affinity_weight_multiplier),
  BuildFailureWeigher: (m = {}) => buildFailureWeigher(m.build_failure_weight_multiplier),
  HypervisorVersionWeigher: (m = {}) => hypervisorVersionWeigher(m.hypervisor_version_weight_multiplier),
};

/**
 * The filters novasim ran before (cheap and most selective first: service,
 * zone, then the resource classes Placement would check), then Nova's
 * default enabled_filters that these do not already cover.
 */
export const DEFAULT_FILTERS = [
  "ComputeFilter",
  "AvailabilityZoneFilter",
  "RamFilter",
  "CoreFilter",
  "DiskFilter",
  "ComputeCapabilitiesFilter",
  "ImagePropertiesFilter",
  "ServerGroupAntiAffinityFilter",
  "ServerGroupAffinityFilter",
];
/** Nova's default weight_classes: all weighers. */
export const DEFAULT_WEIGHERS = Object.keys(WEIGHERS);

export class UnknownSchedulerName extends Error {}

/** The names of `names` that are not in `known`, for a one-line configuration error. */
export function unknownNames(names: string[], known: Record<string, unknown>): string[] {
  return names.filter((n) => !(n in known));
}

export function buildFilters(names: string[] = DEFAULT_FILTERS, opts: Partial<FilterOptions> = {}): Filter[] {
  const o = { ...DEFAULT_FILTER_OPTIONS, ...opts };
  return names.map((n) => {
    const make = FILTERS[n];
    if (!make) throw new UnknownSchedulerName(`unknown scheduler filter ${n}`);
    return make(o);
  });
}

export function buildWeighers(names: string[] = DEFAULT_WEIGHERS, multipliers: Multipliers = {}): Weigher[] {
  return names.map((n) => {
    const make = WEIGHERS[n];
    if (!make) throw new UnknownSchedulerName(`unknown scheduler weigher ${n}`);
    return make(multipliers);
  });
}
