import type { Weigher } from "../types.js";

/** Nova's CPUWeigher: more free vCPUs (vcpus * cpu_allocation_ratio - used) weighs more (cpu_weight_multiplier). */
export const cpuWeigher = (multiplier = 1.0): Weigher => ({
  name: "CPUWeigher",
  multiplier,
  multiplierKey: "cpu_weight_multiplier",
  minval: 0,
  weigh: (host) => host.vcpus * host.cpuAllocationRatio - host.usedVcpus,
});
