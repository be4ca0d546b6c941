import type { Db } from "../db/client.js";
import { networkRepo, type PortRow, type SubnetRow } from "../db/repositories/network.js";
import { floatingIpRepo } from "../db/repositories/floating-ips.js";
import { ROUTER_GATEWAY, ROUTER_INTERFACE, routerRepo, type RouterRow } from "../db/repositories/network-routers.js";
import { Conflict, Invalid, NotFound } from "../errors.js";
import { adminOrMemberOf, newId, owningProject, parseJson, scopeOf, UUID_RE, type Caller } from "./common.js";
import { NeutronErrors } from "./errors.js";
import { contains, overlaps, parseCidr, parseIp } from "./ip.js";
import { getNetwork } from "./networks.js";
import { createPortFromSpec, getPort, updatePort, type FixedIpRequest } from "./ports.js";
import { pyStr } from "./quotas.js";
import { getSubnet } from "./subnets.js";

/**
 * Neutron routers (neutron/db/l3_db.py, l3_gwmode_db.py, extraroute_db.py):
 * the external gateway (a project-less network:router_gateway port on an
 * external network), interfaces (network:router_interface ports, one per
 * subnet, holding the subnet's gateway IP when added by subnet) and extra routes.
 */

export { ROUTER_GATEWAY, ROUTER_INTERFACE };

export const L3Errors = {
  routerNotFound: (id: string) => new NotFound(`Router ${id} could not be found`, "RouterNotFound"),
  routerInUse: (id: string, reason = "still has ports") => new Conflict(`Router ${id} ${reason}`, "RouterInUse"),
  interfaceNotFound: (routerId: string, portId: string) =>
    new NotFound(`Router ${routerId} does not have an interface with id ${portId}`, "RouterInterfaceNotFound"),
  interfaceNotFoundForSubnet: (routerId: string, subnetId: string) =>
    new NotFound(`Router ${routerId} has no interface on subnet ${subnetId}`, "RouterInterfaceNotFoundForSubnet"),
  interfaceInUseByFloatingIp: (routerId: string, subnetId: string) =>
    new Conflict(
      `Router interface for subnet ${subnetId} on router ${routerId} cannot be deleted, as it is required by one or more floating IPs.`,
      "RouterInterfaceInUseByFloatingIP",
    ),
  interfaceInUseByRoute: (routerId: string, subnetId: string) =>
    new Conflict(
      `Router interface for subnet ${subnetId} on router ${routerId} cannot be deleted, as it is required by one or more routes.`,
      "RouterInterfaceInUseByRoute",
    ),
  gatewayInUseByFloatingIp: (routerId: string, netId: string) =>
    new Conflict(
      `Gateway cannot be updated for router ${routerId}, since a gateway to external network ${netId} is required by one or more floating IPs.`,
      "RouterExternalGatewayInUseByFloatingIp",
    ),
  portInUse: (portId: string, netId: string, deviceId: string) =>
    new Conflict(
      `Unable to complete operation on port ${portId} for network ${netId}. Port already has an attached device ${deviceId}.`,
      "PortInUse",
    ),
  subnetMismatchForPort: (portId: string, subnetId: string) =>
    new Invalid(`Subnet on port ${portId} does not match the requested subnet ${subnetId}.`, "SubnetMismatchForPort"),
  invalidRoutes: (routes: unknown, reason: string) =>
    new Invalid(`Invalid format for routes: ${pyStr(routes)}, ${reason}`, "InvalidRoutes"),
  routesExhausted: (routerId: string, quota: number) =>
    new Invalid(`Unable to complete operation for ${routerId}. The number of routes exceeds the maximum ${quota}.`, "RoutesExhausted"),
};

const bad = (msg: string) => NeutronErrors.badRequest("router", msg);

/** neutron.conf max_routes: the most extra routes a router may have. */
const MAX_ROUTES = 30;

export interface GatewayInfo {
  network_id?: string;
  enable_snat?: boolean;
  external_fixed_ips?: FixedIpRequest[];
}

export interface RouterInput {
  name?: string;
  description?: string;
  admin_state_up?: boolean;
  external_gateway_info?: GatewayInfo | null;
  routes?: { destination: string; nexthop: string }[] | null;
  project_id?: string;
  tenant_id?: string;
}

