import type { Db } from "../db/client.js";
import { floatingIpRepo, type FloatingIpRow } from "../db/repositories/floating-ips.js";
import type { PortRow } from "../db/repositories/network.js";
import { ROUTER_GATEWAY, ROUTER_INTERFACE, routerRepo } from "../db/repositories/network-routers.js";
import { Conflict } from "../errors.js";

/**
 * What the core port code needs of L3 (kept apart from routers.ts and
 * floating-ips.ts, which build on ports.ts): the deletion guard for router and
 * floating IP ports, and the floating IPs of ports.
 */

export const DEVICE_OWNER_FLOATINGIP = "network:floatingip";

/**
 * prevent_l3_port_deletion: router and floating IP ports go with their router
 * or floating IP, not through DELETE /ports (while that owner exists).
 */
export async function checkPortDeletable(db: Db, port: PortRow): Promise<void> {
  const owner = port.deviceOwner;
  const held =
    owner === ROUTER_INTERFACE || owner === ROUTER_GATEWAY
      ? !!(await routerRepo(db).find(port.deviceId))
      : owner === DEVICE_OWNER_FLOATINGIP && !!(await floatingIpRepo(db).find(port.deviceId));
  if (held) throw new Conflict(`Port ${port.id} cannot be deleted directly via the port API: has device owner ${owner}.`, "ServicePortInUse");
}

/** Neutron's disassociate_floatingips, for ports about to be deleted. */
export async function disassociatePorts(db: Db, portIds: string[], now: Date): Promise<void> {
  await floatingIpRepo(db).disassociatePorts(portIds, now);
}

/** Floating IPs on these ports (Nova's addresses, the fixed-IP pin on port updates). */
export function floatingIpsOfPorts(db: Db, portIds: string[]): Promise<FloatingIpRow[]> {
  return floatingIpRepo(db).ofPorts(portIds);
}
