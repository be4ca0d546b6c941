import type { HostState } from "./types.js";

/**
 * Placement's capacity of one resource class: (total - reserved) * allocation_ratio,
 * rounded down (placement/objects/allocation.py _check_capacity_exceeded).
 */
export const capacity = (total: number, reserved: number, ratio: number): number => Math.floor((total - reserved) * ratio);

export const vcpuCapacity = (h: HostState) => capacity(h.vcpus, h.reservedVcpus, h.cpuAllocationRatio);
export const ramCapacity = (h: HostState) => capacity(h.memoryMb, h.reservedMemoryMb, h.ramAllocationRatio);
export const diskCapacity = (h: HostState) => capacity(h.diskGb, h.reservedDiskGb, h.diskAllocationRatio);

export const freeVcpus = (h: HostState) => vcpuCapacity(h) - h.usedVcpus;
export const freeRamMb = (h: HostState) => ramCapacity(h) - h.usedMemoryMb;
export const freeDiskGb = (h: HostState) => diskCapacity(h) - h.usedDiskGb;

/** Physical free RAM, as Nova's HostState.free_ram_mb (what the RAM weigher reads). */
export const physicalFreeRamMb = (h: HostState) => h.memoryMb - h.reservedMemoryMb - h.usedMemoryMb;
