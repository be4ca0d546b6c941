import type { Weigher } from "../types.js";

/**
 * Nova's NumInstancesWeigher: the number of instances on the host; the
 * default multiplier 0.0 leaves it out, a negative one spreads
 * (num_instances_weight_multiplier).
 */
export const numInstancesWeigher = (multiplier = 0.0): Weigher => ({
  name: "NumInstancesWeigher",
  multiplier,
  multiplierKey: "num_instances_weight_multiplier",
  weigh: (host) => host.numInstances ?? 0,
});
