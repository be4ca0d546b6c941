import type { ApiVersion } from "../../http/microversion.js";
import type { Candidates } from "../../placement/candidates.js";
import { capacityOf, type Inventory, type Provider, type Usage } from "../../placement/providers.js";
import type { ConsumerAllocations } from "../../placement/service.js";

/**
 * Placement's response bodies (the _serialize_* functions of
 * placement/handlers/*.py), pure functions of (entity, version). `root` is
 * the service's mount point (its SCRIPT_NAME, "/placement"): Placement's
 * links are relative to the host.
 */

export const resourceProviderView = (p: Provider, v: ApiVersion, root: string) => {
  const self = `${root}/resource_providers/${p.uuid}`;
  const rels = ["inventories", "usages"];
  if (v.atLeast("1.1")) rels.push("aggregates");
  if (v.atLeast("1.6")) rels.push("traits");
  if (v.atLeast("1.11")) rels.push("allocations");
  return {
    uuid: p.uuid,
    name: p.name,
    generation: p.generation,
    links: [{ rel: "self", href: self }, ...rels.map((rel) => ({ rel, href: `${self}/${rel}` }))],
    ...(v.atLeast("1.14") ? { parent_provider_uuid: p.parentProviderUuid, root_provider_uuid: p.rootProviderUuid } : {}),
  };
};

export const inventoryView = (inv: Inventory) => ({
  total: inv.total,
  reserved: inv.reserved,
  min_unit: inv.minUnit,
  max_unit: inv.maxUnit,
  step_size: inv.stepSize,
  allocation_ratio: inv.allocationRatio,
});

export const inventoriesView = (p: Provider) => ({
  resource_provider_generation: p.generation,
  inventories: Object.fromEntries([...p.inventories].map(([rc, inv]) => [rc, inventoryView(inv)])),
});

/** inventory._serialize_inventory: the generation only when it is truthy (a new provider's 0 is left out). */
export const oneInventoryView = (p: Provider, inv: Inventory) => ({
  ...inventoryView(inv),
  ...(p.generation ? { resource_provider_generation: p.generation } : {}),
});

export const usagesView = (p: Provider, usage: Usage) => ({
  resource_provider_generation: p.generation,
  usages: Object.fromEntries(usage),
});

export const providerAllocationsView = (p: Provider, byConsumer: Map<string, [string, number][]>, v: ApiVersion, consumerGeneration: number) => ({
  allocations: Object.fromEntries(
    [...byConsumer].map(([consumer, resources]) => [
      consumer,
      { resources: Object.fromEntries(resources), ...(v.atLeast("1.28") ? { consumer_generation: consumerGeneration } : {}) },
    ]),
  ),
  resource_provider_generation: p.generation,
});

/** allocation._serialize_allocations_for_consumer: owner fields only when there are allocations. */
export function consumerAllocationsView(c: ConsumerAllocations, v: ApiVersion) {
  const body: Record<string, unknown> = {
    allocations: Object.fromEntries(c.allocations.map((a) => [a.providerUuid, { resources: Object.fromEntries(a.resources), generation: a.generation }])),
  };
  if (c.allocations.length && v.atLeast("1.12")) {
    body.project_id = c.owner.projectId;
    body.user_id = c.owner.userId;
    if (v.atLeast("1.28")) body.consumer_generation = c.generation;
    if (v.atLeast("1.38")) body.consumer_type = c.type;
  }
  return body as { allocations: Record<string, { resources: Record<string, number>; generation: number }>; project_id?: string; user_id?: string };
}

export const traitsView = (traits: string[], p?: Provider) => ({
  traits,
  ...(p ? { resource_provider_generation: p.generation } : {}),
});

export const aggregatesView = (p: Provider, aggregates: string[], v: ApiVersion) => ({
  aggregates,
  ...(v.atLeast("1.19") ? { resource_provider_generation: p.generation } : {}),
});

export const resourceClassView = (name: string, root: string) => ({
  name,
  links: [{ rel: "self", href: `${root}/resource_classes/${name}` }],
});

/** usage.get_total_usages: by class, or from 1.38 by consumer type with a consumer count. */
export function totalUsagesView(u: { byClass: Map<string, number>; consumers: number }, v: ApiVersion, consumerType: string | null) {
  if (!v.atLeast("1.38")) return { usages: Object.fromEntries(u.byClass) };
  if (!u.byClass.size || consumerType === null) return { usages: {} };
  return { usages: { [consumerType]: { ...Object.fromEntries(u.byClass), consumer_count: u.consumers } } };
}

/** allocation_candidate._transform_allocation_candidates */
export function candidatesView(c: Candidates, requested: Set<string>, v: ApiVersion) {
  const allocation_requests = c.requests.map((r) => {
    const resources = Object.fromEntries(r.resources);
    if (!v.atLeast("1.12")) return { allocations: [{ resource_provider: { uuid: r.provider.provider.uuid }, resources }] };
    return {
      allocations: { [r.provider.provider.uuid]: { resources } },
      ...(v.atLeast("1.34") ? { mappings: r.mappings } : {}),
    };
  });
  const provider_summaries = Object.fromEntries(
    c.summaries.map((s) => {
      const p = s.provider;
      const resources = Object.fromEntries(
        [...p.inventories]
          .filter(([rc]) => v.atLeast("1.27") || requested.has(rc))
          .map(([rc, inv]) => [rc, { capacity: capacityOf(inv), used: s.usage.get(rc) ?? 0 }]),
      );
      return [
        p.uuid,
        {
          resources,
          ...(v.atLeast("1.17") ? { traits: p.traits } : {}),
          ...(v.atLeast("1.29") ? { parent_provider_uuid: p.parentProviderUuid, root_provider_uuid: p.rootProviderUuid } : {}),
        },
      ];
    }),
  );
  return { allocation_requests, provider_summaries };
}