export interface Route {
  destination: string;
  nexthop: string;
}

/** A router with its gateway port (for external_gateway_info). */
export type Router = RouterRow & { gatewayPort: PortRow | null };

export interface InterfaceInfo {
  id: string;
  tenant_id: string;
  project_id: string;
  port_id: string;
  network_id: string;
  subnet_id: string;
  subnet_ids: string[];
}

/** Any caller as admin: for the ports Neutron creates and deletes on a router's behalf (context.elevated()). */
const elevated: Caller = { projectId: "", isAdmin: true, isMember: true };

async function withGateway(db: Db, rows: RouterRow[]): Promise<Router[]> {
  const gwIds = rows.map((r) => r.gwPortId).filter((x): x is string => !!x);
  const ports = gwIds.length ? await networkRepo(db).listPorts(null, { ids: gwIds }) : [];
  return rows.map((r) => ({ ...r, gatewayPort: ports.find((p) => p.id === r.gwPortId) ?? null }));
}

export async function getRouterRow(db: Db, caller: Caller, id: string): Promise<RouterRow> {
  const r = await routerRepo(db).find(id);
  if (!r || !(caller.isAdmin || r.projectId === caller.projectId)) throw L3Errors.routerNotFound(id);
  return r;
}

export async function getRouter(db: Db, caller: Caller, id: string): Promise<Router> {
  return (await withGateway(db, [await getRouterRow(db, caller, id)]))[0]!;
}

export async function listRouters(db: Db, caller: Caller, where: { ids?: string[]; name?: string[] } = {}): Promise<Router[]> {
  return withGateway(db, await routerRepo(db).list(scopeOf(caller), where));
}

async function ownedRouter(db: Db, caller: Caller, id: string, action: string): Promise<RouterRow> {
  const r = await getRouterRow(db, caller, id);
  if (!adminOrMemberOf(caller, r.projectId)) throw NeutronErrors.policy(`rule:${action}`);
  return r;
}

/** The admin-only parts of external_gateway_info (enable_snat, external_fixed_ips). */
function checkGatewayPolicy(caller: Caller, info: GatewayInfo | null | undefined, action: "create_router" | "update_router") {
  if (caller.isAdmin || !info) return;
  for (const k of ["enable_snat", "external_fixed_ips"] as const) {
    if (info[k] !== undefined) {
      throw NeutronErrors.policy(`(rule:${action} and (rule:${action}:external_gateway_info and rule:${action}:external_gateway_info:${k}))`);
    }
  }
}

/** Validate the shape of external_gateway_info as Neutron's type:dict_or_nodata does. */
function checkGatewayShape(info: unknown): GatewayInfo | null {
  if (info === null || info === undefined) return null;
  if (typeof info !== "object" || Array.isArray(info)) {
    throw NeutronErrors.invalidInput(`Invalid input for external_gateway_info. Reason: '${pyStr(info)}' is not a dictionary`);
  }
  const g = info as Record<string, unknown>;
  if (!Object.keys(g).length) return null;
  const extra = Object.keys(g).filter((k) => !["network_id", "enable_snat", "external_fixed_ips", "qos_policy_id"].includes(k));
  if (extra.length) {
    throw new Invalid(`Invalid input for external_gateway_info. Reason: Validation of dictionary's keys failed. Expected keys: {'network_id'} Provided keys: {${Object.keys(g).map((k) => `'${k}'`).join(", ")}}.`, "HTTPBadRequest");
  }
  if (typeof g.network_id !== "string" || !UUID_RE.test(g.network_id)) {
    throw new Invalid(`Invalid input for external_gateway_info. Reason: '${pyStr(g.network_id)}' is not a valid UUID.`, "HTTPBadRequest");
  }
  if (g.enable_snat !== undefined && typeof g.enable_snat !== "boolean") {
    throw new Invalid(`Invalid input for external_gateway_info. Reason: '${pyStr(g.enable_snat)}' is not a valid boolean value.`, "HTTPBadRequest");
  }
  if (g.external_fixed_ips !== undefined && !Array.isArray(g.external_fixed_ips)) {
    throw new Invalid(`Invalid input for external_gateway_info. Reason: Invalid data format for fixed IP: '${pyStr(g.external_fixed_ips)}'.`, "HTTPBadRequest");
  }
  return g as GatewayInfo;
}

