import { physicalFreeRamMb } from "../capacity.js";
import type { Weigher } from "../types.js";

/**
 * Nova's RAMWeigher: more free RAM weighs more, so instances spread out
 * (a negative multiplier stacks them instead; [filter_scheduler]
 * ram_weight_multiplier, or the aggregate metadata key of that name).
 * Weights below 0 count as 0 (minval).
 */
export const ramWeigher = (multiplier = 1.0): Weigher => ({
  name: "RAMWeigher",
  multiplier,
  multiplierKey: "ram_weight_multiplier",
  minval: 0,
  weigh: (host) => physicalFreeRamMb(host),
});
