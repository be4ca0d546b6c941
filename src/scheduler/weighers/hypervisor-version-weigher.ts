import type { Weigher } from "../types.js";

/** Nova's HypervisorVersionWeigher: newer hypervisors weigh more (hypervisor_version_weight_multiplier). */
export const hypervisorVersionWeigher = (multiplier = 1.0): Weigher => ({
  name: "HypervisorVersionWeigher",
  multiplier,
  multiplierKey: "hypervisor_version_weight_multiplier",
  weigh: (host) => host.hypervisorVersion ?? 0,
});
