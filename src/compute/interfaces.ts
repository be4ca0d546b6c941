import type { Db } from "../db/client.js";
import { networkRepo, type PortRow } from "../db/repositories/network.js";
import { Invalid, Conflict, NotFound } from "../errors.js";
import { createPortFromSpec, portStatus } from "../network/ports.js";
import { ensureDefaultGroup } from "../network/security-groups.js";
import type { InstanceRecord } from "./instance.js";

/**
 * Interface attachments of a server (nova/api/openstack/compute/attach_interfaces.py
 * and the parts of nova/network/neutron.py it reaches): a server's interfaces
 * are the Neutron ports whose device_id is the server. Attaching creates a port
 * on a network (or claims a user's port) and binds it to the server's host;
 * detaching deletes the ports Nova created and releases the others.
 *
 * Tags (2.49 attach, shown from 2.70) are kept with the instance's requested
 * networks ({ portId, networkId, tag }), as Nova keeps them on its
 * VirtualInterface records; boot-time tags given with a network are matched
 * to the server's only port on that network.
 */

export interface InterfaceAttachment {
  net_id: string;
  port_id: string;
  mac_addr: string;
  port_state: string;
  fixed_ips: { subnet_id: string; ip_address: string }[];
  tag?: string | null;
}

interface Requested {
  networkId?: string;
  portId?: string;
  tag?: string;
}

const requestedOf = (inst: Pick<InstanceRecord, "requestedNetworks">): Requested[] => inst.requestedNetworks;

/** The tag of each of the server's ports, by port id (null when none). */
function tagsOf(inst: Pick<InstanceRecord, "requestedNetworks">, ports: PortRow[]): Map<string, string | null> {
  const req = requestedOf(inst);
  const out = new Map<string, string | null>();
  for (const p of ports) {
    const byPort = req.find((r) => r.portId === p.id);
    if (byPort) {
      out.set(p.id, byPort.tag ?? null);
      continue;
    }
    const byNet = req.filter((r) => !r.portId && r.networkId === p.networkId && r.tag);
    const sameNet = ports.filter((q) => q.networkId === p.networkId && !req.some((r) => r.portId === q.id));
    out.set(p.id, byNet.length === 1 && sameNet.length === 1 ? byNet[0]!.tag! : null);
  }
  return out;
}

export function interfaceView(p: PortRow, tag?: string | null): InterfaceAttachment {
  const out: InterfaceAttachment = {
    net_id: p.networkId,
    port_id: p.id,
    mac_addr: p.macAddress,
    port_state: p.status,
    fixed_ips: p.fixedIps.map((f) => ({ subnet_id: f.subnetId, ip_address: f.ipAddress })),
  };
  if (tag !== undefined) out.tag = tag;
  return out;
}

export async function listInterfaces(db: Db, inst: InstanceRecord, withTags: boolean): Promise<InterfaceAttachment[]> {
  const ports = await networkRepo(db).portsOfDevice([inst.id]);
  const tags = withTags ? tagsOf(inst, ports) : null;
  return ports.map((p) => interfaceView(p, tags ? (tags.get(p.id) ?? null) : undefined));
}

export async function showInterface(db: Db, inst: InstanceRecord, portId: string, withTags: boolean): Promise<InterfaceAttachment> {
  const port = await networkRepo(db).findPort(portId);
  if (!port) throw new NotFound(`Port id ${portId} could not be found.`);
  if (port.deviceId !== inst.id) throw new NotFound(`Instance ${inst.id} does not have a port with id ${portId}`);
  return interfaceView(port, withTags ? (tagsOf(inst, [port]).get(port.id) ?? null) : undefined);
}

export interface AttachRequest {
  networkId?: string;
  portId?: string;
  fixedIp?: string;
  tag?: string;
}

