import { DEFAULT_FILTER_OPTIONS } from "../filter-options.js";
import { PASS, type Filter, type FilterOptions } from "../types.js";

/** Nova's NumInstancesFilter: fewer instances on the host than [filter_scheduler] max_instances_per_host. */
export const numInstancesFilter = (o: Pick<FilterOptions, "maxInstancesPerHost"> = DEFAULT_FILTER_OPTIONS): Filter => ({
  name: "NumInstancesFilter",
  filter(host) {
    const n = host.numInstances ?? 0;
    if (n < o.maxInstancesPerHost) return PASS;
    return { pass: false, reason: `has ${n} instances, max_instances_per_host is ${o.maxInstancesPerHost}` };
  },
});
