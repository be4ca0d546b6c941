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

const uuidsMemo = new WeakMap<RequestSpec, Map<string, string[]>>();

/** A hint naming instances (same_host, different_host): one uuid or a list, as strings (read once per request). */
export function uuidsHint(spec: RequestSpec, name: string): string[] {
  let memo = uuidsMemo.get(spec);
  if (!memo) uuidsMemo.set(spec, (memo = new Map()));
  let out = memo.get(name);
  if (!out) {
    const v = schedulerHint(spec, name);
    out = !v ? [] : (Array.isArray(v) ? v : [v]).filter((u): u is string => typeof u === "string" && u !== "");
    memo.set(name, out);
  }
  return out;
}

/** Python truthiness of a hint value: "", [] and {} are no hint. */
export const truthy = (v: unknown): boolean =>
  !!v && !(Array.isArray(v) && v.length === 0) && !(typeof v === "object" && !Array.isArray(v) && Object.keys(v as object).length === 0);
