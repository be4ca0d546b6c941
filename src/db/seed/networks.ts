import type { Config } from "../../config.js";
import type { Db } from "../client.js";
import { systemClock } from "../../clock.js";
import { networkRepo } from "../repositories/network.js";
import { identityRepo } from "../repositories/identity.js";
import { createNetwork, type NetworkInput } from "../../network/networks.js";
import { createSubnet } from "../../network/subnets.js";
import { addRouterInterface, createRouter } from "../../network/routers.js";
import { routerRepo } from "../repositories/network-routers.js";

/**
 * DevStack's networks (idempotent): a shared external `public` owned by the
 * admin project, and a `private` network for demo and for alt_demo, each with
 * one subnet. Existing networks (matched by owner and name) are left alone.
 * Each of demo and alt_demo also gets DevStack's `router1`: a gateway on
 * `public` and an interface on its private subnet, so that floating IPs can be
 * associated with its servers (made once; an existing router1 is left alone).
 */
const NETWORKS: { project: string; name: string; net: NetworkInput; subnet: { name: string; cidr: string } }[] = [
  {
    project: "admin",
    name: "public",
    net: { shared: true, "router:external": true, "provider:network_type": "flat", "provider:physical_network": "public", mtu: 1500 },
    subnet: { name: "public-subnet", cidr: "172.24.4.0/24" },
  },
  { project: "demo", name: "private", net: {}, subnet: { name: "private-subnet", cidr: "10.0.0.0/26" } },
  { project: "alt_demo", name: "private", net: {}, subnet: { name: "private-subnet", cidr: "10.0.1.0/26" } },
];

export async function seedNetworks(db: Db, config: Config): Promise<void> {
  void config;
  const now = systemClock.now();
  const repo = networkRepo(db);
  for (const spec of NETWORKS) {
    const project = await identityRepo(db).findProject({ domainId: "default", name: spec.project });
    if (!project) continue;
    const caller = { projectId: project.id, isAdmin: true, isMember: true };
    const existing = (await repo.listNetworks(null, { name: [spec.name] })).find((n) => n.projectId === project.id);
    const network = existing ?? (await createNetwork(db, caller, { name: spec.name, ...spec.net }, now));
    if (network.subnets.length) continue;
    await createSubnet(db, caller, { name: spec.subnet.name, network_id: network.id, ip_version: 4, cidr: spec.subnet.cidr }, now);
  }
  const pub = (await repo.listNetworks(null, { name: ["public"] })).find((n) => n.external);
  if (!pub) return;
  for (const name of ["demo", "alt_demo"]) {
    const project = await identityRepo(db).findProject({ domainId: "default", name });
    if (!project) continue;
    if ((await routerRepo(db).list(project.id, { name: ["router1"] })).length) continue;
    const priv = (await repo.listNetworks(null, { name: ["private"] })).find((n) => n.projectId === project.id);
    if (!priv?.subnets.length) continue;
    const caller = { projectId: project.id, isAdmin: true, isMember: true };
    const router = await createRouter(db, caller, { name: "router1", external_gateway_info: { network_id: pub.id } }, now);
    await addRouterInterface(db, caller, router.id, { subnet_id: priv.subnets[0]!.id }, now);
  }
}
