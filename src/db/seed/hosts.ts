import crypto from "node:crypto";
import type { Config } from "../../config.js";
import { resolveHosts, type HostSpec } from "../../simulator/topology.js";
import type { Db } from "../client.js";
import { createHosts, listHosts, setServiceUp, updateHostInventory, type HostRow } from "../repositories/hosts.js";

const INVENTORY = ["availabilityZone", "hostIp", "vcpus", "memoryMb", "localGb", "cpuAllocationRatio", "ramAllocationRatio", "diskAllocationRatio", "reservedHostMemoryMb"] as const;

const inventoryOf = (s: HostSpec) => ({
  availabilityZone: s.availabilityZone,
  hostIp: s.hostIp,
  vcpus: s.vcpus,
  memoryMb: s.memoryMb,
  localGb: s.localGb,
  cpuAllocationRatio: s.cpuAllocationRatio,
  ramAllocationRatio: s.ramAllocationRatio,
  diskAllocationRatio: s.diskAllocationRatio,
  reservedHostMemoryMb: s.reservedHostMemoryMb,
});

const changed = (row: HostRow, spec: HostSpec) => INVENTORY.some((k) => row[k] !== inventoryOf(spec)[k]);

/**
 * Seeds the configured hosts (idempotent). A host already present keeps its
 * uuid and allocations, and takes the configured inventory (as a restarted
 * nova-compute reports its inventory); configured hosts that are new appear;
 * hosts no longer configured stay, reported down, as a stopped nova-compute.
 */
export async function seedHosts(db: Db, config: Config): Promise<void> {
  const specs = resolveHosts(config);
  for (let attempt = 0; ; attempt++) {
    try {
      const existing = new Map((await listHosts(db)).map((h) => [h.hostname, h]));
      await createHosts(
        db,
        specs
          .filter((s) => !existing.has(s.hostname))
          .map((s) => ({
            ...inventoryOf(s),
            uuid: crypto.randomUUID(),
            hostname: s.hostname,
            hypervisorHostname: s.hostname,
            serviceId: crypto.randomUUID(),
          })),
      );
      for (const s of specs) {
        const row = existing.get(s.hostname);
        if (row && changed(row, s)) await updateHostInventory(db, row.id, inventoryOf(s));
      }
      const configured = new Set(specs.map((s) => s.hostname));
      const rows = [...existing.values()];
      await setServiceUp(db, rows.filter((h) => !h.serviceUp && configured.has(h.hostname)).map((h) => h.id), true);
      await setServiceUp(db, rows.filter((h) => h.serviceUp && !configured.has(h.hostname)).map((h) => h.id), false);
      return;
    } catch (err) {
      // Another replica seeding the same database at the same moment: look again.
      if ((err as { code?: string }).code === "P2002" && attempt < 3) continue;
      throw err;
    }
  }
}
