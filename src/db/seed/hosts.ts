import crypto from "node:crypto";
import type { Config } from "../../config.js";
import { resolveHosts, type HostSpec } from "../../simulator/topology.js";
import type { Db } from "../client.js";
import { aggregatesRepo, isUniqueViolation, syncHostZones } from "../repositories/aggregates.js";
import { completeDoneEvacuations, createHosts, listHosts, setServiceUp, updateHostInventory, type HostRow } from "../repositories/hosts.js";

// A host's zone is not inventory: it follows from its aggregates (seedZones below).
const INVENTORY = ["hostIp", "vcpus", "memoryMb", "localGb", "cpuAllocationRatio", "ramAllocationRatio", "diskAllocationRatio", "reservedHostMemoryMb"] as const;

const inventoryOf = (s: HostSpec) => ({
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
            availabilityZone: config.availabilityZone,
            uuid: crypto.randomUUID(),
            hostname: s.hostname,
            hypervisorHostname: s.hostname,
            serviceId: crypto.randomUUID(),
          })),
      );
      for (const s of specs) {
        const row = existing.get(s.hostname);
        if (row && changed(row, s)) await updateHostInventory(db, row.id, { ...inventoryOf(s), availabilityZone: row.availabilityZone });
      }
      const configured = new Set(specs.map((s) => s.hostname));
      const rows = [...existing.values()];
      await setServiceUp(db, rows.filter((h) => !h.serviceUp && configured.has(h.hostname)).map((h) => h.id), true);
      await setServiceUp(db, rows.filter((h) => h.serviceUp && !configured.has(h.hostname)).map((h) => h.id), false);
      // Each configured nova-compute (re)starts now, and cleans up after evacuations away from it.
      await completeDoneEvacuations(db, [...configured], new Date());
      await seedZones(db, specs, config.availabilityZone);
      return;
    } catch (err) {
      // Another replica seeding the same database at the same moment: look again.
      if ((err as { code?: string }).code === "P2002" && attempt < 3) continue;
      throw err;
    }
  }
}

/**
 * A host's availability zone comes from its aggregates, as in Nova. A host the
 * topology puts in a zone other than the default is placed in an aggregate of
 * that zone (the first aggregate with that zone, else a new one named after
 * it), as an operator would with `openstack aggregate create --zone`, unless
 * it already is in a zoned aggregate. Then every host's zone is recomputed
 * (the default zone may have changed too).
 */
async function seedZones(db: Db, specs: HostSpec[], defaultZone: string): Promise<void> {
  const repo = aggregatesRepo(db);
  const wanted = new Map<string, string[]>();
  for (const s of specs) if (s.availabilityZone !== defaultZone) wanted.set(s.availabilityZone, [...(wanted.get(s.availabilityZone) ?? []), s.hostname]);
  if (wanted.size) {
    const all = await repo.list();
    const zoned = new Set(all.filter((a) => a.availabilityZone !== null).flatMap((a) => a.hosts));
    for (const [zone, hosts] of wanted) {
      const missing = hosts.filter((h) => !zoned.has(h));
      if (!missing.length) continue;
      let agg = all.find((a) => a.availabilityZone === zone);
      if (!agg) {
        const name = all.some((a) => a.name === zone) ? `${zone}-zone` : zone;
        try {
          agg = await repo.create({ uuid: crypto.randomUUID(), name, availabilityZone: zone, createdAt: new Date() });
        } catch (err) {
          // Another replica made it at the same moment.
          if (!isUniqueViolation(err)) throw err;
          agg = (await repo.byName(name))!;
        }
        all.push(agg);
      }
      for (const h of missing) {
        try {
          await repo.addHost(agg.id, h, new Date());
        } catch (err) {
          if (!isUniqueViolation(err)) throw err;
        }
      }
    }
  }
  await syncHostZones(db, defaultZone);
}
