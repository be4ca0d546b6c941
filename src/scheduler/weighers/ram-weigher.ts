import { physicalFreeRamMb } from "../capacity.js";
import type { Weigher } from "../types.js";

/**
 * Nova's RAMWeigher: more free RAM weighs more, so instances spread out
 * (a negative multiplier stacks them instead; [filter_scheduler] ram_weight_multiplier).
 */
export const ramWeigher = (multiplier = 1.0): Weigher => ({
  name: "RAMWeigher",
  multiplier,
  weigh: (host) => physicalFreeRamMb(host),
});
