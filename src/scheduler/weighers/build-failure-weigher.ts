import type { Weigher } from "../types.js";

/**
 * Nova's BuildFailureWeigher: recent failed builds on the host, with the
 * multiplier negated (build_failure_weight_multiplier, default 1000000.0),
 * so a failing host sinks below every healthy one.
 */
export const buildFailureWeigher = (multiplier = 1000000.0): Weigher => ({
  name: "BuildFailureWeigher",
  multiplier,
  multiplierKey: "build_failure_weight_multiplier",
  negate: true,
  weigh: (host) => host.failedBuilds ?? 0,
});
