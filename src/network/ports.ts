import type { Db, Tx } from "../db/client.js";
import { networkRepo, type NetworkRow, type PortRow, type SubnetRow } from "../db/repositories/network.js";
import { Invalid, Conflict } from "../errors.js";
import { memberOf, adminOrMemberOf, newId, owningProject, parseJson, retryOnConflict, scopeOf, type Caller } from "./common.js";
import { NeutronErrors } from "./errors.js";
import { contains, freeAddresses, hostRange, parseCidr, parseIp, randomMac, type Pool } from "./ip.js";
import { getNetwork } from "./networks.js";
import { ensureDefaultGroup } from "./security-groups.js";
import { checkPortDeletable, disassociatePorts, floatingIpsOfPorts } from "./l3-ports.js";

/**
 * Neutron ports: MAC and fixed IP allocation (collision-free under
 * concurrency: the IpAllocation key plus retry), security group binding,
 * host binding and the port status that follows from it.
 */

export interface FixedIpRequest {
  subnet_id?: string;
  ip_address?: string;
}

export interface PortInput {
  name?: string;
  description?: string;
  network_id?: string;
  admin_state_up?: boolean;
  mac_address?: string;
  fixed_ips?: FixedIpRequest[];
  device_id?: string;
  device_owner?: string;
  "binding:host_id"?: string;
  "binding:vnic_type"?: string;
  "binding:profile"?: Record<string, unknown> | null;
  security_groups?: string[] | null;
  port_security_enabled?: boolean;
  allowed_address_pairs?: { ip_address: string; mac_address?: string }[] | null;
  extra_dhcp_opts?: { opt_name: string; opt_value: string | null; ip_version?: number }[] | null;
  project_id?: string;
  tenant_id?: string;
}

export const VNIC_TYPES = ["normal", "macvtap", "direct", "baremetal", "direct-physical", "virtio-forwarder", "smart-nic", "vdpa", "accelerator-direct", "accelerator-direct-physical", "remote-managed"];

const MAC_RE = /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/i;

/** How many free addresses to draw the random pick from: spreads concurrent picks apart. */
const PICK_WINDOW = 16;

export const portStatus = (p: { bindingHostId: string; adminStateUp: boolean }) =>
  p.bindingHostId && p.adminStateUp ? "ACTIVE" : "DOWN";

interface AllocationRequest {
  subnet: SubnetRow;
  ip?: string;
}

/** What to allocate: the explicit requests, or one address per IP version by default. */
function planAllocations(network: NetworkRow, subnets: SubnetRow[], requested: FixedIpRequest[] | undefined): AllocationRequest[][] {
  if (requested === undefined) {
    // Each group is "first subnet of this version with room".
    return [4, 6].map((v) => subnets.filter((s) => s.ipVersion === v).map((subnet) => ({ subnet }))).filter((g) => g.length);
  }
  return requested.map((f) => {
    if (f === null || typeof f !== "object") throw NeutronErrors.invalidInput("Invalid data format for fixed IP");
    const ip = f.ip_address !== undefined ? parseIp(f.ip_address) : undefined;
    if (f.ip_address !== undefined && !ip) {
      throw new Invalid(`Invalid input for fixed_ips. Reason: '${f.ip_address}' is not a valid IP address.`);
    }
    let subnet: SubnetRow | undefined;
    if (f.subnet_id !== undefined) {
      subnet = subnets.find((s) => s.id === f.subnet_id);
      if (!subnet) {
        throw NeutronErrors.invalidInput(
          `Failed to create port on network ${network.id}, because fixed_ips included invalid subnet ${f.subnet_id}`,
        );
      }
      if (ip && !contains(parseCidr(subnet.cidr)!, ip.value)) throw NeutronErrors.invalidIpForSubnet(f.ip_address!);
    } else if (ip) {
      subnet = subnets.find((s) => contains(parseCidr(s.cidr)!, ip.value));
      if (!subnet) throw NeutronErrors.invalidIpForNetwork(f.ip_address!);
    } else {
      throw NeutronErrors.invalidInput("IP allocation requires subnet_id or ip_address");
    }
    if (ip) {
      const c = parseCidr(subnet.cidr)!;
      const r = hostRange(c)!;
      if (c.version === 4 && (ip.value < r.first || ip.value > r.last)) throw NeutronErrors.invalidIpForSubnet(f.ip_address!);
    }
    return [{ subnet, ip: ip?.text }];
  });
}

