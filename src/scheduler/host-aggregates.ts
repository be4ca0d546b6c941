import type { HostState } from "./types.js";

/**
 * What Nova's filters and weighers read of a host's aggregates
 * (nova/scheduler/filters/utils.py): metadata merged over every aggregate
 * the host is in, each value split on commas.
 */
const merged = new WeakMap<NonNullable<HostState["aggregates"]>, Map<string, Set<string>>>();

/** aggregate_metadata_get_by_host: key -> every value any of the host's aggregates gives it. */
export function aggregateMetadataOf(host: HostState): Map<string, Set<string>> {
  const aggs = host.aggregates;
  if (!aggs?.length) return EMPTY;
  let out = merged.get(aggs);
  if (!out) {
    out = new Map();
    for (const a of aggs) {
      for (const [k, v] of Object.entries(a.metadata)) {
        let set = out.get(k);
        if (!set) out.set(k, (set = new Set()));
        for (const part of v.split(",")) set.add(part.trim());
      }
    }
    merged.set(aggs, out);
  }
  return out;
}
const EMPTY = new Map<string, Set<string>>();

/** aggregate_values_from_key: the (unsplit) values of `key` over the host's aggregates. */
export function aggregateValuesOf(host: HostState, key: string): string[] {
  const out = new Set<string>();
  for (const a of host.aggregates ?? []) if (key in a.metadata) out.add(a.metadata[key]!);
  return [...out];
}

/**
 * validate_num_values with min: the smallest of the values as a number, or
 * `fallback` when there is none or one is not a number (Nova logs and falls back).
 */
export function minNumberOf(values: string[], fallback: number, integer = false): number {
  if (!values.length) return fallback;
  let min = Infinity;
  for (const v of values) {
    const n = Number(v.trim());
    if (v.trim() === "" || !Number.isFinite(n) || (integer && !Number.isInteger(n))) return fallback;
    if (n < min) min = n;
  }
  return min;
}
