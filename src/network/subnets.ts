import type { Db } from "../db/client.js";
import { networkRepo, type SubnetRow } from "../db/repositories/network.js";
import { Invalid, Conflict } from "../errors.js";
import { memberOf, adminOrMemberOf, newId, owningProject, parseJson, scopeOf, type Caller } from "./common.js";
import { NeutronErrors } from "./errors.js";
import {
  contains,
  defaultGateway,
  defaultPools,
  hostRange,
  overlaps,
  parseCidr,
  parseIp,
  poolRange,
  type Cidr,
  type Pool,
} from "./ip.js";
import { getNetwork } from "./networks.js";

/** Neutron subnets: CIDR and pool validation, overlap checks within a network. */

export interface HostRoute {
  destination: string;
  nexthop: string;
}

export interface SubnetInput {
  name?: string;
  description?: string;
  network_id?: string;
  ip_version?: number;
  cidr?: string;
  gateway_ip?: string | null;
  allocation_pools?: Pool[];
  enable_dhcp?: boolean;
  dns_nameservers?: string[];
  host_routes?: HostRoute[];
  project_id?: string;
  tenant_id?: string;
  ipv6_ra_mode?: string | null;
  ipv6_address_mode?: string | null;
  subnetpool_id?: string | null;
}

/** An attribute validator's failure, as neutron.api.v2.attributes words it. */
const attrInvalid = (attr: string, reason: string) =>
  new Invalid(`Invalid input for ${attr}. Reason: ${reason}.`, "HTTPBadRequest");

const subnetVisible = async (db: Db, caller: Caller, s: SubnetRow) => {
  if (caller.isAdmin || s.projectId === caller.projectId) return true;
  const n = await networkRepo(db).findNetwork(s.networkId);
  return !!n && (n.shared || n.external || n.projectId === caller.projectId);
};

export async function getSubnet(db: Db, caller: Caller, id: string): Promise<SubnetRow> {
  const s = await networkRepo(db).findSubnet(id);
  if (!s || !(await subnetVisible(db, caller, s))) throw NeutronErrors.subnetNotFound(id);
  return s;
}

export function listSubnets(db: Db, caller: Caller, where: { ids?: string[]; networkIds?: string[] } = {}) {
  return networkRepo(db).listSubnets(scopeOf(caller), where);
}

function checkPools(cidr: Cidr, pools: Pool[], gateway: string | null): Pool[] {
  const ranges: { first: bigint; last: bigint; text: string }[] = [];
  for (const p of pools) {
    const s = parseIp(p?.start);
    const e = parseIp(p?.end);
    const text = `${p?.start}-${p?.end}`;
    if (!s || !e || s.version !== cidr.version || e.version !== cidr.version || s.value > e.value) {
      throw new Invalid(`The allocation pool ${text} is not valid.`, "InvalidAllocationPool");
    }
    if (!contains(cidr, s.value) || !contains(cidr, e.value)) {
      throw new Invalid(`The allocation pool ${text} spans beyond the subnet cidr ${cidr.canonical}.`, "OutOfBoundsAllocationPool");
    }
    ranges.push({ first: s.value, last: e.value, text });
  }
  for (let i = 0; i < ranges.length; i++) {
    for (let j = i + 1; j < ranges.length; j++) {
      const a = ranges[i]!;
      const b = ranges[j]!;
      if (a.first <= b.last && b.first <= a.last) {
        throw new Conflict(
          `Found overlapping allocation pools: ${a.text} ${b.text} for subnet ${cidr.canonical}.`,
          "OverlappingAllocationPools",
        );
      }
    }
  }
  const g = gateway ? parseIp(gateway)!.value : undefined;
  if (g !== undefined) {
    const hit = ranges.find((r) => g >= r.first && g <= r.last);
    if (hit) throw new Conflict(`Gateway ip ${gateway} conflicts with allocation pool ${hit.text}.`, "GatewayConflictWithAllocationPools");
  }
  return pools.map((p) => ({ start: parseIp(p.start)!.text, end: parseIp(p.end)!.text }));
}

