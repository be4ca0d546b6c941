import type { Db } from "../db/client.js";
import { floatingIpRepo, type FloatingIpFilter, type FloatingIpRow } from "../db/repositories/floating-ips.js";
import { networkRepo, type PortRow } from "../db/repositories/network.js";
import { routerRepo } from "../db/repositories/network-routers.js";
import { Conflict, Invalid, NotFound } from "../errors.js";
import { adminOrMemberOf, newId, owningProject, scopeOf, UUID_RE, type Caller } from "./common.js";
import { NeutronErrors } from "./errors.js";
import { parseIp } from "./ip.js";
import { getNetwork } from "./networks.js";
import { createPortFromSpec, getPort } from "./ports.js";
import { pyStr } from "./quotas.js";
import { DEVICE_OWNER_FLOATINGIP } from "./l3-ports.js";

/**
 * Neutron floating IPs (neutron/db/l3_db.py): an address of an external
 * network, held by a project-less network:floatingip port, associated with one
 * IPv4 fixed IP of a port whose subnet has a router with a gateway on that
 * external network. Status: DOWN until associated, ACTIVE while associated
 * (what the L3 agent reports once it has set up the NAT).
 */

export type FloatingIp = FloatingIpRow;


export const FipErrors = {
  notFound: (id: string) => new NotFound(`Floating IP ${id} could not be found`, "FloatingIPNotFound"),
  noGateway: (externalNetworkId: string, subnetId: string, portId: string) =>
    new NotFound(
      `External network ${externalNetworkId} is not reachable from subnet ${subnetId}.  Therefore, cannot associate Port ${portId} with a Floating IP.`,
      "ExternalGatewayForFloatingIPNotFound",
    ),
  alreadyAssociated: (address: string, fipId: string, portId: string, fixedIp: string, netId: string) =>
    new Conflict(
      `Cannot associate floating IP ${address} (${fipId}) with port ${portId} using fixed IP ${fixedIp}, as that fixed IP already has a floating IP on external network ${netId}.`,
      "FloatingIPPortAlreadyAssociated",
    ),
  exhausted: (netId: string) => new Invalid(`Unable to find any IP address on external network ${netId}.`, "ExternalIpAddressExhausted"),
};

const bad = (msg: string) => NeutronErrors.badRequest("floatingip", msg);

export interface FloatingIpInput {
  floating_network_id?: string;
  floating_ip_address?: string | null;
  subnet_id?: string | null;
  port_id?: string | null;
  fixed_ip_address?: string | null;
  description?: string;
  project_id?: string;
  tenant_id?: string;
}

export async function getFloatingIp(db: Db, caller: Caller, id: string): Promise<FloatingIp> {
  const f = await floatingIpRepo(db).find(id);
  if (!f || !(caller.isAdmin || f.projectId === caller.projectId)) throw FipErrors.notFound(id);
  return f;
}

export function listFloatingIps(db: Db, caller: Caller, where: FloatingIpFilter = {}): Promise<FloatingIp[]> {
  return floatingIpRepo(db).list(scopeOf(caller), where);
}

async function ownedFloatingIp(db: Db, caller: Caller, id: string, action: string): Promise<FloatingIp> {
  const f = await getFloatingIp(db, caller, id);
  if (!adminOrMemberOf(caller, f.projectId)) throw NeutronErrors.policy(`rule:${action}`);
  return f;
}

function checkUuid(field: string, v: unknown) {
  if (v !== undefined && v !== null && (typeof v !== "string" || !UUID_RE.test(v))) {
    throw new Invalid(`Invalid input for ${field}. Reason: '${pyStr(v)}' is not a valid UUID.`, "HTTPBadRequest");
  }
}
function checkIp(field: string, v: unknown) {
  if (v !== undefined && v !== null && !parseIp(v)) {
    throw new Invalid(`Invalid input for ${field}. Reason: '${pyStr(v)}' is not a valid IP address.`, "HTTPBadRequest");
  }
}

interface Association {
  portId: string | null;
  fixedIp: string | null;
  routerId: string | null;
}

