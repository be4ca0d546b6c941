import type { Tx } from "../client.js";
import { inChunks, inChunksOf } from "./bounded.js";

/**
 * Data access for Neutron's tables (networks, subnets, ports, IP allocations,
 * security groups). Every query names what it selects; list paths batch with
 * `in`, in bounded chunks (bounded.ts). JSON columns (tags, pools, pairs...) are parsed by the domain layer.
 */

export const networkSelect = {
  id: true,
  name: true,
  projectId: true,
  description: true,
  shared: true,
  external: true,
  adminStateUp: true,
  status: true,
  mtu: true,
  createdAt: true,
  updatedAt: true,
  revision: true,
  portSecurity: true,
  isDefault: true,
  tags: true,
  providerNetworkType: true,
  providerPhysicalNetwork: true,
  providerSegmentationId: true,
  subnets: { select: { id: true }, orderBy: { createdAt: "asc" } },
} as const;

export const subnetSelect = {
  id: true,
  networkId: true,
  projectId: true,
  name: true,
  description: true,
  cidr: true,
  ipVersion: true,
  gatewayIp: true,
  enableDhcp: true,
  allocationPools: true,
  dnsNameservers: true,
  hostRoutes: true,
  createdAt: true,
  updatedAt: true,
  revision: true,
  tags: true,
} as const;

export const portSelect = {
  id: true,
  networkId: true,
  projectId: true,
  name: true,
  description: true,
  macAddress: true,
  deviceId: true,
  deviceOwner: true,
  bindingHostId: true,
  status: true,
  adminStateUp: true,
  portSecurity: true,
  createdAt: true,
  updatedAt: true,
  revision: true,
  vnicType: true,
  bindingProfile: true,
  allowedAddressPairs: true,
  extraDhcpOpts: true,
  tags: true,
  serverOwned: true,
  fixedIps: { select: { subnetId: true, ipAddress: true } },
  securityGroups: { select: { securityGroupId: true } },
} as const;

export const ruleSelect = {
  id: true,
  securityGroupId: true,
  projectId: true,
  direction: true,
  ethertype: true,
  protocol: true,
  portRangeMin: true,
  portRangeMax: true,
  remoteIpPrefix: true,
  remoteGroupId: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  revision: true,
} as const;

export const groupSelect = {
  id: true,
  projectId: true,
  name: true,
  description: true,
  stateful: true,
  createdAt: true,
  updatedAt: true,
  revision: true,
  tags: true,
  defaultFor: true,
  rules: { select: ruleSelect, orderBy: { createdAt: "asc" } },
} as const;

type Row<T> = T extends (...a: never[]) => Promise<infer R> ? NonNullable<R extends (infer E)[] ? E : R> : never;

/** Who may see what: null = everything (admin), else the caller's project. */
export type Scope = string | null;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byCreated = (a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }) =>
  a.createdAt.getTime() - b.createdAt.getTime() || byId(a, b);

const networkVisible = (scope: Scope) =>
  scope === null ? {} : { OR: [{ projectId: scope }, { shared: true }, { external: true }] };

