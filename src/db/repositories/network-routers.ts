import type { Tx } from "../client.js";
import { inChunksOf } from "./bounded.js";
import { portSelect } from "./network.js";

/**
 * Data access for Neutron routers. A router's ports are rows of Port whose
 * device_id is the router's id (network:router_interface, network:router_gateway).
 */

export const routerSelect = {
  id: true,
  name: true,
  projectId: true,
  description: true,
  adminStateUp: true,
  status: true,
  enableSnat: true,
  gwPortId: true,
  routes: true,
  tags: true,
  createdAt: true,
  updatedAt: true,
  revision: true,
} as const;

type Row<T> = T extends (...a: never[]) => Promise<infer R> ? NonNullable<R extends (infer E)[] ? E : R> : never;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const ROUTER_INTERFACE = "network:router_interface";
export const ROUTER_GATEWAY = "network:router_gateway";
const ROUTER_OWNERS = [ROUTER_INTERFACE, ROUTER_GATEWAY];

export function routerRepo(db: Tx) {
  return {
    list: (scope: string | null, lists: { ids?: string[]; name?: string[] } = {}) =>
      inChunksOf(
        lists,
        (where) =>
          db.router.findMany({
            where: {
              AND: [
                scope === null ? {} : { projectId: scope },
                where.ids ? { id: { in: where.ids } } : {},
                where.name ? { name: { in: where.name } } : {},
              ],
            },
            orderBy: { id: "asc" },
            select: routerSelect,
          }),
        byId,
      ),
    find: (id: string) => db.router.findUnique({ where: { id }, select: routerSelect }),
    create: (data: Parameters<Tx["router"]["create"]>[0]["data"]) => db.router.create({ data, select: routerSelect }),
    update: (id: string, data: Parameters<Tx["router"]["update"]>[0]["data"]) =>
      db.router.update({ where: { id }, data: { ...data, revision: { increment: 1 } }, select: routerSelect }),
    delete: (id: string) => db.router.delete({ where: { id }, select: { id: true } }),
    /** The router and gateway ports of these routers, oldest first. */
    portsOfRouters: (routerIds: string[]) =>
      routerIds.length
        ? db.port.findMany({
            where: { deviceId: { in: routerIds }, deviceOwner: { in: ROUTER_OWNERS } },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: portSelect,
          })
        : Promise.resolve([]),
    /**
     * Routers with an interface on `subnetId` and a gateway on `externalNetworkId`,
     * each with the address of its interface there (Neutron's get_router_for_floatingip).
     */
    routersBetween: async (subnetId: string, externalNetworkId: string) => {
      const interfaces = await db.ipAllocation.findMany({
        where: { subnetId, port: { deviceOwner: ROUTER_INTERFACE } },
        select: { ipAddress: true, port: { select: { deviceId: true, createdAt: true } } },
      });
      if (!interfaces.length) return [];
      const withGateway = await db.port.findMany({
        where: { deviceOwner: ROUTER_GATEWAY, networkId: externalNetworkId, deviceId: { in: interfaces.map((i) => i.port.deviceId) } },
        select: { deviceId: true },
      });
      const ok = new Set(withGateway.map((p) => p.deviceId));
      return interfaces
        .filter((i) => ok.has(i.port.deviceId))
        .sort((a, b) => a.port.createdAt.getTime() - b.port.createdAt.getTime())
        .map((i) => ({ routerId: i.port.deviceId, ipAddress: i.ipAddress }));
    },
    count: (projectId: string) => db.router.count({ where: { projectId } }),
  };
}

export type RouterRepo = ReturnType<typeof routerRepo>;
export type RouterRow = Row<RouterRepo["find"]>;
