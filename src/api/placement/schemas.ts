import { z } from "zod";

/**
 * Zod schemas of the Placement routes: path parameters, the documented
 * query parameters (all optional strings: Placement checks them itself, per
 * microversion and after the policy check, see query.ts), and the response
 * bodies per microversion (fields that come and go are optional).
 */

const link = z.object({ rel: z.string(), href: z.string() });
const uuidParam = z.string().describe("Resource provider UUID.");

export const providerParams = z.object({ uuid: uuidParam });
export const inventoryParams = z.object({ uuid: uuidParam, resource_class: z.string().describe("Resource class name, e.g. VCPU.") });
export const consumerParams = z.object({ consumer_uuid: z.string().describe("Consumer (instance or migration) UUID.") });
export const nameParams = z.object({ name: z.string() });

/** A query parameter as fastify parses it: repeated keys give a list (Placement reads all of them, or the last). */
const q = (description: string) => z.union([z.string(), z.array(z.string())]).optional().describe(description);

export const providerListQuery = z.looseObject({
  name: q("Exact provider name."),
  uuid: q("Provider UUID."),
  member_of: q("Aggregate UUID, `in:` list, `!uuid` or `!in:` list (1.3; repeatable 1.24; forbidden 1.32)."),
  resources: q("`RC:amount,...` the provider must have room for (1.4)."),
  in_tree: q("UUID of a provider whose tree to list (1.14)."),
  required: q("Traits, `!TRAIT` forbidden (1.22), `in:A,B` any-of (1.39) (1.18)."),
});
export const usagesQuery = z.looseObject({
  project_id: q("Project whose consumers' usage to sum (required)."),
  user_id: q("Only this user's consumers."),
  consumer_type: q("Group and filter by consumer type; `all`, `unknown` (1.38)."),
});
export const traitListQuery = z.looseObject({
  name: q("`in:A,B` or `startswith:PREFIX`."),
  associated: q("`true`: only traits some provider has; `false`: only unused ones."),
});
export const candidatesQuery = z.looseObject({
  resources: q("`RC:amount,...` (suffixed resources<S> groups from 1.25)."),
  limit: q("Most allocation requests to return (1.16)."),
  required: q("Traits of the group (1.17; required<S> from 1.25)."),
  member_of: q("Aggregates of the group (1.21; member_of<S> from 1.25)."),
  in_tree: q("Provider whose tree must satisfy the group (1.31)."),
  group_policy: q("`none` or `isolate`; required with two or more numbered groups (1.25)."),
  root_required: q("Traits the root provider must (not) have (1.35)."),
  same_subtree: q("Suffixes of groups to satisfy within one subtree (1.36)."),
});

export const versionsResponse = z.object({
  versions: z.array(z.object({ id: z.string(), max_version: z.string(), min_version: z.string(), status: z.string(), links: z.array(link) })),
});

export const resourceProvider = z.object({
  uuid: z.string(),
  name: z.string(),
  generation: z.number().int(),
  links: z.array(link),
  parent_provider_uuid: z.string().nullable().optional().describe("1.14+"),
  root_provider_uuid: z.string().optional().describe("1.14+"),
});
export const resourceProviderList = z.object({ resource_providers: z.array(resourceProvider) });

const inventory = z.object({
  total: z.number().int(),
  reserved: z.number().int(),
  min_unit: z.number().int(),
  max_unit: z.number().int(),
  step_size: z.number().int(),
  allocation_ratio: z.number(),
});
export const inventories = z.object({ resource_provider_generation: z.number().int(), inventories: z.record(z.string(), inventory) });
export const oneInventory = inventory.extend({ resource_provider_generation: z.number().int().optional() });

const amounts = z.record(z.string(), z.number().int());
export const providerUsages = z.object({ resource_provider_generation: z.number().int(), usages: amounts });

export const providerAllocations = z.object({
  allocations: z.record(z.string(), z.object({ resources: amounts, consumer_generation: z.number().int().optional().describe("1.28+") })),
  resource_provider_generation: z.number().int(),
});

export const consumerAllocations = z.object({
  allocations: z.record(z.string(), z.object({ resources: amounts, generation: z.number().int() })),
  project_id: z.string().optional().describe("1.12+, when there are allocations"),
  user_id: z.string().optional().describe("1.12+, when there are allocations"),
  consumer_generation: z.number().int().optional().describe("1.28+"),
  consumer_type: z.string().optional().describe("1.38+"),
});

export const traitList = z.object({ traits: z.array(z.string()), resource_provider_generation: z.number().int().optional() });
export const aggregateList = z.object({ aggregates: z.array(z.string()), resource_provider_generation: z.number().int().optional().describe("1.19+") });

export const resourceClass = z.object({ name: z.string(), links: z.array(link) });
export const resourceClassList = z.object({ resource_classes: z.array(resourceClass) });

export const totalUsages = z.object({
  usages: z.record(z.string(), z.union([z.number().int(), amounts])).describe("By resource class; from 1.38 by consumer type, each with a consumer_count."),
});

export const allocationCandidates = z.object({
  allocation_requests: z.array(
    z.union([
      z.object({
        allocations: z.record(z.string(), z.object({ resources: amounts })),
        mappings: z.record(z.string(), z.array(z.string())).optional().describe("1.34+"),
      }),
      z.object({ allocations: z.array(z.object({ resource_provider: z.object({ uuid: z.string() }), resources: amounts })) }).describe("before 1.12"),
    ]),
  ),
  provider_summaries: z.record(
    z.string(),
    z.object({
      resources: z.record(z.string(), z.object({ capacity: z.number().int(), used: z.number().int() })),
      traits: z.array(z.string()).optional().describe("1.17+"),
      parent_provider_uuid: z.string().nullable().optional().describe("1.29+"),
      root_provider_uuid: z.string().optional().describe("1.29+"),
    }),
  ),
});
