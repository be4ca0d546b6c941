import type { Database } from "../db/client.js";
import { placementRepo, type ConsumerOwner, type PlacementHostRow } from "../db/repositories/placement.js";
import { allocationCandidates, type CandidateQuery, type Candidates, type RequestGroup } from "./candidates.js";
import { PlacementErrors, resourceClassNotFoundMessage, traitNotFoundMessage } from "./errors.js";
import { fits, hasRoomFor, providerOf, satisfies, type MembershipFilter, type Provider, type ProviderState, type Usage } from "./providers.js";
import { isResourceClass, isTrait, STANDARD_TRAITS, STATUS_DISABLED_TRAIT, computeNodeTraits } from "./standards.js";

/**
 * The Placement service over the simulated hosts, read-only: its objects
 * (placement/objects/*.py) answering from the host rows, the allocations the
 * scheduler's claims write, and Nova's host aggregates.
 */

/** GET /resource_providers filters (placement/objects/resource_provider.py get_all_by_filters). */
export interface ProviderFilters {
  name?: string;
  uuid?: string;
  inTree?: string;
  traits?: MembershipFilter;
  aggregates?: MembershipFilter;
  resources?: Record<string, number>;
}

export interface ConsumerAllocations {
  allocations: { providerUuid: string; generation: number; resources: [string, number][] }[];
  owner: ConsumerOwner;
  /** Opaque to clients; novasim keeps no consumer records, and a consumer's first write puts Placement's at 1. */
  generation: number;
  /** Nova writes allocations without a consumer type (microversion 1.28), which Placement shows as unknown. */
  type: string;
}

/** CONF.placement.incomplete_consumer_project_id / _user_id: the owner of a consumer nobody recorded. */
const INCOMPLETE_CONSUMER = "00000000-0000-0000-0000-000000000000";
/** Consumers are written once by a claim; Placement's consumer generation is then 1. */
const CONSUMER_GENERATION = 1;
export const UNKNOWN_CONSUMER_TYPE = "unknown";

const allTraitNames = (f: MembershipFilter | undefined) => (f ? [...f.required.flatMap((s) => [...s]), ...f.forbidden] : []);

