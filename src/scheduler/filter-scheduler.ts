import { aggregateValuesOf, minNumberOf } from "./host-aggregates.js";
import type { Rng } from "./rng.js";
import type { Decision, Filter, HostState, RequestSpec, Weigher } from "./types.js";

/** Rejections kept per filter in the decision record; the count is always exact. */
const MAX_REASONS = 10;

/** Nova's nova.weights.normalize: scale to [0, 1] (from `minval` when given); all equal gives all 0. */
export function normalize(values: number[], minval?: number, maxval?: number): number[] {
  if (values.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (minval !== undefined) min = minval;
  if (maxval !== undefined) max = maxval;
  if (min === max) return values.map(() => 0);
  return values.map((v) => (v - min) / (max - min));
}

export interface SelectOptions {
  filters: Filter[];
  weighers: Weigher[];
  /** Pick at random among this many best hosts (Nova's host_subset_size). */
  hostSubsetSize: number;
  rng: Rng;
  /**
   * Candidates wanted (chosen host and alternates): only the best this many
   * are ordered and returned. Default: every host that passed, ordered.
   */
  limit?: number;
  /**
   * Stop filtering once this many hosts passed every filter, and weigh only
   * those (Nova weighs at most [scheduler] max_placement_results allocation
   * candidates). The scan starts at a random host, as Placement's
   * randomize_allocation_candidates does. Default: filter every host.
   */
  maxCandidates?: number;
}

export interface Selection {
  /** The chosen host first, then the alternates best first; empty when nothing passed. */
  candidates: HostState[];
  decision: Decision;
}

/**
 * Nova's FilterScheduler._get_sorted_hosts, without Placement round trips:
 * drop ignored / non-forced hosts, run each filter, weigh the survivors,
 * shuffle equal weights and choose among the top `hostSubsetSize`.
 */
export function selectHosts(all: HostState[], spec: RequestSpec, opts: SelectOptions): Selection {
  const decision: Decision = { hosts: all.length, excluded: [], steps: [], weighed: [], attempts: [], chosen: null };
  let hosts = all;

  const ignore = new Set(spec.ignoreHosts ?? []);
  if (ignore.size) {
    hosts = hosts.filter((h) => {
      if (!ignore.has(h.hostname)) return true;
      decision.excluded.push({ host: h.hostname, reason: "in ignore_hosts" });
      return false;
    });
  }
  const forced = !!(spec.forcedHost || spec.forcedNode);
  if (forced) {
    hosts = hosts.filter((h) => {
      const ok = (!spec.forcedHost || h.hostname === spec.forcedHost) && (!spec.forcedNode || h.nodename === spec.forcedNode);
      if (!ok) decision.excluded.push({ host: h.hostname, reason: "not the forced host/node" });
      return ok;
    });
  }

  // A forced host skips the filters (as Nova does); its capacity is still claimed.
  if (!forced) hosts = runFilters(hosts, spec, opts.filters, decision, opts.maxCandidates, opts.rng);
  if (hosts.length === 0) return { candidates: [], decision };

  const { weights, parts } = weigh(hosts, spec, opts.weighers);
  const want = opts.limit === undefined ? hosts.length : Math.max(opts.limit, opts.hostSubsetSize, MAX_REASONS);
  const order = best(weights, want, opts.rng);
  const subset = Math.max(1, Math.min(opts.hostSubsetSize, order.length));
  const pick = Math.floor(opts.rng() * subset);
  const [chosen] = order.splice(pick, 1);
  order.unshift(chosen!);
  const top = order.slice(0, MAX_REASONS);
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  decision.weighed = top.map((i) => ({ host: hosts[i]!.hostname, weight: round(weights[i]!) }));
  decision.weights = top.map((i) => ({
    host: hosts[i]!.hostname,
    total: round(weights[i]!),
    by: Object.fromEntries(parts.map((p) => [p.name, round(p.share(i))])),
  }));
  const limit = opts.limit === undefined ? order.length : Math.min(order.length, Math.max(1, opts.limit));
  return { candidates: order.slice(0, limit).map((i) => hosts[i]!), decision };
}

/**
 * Each filter in turn, as Nova's filter handler runs them, in one pass over
 * the hosts: a host goes through the filters until one rejects it. The
 * record gets each filter's hosts before and after, up to the first filter
 * that leaves none. A filter that passes every host for this request
 * (`skip`) is not asked.
 */
function runFilters(hosts: HostState[], spec: RequestSpec, filters: Filter[], decision: Decision, maxCandidates?: number, rng?: Rng): HostState[] {
  const active = filters.map((f) => !f.skip?.(spec));
  const count = new Array<number>(filters.length).fill(0);
  const rejected = filters.map(() => [] as { host: string; reason: string }[]);
  const out: HostState[] = [];
  const n = hosts.length;
  const limited = maxCandidates !== undefined && maxCandidates < n;
  const start = limited && rng ? Math.floor(rng() * n) : 0;
  let scanned = 0;
  next: for (; scanned < n; scanned++) {
    if (limited && out.length >= maxCandidates) break;
    const h = hosts[(start + scanned) % n]!;
    for (let j = 0; j < filters.length; j++) {
      if (!active[j]) continue;
      const r = filters[j]!.filter(h, spec);
      if (!r.pass) {
        count[j]!++;
        if (rejected[j]!.length < MAX_REASONS) rejected[j]!.push({ host: h.hostname, reason: r.reason });
        continue next;
      }
    }
    out.push(h);
  }
  if (scanned < n) decision.scanned = scanned;
  let before = scanned;
  for (let j = 0; j < filters.length; j++) {
    const after = before - count[j]!;
    decision.steps.push({ filter: filters[j]!.name, before, after, rejected: rejected[j]!, rejectedCount: count[j]! });
    if (after === 0) break;
    before = after;
  }
  return out;
}

/** A weigher's contribution to host `i`: multiplier x normalised weight. */
interface Part {
  name: string;
  share(i: number): number;
}

/**
 * Nova's BaseWeightHandler.get_weighed_objects: for each weigher, raw
 * weights (clamped to its minval), normalised to [0, 1] (with minval as the
 * lower bound when set), times the multiplier (per host, from aggregate
 * metadata when a host's aggregates set it), summed. A weigher that weighs
 * every host alike for this request (`skip`) adds nothing and is not asked.
 */
function weigh(hosts: HostState[], spec: RequestSpec, weighers: Weigher[]): { weights: Float64Array; parts: Part[] } {
  const n = hosts.length;
  const weights = new Float64Array(n);
  const parts: Part[] = [];
  // Nova weighs nothing when there is only one host.
  if (n <= 1) return { weights, parts };
  const anyAggregates = hosts.some((h) => h.aggregates?.length);
  const raw = new Float64Array(n);
  for (const w of weighers) {
    if (w.skip?.(spec)) {
      parts.push({ name: w.name, share: () => 0 });
      continue;
    }
    const overridden = anyAggregates && !!w.multiplierKey;
    const value = (h: HostState) => {
      const v = w.weigh(h, spec);
      return w.minval !== undefined && v < w.minval ? w.minval : v;
    };
    const multiplierOf = (h: HostState) => {
      const m = overridden && h.aggregates?.length ? minNumberOf(aggregateValuesOf(h, w.multiplierKey!), w.multiplier) : w.multiplier;
      return w.negate ? -m : m;
    };
    // With the same multiplier everywhere and 0 for it, the weigher adds nothing.
    if (!overridden && w.multiplier === 0) {
      parts.push({ name: w.name, share: () => 0 });
      continue;
    }
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = value(hosts[i]!);
      raw[i] = v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (w.minval !== undefined) min = w.minval;
    const range = max - min;
    const lo = min;
    // All equal: every normalised weight is 0.
    if (range === 0) {
      parts.push({ name: w.name, share: () => 0 });
      continue;
    }
    if (!overridden) {
      const m = (w.negate ? -w.multiplier : w.multiplier) / range;
      for (let i = 0; i < n; i++) weights[i]! += m * (raw[i]! - lo);
    } else {
      for (let i = 0; i < n; i++) weights[i]! += (multiplierOf(hosts[i]!) * (raw[i]! - lo)) / range;
    }
    parts.push({ name: w.name, share: (i) => (multiplierOf(hosts[i]!) * (value(hosts[i]!) - lo)) / range });
  }
  return { weights, parts };
}

/**
 * Indices of the `k` best weights, best first, ties in random order (the
 * seeded RNG): the same order a full sort with shuffled ties gives, without
 * sorting every host. Returns every index when k >= n.
 */
export function best(weights: Float64Array, k: number, rng: Rng): number[] {
  const n = weights.length;
  if (k >= n) {
    const all = Array.from({ length: n }, (_, i) => i);
    all.sort((a, b) => weights[b]! - weights[a]!);
    shuffleTies(all, weights, rng);
    return all;
  }
  // The k-th best weight: hosts above it are all in, hosts at it fill the rest at random.
  const kth = kthLargest(weights, k);
  const above: number[] = [];
  const at: number[] = [];
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (w > kth) above.push(i);
    else if (w === kth) at.push(i);
  }
  above.sort((a, b) => weights[b]! - weights[a]!);
  shuffleTies(above, weights, rng);
  // A partial Fisher-Yates: a uniform random sample of the ties, in random order.
  const need = k - above.length;
  for (let i = 0; i < need; i++) {
    const j = i + Math.floor(rng() * (at.length - i));
    [at[i], at[j]] = [at[j]!, at[i]!];
  }
  return above.concat(at.slice(0, need));
}

