import type { Rng } from "./rng.js";
import type { Decision, Filter, HostState, RequestSpec, Weigher } from "./types.js";

/** Rejections kept per filter in the decision record; the count is always exact. */
const MAX_REASONS = 10;

/** Nova's nova.weights.normalize: scale to [0, 1]; all equal gives all 0. */
export function normalize(values: number[]): number[] {
  if (values.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === max) return values.map(() => 0);
  return values.map((v) => (v - min) / (max - min));
}

export interface SelectOptions {
  filters: Filter[];
  weighers: Weigher[];
  /** Pick at random among this many best hosts (Nova's host_subset_size). */
  hostSubsetSize: number;
  rng: Rng;
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
  if (!forced) {
    for (const f of opts.filters) {
      const before = hosts.length;
      const rejected: { host: string; reason: string }[] = [];
      let rejectedCount = 0;
      hosts = hosts.filter((h) => {
        const r = f.filter(h, spec);
        if (r.pass) return true;
        rejectedCount++;
        if (rejected.length < MAX_REASONS) rejected.push({ host: h.hostname, reason: r.reason });
        return false;
      });
      decision.steps.push({ filter: f.name, before, after: hosts.length, rejected, rejectedCount });
      if (hosts.length === 0) break;
    }
  }
  if (hosts.length === 0) return { candidates: [], decision };

  const weights = new Array<number>(hosts.length).fill(0);
  for (const w of opts.weighers) {
    const norm = normalize(hosts.map((h) => w.weigh(h, spec)));
    for (let i = 0; i < hosts.length; i++) weights[i]! += w.multiplier * norm[i]!;
  }
  const order = hosts.map((h, i) => ({ h, w: weights[i]! }));
  order.sort((a, b) => b.w - a.w);
  // Shuffle runs of equal weight so ties do not always favour the same host.
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && order[end]!.w === order[start]!.w) end++;
    for (let i = end - 1; i > start; i--) {
      const j = start + Math.floor(opts.rng() * (i - start + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    start = end;
  }
  const subset = Math.max(1, Math.min(opts.hostSubsetSize, order.length));
  const pick = Math.floor(opts.rng() * subset);
  const [chosen] = order.splice(pick, 1);
  order.unshift(chosen!);
  decision.weighed = order.slice(0, MAX_REASONS).map((o) => ({ host: o.h.hostname, weight: Math.round(o.w * 1e6) / 1e6 }));
  return { candidates: order.map((o) => o.h), decision };
}

/** The decision as one readable paragraph, for the instance fault's details. */
export function describeDecision(d: Decision): string {
  const parts = [`${d.hosts} host(s) considered`];
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
