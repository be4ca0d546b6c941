import type { Clock } from "../clock.js";
import type { Database } from "../db/client.js";
import { ipAvailabilities } from "./availability.js";
import type { Caller } from "./common.js";
import * as networks from "./networks.js";
import { remoteGroupNames } from "./nova.js";
import * as ports from "./ports.js";
import * as quotas from "./quotas.js";
import * as sg from "./security-groups.js";
import * as subnets from "./subnets.js";
import * as routers from "./routers.js";
import * as fips from "./floating-ips.js";
import type { SecurityGroup } from "./types.js";

/**
 * Neutron's core resources, quotas and IP availability, with the database and
 * the clock bound at start: what the Neutron routes and Nova's proxies call.
 */
export function networkService(deps: { db: Database; clock: Clock }) {
  const db = deps.db.prisma;
  const now = () => deps.clock.now();
  return {
    networks: {
      list: (c: Caller, where?: { ids?: string[]; name?: string[] }) => networks.listNetworks(db, c, where),
      get: (c: Caller, id: string) => networks.getNetwork(db, c, id),
      create: (c: Caller, body: networks.NetworkInput) => networks.createNetwork(db, c, body, now()),
      update: (c: Caller, id: string, body: networks.NetworkInput) => networks.updateNetwork(db, c, id, body, now()),
      delete: (c: Caller, id: string) => networks.deleteNetwork(db, c, id),
    },
    subnets: {
      list: (c: Caller, where?: { ids?: string[]; networkIds?: string[] }) => subnets.listSubnets(db, c, where),
      get: (c: Caller, id: string) => subnets.getSubnet(db, c, id),
      create: (c: Caller, body: subnets.SubnetInput) => subnets.createSubnet(db, c, body, now()),
      update: (c: Caller, id: string, body: subnets.SubnetInput) => subnets.updateSubnet(db, c, id, body, now()),
      delete: (c: Caller, id: string) => subnets.deleteSubnet(db, c, id, now()),
    },
    ports: {
      list: (c: Caller, where?: Parameters<typeof ports.listPorts>[2]) => ports.listPorts(db, c, where),
      get: (c: Caller, id: string) => ports.getPort(db, c, id),
      create: (c: Caller, body: ports.PortInput) => ports.createPort(db, c, body, now()),
      update: (c: Caller, id: string, body: ports.PortInput) => ports.updatePort(db, c, id, body, now()),
      delete: (c: Caller, id: string) => ports.deletePort(db, c, id, now()),
    },
    routers: {
      list: (c: Caller, where?: { ids?: string[]; name?: string[] }) => routers.listRouters(db, c, where),
      get: (c: Caller, id: string) => routers.getRouter(db, c, id),
      create: (c: Caller, body: routers.RouterInput) => routers.createRouter(db, c, body, now()),
      update: (c: Caller, id: string, body: routers.RouterInput) => routers.updateRouter(db, c, id, body, now()),
      delete: (c: Caller, id: string) => routers.deleteRouter(db, c, id, now()),
      addInterface: (c: Caller, id: string, info: unknown) => routers.addRouterInterface(db, c, id, info, now()),
      removeInterface: (c: Caller, id: string, info: unknown) => routers.removeRouterInterface(db, c, id, info, now()),
    },
    floatingIps: {
      list: (c: Caller, where?: Parameters<typeof fips.listFloatingIps>[2]) => fips.listFloatingIps(db, c, where),
      get: (c: Caller, id: string) => fips.getFloatingIp(db, c, id),
      create: (c: Caller, body: fips.FloatingIpInput) => fips.createFloatingIp(db, c, body, now()),
      update: (c: Caller, id: string, body: fips.FloatingIpInput) => fips.updateFloatingIp(db, c, id, body, now()),
      delete: (c: Caller, id: string) => fips.deleteFloatingIp(db, c, id),
    },
    securityGroups: {
      list: (c: Caller, where?: Parameters<typeof sg.listGroups>[3]) => sg.listGroups(db, c, now(), where),
      get: (c: Caller, id: string) => sg.getGroup(db, c, id, now()),
      create: (c: Caller, body: sg.GroupInput) => sg.createGroup(db, c, body, now()),
      update: (c: Caller, id: string, body: sg.GroupInput) => sg.updateGroup(db, c, id, body, now()),
      delete: (c: Caller, id: string) => sg.deleteGroup(db, c, id, now()),
      /** Names and projects of the groups the rules of `groups` point at (Nova's view of rules). */
      remoteGroupNames: (groups: SecurityGroup[], scope: string | null) => remoteGroupNames(db, groups, scope),
    },
    securityGroupRules: {
      list: (c: Caller, where?: { ids?: string[]; groupIds?: string[] }) => sg.listRules(db, c, where),
      get: (c: Caller, id: string) => sg.getRule(db, c, id),
      create: (c: Caller, body: sg.RuleInput) => sg.createRule(db, c, body, now()),
      delete: (c: Caller, id: string) => sg.deleteRule(db, c, id, now()),
    },
    quotas: {
      all: () => quotas.allQuotas(db),
      project: (projectId: string) => quotas.projectQuotas(db, projectId),
      details: (projectId: string) => quotas.quotaDetails(db, projectId),
      update: (projectId: string, limits: Partial<quotas.QuotaSet>, checkLimit: boolean) => quotas.updateQuotas(db, projectId, limits, checkLimit),
      reset: (projectId: string) => quotas.resetQuotas(db, projectId),
      /** The owning projects' quotas admit the items of one (possibly bulk) create. */
      checkCreate: (c: Caller, resource: quotas.QuotaResource, items: { project_id?: string; tenant_id?: string }[]) =>
        quotas.checkCreateQuota(db, c, resource, items),
    },
    ipAvailabilities: (where?: { networkIds?: string[] }) => ipAvailabilities(db, where),
  };
}

export type NetworkService = ReturnType<typeof networkService>;