export function networkRepo(db: Tx) {
  const repo = {
    // ------------------------------------------------------------ networks
    listNetworks: (scope: Scope, lists: { ids?: string[]; name?: string[] } = {}) =>
      inChunksOf(
        lists,
        (where) =>
          db.network.findMany({
            where: {
              AND: [
                networkVisible(scope),
                where.ids ? { id: { in: where.ids } } : {},
                where.name ? { name: { in: where.name } } : {},
              ],
            },
            orderBy: { id: "asc" },
            select: networkSelect,
          }),
        byId,
      ),
    findNetwork: (id: string) => db.network.findUnique({ where: { id }, select: networkSelect }),
    createNetwork: (data: Parameters<Tx["network"]["create"]>[0]["data"]) =>
      db.network.create({ data, select: networkSelect }),
    updateNetwork: (id: string, data: Parameters<Tx["network"]["update"]>[0]["data"]) =>
      db.network.update({ where: { id }, data: { ...data, revision: { increment: 1 } }, select: networkSelect }),
    deleteNetwork: (id: string) => db.network.delete({ where: { id }, select: { id: true } }),
    /** Ports that keep a network in use: all but those Neutron deletes with it (neutron_lib AUTO_DELETE_PORT_OWNERS). */
    countBlockingPorts: (networkId: string) =>
      db.port.count({
        where: { networkId, deviceOwner: { notIn: ["network:dhcp", "network:router_interface_distributed", "network:floatingip_agent_gateway"] } },
      }),
    /** Projects other than `projectId` with ports on the network (InvalidSharedSetting). */
    foreignPortCount: (networkId: string, projectId: string) =>
      db.port.count({ where: { networkId, projectId: { not: projectId } } }),
    deletePortsOfNetwork: (networkId: string) => db.port.deleteMany({ where: { networkId } }),

    // ------------------------------------------------------------ subnets
    listSubnets: (scope: Scope, lists: { ids?: string[]; networkIds?: string[] } = {}) =>
      inChunksOf(
        lists,
        (where) =>
          db.subnet.findMany({
            where: {
              AND: [
                scope === null ? {} : { OR: [{ projectId: scope }, { network: networkVisible(scope) }] },
                where.ids ? { id: { in: where.ids } } : {},
                where.networkIds ? { networkId: { in: where.networkIds } } : {},
              ],
            },
            orderBy: { id: "asc" },
            select: subnetSelect,
          }),
        byId,
      ),
    findSubnet: (id: string) => db.subnet.findUnique({ where: { id }, select: subnetSelect }),
    subnetsOfNetwork: (networkId: string) =>
      db.subnet.findMany({ where: { networkId }, orderBy: { createdAt: "asc" }, select: subnetSelect }),
    subnetsOfNetworks: async (networkIds: string[]) =>
      (
        await inChunks(networkIds, (chunk) =>
          db.subnet.findMany({ where: { networkId: { in: chunk } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: subnetSelect }),
        )
      ).sort(byCreated),
    createSubnet: (data: Parameters<Tx["subnet"]["create"]>[0]["data"]) => db.subnet.create({ data, select: subnetSelect }),
    updateSubnet: (id: string, data: Parameters<Tx["subnet"]["update"]>[0]["data"]) =>
      db.subnet.update({ where: { id }, data: { ...data, revision: { increment: 1 } }, select: subnetSelect }),
    deleteSubnet: (id: string) => db.subnet.delete({ where: { id }, select: { id: true } }),
    touchNetwork: (id: string, now: Date) =>
      db.network.update({ where: { id }, data: { updatedAt: now, revision: { increment: 1 } }, select: { id: true } }),
    /** Allocations on the subnet held by ports that are not DHCP/router-internal. */
    allocationsOnSubnet: (subnetId: string) =>
      db.ipAllocation.findMany({ where: { subnetId }, select: { ipAddress: true, portId: true } }),
    allocationCounts: (subnetIds: string[]) =>
      inChunks(subnetIds, (chunk) => db.ipAllocation.groupBy({ by: ["subnetId"], where: { subnetId: { in: chunk } }, _count: { _all: true } })),

    // ------------------------------------------------------------ ports
    listPorts: (
      scope: Scope,
      lists: { ids?: string[]; networkIds?: string[]; deviceIds?: string[]; name?: string[]; macs?: string[] } = {},
    ) =>
      inChunksOf(
        lists,
        (where) =>
          db.port.findMany({
            where: {
              AND: [
                scope === null ? {} : { OR: [{ projectId: scope }, { network: { projectId: scope } }] },
                where.ids ? { id: { in: where.ids } } : {},
                where.networkIds ? { networkId: { in: where.networkIds } } : {},
                where.deviceIds ? { deviceId: { in: where.deviceIds } } : {},
                where.name ? { name: { in: where.name } } : {},
                where.macs ? { macAddress: { in: where.macs } } : {},
              ],
            },
            orderBy: { id: "asc" },
            select: portSelect,
          }),
        byId,
      ),
    findPort: (id: string) => db.port.findUnique({ where: { id }, select: portSelect }),
    portsOfDevice: async (deviceIds: string[]) =>
      (
        await inChunks(deviceIds, (chunk) =>
          db.port.findMany({ where: { deviceId: { in: chunk } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: portSelect }),
        )
      ).sort(byCreated),
    createPort: (data: Parameters<Tx["port"]["create"]>[0]["data"]) => db.port.create({ data, select: portSelect }),
    updatePort: (id: string, data: Parameters<Tx["port"]["update"]>[0]["data"]) =>
      db.port.update({ where: { id }, data: { ...data, revision: { increment: 1 } }, select: portSelect }),
    updatePortsOfDevice: (deviceId: string, data: Parameters<Tx["port"]["updateMany"]>[0]["data"]) =>
      db.port.updateMany({ where: { deviceId }, data }),
    /** Set device_id/owner on an unclaimed port; false when someone holds it. */
    claimPort: async (id: string, deviceId: string, deviceOwner: string, now: Date) =>
      (await db.port.updateMany({ where: { id, deviceId: "" }, data: { deviceId, deviceOwner, updatedAt: now, revision: { increment: 1 } } }))
        .count === 1,
    unclaimPort: (id: string, deviceId: string) =>
      db.port.updateMany({ where: { id, deviceId }, data: { deviceId: "", deviceOwner: "", bindingHostId: "", status: "DOWN" } }),
    deletePort: (id: string) => db.port.delete({ where: { id }, select: { id: true } }),
    deletePorts: async (ids: string[]) => ({
      count: (await inChunks(ids, async (chunk) => [(await db.port.deleteMany({ where: { id: { in: chunk } } })).count])).reduce((a, b) => a + b, 0),
    }),
    macInUse: (mac: string) => db.port.count({ where: { macAddress: mac } }),
    addAllocations: (rows: { subnetId: string; ipAddress: string; portId: string }[]) =>
      db.ipAllocation.createMany({ data: rows }),
    removeAllocations: (portId: string, keep: { subnetId: string; ipAddress: string }[]) =>
      db.ipAllocation.deleteMany({
        where: { portId, NOT: keep.length ? { OR: keep.map((k) => ({ subnetId: k.subnetId, ipAddress: k.ipAddress })) } : { portId: "" } },
      }),
    setPortGroups: async (portId: string, groupIds: string[]) => {
      await db.portSecurityGroup.deleteMany({ where: { portId } });
      if (groupIds.length) await db.portSecurityGroup.createMany({ data: groupIds.map((securityGroupId) => ({ portId, securityGroupId })) });
    },
    /** What Nova shows as a server's addresses: ports of the devices with network name and IP versions. */
    addressesOfDevices: async (deviceIds: string[]) =>
      (
        await inChunks(deviceIds, (chunk) =>
          db.port.findMany({
            where: { deviceId: { in: chunk } },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: {
              id: true,
              createdAt: true,
              deviceId: true,
              macAddress: true,
              network: { select: { name: true } },
              fixedIps: { select: { ipAddress: true, subnet: { select: { ipVersion: true, createdAt: true } } } },
            },
          }),
        )
      ).sort(byCreated),
    groupsOfDevices: (deviceIds: string[]) =>
      inChunks(deviceIds, (chunk) =>
        db.portSecurityGroup.findMany({
          where: { port: { deviceId: { in: chunk } } },
          select: { port: { select: { deviceId: true, createdAt: true } }, securityGroup: { select: { id: true, name: true } } },
        }),
      ),

    // ------------------------------------------------------------ security groups
    listGroups: (scope: Scope, lists: { ids?: string[]; name?: string[]; projectIds?: string[] } = {}) =>
      inChunksOf(
        lists,
        (where) =>
          db.securityGroup.findMany({
            where: {
              AND: [
                scope === null ? {} : { projectId: scope },
                where.ids ? { id: { in: where.ids } } : {},
                where.name ? { name: { in: where.name } } : {},
                where.projectIds ? { projectId: { in: where.projectIds } } : {},
              ],
            },
            orderBy: { id: "asc" },
            select: groupSelect,
          }),
        byId,
      ),
    findGroup: (id: string) => db.securityGroup.findUnique({ where: { id }, select: groupSelect }),
    findDefaultGroup: (projectId: string) => db.securityGroup.findUnique({ where: { defaultFor: projectId }, select: groupSelect }),
    createGroup: (data: Parameters<Tx["securityGroup"]["create"]>[0]["data"]) =>
      db.securityGroup.create({ data, select: groupSelect }),
    updateGroup: (id: string, data: Parameters<Tx["securityGroup"]["update"]>[0]["data"]) =>
      db.securityGroup.update({ where: { id }, data: { ...data, revision: { increment: 1 } }, select: groupSelect }),
    deleteGroup: (id: string) => db.securityGroup.delete({ where: { id }, select: { id: true } }),
    portsUsingGroup: (groupId: string) => db.portSecurityGroup.count({ where: { securityGroupId: groupId } }),
    listRules: (scope: Scope, lists: { ids?: string[]; groupIds?: string[] } = {}) =>
      inChunksOf(
        lists,
        (where) =>
          db.securityGroupRule.findMany({
            where: {
              AND: [
                scope === null ? {} : { OR: [{ projectId: scope }, { securityGroup: { projectId: scope } }] },
                where.ids ? { id: { in: where.ids } } : {},
                where.groupIds ? { securityGroupId: { in: where.groupIds } } : {},
              ],
            },
            orderBy: { id: "asc" },
            select: ruleSelect,
          }),
        byId,
      ),
    findRule: (id: string) =>
      db.securityGroupRule.findUnique({ where: { id }, select: { ...ruleSelect, securityGroup: { select: { projectId: true } } } }),
    createRule: (data: Parameters<Tx["securityGroupRule"]["create"]>[0]["data"]) =>
      db.securityGroupRule.create({ data, select: ruleSelect }),
    createRules: (data: NonNullable<Parameters<Tx["securityGroupRule"]["createMany"]>[0]>["data"]) => db.securityGroupRule.createMany({ data }),
    deleteRule: (id: string) => db.securityGroupRule.delete({ where: { id }, select: { id: true } }),
    bumpGroup: (id: string, now: Date) =>
      db.securityGroup.update({ where: { id }, data: { updatedAt: now, revision: { increment: 1 } }, select: { id: true } }),

    // ------------------------------------------------------------ quotas
    /** Stored limits: one project's, or every project's (null). */
    quotaRows: (projectId: string | null) =>
      db.networkQuota.findMany({
        where: projectId === null ? {} : { projectId },
        orderBy: [{ projectId: "asc" }, { resource: "asc" }],
        select: { projectId: true, resource: true, hardLimit: true },
      }),
    setQuota: (projectId: string, resource: string, hardLimit: number) =>
      db.networkQuota.upsert({
        where: { projectId_resource: { projectId, resource } },
        create: { projectId, resource, hardLimit },
        update: { hardLimit },
        select: { resource: true },
      }),
    deleteQuotas: async (projectId: string) => (await db.networkQuota.deleteMany({ where: { projectId } })).count,
    /** Rows the project owns, per counted resource (Neutron counts by project_id). */
    usage: async (projectId: string) => {
      const where = { projectId };
      const [network, subnet, port, securityGroup, securityGroupRule] = await Promise.all([
        db.network.count({ where }),
        db.subnet.count({ where }),
        db.port.count({ where }),
        db.securityGroup.count({ where }),
        db.securityGroupRule.count({ where }),
      ]);
      return { network, subnet, port, security_group: securityGroup, security_group_rule: securityGroupRule };
    },
  };
  return repo;
}

export type NetworkRepo = ReturnType<typeof networkRepo>;
export type NetworkRow = Row<NetworkRepo["findNetwork"]>;
export type SubnetRow = Row<NetworkRepo["findSubnet"]>;
export type PortRow = Row<NetworkRepo["findPort"]>;
export type GroupRow = Row<NetworkRepo["findGroup"]>;
export type RuleRow = Row<NetworkRepo["createRule"]>;
