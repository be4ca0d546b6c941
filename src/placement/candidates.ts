import { capacityOf, hasRoomFor, satisfies, type MembershipFilter, type ProviderState } from "./providers.js";

/**
 * GET /allocation_candidates over providers that are each a tree of one
 * (placement/objects/allocation_candidate.py, with no nested or sharing
 * providers in play): every request group must be met by the same host,
 * the amounts of all groups are summed on it, and the sum must still fit.
 */

export interface RequestGroup {
  /** "" for the unnumbered group, else the suffix of resources<S>. */
  suffix: string;
  resources: Record<string, number>;
  traits?: MembershipFilter;
  aggregates?: MembershipFilter;
  /** in_tree<S>: the uuid of a provider whose tree must satisfy the group. */
  inTree?: string;
}

export interface CandidateQuery {
  groups: RequestGroup[];
  limit?: number;
  groupPolicy?: "none" | "isolate";
  /** root_required: traits the root of a candidate's tree must (not) have. */
  rootTraits?: MembershipFilter;
}

export interface AllocationRequest {
  provider: ProviderState;
  /** Summed over the groups, in the order the classes were first asked for. */
  resources: [string, number][];
  /** Request group suffix -> providers that satisfy it (1.34). */
  mappings: Record<string, string[]>;
}

export interface Candidates {
  requests: AllocationRequest[];
  /** The providers of the allocation requests (every host is its own tree). */
  summaries: ProviderState[];
}

const none: Candidates = { requests: [], summaries: [] };

const groupMatches = (s: ProviderState, g: RequestGroup) =>
  (g.inTree === undefined || s.provider.rootProviderUuid === g.inTree || s.provider.uuid === g.inTree) &&
  satisfies(s.aggregates, g.aggregates) &&
  satisfies(s.provider.traits, g.traits) &&
  hasRoomFor(s, g.resources);

/** research_context.RequestWideSearchContext.exceeds_capacity on the consolidated request. */
function exceedsCapacity(s: ProviderState, resources: [string, number][]): boolean {
  return resources.some(([rc, amount]) => {
    const inv = s.provider.inventories.get(rc);
    if (!inv) return true;
    return (s.usage.get(rc) ?? 0) + amount > capacityOf(inv) || amount > inv.maxUnit;
  });
}

export function allocationCandidates(states: ProviderState[], q: CandidateQuery): Candidates {
  const granular = q.groups.filter((g) => g.suffix !== "").length;
  // group_policy=isolate: each numbered group on a provider of its own, which
  // one-provider trees cannot offer to two or more groups.
  if (q.groupPolicy === "isolate" && granular > 1) return none;
  const requests: AllocationRequest[] = [];
  for (const s of states) {
    if (q.rootTraits && !satisfies(s.provider.traits, q.rootTraits)) continue;
    if (!q.groups.every((g) => groupMatches(s, g))) continue;
    const summed = new Map<string, number>();
    for (const g of q.groups) for (const [rc, n] of Object.entries(g.resources)) summed.set(rc, (summed.get(rc) ?? 0) + n);
    const resources = [...summed];
    if (exceedsCapacity(s, resources)) continue;
    const mappings: Record<string, string[]> = {};
    for (const g of q.groups) mappings[g.suffix] = [s.provider.uuid];
    requests.push({ provider: s, resources, mappings });
  }
  // Without randomize_allocation_candidates (its default), the first `limit`.
  const kept = q.limit !== undefined && q.limit < requests.length ? requests.slice(0, q.limit) : requests;
  return { requests: kept, summaries: kept.map((r) => r.provider) };
}
