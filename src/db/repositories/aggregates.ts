import type { Prisma } from "../generated/sqlite/client.js";
import type { Db, Tx } from "../client.js";
import { inChunks } from "./bounded.js";

/**
 * Host aggregates (Nova's API-database aggregates, aggregate_hosts and
 * aggregate_metadata) and the availability zone of each host that follows
 * from them. The zone is Nova's metadata key `availability_zone`; the
 * aggregate's `availabilityZone` column mirrors it (written with every
 * metadata change) so that the zone of a host is one indexed query.
 */

/** Nova's metadata key that puts an aggregate's hosts in an availability zone. */
export const AZ_KEY = "availability_zone";

export interface AggregateRow {
  id: number;
  uuid: string;
  name: string;
  availabilityZone: string | null;
  createdAt: Date;
  updatedAt: Date | null;
  /** Host names in the order they were added. */
  hosts: string[];
  metadata: Record<string, string>;
}

const aggregateSelect = {
  id: true,
  uuid: true,
  name: true,
  availabilityZone: true,
  createdAt: true,
  updatedAt: true,
  hosts: { select: { host: true }, orderBy: [{ createdAt: "asc" as const }, { host: "asc" as const }] },
  metadata: { select: { key: true, value: true }, orderBy: { key: "asc" as const } },
} satisfies Prisma.AggregateSelect;

type Selected = {
  id: number;
  uuid: string;
  name: string;
  availabilityZone: string | null;
  createdAt: Date;
  updatedAt: Date | null;
  hosts: { host: string }[];
  metadata: { key: string; value: string }[];
};

const decode = (r: Selected): AggregateRow => ({
  id: r.id,
  uuid: r.uuid,
  name: r.name,
  availabilityZone: r.availabilityZone,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  hosts: r.hosts.map((h) => h.host),
  metadata: Object.fromEntries(r.metadata.map((m) => [m.key, m.value])),
});

type Client = Db | Tx;

/** A unique-constraint failure (Prisma P2002), e.g. a name taken by a concurrent create. */
export const isUniqueViolation = (err: unknown) => (err as { code?: string } | null)?.code === "P2002";

export function aggregatesRepo(db: Client) {
  return {
    async list(): Promise<AggregateRow[]> {
      return (await db.aggregate.findMany({ select: aggregateSelect, orderBy: { id: "asc" } })).map(decode);
    },

    async find(id: number): Promise<AggregateRow | null> {
      const r = await db.aggregate.findUnique({ where: { id }, select: aggregateSelect });
      return r ? decode(r) : null;
    },

    async byName(name: string): Promise<AggregateRow | null> {
      const r = await db.aggregate.findUnique({ where: { name }, select: aggregateSelect });
      return r ? decode(r) : null;
    },

    /** Aggregates holding `host`, by id. */
    async ofHost(host: string): Promise<AggregateRow[]> {
      return (await db.aggregate.findMany({ where: { hosts: { some: { host } } }, select: aggregateSelect, orderBy: { id: "asc" } })).map(decode);
    },

    /** Aggregates with an availability zone that hold any of `hosts` (Nova's get_by_metadata_key('availability_zone', hosts)). */
    async zonedHolding(hosts: string[]): Promise<AggregateRow[]> {
      if (!hosts.length) return [];
      const rows = await inChunks(hosts, (chunk) =>
        db.aggregate.findMany({
          where: { availabilityZone: { not: null }, hosts: { some: { host: { in: chunk } } } },
          select: aggregateSelect,
        }),
      );
      const seen = new Map(rows.map((r) => [r.id, decode(r)]));
      return [...seen.values()].sort((a, b) => a.id - b.id);
    },

    async create(a: { uuid: string; name: string; availabilityZone: string | null; createdAt: Date }): Promise<AggregateRow> {
      const r = await db.aggregate.create({
        data: {
          uuid: a.uuid,
          name: a.name,
          availabilityZone: a.availabilityZone,
          createdAt: a.createdAt,
          updatedAt: null,
          ...(a.availabilityZone !== null ? { metadata: { create: [{ key: AZ_KEY, value: a.availabilityZone }] } } : {}),
        },
        select: aggregateSelect,
      });
      return decode(r);
    },

    async rename(id: number, name: string, at: Date): Promise<void> {
      await db.aggregate.update({ where: { id }, data: { name, updatedAt: at }, select: { id: true } });
    },

    /** Merge `changes` into the metadata: null deletes a key. Keeps the zone column in step. */
    async updateMetadata(id: number, changes: Record<string, string | null>): Promise<void> {
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) await db.aggregateMetadata.deleteMany({ where: { aggregateId: id, key } });
        else await db.aggregateMetadata.upsert({ where: { aggregateId_key: { aggregateId: id, key } }, create: { aggregateId: id, key, value }, update: { value } });
      }
      if (AZ_KEY in changes) {
        await db.aggregate.update({ where: { id }, data: { availabilityZone: changes[AZ_KEY] }, select: { id: true } });
      }
    },

    async remove(id: number): Promise<boolean> {
      const r = await db.aggregate.deleteMany({ where: { id } });
      return r.count === 1;
    },

    async addHost(id: number, host: string, at: Date): Promise<void> {
      await db.aggregateHost.create({ data: { aggregateId: id, host, createdAt: at }, select: { host: true } });
    },

    /** False when the aggregate did not hold the host. */
    async removeHost(id: number, host: string): Promise<boolean> {
      const r = await db.aggregateHost.deleteMany({ where: { aggregateId: id, host } });
      return r.count === 1;
    },

    /** Take `host` out of every aggregate (a deleted compute service). */
    async removeHostEverywhere(host: string): Promise<void> {
      await db.aggregateHost.deleteMany({ where: { host } });
    },

  };
}