export function placementService(deps: { db: Database }) {
  const repo = placementRepo(deps.db.prisma);

  /** Every host with its usage, and its memberships of the aggregates a request names. */
  async function allStates(rows: PlacementHostRow[], aggregateUuids: string[]): Promise<ProviderState[]> {
    const [usage, members] = await Promise.all([
      repo.usage(),
      aggregateUuids.length ? repo.aggregateMembers(aggregateUuids) : Promise.resolve([]),
    ]);
    const aggsOf = new Map<string, Set<string>>();
    for (const m of members) {
      let s = aggsOf.get(m.host);
      if (!s) aggsOf.set(m.host, (s = new Set()));
      s.add(m.uuid);
    }
    return rows.map((r) => {
      const provider = providerOf(r);
      return { provider, usage: usageOf(provider, usage.get(r.id)), aggregates: aggsOf.get(r.hostname) ?? new Set() };
    });
  }

  /** Usage of every inventoried class of `p` (usage_obj.get_all_by_resource_provider_uuid: 0 when unused). */
  const usageOf = (p: Provider, used: Map<string, number> | undefined): Usage =>
    new Map([...p.inventories.keys()].map((rc) => [rc, used?.get(rc) ?? 0]));

  const aggregateUuidsOf = (...filters: (MembershipFilter | undefined)[]) =>
    [...new Set(filters.flatMap((f) => (f ? [...f.required.flatMap((s) => [...s]), ...f.forbidden] : [])))];

  return {
    async provider(uuid: string): Promise<Provider | null> {
      const row = await repo.hostByUuid(uuid);
      return row ? providerOf(row) : null;
    },

    /**
     * GET /resource_providers: the filters in get_all_by_filters' order,
     * which decides whether a request ends in an empty list or a 400.
     */
    async providers(f: ProviderFilters): Promise<Provider[]> {
      let uuid = f.uuid;
      if (f.inTree !== undefined) {
        // Each host is a tree of its own: its tree is itself.
        const root = await repo.hostByUuid(f.inTree);
        if (!root) return [];
        if (uuid !== undefined && uuid !== root.uuid) return [];
        uuid = root.uuid;
      }
      const traitError = (t: string) => PlacementErrors.badRequest(`Invalid trait(s) in "required" parameter: ${traitNotFoundMessage(t)}`);
      if (f.traits?.required.length) {
        const unknown = f.traits.required.flatMap((s) => [...s]).find((t) => !isTrait(t));
        if (unknown) throw traitError(unknown);
        // No provider at all has them: nothing to list.
        const counts = await repo.hostCounts();
        const profiles = [
          ...(counts.total > counts.disabled ? [computeNodeTraits({ serviceDisabled: false })] : []),
          ...(counts.disabled ? [computeNodeTraits({ serviceDisabled: true })] : []),
        ];
        if (!profiles.some((traits) => satisfies(traits, { required: f.traits!.required, forbidden: new Set() }))) return [];
      }
      const unknownForbidden = [...(f.traits?.forbidden ?? [])].find((t) => !isTrait(t));
      if (unknownForbidden) throw traitError(unknownForbidden);
      const members = f.aggregates ? await repo.aggregateMembers(aggregateUuidsOf(f.aggregates)) : [];
      const aggsOf = new Map<string, Set<string>>();
      for (const m of members) aggsOf.set(m.host, (aggsOf.get(m.host) ?? new Set()).add(m.uuid));
      if (f.aggregates?.required.length) {
        const inAll = [...aggsOf.values()].some((a) => satisfies(a, { required: f.aggregates!.required, forbidden: new Set() }));
        if (!inAll) return [];
      }
      for (const rc of Object.keys(f.resources ?? {})) {
        if (!isResourceClass(rc)) throw PlacementErrors.badRequest(`Invalid resource class in resources parameter: ${resourceClassNotFoundMessage(rc)}`);
      }
      const rows = (await repo.hosts({ name: f.name, uuid })).filter((r) => !f.aggregates || satisfies(aggsOf.get(r.hostname) ?? new Set(), f.aggregates));
      let left = rows.map(providerOf).filter((p) => satisfies(p.traits, f.traits));
      if (f.resources) {
        const usage = await repo.usage(left.map((p) => p.id));
        left = left.filter((p) => hasRoomFor({ provider: p, usage: usageOf(p, usage.get(p.id)), aggregates: new Set() }, f.resources!));
      }
      return left;
    },

    /** GET /resource_providers/{uuid}/usages. */
    async usage(p: Provider): Promise<Usage> {
      return usageOf(p, (await repo.usage([p.id])).get(p.id));
    },

    /** GET /resource_providers/{uuid}/allocations: by consumer, in the order they were written. */
    async providerAllocations(p: Provider): Promise<Map<string, [string, number][]>> {
      const out = new Map<string, [string, number][]>();
      for (const a of await repo.allocationsOnHost(p.id)) {
        let list = out.get(a.consumerId);
        if (!list) out.set(a.consumerId, (list = []));
        list.push([a.resourceClass, a.used]);
      }
      return out;
    },

    /** GET /allocations/{consumer_uuid}: an unknown consumer simply has none. */
    async consumerAllocations(consumerId: string): Promise<ConsumerAllocations> {
      const rows = await repo.allocationsOfConsumer(consumerId);
      const byProvider = new Map<string, ConsumerAllocations["allocations"][number]>();
      for (const r of rows) {
        let a = byProvider.get(r.host.uuid);
        if (!a) byProvider.set(r.host.uuid, (a = { providerUuid: r.host.uuid, generation: r.host.generation, resources: [] }));
        a.resources.push([r.resourceClass, r.used]);
      }
      const owner = rows.length ? await repo.consumerOwner(consumerId) : null;
      return {
        allocations: [...byProvider.values()],
        owner: owner ?? { projectId: INCOMPLETE_CONSUMER, userId: INCOMPLETE_CONSUMER },
        generation: CONSUMER_GENERATION,
        type: UNKNOWN_CONSUMER_TYPE,
      };
    },

    /** GET /resource_providers/{uuid}/aggregates: the Nova host aggregates of the provider's host. */
    aggregates: (p: Provider): Promise<string[]> => repo.aggregatesOfHost(p.hostname),

    /** GET /usages: what a project's (or a project user's) consumers use, and how many they are. */
    totalUsage: (projectId: string, userId?: string) => repo.projectUsage(projectId, userId),

    /** GET /traits: name=in:/startswith: and associated= (trait_obj._get_all_filtered_from_db). */
    async traits(f: { nameIn?: string[]; prefix?: string; associated?: boolean }): Promise<string[]> {
      let list = [...STANDARD_TRAITS];
      if (f.nameIn) list = list.filter((t) => f.nameIn!.includes(t));
      if (f.prefix !== undefined) list = list.filter((t) => t.startsWith(f.prefix!));
      if (f.associated !== undefined) {
        const counts = await repo.hostCounts();
        const used = new Set(counts.total ? computeNodeTraits({ serviceDisabled: false }) : []);
        if (counts.disabled) used.add(STATUS_DISABLED_TRAIT);
        list = list.filter((t) => used.has(t) === f.associated);
      }
      return list;
    },

    isTrait,
    isResourceClass,
    /** What a consumer's generation reads as (see ConsumerAllocations.generation). */
    consumerGeneration: CONSUMER_GENERATION,

    /**
     * GET /allocation_candidates. Every host with its usage (one query set:
     * the hosts, one grouped usage query, one membership query when
     * aggregates are named); then the checks in the order Placement's
     * search contexts make them, where an impossible group ends the search
     * with no candidates before later groups are even validated.
     */
    async candidates(q: CandidateQuery): Promise<Candidates> {
      const none: Candidates = { requests: [], summaries: [] };
      const unknownRoot = allTraitNames(q.rootTraits).find((t) => !isTrait(t));
      if (unknownRoot) throw PlacementErrors.badRequest(traitNotFoundMessage(unknownRoot));
      const states = await allStates(await repo.hosts(), aggregateUuidsOf(...q.groups.map((g) => g.aggregates)));
      if (q.rootTraits && !states.some((s) => satisfies(s.provider.traits, q.rootTraits))) return none;
      for (const g of q.groups) if (!groupPossible(states, g)) return none;
      return allocationCandidates(states, q);
    },
  };
}

/** One RequestGroupSearchContext: validates the group's names, false when no provider can meet a part of it. */
function groupPossible(states: ProviderState[], g: RequestGroup): boolean {
  for (const rc of Object.keys(g.resources)) {
    if (!isResourceClass(rc)) throw PlacementErrors.badRequest(`Invalid resource class in resources parameter: ${resourceClassNotFoundMessage(rc)}`);
  }
  if (g.aggregates?.required.length && !states.some((s) => satisfies(s.aggregates, { required: g.aggregates!.required, forbidden: new Set() }))) {
    return false;
  }
  const unknown = allTraitNames(g.traits).find((t) => !isTrait(t));
  if (unknown) throw PlacementErrors.badRequest(traitNotFoundMessage(unknown));
  if (g.inTree !== undefined && !states.some((s) => s.provider.uuid === g.inTree)) return false;
  return Object.entries(g.resources).every(([rc, n]) =>
    states.some((s) => (g.inTree === undefined || s.provider.uuid === g.inTree) && fits(s.provider.inventories.get(rc), s.usage.get(rc) ?? 0, n)),
  );
}

export type PlacementService = ReturnType<typeof placementService>;