/** Subnets (with the network's ones for a gateway port) the router is already connected to. */
async function connectedSubnets(db: Db, routerId: string): Promise<{ ports: PortRow[]; subnets: SubnetRow[] }> {
  const repo = networkRepo(db);
  const ports = await routerRepo(db).portsOfRouters([routerId]);
  const subnets: SubnetRow[] = [];
  for (const p of ports) {
    if (p.deviceOwner === ROUTER_GATEWAY) subnets.push(...(await repo.subnetsOfNetwork(p.networkId)));
    else for (const f of p.fixedIps) {
      const s = await repo.findSubnet(f.subnetId);
      if (s) subnets.push(s);
    }
  }
  return { ports, subnets };
}

/** _check_for_dup_router_subnets: no second port on a subnet, no overlapping CIDRs. */
async function checkDupSubnets(db: Db, routerId: string, newSubnets: SubnetRow[]) {
  const { ports, subnets } = await connectedSubnets(db, routerId);
  const ids = new Set(newSubnets.map((s) => s.id));
  for (const p of ports) for (const f of p.fixedIps) if (ids.has(f.subnetId)) throw bad(`Router already has a port on subnet ${f.subnetId}`);
  for (const sub of subnets) {
    for (const s of newSubnets) {
      const a = parseCidr(sub.cidr);
      const b = parseCidr(s.cidr);
      if (a && b && a.version === b.version && overlaps(a, b)) {
        throw bad(`Cidr ${s.cidr} of subnet ${s.id} overlaps with cidr ${sub.cidr} of subnet ${sub.id}`);
      }
    }
  }
}

async function createGatewayPort(db: Db, router: RouterRow, info: GatewayInfo, now: Date): Promise<PortRow> {
  const network = await networkRepo(db).findNetwork(info.network_id!);
  if (!network) throw NeutronErrors.networkNotFound(info.network_id!);
  const subnets = await networkRepo(db).subnetsOfNetwork(network.id);
  await checkDupSubnets(db, router.id, subnets);
  return createPortFromSpec(
    db,
    {
      projectId: "", // hidden from the project, as Neutron's gateway ports are
      network,
      deviceId: router.id,
      deviceOwner: ROUTER_GATEWAY,
      fixedIps: info.external_fixed_ips?.length ? info.external_fixed_ips : undefined,
      securityGroupIds: [],
      portSecurity: false,
    },
    now,
  );
}

/** _check_for_external_ip_change: asked-for subnets or addresses differ from the port's. */
function externalIpsChanged(port: PortRow, extIps: FixedIpRequest[]): boolean {
  if (!extIps.length) return false;
  const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
  const subnets = new Set(extIps.map((f) => f.subnet_id).filter((x): x is string => !!x));
  if (!sameSet(subnets, new Set(port.fixedIps.map((f) => f.subnetId)))) return true;
  const ips = new Set(extIps.map((f) => f.ip_address).filter((x): x is string => !!x));
  return !sameSet(ips, new Set(port.fixedIps.map((f) => f.ipAddress)));
}

/** _update_router_gw_info: set, change or clear the gateway (and enable_snat). */
async function updateGateway(db: Db, caller: Caller, router: RouterRow, info: GatewayInfo | null, now: Date): Promise<void> {
  const repo = networkRepo(db);
  const current = router.gwPortId ? await repo.findPort(router.gwPortId) : null;
  const extIps = info?.external_fixed_ips ?? [];
  const networkId = info?.network_id ?? null;
  if (networkId) {
    const network = await getNetwork(db, caller, networkId);
    if (!network.external) throw bad(`Network ${networkId} is not an external network`);
    const subnets = await repo.subnetsOfNetwork(networkId);
    for (const ip of extIps) {
      if (ip?.ip_address && subnets.some((s) => s.gatewayIp === ip.ip_address)) throw bad(`External IP ${ip.ip_address} is the same as the gateway IP`);
    }
  }
  const snat = info?.enable_snat;
  if (current && current.networkId === networkId) {
    // Same network: only the addresses (if asked and different) and SNAT change.
    if (externalIpsChanged(current, extIps)) await updatePort(db, elevated, current.id, { fixed_ips: extIps }, now);
    await routerRepo(db).update(router.id, { enableSnat: snat ?? router.enableSnat, updatedAt: now });
    return;
  }
  if (current) {
    if ((await floatingIpRepo(db).countOfRouter(router.id)) > 0) throw L3Errors.gatewayInUseByFloatingIp(router.id, current.networkId);
    await routerRepo(db).update(router.id, { gwPortId: null, updatedAt: now });
    await repo.deletePort(current.id);
  }
  if (networkId) {
    const port = await createGatewayPort(db, router, info!, now);
    await routerRepo(db).update(router.id, { gwPortId: port.id, enableSnat: snat ?? true, updatedAt: now });
  }
}