function checkGateway(cidr: Cidr, gateway: string | null | undefined): string | null {
  if (gateway === null) return null;
  if (gateway === undefined) return defaultGateway(cidr);
  const g = parseIp(gateway);
  if (!g) throw attrInvalid("gateway_ip", `'${gateway}' is not a valid IP address`);
  if (g.version !== cidr.version) {
    throw NeutronErrors.invalidInput(`gateway_ip '${gateway}' does not match the ip_version '${cidr.version}'`);
  }
  const r = hostRange(cidr);
  if (cidr.version === 4 && contains(cidr, g.value) && r && (g.value < r.first || g.value > r.last)) {
    throw NeutronErrors.invalidInput("Gateway is not valid on subnet");
  }
  return g.text;
}

function checkNameservers(list: string[]): string[] {
  const seen = new Set<string>();
  for (const d of list) {
    if (!parseIp(d)) throw attrInvalid("dns_nameservers", `'${d}' is not a valid nameserver. '${d}' is not a valid IP address`);
    if (seen.has(d)) throw attrInvalid("dns_nameservers", `Duplicate nameserver '${d}'`);
    seen.add(d);
  }
  return list;
}

function checkRoutes(version: number, routes: HostRoute[]): HostRoute[] {
  return routes.map((r) => {
    const d = parseCidr(r?.destination);
    const n = parseIp(r?.nexthop);
    if (!d || !n || !String(r.destination).includes("/")) {
      throw attrInvalid("host_routes", `Invalid data format for hostroute: '${JSON.stringify(r)}'`);
    }
    if (d.version !== version || n.version !== version) {
      throw NeutronErrors.invalidInput(`destination '${r.destination}' does not match the ip_version '${version}'`);
    }
    return { destination: d.canonical, nexthop: n.text };
  });
}

export async function createSubnet(db: Db, caller: Caller, body: SubnetInput, now: Date): Promise<SubnetRow> {
  if (!body.network_id) throw attrInvalid("network_id", "'None' is not a valid UUID");
  const network = await getNetwork(db, caller, body.network_id);
  // create_subnet: ADMIN_OR_NET_OWNER_MEMBER.
  if (!adminOrMemberOf(caller, network.projectId)) throw NeutronErrors.policy("rule:create_subnet");
  const projectId = owningProject(caller, body);
  if (body.ip_version !== 4 && body.ip_version !== 6) {
    throw attrInvalid("ip_version", `${body.ip_version ?? "None"} is not in [4, 6]`);
  }
  if (body.cidr === undefined) throw NeutronErrors.badRequest("subnets", "a subnetpool must be specified in the absence of a cidr");
  const cidr = parseCidr(body.cidr);
  if (!cidr || !body.cidr.includes("/")) throw attrInvalid("cidr", `'${body.cidr}' is not a valid IP subnet`);
  if (cidr.hostBitsSet) {
    throw attrInvalid("cidr", `'${body.cidr}' isn't a recommended CIDR, '${cidr.canonical}' should be used instead`);
  }
  if (cidr.version !== body.ip_version) {
    throw NeutronErrors.invalidInput(`cidr '${body.cidr}' does not match the ip_version '${body.ip_version}'`);
  }
  if (cidr.version === 4 && cidr.prefix > 30 && (body.allocation_pools === undefined || body.allocation_pools.length > 0)) {
    // Neutron refuses IPv4 subnets that leave no address to hand out.
    if (cidr.prefix === 32) throw NeutronErrors.invalidInput(`Invalid CIDR ${cidr.canonical} for IPv4 address mode`);
  }
  const gateway = checkGateway(cidr, body.gateway_ip);
  const pools = body.allocation_pools === undefined ? defaultPools(cidr, gateway) : checkPools(cidr, body.allocation_pools, gateway);
  const dns = checkNameservers(body.dns_nameservers ?? []);
  const routes = checkRoutes(cidr.version, body.host_routes ?? []);

  const repo = networkRepo(db);
  for (const other of await repo.subnetsOfNetwork(network.id)) {
    const o = parseCidr(other.cidr);
    if (o && overlaps(o, cidr)) {
      throw NeutronErrors.invalidInput(
        `Requested subnet with cidr: ${cidr.canonical} for network: ${network.id} overlaps with another subnet`,
      );
    }
  }
  const row = await repo.createSubnet({
    id: newId(),
    network: { connect: { id: network.id } },
    projectId,
    name: body.name ?? "",
    description: body.description ?? "",
    cidr: cidr.canonical,
    ipVersion: cidr.version,
    gatewayIp: gateway,
    enableDhcp: body.enable_dhcp ?? true,
    allocationPools: JSON.stringify(pools),
    dnsNameservers: JSON.stringify(dns),
    hostRoutes: JSON.stringify(routes),
    createdAt: now,
    updatedAt: now,
  });
  await repo.touchNetwork(network.id, now);
  return row;
}

