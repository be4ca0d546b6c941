import type { Weigher } from "../types.js";

/** Nova's ServerGroupSoftAntiAffinityWeigher: for a soft-anti-affinity group, hosts with fewer of its members weigh more (soft_anti_affinity_weight_multiplier). */
export const serverGroupSoftAntiAffinityWeigher = (multiplier = 1.0): Weigher => ({
  name: "ServerGroupSoftAntiAffinityWeigher",
  multiplier,
  multiplierKey: "soft_anti_affinity_weight_multiplier",
  skip: (spec) => spec.group?.policy !== "soft-anti-affinity",
  weigh: (host, spec) => (spec.group?.policy === "soft-anti-affinity" ? -(spec.group.hostCounts[host.hostname] ?? 0) : 0),
});
