import type { Db } from "../db/client.js";
import { networkRepo, type GroupRow, type NetworkRow } from "../db/repositories/network.js";
import { Invalid, Conflict, NotFound } from "../errors.js";
import { systemClock, type Clock } from "../clock.js";
import { createPortFromSpec, portStatus } from "./ports.js";
import { ensureDefaultGroup } from "./security-groups.js";
import { parseIp } from "./ip.js";
import { disassociatePorts, floatingIpsOfPorts } from "./l3-ports.js";

/**
 * What Nova's servers code asks of the network service — the part of
 * nova/network/neutron.py that novasim needs, as plain functions over the
 * database (no HTTP round trip). Errors are the ones Nova's API turns
 * Neutron's answers into, so a compute route can let them through:
 *
 * - resolveRequestedNetworks(db, { projectId, networks })
 *     Validate the `networks` of a server create. `networks` is:
 *       undefined (before 2.37) or "auto": the one usable network — the
 *         project's own non-external networks, else the shared non-external
 *         ones. Several → 409 "Multiple possible networks found, use a Network
 *         ID to be more specific."; none → no ports (for both; Nova's
 *         get-me-a-network topology is not simulated).
 *       "none": no ports.
 *       a list of { uuid?, port?, fixed_ip?, tag? }: each network must be
 *         visible (else 400 "Network <id> could not be found."), each port the
 *         project's and unused (400 "Port id <id> could not be found." /
 *         409 "Port <id> is still in use.").
 *     Returns the RequestedNetwork[] to hand to allocateServerPorts.
 *
 * - allocateServerPorts(db, { projectId, serverId, requested, securityGroupNames, availabilityZone? })
 *     For each RequestedNetwork, create a port (device_owner "compute:<az>",
 *     device_id serverId, serverOwned) or claim the pre-created one. Security
 *     groups are looked up by name or id in the project (400 "Security group
 *     <name> not found." / 409 when ambiguous); default ["default"]. All or
 *     nothing: a failure undoes what was done. Returns the port ids in order.
 *
 * - bindServerPorts(db, serverId, hostname): binding:host_id = hostname, status ACTIVE.
 * - unbindServerPorts(db, serverId): binding cleared, status DOWN (e.g. shelve offload).
 * - releaseServerPorts(db, serverId): delete the ports made for the server;
 *     detach (device_id/owner/binding cleared) the ports the user passed in.
 *
 * - addressesForServers(db, serverIds) → Map<serverId, Record<networkName, Address[]>>
 *     Nova's `addresses` view, in two queries whatever the number of servers.
 * - securityGroupsForServers(db, serverIds) → Map<serverId, { name }[]>
 *     Nova's `security_groups` of a server (unique names over its ports).
 * - serverSecurityGroups(db, serverId) → GroupRow[] for GET /servers/{id}/os-security-groups
 *     (render with novaGroupView from ./nova.ts).
 * - addSecurityGroupToServer / removeSecurityGroupFromServer(db, { projectId, serverId, name })
 *     Nova's addSecurityGroup / removeSecurityGroup actions, with Nova's errors.
 */

export interface NetworkRequestItem {
  uuid?: string;
  port?: string;
  fixed_ip?: string;
  tag?: string;
}

export interface RequestedNetwork {
  networkId: string;
  /** A pre-created port to claim instead of creating one. */
  portId?: string;
  fixedIp?: string;
  tag?: string;
}

export interface Address {
  version: number;
  addr: string;
  "OS-EXT-IPS:type": "fixed" | "floating";
  "OS-EXT-IPS-MAC:mac_addr": string;
}

const visibleTo = (n: NetworkRow, projectId: string) => n.projectId === projectId || n.shared || n.external;