function parseRoutes(routes: unknown): Route[] {
  if (routes === null) return [];
  if (!Array.isArray(routes)) throw NeutronErrors.invalidInput(`Invalid input for routes. Reason: Invalid data format for hostroute: '${pyStr(routes)}'`);
  const out: Route[] = [];
  for (const r of routes as Record<string, unknown>[]) {
    if (!r || typeof r !== "object" || Object.keys(r).sort().join() !== "destination,nexthop") {
      throw new Invalid(`Invalid input for routes. Reason: Invalid data format for hostroute: '${pyStr(r)}'.`, "HTTPBadRequest");
    }
    const dest = parseCidr(r.destination);
    if (!dest) throw new Invalid(`Invalid input for routes. Reason: '${pyStr(r.destination)}' is not a valid IP subnet.`, "HTTPBadRequest");
    if (!parseIp(r.nexthop)) throw new Invalid(`Invalid input for routes. Reason: '${pyStr(r.nexthop)}' is not a valid IP address.`, "HTTPBadRequest");
    const route = { destination: String(r.destination), nexthop: String(r.nexthop) };
    if (out.some((o) => o.destination === route.destination && o.nexthop === route.nexthop)) {
      throw new Invalid(`Invalid input for routes. Reason: Duplicate hostroute '${pyStr(route)}'.`, "HTTPBadRequest");
    }
    out.push(route);
  }
  return out;
}

/** extraroute's _validate_routes: each nexthop on a connected subnet and not one of the router's own addresses. */
async function checkRoutes(db: Db, router: RouterRow, routes: Route[]) {
  if (routes.length > MAX_ROUTES) throw L3Errors.routesExhausted(router.id, MAX_ROUTES);
  const { ports, subnets } = await connectedSubnets(db, router.id);
  const cidrs = subnets.map((s) => parseCidr(s.cidr)!).filter(Boolean);
  const ips = new Set(ports.flatMap((p) => p.fixedIps.map((f) => f.ipAddress)));
  for (const r of routes) {
    const hop = parseIp(r.nexthop)!;
    if (!cidrs.some((c) => c.version === hop.version && contains(c, hop.value))) {
      throw L3Errors.invalidRoutes(routes, "the nexthop is not connected with router");
    }
    if (ips.has(hop.text)) throw L3Errors.invalidRoutes(routes, "the nexthop is used by router");
  }
}

export async function createRouter(db: Db, caller: Caller, body: RouterInput, now: Date): Promise<Router> {
  const projectId = owningProject(caller, body);
  if (!adminOrMemberOf(caller, projectId)) throw NeutronErrors.policy("rule:create_router");
  if ((body as Record<string, unknown>).routes !== undefined) {
    throw new Invalid("Attribute 'routes' not allowed in POST", "HTTPBadRequest");
  }
  const info = checkGatewayShape(body.external_gateway_info);
  checkGatewayPolicy(caller, info, "create_router");
  const router = await routerRepo(db).create({
    id: newId(),
    name: body.name ?? "",
    projectId,
    description: body.description ?? "",
    adminStateUp: body.admin_state_up ?? true,
    status: "ACTIVE",
    createdAt: now,
    updatedAt: now,
  });
  if (info) {
    try {
      await updateGateway(db, caller, router, info, now);
    } catch (e) {
      // Neutron's safe_creation: a router whose gateway failed is deleted again.
      await routerRepo(db).delete(router.id);
      throw e;
    }
  }
  return getRouter(db, caller, router.id);
}

