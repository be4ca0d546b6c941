import type { HostState, RequestSpec } from "../../src/scheduler/types.js";

/** A host with Nova's default-ish inventory; override what a case needs. */
export function host(over: Partial<HostState> = {}): HostState {
  const id = over.id ?? 1;
  return {
    id,
    uuid: `00000000-0000-4000-8000-${String(id).padStart(12, "0")}`,
    hostname: `compute${id}`,
    nodename: `compute${id}`,
    availabilityZone: "nova",
    serviceDisabled: false,
    serviceUp: true,
    forcedDown: false,
    generation: 0,
    vcpus: 16,
    memoryMb: 65536,
    diskGb: 1024,
    reservedVcpus: 0,
    reservedMemoryMb: 512,
    reservedDiskGb: 0,
    cpuAllocationRatio: 16,
    ramAllocationRatio: 1.5,
    diskAllocationRatio: 1,
    usedVcpus: 0,
    usedMemoryMb: 0,
    usedDiskGb: 0,
    ...over,
  };
}

export function spec(over: Partial<RequestSpec> = {}): RequestSpec {
  return { consumerId: "c1", vcpus: 1, memoryMb: 512, diskGb: 1, ...over };
}
