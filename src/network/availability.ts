import type { Db } from "../db/client.js";
import { networkRepo } from "../db/repositories/network.js";
import { parseJson } from "./common.js";
import { poolSize, type Pool } from "./ip.js";

/**
 * Neutron's network-ip-availability: per network and subnet, the addresses in
 * the allocation pools (total_ips) and those allocated (used_ips). Three
 * queries whatever the number of networks.
 */
export async function ipAvailabilities(db: Db, where: { networkIds?: string[] } = {}) {
  const repo = networkRepo(db);
  const nets = await repo.listNetworks(null, { ids: where.networkIds });
  const subnets = await repo.subnetsOfNetworks(nets.map((n) => n.id));
  const counts = new Map(
    (await repo.allocationCounts(subnets.map((s) => s.id))).map((c) => [c.subnetId, c._count._all] as const),
  );
  return nets.map((n) => {
    const subs = subnets
      .filter((s) => s.networkId === n.id)
      .map((s) => ({
        subnet_id: s.id,
        subnet_name: s.name,
        cidr: s.cidr,
        ip_version: s.ipVersion,
        total_ips: Number(poolSize(parseJson<Pool[]>(s.allocationPools, []))),
        used_ips: counts.get(s.id) ?? 0,
      }));
    return {
      network_id: n.id,
      network_name: n.name,
      tenant_id: n.projectId,
      project_id: n.projectId,
      total_ips: subs.reduce((a, s) => a + s.total_ips, 0),
      used_ips: subs.reduce((a, s) => a + s.used_ips, 0),
      subnet_ip_availability: subs,
    };
  });
}