export async function updateRouter(db: Db, caller: Caller, id: string, body: RouterInput, now: Date): Promise<Router> {
  const router = await ownedRouter(db, caller, id, "update_router");
  if (body.project_id !== undefined || body.tenant_id !== undefined) {
    throw NeutronErrors.invalidInput("Cannot update read-only attribute project_id");
  }
  let routes: Route[] | undefined;
  if (body.routes !== undefined) {
    routes = parseRoutes(body.routes);
    await checkRoutes(db, router, routes);
  }
  if (body.external_gateway_info !== undefined) {
    const info = checkGatewayShape(body.external_gateway_info);
    checkGatewayPolicy(caller, info, "update_router");
    await updateGateway(db, caller, router, info, now);
  }
  await routerRepo(db).update(id, {
    name: body.name,
    description: body.description,
    adminStateUp: body.admin_state_up,
    routes: routes === undefined ? undefined : JSON.stringify(routes),
    updatedAt: now,
  });
  return getRouter(db, caller, id);
}

export async function deleteRouter(db: Db, caller: Caller, id: string, now: Date): Promise<void> {
  const router = await ownedRouter(db, caller, id, "delete_router");
  const ports = await routerRepo(db).portsOfRouters([id]);
  const interfaces = ports.filter((p) => p.deviceOwner === ROUTER_INTERFACE).map((p) => p.id);
  if (interfaces.length) throw L3Errors.routerInUse(id, `has ports still attached: ${interfaces.join(", ")}`);
  if (router.gwPortId) await updateGateway(db, caller, router, null, now);
  await networkRepo(db).deletePorts(ports.map((p) => p.id));
  await routerRepo(db).delete(id);
}

/** _validate_interface_info: subnet_id or port_id, valid UUIDs, not both when adding. */
function interfaceRequest(info: unknown, removal: boolean): { portId?: string; subnetId?: string } {
  const i = (info && typeof info === "object" && !Array.isArray(info) ? info : {}) as Record<string, unknown>;
  const byPort = "port_id" in i;
  const bySubnet = "subnet_id" in i;
  if (!byPort && !bySubnet) throw bad("Either subnet_id or port_id must be specified");
  for (const k of ["port_id", "subnet_id"]) {
    if (k in i && (typeof i[k] !== "string" || !UUID_RE.test(i[k] as string))) throw bad(`'${pyStr(i[k])}' is not a valid UUID`);
  }
  if (!removal && byPort && bySubnet) throw bad("Cannot specify both subnet-id and port-id");
  return { portId: i.port_id as string | undefined, subnetId: i.subnet_id as string | undefined };
}

const interfaceInfo = (router: RouterRow, port: PortRow, subnetIds: string[], subnetId: string): InterfaceInfo => ({
  id: router.id,
  tenant_id: port.projectId,
  project_id: port.projectId,
  port_id: port.id,
  network_id: port.networkId,
  subnet_id: subnetId,
  subnet_ids: subnetIds,
});

