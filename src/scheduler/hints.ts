import type { RequestSpec } from "./types.js";

/**
 * Nova's RequestSpec.get_scheduler_hint: a hint given as a list of one value
 * reads as that value; a missing hint reads as `fallback`.
 */
export function schedulerHint(spec: RequestSpec, name: string, fallback?: unknown): unknown {
  const hints = spec.schedulerHints;
  if (!hints || !(name in hints)) return fallback;
  const v = hints[name];
  return Array.isArray(v) && v.length === 1 ? v[0] : v;
}

/** A hint naming instances (same_host, different_host): one uuid or a list, as strings. */
export function uuidsHint(spec: RequestSpec, name: string): string[] {
  const v = schedulerHint(spec, name);
  if (!v) return [];
  return (Array.isArray(v) ? v : [v]).filter((u): u is string => typeof u === "string" && u !== "");
}

/** Python truthiness of a hint value: "", [] and {} are no hint. */
export const truthy = (v: unknown): boolean =>
  !!v && !(Array.isArray(v) && v.length === 0) && !(typeof v === "object" && !Array.isArray(v) && Object.keys(v as object).length === 0);
