import { freeVcpus, vcpuCapacity } from "../capacity.js";
import { PASS, type Filter } from "../types.js";

/** VCPU fit (Placement; Nova's CoreFilter before Stein): vcpus fit in (total - reserved) * cpu_allocation_ratio - used. */
export const coreFilter = (): Filter => ({
  name: "CoreFilter",
  filter(host, spec) {
    const free = freeVcpus(host);
    if (spec.vcpus <= free) return PASS;
    return { pass: false, reason: `needs ${spec.vcpus} vCPUs, ${free} free of ${vcpuCapacity(host)} usable` };
  },
});
