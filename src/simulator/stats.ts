import type { Clock } from "../clock.js";
import type { Database } from "../db/client.js";
import { listHosts, usageByHost } from "../db/repositories/hosts.js";
import { statsRepo } from "../db/repositories/stats.js";
import { capacity } from "../scheduler/capacity.js";

/** One host's amount of one resource class: Placement's capacity ((total - reserved) × ratio) and what is allocated. */
export interface HostResourceUsage {
  host: string;
  resourceClass: "VCPU" | "MEMORY_MB" | "DISK_GB";
  used: number;
  capacity: number;
}

/** What the simulated cloud holds now, for /metrics (src/http/metrics.ts). */
export function statsService(deps: { db: Database; clock: Clock }) {
  const repo = statsRepo(deps.db.prisma);
  return {
    instancesByVmState: () => repo.instancesByVmState(),
    workQueueDepth: () => repo.workQueueDepth(deps.clock.now()),
    tasksInProgress: () => repo.tasksInProgress(),
    async hostUsage(): Promise<HostResourceUsage[]> {
      const [hosts, usage] = await Promise.all([listHosts(deps.db.prisma), usageByHost(deps.db.prisma)]);
      return hosts.flatMap((h) => {
        const u = usage.get(h.id);
        return [
          { host: h.hostname, resourceClass: "VCPU" as const, used: u?.VCPU ?? 0, capacity: capacity(h.vcpus, h.reservedHostCpus, h.cpuAllocationRatio) },
          { host: h.hostname, resourceClass: "MEMORY_MB" as const, used: u?.MEMORY_MB ?? 0, capacity: capacity(h.memoryMb, h.reservedHostMemoryMb, h.ramAllocationRatio) },
          { host: h.hostname, resourceClass: "DISK_GB" as const, used: u?.DISK_GB ?? 0, capacity: capacity(h.localGb, h.reservedHostDiskGb, h.diskAllocationRatio) },
        ];
      });
    },
  };
}

export type StatsService = ReturnType<typeof statsService>;