/** Shuffle each run of equal weights of an index list sorted best first. */
function shuffleTies(order: number[], weights: Float64Array, rng: Rng) {
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && weights[order[end]!] === weights[order[start]!]) end++;
    for (let i = end - 1; i > start; i--) {
      const j = start + Math.floor(rng() * (i - start + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    start = end;
  }
}

/** The k-th largest value (1-based) of `values`, k < length: a bounded min-heap of the k largest. */
function kthLargest(values: Float64Array, k: number): number {
  const heap = new Float64Array(k);
  let size = 0;
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && heap[l]! < heap[m]!) m = l;
      if (r < size && heap[r]! < heap[m]!) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (size < k) {
      heap[size] = v;
      let c = size++;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (heap[p]! <= heap[c]!) break;
        [heap[p], heap[c]] = [heap[c]!, heap[p]!];
        c = p;
      }
    } else if (v > heap[0]!) {
      heap[0] = v;
      down(0);
    }
  }
  return heap[0]!;
}

/** The decision as one readable paragraph, for the instance fault's details. */
export function describeDecision(d: Decision): string {
  const parts = [`${d.hosts} host(s) considered`];
  if (d.scanned !== undefined) parts.push(`filtering stopped after ${d.scanned} host(s), with enough candidates`);
  for (const e of d.excluded.slice(0, MAX_REASONS)) parts.push(`${e.host} excluded: ${e.reason}`);
  for (const s of d.steps) {
    if (s.rejectedCount === 0) continue;
    const why = s.rejected.map((r) => `${r.host}: ${r.reason}`).join("; ");
    const more = s.rejectedCount > s.rejected.length ? ` (and ${s.rejectedCount - s.rejected.length} more)` : "";
    parts.push(`${s.filter} returned ${s.after} of ${s.before} host(s) [${why}${more}]`);
  }
  for (const a of d.attempts) parts.push(`claim on ${a.host}: ${a.outcome}`);
  return parts.join(". ") + ".";
}
