import type { z } from "zod";
import type { HostResources } from "../../../simulator/hosts.js";
import type { ServiceEntity } from "../../../simulator/services.js";
import type { hostList, hostShow } from "../schemas/hosts.js";

/** A service's RPC topic, which os-hosts calls its `service`. */
const TOPICS: Record<string, string> = { "nova-compute": "compute", "nova-conductor": "conductor", "nova-scheduler": "scheduler" };

/** GET /os-hosts: one entry per enabled service (Nova filters on disabled=False), optionally of one zone. */
export function hostListView(services: ServiceEntity[], zone: string | undefined): z.input<typeof hostList> {
  return {
    hosts: services
      .filter((s) => !s.disabled && (!zone || s.zone === zone))
      .map((s) => ({ host_name: s.host, service: TOPICS[s.binary] ?? s.binary.replace(/^nova-/, ""), zone: s.zone })),
  };
}

/**
 * GET /os-hosts/{host}: the node's totals, what its resource tracker counts as
 * used (the host's own reservation included), the sum of its instances'
 * flavors, then the same per project.
 */
export function hostShowView(r: HostResources): z.input<typeof hostShow> {
  const h = r.host;
  const name = h.hostname;
  const row = (project: string, cpu: number, memory_mb: number, disk_gb: number) => ({ resource: { host: name, project, cpu, memory_mb, disk_gb } });
  const perProject = new Map<string, { cpu: number; memory_mb: number; disk_gb: number }>();
  const max = { cpu: 0, memory_mb: 0, disk_gb: 0 };
  for (const i of r.instances) {
    const p = perProject.get(i.projectId) ?? { cpu: 0, memory_mb: 0, disk_gb: 0 };
    for (const t of [p, max]) {
      t.cpu += i.vcpus;
      t.memory_mb += i.memoryMb;
      t.disk_gb += i.rootGb + i.ephemeralGb;
    }
    perProject.set(i.projectId, p);
  }
  return {
    host: [
      row("(total)", h.vcpus, h.memoryMb, h.localGb),
      row("(used_now)", h.reservedHostCpus + r.usage.VCPU, h.reservedHostMemoryMb + r.usage.MEMORY_MB, h.reservedHostDiskGb + r.usage.DISK_GB),
      row("(used_max)", max.cpu, max.memory_mb, max.disk_gb),
      ...[...perProject].map(([project, t]) => row(project, t.cpu, t.memory_mb, t.disk_gb)),
    ],
  };
}
