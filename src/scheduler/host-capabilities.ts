import { physicalFreeRamMb } from "./capacity.js";
import type { HostState } from "./types.js";

/**
 * A host as Nova's HostState attributes name it, for the filters that look
 * capabilities up by name (ComputeCapabilitiesFilter, ImagePropertiesFilter).
 * The simulated CPU is the one os-hypervisors shows (cpu_info, a JSON
 * string as the compute node stores it).
 */
export const FLOAT_ATTRS = new Set(["cpu_allocation_ratio", "ram_allocation_ratio", "disk_allocation_ratio"]);

export function cpuInfoOf(h: HostState) {
  return { arch: "x86_64", model: "Nehalem", vendor: "Intel", features: ["pge", "clflush"], topology: { cores: h.vcpus, threads: 1, sockets: 1 } };
}

/** Canonical hypervisor type of the host (Nova's HVType.canonicalize of hypervisor_type). */
export const hvTypeOf = (h: HostState) => {
  const t = (h.hypervisorType ?? "fake").toLowerCase();
  return t === "xapi" ? "xen" : t;
};

/** supported_instances as (architecture, hypervisor type, vm mode): the fake driver's, or libvirt's qemu and kvm for QEMU. */
export function supportedInstancesOf(h: HostState): [string, string, string][] {
  const hv = hvTypeOf(h);
  if (hv === "qemu" || hv === "kvm") return [["x86_64", "qemu", "hvm"], ["x86_64", "kvm", "hvm"]];
  return [["x86_64", hv, "hvm"]];
}

export function capabilitiesOf(h: HostState): Record<string, unknown> {
  return {
    host: h.hostname,
    nodename: h.nodename,
    uuid: h.uuid,
    hypervisor_hostname: h.nodename,
    hypervisor_type: h.hypervisorType ?? "fake",
    hypervisor_version: h.hypervisorVersion ?? 1000,
    host_ip: h.hostIp ?? null,
    total_usable_ram_mb: h.memoryMb,
    total_usable_disk_gb: h.diskGb,
    free_ram_mb: physicalFreeRamMb(h),
    free_disk_mb: (h.diskGb - h.reservedDiskGb - h.usedDiskGb) * 1024,
    disk_mb_used: (h.usedDiskGb + h.reservedDiskGb) * 1024,
    vcpus_total: h.vcpus,
    vcpus_used: h.usedVcpus,
    num_instances: h.numInstances ?? 0,
    num_io_ops: h.numIoOps ?? 0,
    failed_builds: h.failedBuilds ?? 0,
    cpu_allocation_ratio: h.cpuAllocationRatio,
    ram_allocation_ratio: h.ramAllocationRatio,
    disk_allocation_ratio: h.diskAllocationRatio,
    cpu_info: JSON.stringify(cpuInfoOf(h)),
    supported_instances: supportedInstancesOf(h),
    stats: {},
  };
}

/** Python's str() of a capability value. */
export function pyStr(v: unknown, float = false): string {
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number") return float && Number.isInteger(v) ? v.toFixed(1) : String(v);
  if (v === null || v === undefined) return "None";
  if (typeof v === "string") return v;
  return JSON.stringify(v);
}