async function autoNetwork(db: Db, projectId: string): Promise<RequestedNetwork[]> {
  const nets = (await networkRepo(db).listNetworks(projectId)).filter((n) => !n.external);
  const own = nets.filter((n) => n.projectId === projectId);
  const candidates = own.length ? own : nets.filter((n) => n.shared);
  if (candidates.length > 1) throw new Conflict("Multiple possible networks found, use a Network ID to be more specific.");
  return candidates.map((n) => ({ networkId: n.id }));
}

export async function resolveRequestedNetworks(
  db: Db,
  opts: { projectId: string; networks: undefined | "auto" | "none" | NetworkRequestItem[] },
): Promise<RequestedNetwork[]> {
  const { projectId, networks } = opts;
  if (networks === "none") return [];
  if (networks === undefined || networks === "auto") return autoNetwork(db, projectId);
  const repo = networkRepo(db);
  const out: RequestedNetwork[] = [];
  const seenPorts = new Set<string>();
  for (const item of networks) {
    if (item.port) {
      const port = await repo.findPort(item.port);
      if (!port || port.projectId !== projectId) throw new Invalid(`Port id ${item.port} could not be found.`);
      if (port.deviceId || seenPorts.has(port.id)) throw new Conflict(`Port ${item.port} is still in use.`);
      seenPorts.add(port.id);
      out.push({ networkId: port.networkId, portId: port.id, tag: item.tag });
      continue;
    }
    const id = item.uuid ?? "";
    const n = id ? await repo.findNetwork(id) : null;
    if (!n || !visibleTo(n, projectId)) throw new Invalid(`Network ${id} could not be found.`);
    if (n.external && !n.shared && n.projectId !== projectId) {
      throw new Invalid(`It is not allowed to create an interface on external network ${n.id}`);
    }
    if (item.fixed_ip !== undefined && !parseIp(item.fixed_ip)) {
      throw new Invalid(`Invalid fixed IP address (${item.fixed_ip})`);
    }
    out.push({ networkId: n.id, fixedIp: item.fixed_ip, tag: item.tag });
  }
  return out;
}

/** A security group by name or id among the project's groups, with Nova's errors. */
async function findProjectGroup(db: Db, projectId: string, nameOrId: string, notFound: () => Error): Promise<GroupRow> {
  const groups = await networkRepo(db).listGroups(projectId);
  const byId = groups.find((g) => g.id === nameOrId);
  if (byId) return byId;
  const byName = groups.filter((g) => g.name === nameOrId);
  if (byName.length > 1) {
    throw new Conflict(`Multiple security_group matches found for name '${nameOrId}', use an ID to be more specific.`);
  }
  if (!byName.length) throw notFound();
  return byName[0]!;
}

