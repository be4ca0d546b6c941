import type { Tx } from "../client.js";
import { inChunksOf } from "./bounded.js";

/** Data access for Neutron floating IPs (with the fixed port's details, for port_details). */

export const floatingIpSelect = {
  id: true,
  projectId: true,
  floatingNetworkId: true,
  floatingIpAddress: true,
  floatingPortId: true,
  fixedPortId: true,
  fixedIpAddress: true,
  routerId: true,
  status: true,
  description: true,
  tags: true,
  createdAt: true,
  updatedAt: true,
  revision: true,
  fixedPort: {
    select: {
      id: true,
      name: true,
      networkId: true,
      macAddress: true,
      adminStateUp: true,
      status: true,
      bindingHostId: true,
      deviceId: true,
      deviceOwner: true,
    },
  },
} as const;

type Row<T> = T extends (...a: never[]) => Promise<infer R> ? NonNullable<R extends (infer E)[] ? E : R> : never;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface FloatingIpFilter {
  ids?: string[];
  addresses?: string[];
  portIds?: string[];
  networkIds?: string[];
  routerIds?: string[];
}

export function floatingIpRepo(db: Tx) {
  return {
    list: (scope: string | null, lists: FloatingIpFilter = {}) =>
      inChunksOf(
        lists as Record<string, string[] | undefined>,
        (where) =>
          db.floatingIp.findMany({
            where: {
              AND: [
                scope === null ? {} : { projectId: scope },
                where.ids ? { id: { in: where.ids } } : {},
                where.addresses ? { floatingIpAddress: { in: where.addresses } } : {},
                where.portIds ? { fixedPortId: { in: where.portIds } } : {},
                where.networkIds ? { floatingNetworkId: { in: where.networkIds } } : {},
                where.routerIds ? { routerId: { in: where.routerIds } } : {},
              ],
            },
            orderBy: { id: "asc" },
            select: floatingIpSelect,
          }),
        byId,
      ),
    find: (id: string) => db.floatingIp.findUnique({ where: { id }, select: floatingIpSelect }),
    create: (data: Parameters<Tx["floatingIp"]["create"]>[0]["data"]) => db.floatingIp.create({ data, select: floatingIpSelect }),
    update: (id: string, data: Parameters<Tx["floatingIp"]["update"]>[0]["data"]) =>
      db.floatingIp.update({ where: { id }, data: { ...data, revision: { increment: 1 } }, select: floatingIpSelect }),
    /** Another floating IP of `networkId` already on this fixed IP of the port. */
    findByFixed: (networkId: string, portId: string, fixedIpAddress: string) =>
      db.floatingIp.findFirst({
        where: { floatingNetworkId: networkId, fixedPortId: portId, fixedIpAddress },
        select: { id: true },
      }),
    /** Floating IPs associated with any of these ports. */
    ofPorts: (portIds: string[]) =>
      portIds.length ? db.floatingIp.findMany({ where: { fixedPortId: { in: portIds } }, select: floatingIpSelect }) : Promise.resolve([]),
    /** Disassociate every floating IP of these ports (Neutron's disassociate_floatingips). */
    disassociatePorts: (portIds: string[], now: Date) =>
      portIds.length
        ? db.floatingIp.updateMany({
            where: { fixedPortId: { in: portIds } },
            data: { fixedPortId: null, fixedIpAddress: null, routerId: null, status: "DOWN", updatedAt: now, revision: { increment: 1 } },
          })
        : Promise.resolve({ count: 0 }),
    countOfRouter: (routerId: string) => db.floatingIp.count({ where: { routerId } }),
    /** Floating IPs through this router whose fixed IP is on one of the ports. */
    ofRouterAndPorts: (routerId: string, portIds: string[]) =>
      db.floatingIp.findMany({ where: { routerId, fixedPortId: { in: portIds } }, select: { id: true, fixedIpAddress: true } }),
    count: (projectId: string) => db.floatingIp.count({ where: { projectId } }),
  };
}

export type FloatingIpRepo = ReturnType<typeof floatingIpRepo>;
export type FloatingIpRow = Row<FloatingIpRepo["find"]>;
