import { diskCapacity, freeDiskGb } from "../capacity.js";
import { PASS, type Filter } from "../types.js";

/** DISK_GB fit (Placement; Nova's DiskFilter before Stein): root + ephemeral + swap fit in (total - reserved) * disk_allocation_ratio - used. */
export const diskFilter = (): Filter => ({
  name: "DiskFilter",
  filter(host, spec) {
    const free = freeDiskGb(host);
    if (spec.diskGb <= free) return PASS;
    return { pass: false, reason: `needs ${spec.diskGb} GB disk, ${free} GB free of ${diskCapacity(host)} GB usable` };
  },
});