/** The one network a bare attach uses, as Nova's _validate_requested_network_ids picks it. */
async function autoNetwork(db: Db, projectId: string): Promise<string> {
  const nets = (await networkRepo(db).listNetworks(projectId)).filter((n) => !n.external);
  const own = nets.filter((n) => n.projectId === projectId);
  const candidates = own.length ? own : nets.filter((n) => n.shared);
  if (candidates.length > 1) throw new Invalid("Multiple possible networks found, use a Network ID to be more specific.");
  if (!candidates.length) throw new Invalid(`No specific network was requested and none are available for project '${projectId}'.`);
  return candidates[0]!.id;
}

/**
 * Attach a port or a network to `inst` (its lock and state already checked).
 * Returns the attached port id and the requested networks to store.
 */
export async function attachInterface(
  db: Db,
  inst: InstanceRecord,
  projectId: string,
  req: AttachRequest,
  now: Date,
): Promise<{ portId: string; requestedNetworks: string }> {
  const repo = networkRepo(db);
  const owner = `compute:${inst.availabilityZone ?? "nova"}`;
  let portId: string;
  let networkId: string;
  if (req.portId) {
    const port = await repo.findPort(req.portId);
    if (!port || port.projectId !== projectId) throw new NotFound(`Port id ${req.portId} could not be found.`);
    if (port.deviceId) throw new Conflict(`Port ${req.portId} is still in use.`);
    if (!(await repo.claimPort(port.id, inst.id, owner, now))) throw new Conflict(`Port ${req.portId} is still in use.`);
    portId = port.id;
    networkId = port.networkId;
  } else {
    networkId = req.networkId ?? (await autoNetwork(db, projectId));
    const network = await repo.findNetwork(networkId);
    if (!network || !(network.projectId === projectId || network.shared || network.external)) {
      throw new NotFound(`Network ${networkId} could not be found.`);
    }
    const groups = network.portSecurity ? [(await ensureDefaultGroup(db, projectId, now)).id] : [];
    try {
      const port = await createPortFromSpec(
        db,
        {
          projectId,
          network,
          deviceId: inst.id,
          deviceOwner: owner,
          fixedIps: req.fixedIp ? [{ ip_address: req.fixedIp }] : undefined,
          securityGroupIds: groups,
          serverOwned: true,
        },
        now,
      );
      portId = port.id;
    } catch (e) {
      // Nova's words for Neutron's refusals (attach_interfaces.py maps them to 409/400).
      const t = (e as { type?: string }).type;
      if (t === "IpAddressAlreadyAllocated") throw new Conflict(`Fixed IP address ${req.fixedIp} is already in use on instance ${inst.id}.`);
      if (t === "InvalidIpForNetwork" || t === "InvalidIpForSubnet") {
        throw new Invalid(`Fixed IP ${req.fixedIp} is not a valid ip address for network ${networkId}.`);
      }
      if (t === "IpAddressGenerationFailure") throw new Invalid(`No fixed IP addresses available for network: ${networkId}`);
      throw e;
    }
  }
  if (inst.host) {
    await repo.updatePort(portId, {
      bindingHostId: inst.host,
      status: portStatus({ bindingHostId: inst.host, adminStateUp: true }),
      updatedAt: now,
    });
  }
  const requested = requestedOf(inst).filter((r) => r.portId !== portId);
  requested.push({ networkId, portId, ...(req.tag !== undefined ? { tag: req.tag } : {}) });
  return { portId, requestedNetworks: JSON.stringify(requested) };
}

/**
 * Detach `portId` from `inst`: delete it if Nova created it, else clear its
 * device and binding. Returns the requested networks to store, or null when
 * the port is not attached to the server (Nova's compute then only records
 * the failure: the API call itself is an asynchronous cast).
 */
export async function detachInterface(db: Db, inst: InstanceRecord, portId: string, now: Date): Promise<string | null> {
  const repo = networkRepo(db);
  const port = await repo.findPort(portId);
  if (!port || port.deviceId !== inst.id) return null;
  if (port.serverOwned) {
    await repo.deletePorts([port.id]);
  } else {
    await repo.unclaimPort(port.id, inst.id);
    await repo.updatePort(port.id, { updatedAt: now });
  }
  return JSON.stringify(requestedOf(inst).filter((r) => r.portId !== portId));
}