/** _internal_fip_assoc_data + get_router_for_floatingip: which fixed IP, through which router. */
async function associationFor(db: Db, caller: Caller, fipProject: string, networkId: string, portId: string, fixed: string | null | undefined): Promise<Association & { port: PortRow }> {
  const port = await getPort(db, caller, portId);
  if (port.projectId !== fipProject && !caller.isAdmin) {
    throw bad(`Cannot process floating IP association with Port ${portId}, since that port is owned by a different project`);
  }
  // neutron.common.utils.is_fip_serviced: no floating IP on Neutron's own ports.
  // (Neutron leaves this message's placeholder unfilled.)
  if (port.deviceOwner.startsWith("network:")) throw bad("Port %(id)s is unable to be assigned a floating IP");
  let subnetId: string;
  let address: string;
  if (fixed) {
    if (parseIp(fixed)?.version !== 4) throw bad(`Cannot process floating IP association with ${fixed}, since that is not an IPv4 address`);
    const hit = port.fixedIps.find((f) => f.ipAddress === fixed);
    if (!hit) throw bad(`Port ${port.id} does not have fixed ip ${fixed}`);
    subnetId = hit.subnetId;
    address = hit.ipAddress;
  } else {
    const v4 = port.fixedIps.filter((f) => parseIp(f.ipAddress)?.version === 4);
    if (!v4.length) throw bad(`Cannot add floating IP to port ${port.id} that has no fixed IPv4 addresses`);
    if (v4.length > 1) {
      throw bad(`Port ${port.id} has multiple fixed IPv4 addresses.  Must provide a specific IPv4 address when assigning a floating IP`);
    }
    subnetId = v4[0]!.subnetId;
    address = v4[0]!.ipAddress;
  }
  const routers = await routerRepo(db).routersBetween(subnetId, networkId);
  if (!routers.length) throw FipErrors.noGateway(networkId, subnetId, port.id);
  const subnet = await networkRepo(db).findSubnet(subnetId);
  // The router whose interface holds the subnet's gateway IP, else the first.
  const router = routers.find((r) => r.ipAddress === subnet?.gatewayIp) ?? routers[0]!;
  return { port, portId: port.id, fixedIp: address, routerId: router.routerId };
}

async function resolveAssociation(db: Db, caller: Caller, fip: { id: string; projectId: string; floatingNetworkId: string; floatingIpAddress: string; fixedPortId: string | null }, body: FloatingIpInput): Promise<Association> {
  if (body.fixed_ip_address && !body.port_id) throw bad("fixed_ip_address cannot be specified without a port_id");
  if (body.port_id) {
    const a = await associationFor(db, caller, fip.projectId, fip.floatingNetworkId, body.port_id, body.fixed_ip_address);
    if (a.portId !== fip.fixedPortId) {
      const other = await floatingIpRepo(db).findByFixed(fip.floatingNetworkId, a.portId!, a.fixedIp!);
      if (other && other.id !== fip.id) throw FipErrors.alreadyAssociated(fip.floatingIpAddress, fip.id, a.portId!, a.fixedIp!, fip.floatingNetworkId);
    }
    return a;
  }
  return { portId: null, fixedIp: null, routerId: null };
}

