import { availabilityZoneFilter } from "./filters/availability-zone-filter.js";
import { computeFilter } from "./filters/compute-filter.js";
import { coreFilter, diskFilter, ramFilter } from "./filters/resource-fit.js";
import type { Filter, Weigher } from "./types.js";
import { ramWeigher } from "./weighers/ram-weigher.js";

/** Every filter by name (Nova's [filter_scheduler] enabled_filters names), explicitly. */
export const FILTERS: Record<string, () => Filter> = {
  ComputeFilter: computeFilter,
  AvailabilityZoneFilter: availabilityZoneFilter,
  RamFilter: ramFilter,
  CoreFilter: coreFilter,
  DiskFilter: diskFilter,
};

/** Every weigher by name. */
export const WEIGHERS: Record<string, () => Weigher> = {
  RAMWeigher: () => ramWeigher(),
};

/** Cheap and most selective checks first. */
export const DEFAULT_FILTERS = ["ComputeFilter", "AvailabilityZoneFilter", "RamFilter", "CoreFilter", "DiskFilter"];
export const DEFAULT_WEIGHERS = ["RAMWeigher"];

export function buildFilters(names: string[] = DEFAULT_FILTERS): Filter[] {
  return names.map((n) => {
    const make = FILTERS[n];
    if (!make) throw new Error(`unknown scheduler filter ${n}`);
    return make();
  });
}

export function buildWeighers(names: string[] = DEFAULT_WEIGHERS): Weigher[] {
  return names.map((n) => {
    const make = WEIGHERS[n];
    if (!make) throw new Error(`unknown scheduler weigher ${n}`);
    return make();
  });
}
