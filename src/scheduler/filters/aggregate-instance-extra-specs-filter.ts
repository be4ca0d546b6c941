import { matchExtraSpec } from "../extra-specs-ops.js";
import { aggregateMetadataOf } from "../host-aggregates.js";
import { PASS, type Filter } from "../types.js";

const SCOPE = "aggregate_instance_extra_specs";

/**
 * Nova's AggregateInstanceExtraSpecsFilter: each flavor extra spec that is
 * unscoped or in the aggregate_instance_extra_specs: scope must be matched
 * (extra_specs_ops) by a value of that key in the host's aggregates' metadata.
 */
export const aggregateInstanceExtraSpecsFilter = (): Filter => ({
  name: "AggregateInstanceExtraSpecsFilter",
  skip: (spec) => !Object.keys(spec.flavorExtraSpecs ?? {}).some((k) => !k.includes(":") || k.startsWith(`${SCOPE}:`)),
  filter(host, spec) {
    const specs = spec.flavorExtraSpecs;
    if (!specs || !Object.keys(specs).length) return PASS;
    const metadata = aggregateMetadataOf(host);
    for (const [fullKey, req] of Object.entries(specs)) {
      const i = fullKey.indexOf(":");
      if (i !== -1 && fullKey.slice(0, i) !== SCOPE) continue;
      const key = i === -1 ? fullKey : fullKey.slice(i + 1);
      const values = metadata.get(key);
      if (!values?.size) return { pass: false, reason: `extra spec ${fullKey} is not in its aggregates' metadata` };
      if (![...values].some((v) => matchExtraSpec(v, req))) {
        return { pass: false, reason: `aggregate metadata ${key}=${[...values].join(",")} does not match extra spec ${fullKey}=${req}` };
      }
    }
    return PASS;
  },
});