/** Allocate inside a transaction; a concurrent winner surfaces as a unique violation and the caller retries. */
async function allocate(tx: Tx, networkId: string, plan: AllocationRequest[][], keep: { subnetId: string; ipAddress: string }[] = []) {
  const repo = networkRepo(tx);
  const used = new Map<string, Set<string>>();
  const usedOn = async (subnetId: string) => {
    let s = used.get(subnetId);
    if (!s) {
      s = new Set((await repo.allocationsOnSubnet(subnetId)).map((a) => a.ipAddress));
      used.set(subnetId, s);
    }
    return s;
  };
  const out: { subnetId: string; ipAddress: string }[] = [];
  for (const group of plan) {
    let done = false;
    for (const { subnet, ip } of group) {
      const u = await usedOn(subnet.id);
      if (ip) {
        if (keep.some((k) => k.subnetId === subnet.id && k.ipAddress === ip)) {
          out.push({ subnetId: subnet.id, ipAddress: ip });
        } else if (u.has(ip)) {
          throw NeutronErrors.ipAlreadyAllocated(ip, subnet.id);
        } else {
          u.add(ip);
          out.push({ subnetId: subnet.id, ipAddress: ip });
        }
        done = true;
        break;
      }
      const free = freeAddresses(parseJson<Pool[]>(subnet.allocationPools, []), subnet.ipVersion as 4 | 6, u, PICK_WINDOW);
      if (!free.length) continue;
      const pick = free[Math.floor(Math.random() * free.length)]!;
      u.add(pick);
      out.push({ subnetId: subnet.id, ipAddress: pick });
      done = true;
      break;
    }
    if (!done) throw NeutronErrors.ipGenerationFailure(networkId);
  }
  return out;
}

export interface PortSpec {
  projectId: string;
  network: NetworkRow;
  name?: string;
  description?: string;
  adminStateUp?: boolean;
  macAddress?: string;
  fixedIps?: FixedIpRequest[];
  deviceId?: string;
  deviceOwner?: string;
  hostId?: string;
  vnicType?: string;
  profile?: Record<string, unknown>;
  /** undefined: the project's default group (when port security is on). */
  securityGroupIds?: string[];
  portSecurity?: boolean;
  allowedAddressPairs?: unknown[];
  extraDhcpOpts?: unknown[];
  serverOwned?: boolean;
}

/** Create a port with its MAC, addresses and group bindings in one transaction. */
export async function createPortFromSpec(db: Db, spec: PortSpec, now: Date): Promise<PortRow> {
  const repo = networkRepo(db);
  const subnets = await repo.subnetsOfNetwork(spec.network.id);
  const plan = planAllocations(spec.network, subnets, spec.fixedIps);
  const portSecurity = spec.portSecurity ?? spec.network.portSecurity;
  let groups = spec.securityGroupIds;
  if (groups === undefined) groups = portSecurity ? [(await ensureDefaultGroup(db, spec.projectId, now)).id] : [];
  if (!portSecurity && groups.length) {
    throw new Invalid(
      "Port security must be enabled and port must have an IP address in order to use security groups.",
      "PortSecurityAndIPRequiredForSecurityGroups",
    );
  }
  if (spec.macAddress !== undefined) {
    if (!MAC_RE.test(spec.macAddress)) {
      throw new Invalid(`Invalid input for mac_address. Reason: '${spec.macAddress}' is not a valid MAC address.`);
    }
  }
  const mac = spec.macAddress?.toLowerCase();
  if (mac && (await repo.macInUse(mac))) throw NeutronErrors.macInUse(spec.network.id, mac);
  const id = newId();
  const hostId = spec.hostId ?? "";
  return retryOnConflict(db, async (tx) => {
    const ips = await allocate(tx, spec.network.id, plan);
    return networkRepo(tx).createPort({
      id,
      networkId: spec.network.id,
      projectId: spec.projectId,
      name: spec.name ?? "",
      description: spec.description ?? "",
      macAddress: mac ?? randomMac(),
      deviceId: spec.deviceId ?? "",
      deviceOwner: spec.deviceOwner ?? "",
      bindingHostId: hostId,
      status: portStatus({ bindingHostId: hostId, adminStateUp: spec.adminStateUp ?? true }),
      adminStateUp: spec.adminStateUp ?? true,
      portSecurity,
      vnicType: spec.vnicType ?? "normal",
      bindingProfile: JSON.stringify(spec.profile ?? {}),
      allowedAddressPairs: JSON.stringify(spec.allowedAddressPairs ?? []),
      extraDhcpOpts: JSON.stringify(spec.extraDhcpOpts ?? []),
      serverOwned: spec.serverOwned ?? false,
      createdAt: now,
      updatedAt: now,
      fixedIps: { create: ips.map((a) => ({ subnetId: a.subnetId, ipAddress: a.ipAddress })) },
      securityGroups: { create: groups!.map((securityGroupId) => ({ securityGroupId })) },
    });
  });
}