export async function allocateServerPorts(
  db: Db,
  opts: {
    projectId: string;
    serverId: string;
    requested: RequestedNetwork[];
    securityGroupNames?: string[];
    availabilityZone?: string;
    clock?: Clock;
  },
): Promise<string[]> {
  const now = (opts.clock ?? systemClock).now();
  const repo = networkRepo(db);
  if (!opts.requested.length) return [];
  await ensureDefaultGroup(db, opts.projectId, now);
  const groupIds: string[] = [];
  for (const name of opts.securityGroupNames?.length ? opts.securityGroupNames : ["default"]) {
    const g = await findProjectGroup(db, opts.projectId, name, () => new Invalid(`Security group ${name} not found.`));
    if (!groupIds.includes(g.id)) groupIds.push(g.id);
  }
  const owner = `compute:${opts.availabilityZone ?? "nova"}`;
  const created: string[] = [];
  const claimed: string[] = [];
  try {
    const ids: string[] = [];
    for (const req of opts.requested) {
      if (req.portId) {
        // Compare-and-set on an empty device_id: two servers cannot claim one port.
        if (!(await repo.claimPort(req.portId, opts.serverId, owner, now))) throw new Conflict(`Port ${req.portId} is still in use.`);
        claimed.push(req.portId);
        ids.push(req.portId);
        continue;
      }
      const network = await repo.findNetwork(req.networkId);
      if (!network) throw new Invalid(`Network ${req.networkId} could not be found.`);
      let port;
      try {
        port = await createPortFromSpec(
          db,
          {
            projectId: opts.projectId,
            network,
            deviceId: opts.serverId,
            deviceOwner: owner,
            fixedIps: req.fixedIp ? [{ ip_address: req.fixedIp }] : undefined,
            securityGroupIds: network.portSecurity ? groupIds : [],
            serverOwned: true,
          },
          now,
        );
      } catch (e) {
        // Nova words Neutron's refusals its own way.
        const t = (e as { type?: string }).type;
        if (t === "IpAddressAlreadyAllocated") {
          throw new Invalid(`Fixed IP address ${req.fixedIp} is already in use on instance ${opts.serverId}.`);
        }
        if (t === "InvalidIpForNetwork" || t === "InvalidIpForSubnet") {
          throw new Invalid(`Fixed IP ${req.fixedIp} is not a valid ip address for network ${req.networkId}.`);
        }
        if (t === "IpAddressGenerationFailure") {
          throw new Conflict(`No more IP addresses available on network ${req.networkId}.`);
        }
        throw e;
      }
      created.push(port.id);
      ids.push(port.id);
    }
    return ids;
  } catch (e) {
    if (created.length) await repo.deletePorts(created);
    for (const id of claimed) await repo.unclaimPort(id, opts.serverId);
    throw e;
  }
}

export async function bindServerPorts(db: Db, serverId: string, hostname: string, clock: Clock = systemClock): Promise<void> {
  const now = clock.now();
  const repo = networkRepo(db);
  for (const p of await repo.portsOfDevice([serverId])) {
    await repo.updatePort(p.id, {
      bindingHostId: hostname,
      status: portStatus({ bindingHostId: hostname, adminStateUp: p.adminStateUp }),
      updatedAt: now,
    });
  }
}

export async function unbindServerPorts(db: Db, serverId: string, clock: Clock = systemClock): Promise<void> {
  await networkRepo(db).updatePortsOfDevice(serverId, { bindingHostId: "", status: "DOWN", updatedAt: clock.now() });
}

export async function releaseServerPorts(db: Db, serverId: string, clock: Clock = systemClock): Promise<void> {
  const repo = networkRepo(db);
  const ports = await repo.portsOfDevice([serverId]);
  const owned = ports.filter((p) => p.serverOwned).map((p) => p.id);
  // Deleting a port disassociates its floating IPs (a user's port keeps them).
  await disassociatePorts(db, owned, clock.now());
  if (owned.length) await repo.deletePorts(owned);
  await repo.updatePortsOfDevice(serverId, { deviceId: "", deviceOwner: "", bindingHostId: "", status: "DOWN", updatedAt: clock.now() });
}

export async function addressesForServers(db: Db, serverIds: string[]): Promise<Map<string, Record<string, Address[]>>> {
  const out = new Map<string, Record<string, Address[]>>();
  if (!serverIds.length) return out;
  const rows = await networkRepo(db).addressesOfDevices(serverIds);
  // Nova's network info: each fixed IP is followed by its floating IPs.
  const floating = new Map<string, string[]>();
  for (const f of await floatingIpsOfPorts(db, rows.map((p) => p.id))) {
    const key = `${f.fixedPortId}/${f.fixedIpAddress}`;
    floating.set(key, [...(floating.get(key) ?? []), f.floatingIpAddress]);
  }
  for (const p of rows) {
    const byNet = out.get(p.deviceId) ?? {};
    out.set(p.deviceId, byNet);
    const list = (byNet[p.network.name] ??= []);
    const ips = [...p.fixedIps].sort(
      (a, b) => a.subnet.ipVersion - b.subnet.ipVersion || a.subnet.createdAt.getTime() - b.subnet.createdAt.getTime(),
    );
    for (const ip of ips) {
      list.push({
        version: ip.subnet.ipVersion,
        addr: ip.ipAddress,
        "OS-EXT-IPS:type": "fixed",
        "OS-EXT-IPS-MAC:mac_addr": p.macAddress,
      });
      for (const addr of floating.get(`${p.id}/${ip.ipAddress}`) ?? []) {
        list.push({ version: 4, addr, "OS-EXT-IPS:type": "floating", "OS-EXT-IPS-MAC:mac_addr": p.macAddress });
      }
    }
  }
  return out;
}