async function ownedSubnet(db: Db, caller: Caller, id: string, action: string): Promise<SubnetRow> {
  const s = await getSubnet(db, caller, id);
  // update_subnet / delete_subnet: PROJECT_MEMBER or ADMIN_OR_NET_OWNER_MEMBER.
  if (adminOrMemberOf(caller, s.projectId)) return s;
  const n = await networkRepo(db).findNetwork(s.networkId);
  if (n && memberOf(caller, n.projectId)) return s;
  throw NeutronErrors.policy(`rule:${action}`);
}

const READ_ONLY_SUBNET = ["cidr", "ip_version", "network_id", "project_id", "tenant_id", "subnetpool_id"] as const;

export async function updateSubnet(db: Db, caller: Caller, id: string, body: SubnetInput, now: Date): Promise<SubnetRow> {
  const s = await ownedSubnet(db, caller, id, "update_subnet");
  for (const k of READ_ONLY_SUBNET) {
    if (body[k] !== undefined) throw NeutronErrors.invalidInput(`Cannot update read-only attribute ${k}`);
  }
  const cidr = parseCidr(s.cidr)!;
  const gateway = body.gateway_ip === undefined ? s.gatewayIp : checkGateway(cidr, body.gateway_ip);
  const pools =
    body.allocation_pools === undefined
      ? parseJson<Pool[]>(s.allocationPools, [])
      : checkPools(cidr, body.allocation_pools, gateway);
  if (body.allocation_pools === undefined && body.gateway_ip !== undefined && gateway) {
    const g = parseIp(gateway)!.value;
    const hit = pools.find((p) => {
      const r = poolRange(p);
      return g >= r.first && g <= r.last;
    });
    if (hit) {
      throw new Conflict(`Gateway ip ${gateway} conflicts with allocation pool ${hit.start}-${hit.end}.`, "GatewayConflictWithAllocationPools");
    }
  }
  return networkRepo(db).updateSubnet(id, {
    name: body.name,
    description: body.description,
    gatewayIp: gateway,
    enableDhcp: body.enable_dhcp,
    allocationPools: JSON.stringify(pools),
    dnsNameservers: body.dns_nameservers === undefined ? undefined : JSON.stringify(checkNameservers(body.dns_nameservers)),
    hostRoutes: body.host_routes === undefined ? undefined : JSON.stringify(checkRoutes(cidr.version, body.host_routes)),
    updatedAt: now,
  });
}

export async function deleteSubnet(db: Db, caller: Caller, id: string, now: Date): Promise<void> {
  const s = await ownedSubnet(db, caller, id, "delete_subnet");
  await db.$transaction(async (tx) => {
    const r = networkRepo(tx);
    if ((await r.allocationsOnSubnet(id)).length > 0) throw NeutronErrors.subnetInUse(id);
    await r.deleteSubnet(id);
    await r.touchNetwork(s.networkId, now);
  });
}