// ------------------------------------------------------------------ API operations

const portVisible = (caller: Caller, p: PortRow, networkOwner: string | undefined) =>
  caller.isAdmin || p.projectId === caller.projectId || networkOwner === caller.projectId;

export async function getPort(db: Db, caller: Caller, id: string): Promise<PortRow> {
  const repo = networkRepo(db);
  const p = await repo.findPort(id);
  if (!p) throw NeutronErrors.portNotFound(id);
  if (caller.isAdmin || p.projectId === caller.projectId) return p;
  const n = await repo.findNetwork(p.networkId);
  if (!portVisible(caller, p, n?.projectId)) throw NeutronErrors.portNotFound(id);
  return p;
}

export function listPorts(
  db: Db,
  caller: Caller,
  where: { ids?: string[]; networkIds?: string[]; deviceIds?: string[]; name?: string[]; macs?: string[] } = {},
) {
  return networkRepo(db).listPorts(scopeOf(caller), where);
}

/** Security groups named on a port must exist and belong to the port's project. */
async function checkGroups(db: Db, caller: Caller, projectId: string, ids: string[]): Promise<string[]> {
  const uniq = [...new Set(ids)];
  if (!uniq.length) return [];
  const found = await networkRepo(db).listGroups(null, { ids: uniq });
  const missing = uniq.filter((id) => !found.some((g) => g.id === id && (caller.isAdmin || g.projectId === projectId)));
  if (missing.length) throw NeutronErrors.groupNotFound(missing.join(", "));
  return uniq;
}

function checkPortPolicy(caller: Caller, network: NetworkRow, body: PortInput, action: "create_port" | "update_port") {
  if (caller.isAdmin) return;
  // NET_OWNER_MEMBER: a member of the network's project (a reader is not, even there).
  const owner = memberOf(caller, network.projectId);
  const deny = (attr: string) => NeutronErrors.policy(`(rule:${action} and rule:${action}:${attr})`);
  // ADMIN_OR_PROJECT_MEMBER attributes: no reader may set them.
  if (!caller.isMember) {
    if (body.device_id !== undefined) throw deny("device_id");
    if (body["binding:vnic_type"] !== undefined) throw deny("binding:vnic_type");
  }
  if (body["binding:host_id"] !== undefined) throw deny("binding:host_id");
  if (body["binding:profile"] !== undefined && body["binding:profile"] !== null && Object.keys(body["binding:profile"]).length) {
    throw deny("binding:profile");
  }
  if (!owner) {
    if (body.mac_address !== undefined) throw deny("mac_address");
    if (body.fixed_ips?.some((f) => f?.ip_address !== undefined)) throw deny("fixed_ips:ip_address");
    if (body.device_owner?.startsWith("network:")) throw deny("device_owner");
  }
}

function checkVnic(v: string | undefined) {
  if (v !== undefined && !VNIC_TYPES.includes(v)) {
    throw new Invalid(`Invalid input for binding:vnic_type. Reason: '${v}' is not in ${JSON.stringify(VNIC_TYPES).replace(/"/g, "'").replace(/,/g, ", ")}.`);
  }
}