export async function securityGroupsForServers(db: Db, serverIds: string[]): Promise<Map<string, { name: string }[]>> {
  const out = new Map<string, { name: string }[]>();
  if (!serverIds.length) return out;
  const rows = await networkRepo(db).groupsOfDevices(serverIds);
  rows.sort((a, b) => a.port.createdAt.getTime() - b.port.createdAt.getTime());
  const seen = new Set<string>();
  for (const r of rows) {
    const key = `${r.port.deviceId}/${r.securityGroup.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = out.get(r.port.deviceId) ?? [];
    list.push({ name: r.securityGroup.name || r.securityGroup.id });
    out.set(r.port.deviceId, list);
  }
  return out;
}

/** Full groups on a server's ports (GET /servers/{id}/os-security-groups). */
export async function serverSecurityGroups(db: Db, serverId: string): Promise<GroupRow[]> {
  const repo = networkRepo(db);
  const ports = await repo.portsOfDevice([serverId]);
  const ids = [...new Set(ports.flatMap((p) => p.securityGroups.map((g) => g.securityGroupId)))];
  return ids.length ? repo.listGroups(null, { ids }) : [];
}

export async function addSecurityGroupToServer(
  db: Db,
  opts: { projectId: string; serverId: string; name: string; clock?: Clock },
): Promise<void> {
  const now = (opts.clock ?? systemClock).now();
  await ensureDefaultGroup(db, opts.projectId, now);
  const g = await findProjectGroup(
    db,
    opts.projectId,
    opts.name,
    () => new NotFound(`Security group ${opts.name} is not found for project ${opts.projectId}`),
  );
  const repo = networkRepo(db);
  const ports = await repo.portsOfDevice([opts.serverId]);
  if (!ports.length) throw new NotFound(`instance_id ${opts.serverId} could not be found as device id on any ports`);
  for (const p of ports) {
    if (!p.portSecurity || !p.fixedIps.length) {
      throw new Invalid("Network requires port_security_enabled and subnet associated in order to apply security groups.");
    }
  }
  for (const p of ports) {
    const ids = p.securityGroups.map((s) => s.securityGroupId);
    if (ids.includes(g.id)) continue;
    await repo.setPortGroups(p.id, [...ids, g.id]);
    await repo.updatePort(p.id, { updatedAt: now });
  }
}

export async function removeSecurityGroupFromServer(
  db: Db,
  opts: { projectId: string; serverId: string; name: string; clock?: Clock },
): Promise<void> {
  const now = (opts.clock ?? systemClock).now();
  const g = await findProjectGroup(
    db,
    opts.projectId,
    opts.name,
    () => new NotFound(`Security group ${opts.name} is not found for project ${opts.projectId}`),
  );
  const repo = networkRepo(db);
  const ports = await repo.portsOfDevice([opts.serverId]);
  if (!ports.length) throw new NotFound(`instance_id ${opts.serverId} could not be found as device id on any ports`);
  let found = false;
  for (const p of ports) {
    const ids = p.securityGroups.map((s) => s.securityGroupId);
    if (!ids.includes(g.id)) continue;
    await repo.setPortGroups(p.id, ids.filter((i) => i !== g.id));
    await repo.updatePort(p.id, { updatedAt: now });
    found = true;
  }
  if (!found) throw new NotFound(`Security group ${opts.name} not associated with the instance ${opts.serverId}`);
}
