import type { Weigher } from "../types.js";

/** Nova's ServerGroupSoftAffinityWeigher: for a soft-affinity group, hosts with more of its members weigh more (soft_affinity_weight_multiplier). */
export const serverGroupSoftAffinityWeigher = (multiplier = 1.0): Weigher => ({
  name: "ServerGroupSoftAffinityWeigher",
  multiplier,
  multiplierKey: "soft_affinity_weight_multiplier",
  skip: (spec) => spec.group?.policy !== "soft-affinity",
  weigh: (host, spec) => (spec.group?.policy === "soft-affinity" ? (spec.group.hostCounts[host.hostname] ?? 0) : 0),
});