function checkPairs(pairs: PortInput["allowed_address_pairs"]) {
  for (const p of pairs ?? []) {
    if (!p || typeof p !== "object" || !parseCidr(p.ip_address)) {
      throw new Invalid(`Invalid input for allowed_address_pairs. Reason: '${p?.ip_address}' is not a valid IP address.`);
    }
    if (p.mac_address !== undefined && !MAC_RE.test(p.mac_address)) {
      throw new Invalid(`Invalid input for allowed_address_pairs. Reason: '${p.mac_address}' is not a valid MAC address.`);
    }
  }
}

export async function createPort(db: Db, caller: Caller, body: PortInput, now: Date): Promise<PortRow> {
  if (!body.network_id) throw new Invalid("Invalid input for network_id. Reason: 'None' is not a valid UUID.");
  const network = await getNetwork(db, caller, body.network_id);
  // create_port: ADMIN_OR_SERVICE or NET_OWNER_MEMBER or rule:shared (anyone may plug into a shared network).
  if (!adminOrMemberOf(caller, network.projectId) && !network.shared) throw NeutronErrors.policy("rule:create_port");
  checkPortPolicy(caller, network, body, "create_port");
  checkVnic(body["binding:vnic_type"]);
  checkPairs(body.allowed_address_pairs);
  const projectId = owningProject(caller, body);
  const groups =
    body.security_groups === undefined ? undefined : await checkGroups(db, caller, projectId, body.security_groups ?? []);
  return createPortFromSpec(
    db,
    {
      projectId,
      network,
      name: body.name,
      description: body.description,
      adminStateUp: body.admin_state_up,
      macAddress: body.mac_address,
      fixedIps: body.fixed_ips,
      deviceId: body.device_id,
      deviceOwner: body.device_owner,
      hostId: body["binding:host_id"],
      vnicType: body["binding:vnic_type"],
      profile: body["binding:profile"] ?? undefined,
      securityGroupIds: groups,
      portSecurity: body.port_security_enabled,
      allowedAddressPairs: body.allowed_address_pairs ?? [],
      extraDhcpOpts: body.extra_dhcp_opts ?? [],
    },
    now,
  );
}

async function ownedPort(db: Db, caller: Caller, id: string, action: string): Promise<PortRow> {
  const p = await getPort(db, caller, id);
  // update_port / delete_port: ADMIN_OR_SERVICE or PROJECT_MEMBER; delete_port also NET_OWNER_MEMBER.
  if (adminOrMemberOf(caller, p.projectId)) return p;
  if (action === "delete_port") {
    const n = await networkRepo(db).findNetwork(p.networkId);
    if (n && memberOf(caller, n.projectId)) return p;
  }
  throw NeutronErrors.policy(`rule:${action}`);
}