export type AggregatesRepo = ReturnType<typeof aggregatesRepo>;

/**
 * Recompute the availability zone of `hostnames` (every host when omitted)
 * from their aggregates, as Nova's get_host_availability_zone does: the zone
 * of the first aggregate with one that holds the host, else `defaultZone`
 * (default_availability_zone). Writes Host.availabilityZone where it changed
 * (the scheduler's AvailabilityZoneFilter reads that column), and the zone of
 * the live instances on those hosts, since Nova shows a placed server in its
 * host's current zone. Returns the hosts whose zone changed.
 */
export async function syncHostZones(db: Client, defaultZone: string, hostnames?: string[]): Promise<string[]> {
  const hosts = hostnames
    ? await inChunks(hostnames, (chunk) => db.host.findMany({ where: { hostname: { in: chunk } }, select: { hostname: true, availabilityZone: true } }))
    : await db.host.findMany({ select: { hostname: true, availabilityZone: true } });
  if (!hosts.length) return [];
  const zoned = await inChunks(
    hosts.map((h) => h.hostname),
    (chunk) =>
      db.aggregateHost.findMany({
        where: { host: { in: chunk }, aggregate: { availabilityZone: { not: null } } },
        select: { host: true, aggregateId: true, aggregate: { select: { availabilityZone: true } } },
      }),
  );
  zoned.sort((a, b) => a.aggregateId - b.aggregateId);
  const zoneOf = new Map<string, string>();
  for (const z of zoned) if (!zoneOf.has(z.host)) zoneOf.set(z.host, z.aggregate.availabilityZone!);
  const moves = new Map<string, string[]>();
  for (const h of hosts) {
    const want = zoneOf.get(h.hostname) ?? defaultZone;
    if (want !== h.availabilityZone) moves.set(want, [...(moves.get(want) ?? []), h.hostname]);
  }
  const changed: string[] = [];
  for (const [zone, names] of moves) {
    await inChunks(names, async (chunk) => [await db.host.updateMany({ where: { hostname: { in: chunk } }, data: { availabilityZone: zone } })]);
    await inChunks(names, async (chunk) => [
      await db.instance.updateMany({ where: { host: { in: chunk }, deletedAt: null }, data: { availabilityZone: zone } }),
    ]);
    changed.push(...names);
  }
  return changed;
}
