import { freeRamMb, ramCapacity } from "../capacity.js";
import { PASS, type Filter } from "../types.js";

/**
 * MEMORY_MB fit, as Placement's allocation candidates query checks it before
 * Nova's filters run (and as the RamFilter of Nova before Stein did):
 * the requested RAM fits in (total - reserved) * ram_allocation_ratio - used.
 */
export const ramFilter = (): Filter => ({
  name: "RamFilter",
  filter(host, spec) {
    const free = freeRamMb(host);
    if (spec.memoryMb <= free) return PASS;
    return { pass: false, reason: `needs ${spec.memoryMb} MB RAM, ${free} MB free of ${ramCapacity(host)} MB usable` };
  },
});
