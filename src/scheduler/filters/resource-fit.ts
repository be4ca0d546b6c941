import { diskCapacity, freeDiskGb, freeRamMb, freeVcpus, ramCapacity, vcpuCapacity } from "../capacity.js";
import type { Filter } from "../types.js";

/**
 * What Placement's allocation candidates query does before Nova's filters run:
 * each requested amount fits in (total - reserved) * allocation_ratio - used.
 * One filter per resource class, so the decision record says which one ran out.
 */
export const ramFilter = (): Filter => ({
  name: "RamFilter",
  filter(host, spec) {
    const free = freeRamMb(host);
    if (spec.memoryMb <= free) return { pass: true };
    return { pass: false, reason: `needs ${spec.memoryMb} MB RAM, ${free} MB free of ${ramCapacity(host)} MB usable` };
  },
});

export const coreFilter = (): Filter => ({
  name: "CoreFilter",
  filter(host, spec) {
    const free = freeVcpus(host);
    if (spec.vcpus <= free) return { pass: true };
    return { pass: false, reason: `needs ${spec.vcpus} vCPUs, ${free} free of ${vcpuCapacity(host)} usable` };
  },
});

export const diskFilter = (): Filter => ({
  name: "DiskFilter",
  filter(host, spec) {
    const free = freeDiskGb(host);
    if (spec.diskGb <= free) return { pass: true };
    return { pass: false, reason: `needs ${spec.diskGb} GB disk, ${free} GB free of ${diskCapacity(host)} GB usable` };
  },
});
