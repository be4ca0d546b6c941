import type { Db } from "../db/client.js";
import { Conflict } from "../errors.js";
import { networkRepo, type NetworkRow } from "../db/repositories/network.js";
import { adminOrMemberOf, newId, owningProject, scopeOf, type Caller } from "./common.js";
import { NeutronErrors } from "./errors.js";
import { ensureDefaultGroup } from "./security-groups.js";

/** Neutron networks: visibility, policy on the admin-only attributes, in-use checks. */

export interface NetworkInput {
  name?: string;
  description?: string;
  admin_state_up?: boolean;
  shared?: boolean;
  "router:external"?: boolean;
  mtu?: number;
  port_security_enabled?: boolean;
  is_default?: boolean;
  project_id?: string;
  tenant_id?: string;
  "provider:network_type"?: string;
  "provider:physical_network"?: string | null;
  "provider:segmentation_id"?: number | null;
}

const ADMIN_ATTRS = [
  "shared",
  "router:external",
  "provider:network_type",
  "provider:physical_network",
  "provider:segmentation_id",
  "is_default",
] as const;

/** A network the caller may see, else NetworkNotFound (existence is not disclosed). */
export async function getNetwork(db: Db, caller: Caller, id: string): Promise<NetworkRow> {
  const n = await networkRepo(db).findNetwork(id);
  if (!n || !(caller.isAdmin || n.projectId === caller.projectId || n.shared || n.external)) {
    throw NeutronErrors.networkNotFound(id);
  }
  return n;
}

/** A network the caller may change: visible and owned (or admin), else 404/403. */
async function ownedNetwork(db: Db, caller: Caller, id: string, action: string): Promise<NetworkRow> {
  const n = await getNetwork(db, caller, id);
  // update_network / delete_network: ADMIN_OR_PROJECT_MEMBER (visible but not allowed: 403).
  if (!adminOrMemberOf(caller, n.projectId)) throw NeutronErrors.policy(`rule:${action}`);
  return n;
}

export function listNetworks(db: Db, caller: Caller, where: { ids?: string[]; name?: string[] } = {}) {
  return networkRepo(db).listNetworks(scopeOf(caller), where);
}

function checkAdminAttrs(caller: Caller, body: NetworkInput, action: "create_network" | "update_network") {
  if (caller.isAdmin) return;
  for (const a of ADMIN_ATTRS) {
    if (body[a] !== undefined) throw NeutronErrors.policy(`(rule:${action} and rule:${action}:${a})`);
  }
}

export async function createNetwork(db: Db, caller: Caller, body: NetworkInput, now: Date): Promise<NetworkRow> {
  checkAdminAttrs(caller, body, "create_network");
  const projectId = owningProject(caller, body);
  if (!adminOrMemberOf(caller, projectId)) throw NeutronErrors.policy("rule:create_network");
  const type = body["provider:network_type"] ?? "vxlan";
  const row = await networkRepo(db).createNetwork({
    id: newId(),
    name: body.name ?? "",
    projectId,
    description: body.description ?? "",
    adminStateUp: body.admin_state_up ?? true,
    shared: body.shared ?? false,
    external: body["router:external"] ?? false,
    mtu: body.mtu ?? (type === "vxlan" ? 1450 : 1500),
    portSecurity: body.port_security_enabled ?? true,
    isDefault: body.is_default ?? false,
    providerNetworkType: type,
    providerPhysicalNetwork: body["provider:physical_network"] ?? null,
    providerSegmentationId:
      body["provider:segmentation_id"] ?? (type === "vxlan" || type === "geneve" ? 1 + Math.floor(Math.random() * 16_000_000) : null),
    createdAt: now,
    updatedAt: now,
  });
  // Neutron makes the project's default security group when it first creates something.
  await ensureDefaultGroup(db, projectId, now);
  return row;
}

export async function updateNetwork(db: Db, caller: Caller, id: string, body: NetworkInput, now: Date): Promise<NetworkRow> {
  const n = await ownedNetwork(db, caller, id, "update_network");
  checkAdminAttrs(caller, body, "update_network");
  if (body.project_id !== undefined || body.tenant_id !== undefined) {
    throw NeutronErrors.invalidInput("Cannot update read-only attribute project_id");
  }
  const repo = networkRepo(db);
  if (body.shared === false && n.shared && (await repo.foreignPortCount(id, n.projectId)) > 0) {
    throw new Conflict(
      `Unable to reconfigure sharing settings for network ${id}. Multiple projects are using it.`,
      "InvalidSharedSetting",
    );
  }
  return repo.updateNetwork(id, {
    name: body.name,
    description: body.description,
    adminStateUp: body.admin_state_up,
    shared: body.shared,
    external: body["router:external"],
    mtu: body.mtu,
    portSecurity: body.port_security_enabled,
    isDefault: body.is_default,
    updatedAt: now,
  });
}

/**
 * Refused while ports other than Neutron's own (DHCP and the like, which go
 * with the network) use it: compute ports, user-created ports.
 */
export async function deleteNetwork(db: Db, caller: Caller, id: string): Promise<void> {
  await ownedNetwork(db, caller, id, "delete_network");
  const repo = networkRepo(db);
  if ((await repo.countBlockingPorts(id)) > 0) throw NeutronErrors.networkInUse(id);
  await db.$transaction(async (tx) => {
    const r = networkRepo(tx);
    if ((await r.countBlockingPorts(id)) > 0) throw NeutronErrors.networkInUse(id);
    await r.deletePortsOfNetwork(id);
    await r.deleteNetwork(id);
  });
}

export { ownedNetwork };
