import { aggregateMetadataOf } from "../host-aggregates.js";
import { PASS, type Filter } from "../types.js";

/**
 * Nova's AggregateMultiTenancyIsolation: a host in aggregates with
 * filter_tenant_id* metadata keys takes only instances of those projects;
 * hosts without such keys take anyone.
 */
export const aggregateMultiTenancyIsolation = (): Filter => ({
  name: "AggregateMultiTenancyIsolation",
  filter(host, spec) {
    const metadata = aggregateMetadataOf(host);
    if (!metadata.size) return PASS;
    const tenants = new Set<string>();
    for (const [k, values] of metadata) if (k.startsWith("filter_tenant_id")) for (const v of values) tenants.add(v);
    if (!tenants.size || (spec.projectId !== undefined && tenants.has(spec.projectId))) return PASS;
    return { pass: false, reason: `its aggregates take projects ${[...tenants].sort().join(", ")} only` };
  },
});