export async function addRouterInterface(db: Db, caller: Caller, id: string, info: unknown, now: Date): Promise<InterfaceInfo> {
  const router = await ownedRouter(db, caller, id, "add_router_interface");
  const req = interfaceRequest(info, false);
  const repo = networkRepo(db);
  if (req.portId) {
    const port = await getPort(db, caller, req.portId);
    if (port.deviceId !== "") throw L3Errors.portInUse(port.id, port.networkId, port.deviceId);
    if (!port.fixedIps.length) throw bad("Router port must have at least one fixed IP");
    const subnets: SubnetRow[] = [];
    for (const f of port.fixedIps) {
      const s = await repo.findSubnet(f.subnetId);
      if (s) subnets.push(s);
    }
    await checkDupSubnets(db, router.id, subnets);
    if (subnets.filter((s) => s.ipVersion === 4).length > 1) throw bad("Cannot have multiple IPv4 subnets on router port");
    if (!(await repo.claimPort(port.id, router.id, ROUTER_INTERFACE, now))) {
      const again = (await repo.findPort(port.id))!;
      throw L3Errors.portInUse(port.id, port.networkId, again.deviceId);
    }
    await repo.setPortGroups(port.id, []);
    await routerRepo(db).update(router.id, { updatedAt: now });
    const claimed = (await repo.findPort(port.id))!;
    const ids = subnets.map((s) => s.id);
    return interfaceInfo(router, claimed, ids, ids[ids.length - 1]!);
  }
  const subnet = await getSubnet(db, caller, req.subnetId!);
  if (!subnet.gatewayIp) throw bad("Subnet for router interface must have a gateway IP");
  if (subnet.projectId !== caller.projectId && !caller.isAdmin) {
    throw bad(`Cannot add interface to router because subnet ${subnet.id} is not owned by project making the request`);
  }
  await checkDupSubnets(db, router.id, [subnet]);
  const network = (await repo.findNetwork(subnet.networkId))!;
  const port = await createPortFromSpec(
    db,
    {
      projectId: router.projectId,
      network,
      deviceId: router.id,
      deviceOwner: ROUTER_INTERFACE,
      fixedIps: [{ subnet_id: subnet.id, ip_address: subnet.gatewayIp }],
      securityGroupIds: [],
      portSecurity: false,
    },
    now,
  );
  await routerRepo(db).update(router.id, { updatedAt: now });
  return interfaceInfo(router, port, [subnet.id], subnet.id);
}

/** Refuse to take a subnet off a router while floating IPs or routes go through it. */
async function checkInterfaceNotInUse(db: Db, router: RouterRow, subnet: SubnetRow) {
  const cidr = parseCidr(subnet.cidr)!;
  const portIds = (await networkRepo(db).allocationsOnSubnet(subnet.id)).map((a) => a.portId);
  const fips = portIds.length ? await floatingIpRepo(db).ofRouterAndPorts(router.id, portIds) : [];
  for (const f of fips) {
    const ip = f.fixedIpAddress ? parseIp(f.fixedIpAddress) : null;
    if (ip && ip.version === cidr.version && contains(cidr, ip.value)) throw L3Errors.interfaceInUseByFloatingIp(router.id, subnet.id);
  }
  for (const r of parseJson<Route[]>(router.routes, [])) {
    const hop = parseIp(r.nexthop);
    if (hop && hop.version === cidr.version && contains(cidr, hop.value)) throw L3Errors.interfaceInUseByRoute(router.id, subnet.id);
  }
}

export async function removeRouterInterface(db: Db, caller: Caller, id: string, info: unknown, now: Date): Promise<InterfaceInfo> {
  const router = await ownedRouter(db, caller, id, "remove_router_interface");
  const req = interfaceRequest(info, true);
  const repo = networkRepo(db);
  const interfaces = (await routerRepo(db).portsOfRouters([id])).filter((p) => p.deviceOwner === ROUTER_INTERFACE);
  let port: PortRow;
  let subnets: SubnetRow[];
  if (req.portId) {
    const found = interfaces.find((p) => p.id === req.portId);
    if (!found) throw L3Errors.interfaceNotFound(id, req.portId);
    port = found;
    const ids = port.fixedIps.map((f) => f.subnetId);
    if (req.subnetId && !ids.includes(req.subnetId)) throw L3Errors.subnetMismatchForPort(port.id, req.subnetId);
    subnets = (await Promise.all(ids.map((s) => repo.findSubnet(s)))).filter((s): s is SubnetRow => !!s);
  } else {
    const subnet = await getSubnet(db, caller, req.subnetId!);
    const found = interfaces.find((p) => p.fixedIps.some((f) => f.subnetId === subnet.id));
    if (!found) throw L3Errors.interfaceNotFoundForSubnet(id, subnet.id);
    port = found;
    subnets = [subnet];
  }
  for (const s of subnets) await checkInterfaceNotInUse(db, router, s);
  if (!req.portId && port.fixedIps.length > 1) {
    // A port with several prefixes loses only this subnet's address.
    await repo.removeAllocations(port.id, port.fixedIps.filter((f) => f.subnetId !== subnets[0]!.id));
  } else {
    await repo.deletePort(port.id);
  }
  await routerRepo(db).update(router.id, { updatedAt: now });
  return interfaceInfo(router, port, subnets.map((s) => s.id), subnets[0]?.id ?? "");
}
