import crypto from "node:crypto";
import type { Config } from "../config.js";
import type { Database } from "../db/client.js";
import { createHosts, deleteHost, findHostByName, inTransaction, listHosts, liveInstanceCounts, updateHostInventory, type HostRow } from "../db/repositories/hosts.js";
import { ComputeHostNotFound } from "../compute/errors.js";
import { Conflict } from "../errors.js";
import { hostIpOf } from "./topology.js";

/**
 * The topology changed while running (/sim/v1/hosts): hosts added in bulk,
 * their inventory changed, empty hosts removed. Added hosts take the
 * settings' sizes for what the request leaves out, as the topology file's
 * groups do; they are in the default availability zone (aggregates make
 * others, as in Nova).
 */
export interface HostGroup {
  name?: string;
  count?: number;
  vcpus?: number;
  ramMb?: number;
  diskGb?: number;
  cpuAllocationRatio?: number;
  ramAllocationRatio?: number;
  diskAllocationRatio?: number;
  reservedHostMemoryMb?: number;
}

export type HostChanges = Omit<HostGroup, "name" | "count">;

export interface LiveHost {
  host: HostRow;
  instances: number;
}

export function liveHosts(deps: { database: Database; config: Config; changed: () => void }) {
  const db = deps.database.prisma;
  const c = deps.config;

  async function list(): Promise<LiveHost[]> {
    const hosts = await listHosts(db);
    const counts = await liveInstanceCounts(db, hosts.map((h) => h.hostname));
    return hosts.map((host) => ({ host, instances: counts.get(host.hostname) ?? 0 }));
  }

  return {
    list,
    /** Add the groups' hosts; unnamed ones continue computeN after the highest N in use. Conflict when a name is taken. */
    async add(groups: HostGroup[]): Promise<HostRow[]> {
      const existing = await listHosts(db);
      const taken = new Set(existing.map((h) => h.hostname));
      let seq = Math.max(0, ...existing.map((h) => Number(/^compute(\d+)$/.exec(h.hostname)?.[1] ?? 0)));
      const names: { name: string; g: HostGroup }[] = [];
      for (const g of groups) {
        const n = g.count ?? 1;
        for (let k = 1; k <= n; k++) names.push({ name: g.name === undefined ? `compute${++seq}` : n === 1 ? g.name : `${g.name}${k}`, g });
      }
      const dup = names.find((x, i) => taken.has(x.name) || names.findIndex((y) => y.name === x.name) !== i);
      if (dup) throw new Conflict(`Host ${dup.name} already exists.`);
      await createHosts(
        db,
        names.map(({ name, g }, i) => ({
          hostname: name,
          hypervisorHostname: name,
          uuid: crypto.randomUUID(),
          serviceId: crypto.randomUUID(),
          availabilityZone: c.availabilityZone,
          hostIp: hostIpOf(existing.length + i),
          vcpus: g.vcpus ?? c.hostVcpus,
          memoryMb: g.ramMb ?? c.hostRamMb,
          localGb: g.diskGb ?? c.hostDiskGb,
          cpuAllocationRatio: g.cpuAllocationRatio ?? c.cpuAllocationRatio,
          ramAllocationRatio: g.ramAllocationRatio ?? c.ramAllocationRatio,
          diskAllocationRatio: g.diskAllocationRatio ?? c.diskAllocationRatio,
          reservedHostMemoryMb: g.reservedHostMemoryMb ?? c.reservedHostMemoryMb,
        })),
      );
      const wanted = new Set(names.map((x) => x.name));
      return (await listHosts(db)).filter((h) => wanted.has(h.hostname));
    },
    /** Change a host's inventory (its resource provider's generation moves, as Placement's does). */
    async change(name: string, ch: HostChanges): Promise<HostRow> {
      const h = await findHostByName(db, name);
      if (!h) throw new ComputeHostNotFound(name);
      await updateHostInventory(db, h.id, {
        vcpus: ch.vcpus ?? h.vcpus,
        memoryMb: ch.ramMb ?? h.memoryMb,
        localGb: ch.diskGb ?? h.localGb,
        cpuAllocationRatio: ch.cpuAllocationRatio ?? h.cpuAllocationRatio,
        ramAllocationRatio: ch.ramAllocationRatio ?? h.ramAllocationRatio,
        diskAllocationRatio: ch.diskAllocationRatio ?? h.diskAllocationRatio,
        reservedHostMemoryMb: ch.reservedHostMemoryMb ?? h.reservedHostMemoryMb,
        availabilityZone: h.availabilityZone,
        hostIp: h.hostIp,
      });
      return (await findHostByName(db, name))!;
    },
    /** Remove a host that runs no servers (Conflict otherwise). */
    async remove(name: string): Promise<void> {
      const h = await findHostByName(db, name);
      if (!h) throw new ComputeHostNotFound(name);
      const n = (await liveInstanceCounts(db, [name])).get(name) ?? 0;
      if (n > 0) throw new Conflict(`Host ${name} has ${n} server(s); move or delete them first.`);
      await inTransaction(db, (tx) => deleteHost(tx, h.id, h.hostname));
      deps.changed();
    },
  };
}