export async function createFloatingIp(db: Db, caller: Caller, body: FloatingIpInput, now: Date): Promise<FloatingIp> {
  if (body.floating_network_id === undefined) {
    throw new Invalid("Failed to parse request. Required attribute 'floating_network_id' not specified", "HTTPBadRequest");
  }
  checkUuid("floating_network_id", body.floating_network_id);
  checkUuid("subnet_id", body.subnet_id);
  checkUuid("port_id", body.port_id);
  checkIp("floating_ip_address", body.floating_ip_address);
  checkIp("fixed_ip_address", body.fixed_ip_address);
  if (!caller.isAdmin && body.floating_ip_address !== undefined && body.floating_ip_address !== null) {
    throw NeutronErrors.policy("(rule:create_floatingip and rule:create_floatingip:floating_ip_address)");
  }
  const projectId = owningProject(caller, body);
  if (!adminOrMemberOf(caller, projectId)) throw NeutronErrors.policy("rule:create_floatingip");
  const netId = body.floating_network_id!;
  const network = await getNetwork(db, caller, netId);
  if (!network.external) throw bad(`Network ${netId} is not a valid external network`);
  const subnets = await networkRepo(db).subnetsOfNetwork(netId);
  if (!subnets.some((s) => s.ipVersion === 4)) throw bad(`Network ${netId} does not contain any IPv4 subnet`);
  const id = newId();
  // Resolve the association first so that a refused one leaves nothing behind.
  const pending = { id, projectId, floatingNetworkId: netId, floatingIpAddress: body.floating_ip_address ?? "", fixedPortId: null };
  const assoc = await resolveAssociation(db, caller, pending, body);
  const fixed: { subnet_id?: string; ip_address?: string } = {};
  if (body.subnet_id) fixed.subnet_id = body.subnet_id;
  if (body.floating_ip_address) fixed.ip_address = body.floating_ip_address;
  const port = await createPortFromSpec(
    db,
    {
      projectId: "",
      network,
      deviceId: id,
      deviceOwner: DEVICE_OWNER_FLOATINGIP,
      fixedIps: Object.keys(fixed).length ? [fixed] : undefined,
      securityGroupIds: [],
      portSecurity: false,
    },
    now,
  );
  const address = port.fixedIps.find((f) => parseIp(f.ipAddress)?.version === 4)?.ipAddress;
  if (!address) {
    await networkRepo(db).deletePort(port.id);
    throw FipErrors.exhausted(netId);
  }
  try {
    return await floatingIpRepo(db).create({
      id,
      projectId,
      floatingNetworkId: netId,
      floatingIpAddress: address,
      floatingPort: { connect: { id: port.id } },
      ...(assoc.portId ? { fixedPort: { connect: { id: assoc.portId } } } : {}),
      fixedIpAddress: assoc.fixedIp,
      routerId: assoc.routerId,
      status: assoc.portId ? "ACTIVE" : "DOWN",
      description: body.description ?? "",
      createdAt: now,
      updatedAt: now,
    });
  } catch (e) {
    await networkRepo(db).deletePort(port.id);
    throw e;
  }
}

export async function updateFloatingIp(db: Db, caller: Caller, id: string, body: FloatingIpInput, now: Date): Promise<FloatingIp> {
  const fip = await ownedFloatingIp(db, caller, id, "update_floatingip");
  for (const k of ["floating_network_id", "floating_ip_address", "subnet_id", "project_id", "tenant_id"] as const) {
    if (body[k] !== undefined) throw NeutronErrors.invalidInput(`Cannot update read-only attribute ${k}`);
  }
  checkUuid("port_id", body.port_id);
  checkIp("fixed_ip_address", body.fixed_ip_address);
  let assoc: Association;
  if (body.port_id === undefined) {
    if (body.fixed_ip_address) throw bad("fixed_ip_address cannot be specified without a port_id");
    // No port_id in the body: the association stays as it is (re-resolved, bug #1610045).
    assoc = fip.fixedPortId
      ? await resolveAssociation(db, caller, fip, { port_id: fip.fixedPortId, fixed_ip_address: fip.fixedIpAddress })
      : { portId: null, fixedIp: null, routerId: null };
  } else {
    assoc = await resolveAssociation(db, caller, fip, body);
  }
  return floatingIpRepo(db).update(id, {
    fixedPort: assoc.portId ? { connect: { id: assoc.portId } } : { disconnect: true },
    fixedIpAddress: assoc.fixedIp,
    routerId: assoc.routerId,
    status: assoc.portId ? "ACTIVE" : "DOWN",
    description: body.description,
    updatedAt: now,
  });
}

export async function deleteFloatingIp(db: Db, caller: Caller, id: string): Promise<void> {
  const fip = await ownedFloatingIp(db, caller, id, "delete_floatingip");
  // The floating IP row goes with its port (foreign key cascade), as in Neutron.
  await networkRepo(db).deletePort(fip.floatingPortId);
}