export async function updatePort(db: Db, caller: Caller, id: string, body: PortInput, now: Date): Promise<PortRow> {
  const port = await ownedPort(db, caller, id, "update_port");
  for (const k of ["network_id", "project_id", "tenant_id"] as const) {
    if (body[k] !== undefined) throw NeutronErrors.invalidInput(`Cannot update read-only attribute ${k}`);
  }
  const repo = networkRepo(db);
  const network = (await repo.findNetwork(port.networkId))!;
  checkPortPolicy(caller, network, body, "update_port");
  checkVnic(body["binding:vnic_type"]);
  checkPairs(body.allowed_address_pairs);
  if (body.mac_address !== undefined) {
    if (port.bindingHostId && body.mac_address.toLowerCase() !== port.macAddress) {
      throw new Conflict(
        `Unable to complete operation on port ${id}, port is already bound, port type: ovs, old_mac ${port.macAddress}, new_mac ${body.mac_address}.`,
        "PortBound",
      );
    }
    if (!MAC_RE.test(body.mac_address)) {
      throw new Invalid(`Invalid input for mac_address. Reason: '${body.mac_address}' is not a valid MAC address.`);
    }
    if (body.mac_address.toLowerCase() !== port.macAddress && (await repo.macInUse(body.mac_address.toLowerCase()))) {
      throw NeutronErrors.macInUse(port.networkId, body.mac_address);
    }
  }
  const portSecurity = body.port_security_enabled ?? port.portSecurity;
  let groups: string[] | undefined;
  if (body.security_groups !== undefined) groups = await checkGroups(db, caller, port.projectId, body.security_groups ?? []);
  const finalGroups = groups ?? port.securityGroups.map((g) => g.securityGroupId);
  if (!portSecurity && finalGroups.length) {
    if (groups === undefined && body.port_security_enabled === false) {
      throw new Conflict(
        "Port has security group associated. Cannot disable port security or ip address until security group is removed",
        "PortSecurityPortHasSecurityGroup",
      );
    }
    throw new Invalid(
      "Port security must be enabled and port must have an IP address in order to use security groups.",
      "PortSecurityAndIPRequiredForSecurityGroups",
    );
  }
  const hostId = body["binding:host_id"] ?? port.bindingHostId;
  const adminStateUp = body.admin_state_up ?? port.adminStateUp;
  if (body.fixed_ips !== undefined) {
    // prevent_internal_ip_change_for_fip: the associated fixed IP must stay.
    const fip = (await floatingIpsOfPorts(db, [id]))[0];
    if (fip?.fixedIpAddress && !(body.fixed_ips ?? []).some((f) => f?.ip_address === fip.fixedIpAddress)) {
      throw NeutronErrors.badRequest(
        "port",
        `Cannot update the fixed_ips of the port ${id}, because its original fixed_ip has been associated to a floating ip`,
      );
    }
  }
  const subnets = body.fixed_ips !== undefined ? await repo.subnetsOfNetwork(port.networkId) : [];
  const plan = body.fixed_ips !== undefined ? planAllocations(network, subnets, body.fixed_ips) : undefined;
  return retryOnConflict(db, async (tx) => {
    const r = networkRepo(tx);
    if (plan) {
      // Keep addresses the port already has (asked again by ip_address, or by subnet_id alone).
      const current = port.fixedIps.map((f) => ({ subnetId: f.subnetId, ipAddress: f.ipAddress }));
      const kept: typeof current = [];
      const rest: AllocationRequest[][] = [];
      for (const group of plan) {
        const req = group[0]!;
        const have = current.find(
          (c) => c.subnetId === req.subnet.id && (req.ip ? c.ipAddress === req.ip : true) && !kept.includes(c),
        );
        if (have) kept.push(have);
        else rest.push(group);
      }
      await r.removeAllocations(id, kept);
      const fresh = await allocate(tx, port.networkId, rest, kept);
      if (fresh.length) await r.addAllocations(fresh.map((a) => ({ ...a, portId: id })));
    }
    if (groups !== undefined) await r.setPortGroups(id, groups);
    return r.updatePort(id, {
      name: body.name,
      description: body.description,
      adminStateUp: body.admin_state_up,
      macAddress: body.mac_address?.toLowerCase(),
      deviceId: body.device_id,
      deviceOwner: body.device_owner,
      bindingHostId: body["binding:host_id"],
      status: portStatus({ bindingHostId: hostId, adminStateUp }),
      portSecurity: body.port_security_enabled,
      vnicType: body["binding:vnic_type"],
      bindingProfile: body["binding:profile"] === undefined ? undefined : JSON.stringify(body["binding:profile"] ?? {}),
      allowedAddressPairs: body.allowed_address_pairs === undefined ? undefined : JSON.stringify(body.allowed_address_pairs ?? []),
      extraDhcpOpts: body.extra_dhcp_opts === undefined ? undefined : JSON.stringify(body.extra_dhcp_opts ?? []),
      updatedAt: now,
    });
  });
}

export async function deletePort(db: Db, caller: Caller, id: string, now: Date): Promise<void> {
  const port = await ownedPort(db, caller, id, "delete_port");
  // Router and floating IP ports go with their owner; a port's floating IPs are disassociated.
  await checkPortDeletable(db, port);
  await disassociatePorts(db, [id], now);
  await networkRepo(db).deletePort(id);
}
