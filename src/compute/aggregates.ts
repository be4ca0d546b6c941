import crypto from "node:crypto";
import type { Clock } from "../clock.js";
import type { Database, Tx } from "../db/client.js";
import { aggregatesRepo, AZ_KEY, isUniqueViolation, syncHostZones, type AggregateRow } from "../db/repositories/aggregates.js";
import { findHostByName, inTransaction, liveInstanceCounts } from "../db/repositories/hosts.js";
import {
  AggregateHostExists,
  AggregateNameExists,
  AggregateNotFound,
  CannotRemoveAggregateHost,
  ComputeHostNotFound,
  InvalidAggregateAction,
} from "./errors.js";

/**
 * Host aggregates (nova/compute/api.py AggregateAPI, nova/objects/aggregate.py)
 * and the availability zones they make. A host's zone is that of the
 * aggregates with an `availability_zone` it belongs to, else the default zone
 * (Nova's default_availability_zone); the rules below keep every host in one
 * zone at most, and keep the zone of a host with instances from changing.
 * After each change the zone of the hosts concerned is written back to their
 * rows (and to their instances), where the scheduler and the views read it.
 */

export type Aggregate = AggregateRow;

/** The aggregate as an API answer shows it: `updatedAt` as Nova's object held it, which may differ from the stored one. */
export interface AggregateView extends AggregateRow {
  /** Whether the answer carries hosts and metadata (create's does not). */
  withMembers: boolean;
}

type Action = "add" | "delete" | "update" | "update_meta";

export interface AggregateDeps {
  db: Database;
  clock: Clock;
  /** Nova's default_availability_zone. */
  defaultZone: string;
}

const zoneOf = (a: AggregateRow): string | null => a.metadata[AZ_KEY] ?? null;

export function aggregateService(deps: AggregateDeps) {
  const db = deps.db.prisma;
  const now = () => deps.clock.now();

  async function get(tx: Tx, id: number): Promise<AggregateRow> {
    const a = await aggregatesRepo(tx).find(id);
    if (!a) throw new AggregateNotFound(id);
    return a;
  }

  const view = (a: AggregateRow, updatedAt: Date | null = a.updatedAt): AggregateView => ({ ...a, updatedAt, withMembers: true });

  /**
   * Nova's is_safe_to_update_az: a zone may not be empty, the hosts may not
   * be in another zone already, and (when asked) a zone may not change under
   * hosts that run instances. add_host answers these 409, update and
   * set_metadata 400.
   */
  async function checkZoneChange(tx: Tx, metadata: Record<string, string | null>, agg: AggregateRow, action: Action, hosts?: string[], checkInstances = false) {
    if (!(AZ_KEY in metadata)) return;
    const status = action === "add" ? "conflict" : "invalid";
    const zone = metadata[AZ_KEY];
    if (!zone) throw new InvalidAggregateAction(action, agg.id, `Aggregate ${agg.name} does not support empty named availability zone`, status);
    const members = hosts?.length ? hosts : agg.hosts;
    const conflicting = (await aggregatesRepo(tx).zonedHolding(members))
      .filter((a) => zoneOf(a) !== zone && a.id !== agg.id)
      .map((a) => zoneOf(a)!);
    if (conflicting.length) throw new InvalidAggregateAction(action, agg.id, InvalidAggregateAction.conflictingZones(conflicting), status);
    if (checkInstances && zoneOf(agg) !== zone) {
      const counts = await liveInstanceCounts(tx, members);
      if ([...counts.values()].some((n) => n > 0)) {
        throw new InvalidAggregateAction(action, agg.id, "One or more hosts contain instances in this zone", status);
      }
    }
  }

  /** The zone a host's instances would have to leave (Nova refuses; moving instances between zones is unshelve's job). */
  const zoneMoveRefused = (verb: "added to" | "removed from", from: string | null, to: string | null, n: number) =>
    `The host cannot be ${verb} the aggregate as the availability zone of the host would change from '${from ?? "None"}' to '${to ?? "None"}' ` +
    `but the host already has ${n} instance(s). Changing the AZ of an existing instance is not supported by this action. ` +
    "Move the instances away from this host then try again. If you need to move the instances between AZs then you can use " +
    "shelve_offload and unshelve to achieve this.";

  async function instancesOn(tx: Tx, host: string): Promise<number> {
    return (await liveInstanceCounts(tx, [host])).get(host) ?? 0;
  }

  /** The first zone among `aggs` (there is at most one: the checks above keep it so). */
  const firstZone = (aggs: AggregateRow[]) => aggs.map(zoneOf).find((z): z is string => z !== null) ?? null;

  const resync = (tx: Tx, hosts: string[]) => syncHostZones(tx, deps.defaultZone, hosts);

  return {
    list: (): Promise<AggregateRow[]> => aggregatesRepo(db).list(),

    get: (id: number): Promise<AggregateRow> => get(db, id),

    /** Create an aggregate, optionally in a zone (no checks: it has no hosts yet). The answer has no hosts or metadata. */
    async create(name: string, zone: string | null): Promise<AggregateView> {
      const repo = aggregatesRepo(db);
      if (await repo.byName(name)) throw new AggregateNameExists(name);
      try {
        const a = await repo.create({ uuid: crypto.randomUUID(), name, availabilityZone: zone || null, createdAt: now() });
        return { ...a, withMembers: false };
      } catch (err) {
        if (isUniqueViolation(err)) throw new AggregateNameExists(name);
        throw err;
      }
    },

    /**
     * PUT: rename and/or set the zone. As in Nova the new name is saved before
     * the zone is checked, so a refused zone change leaves the rename done.
     */
    async update(id: number, changes: { name?: string; availabilityZone?: string | null }): Promise<AggregateView> {
      let agg = await get(db, id);
      if (changes.name !== undefined && changes.name !== agg.name) {
        const other = await aggregatesRepo(db).byName(changes.name);
        if (other && other.id !== id) throw new AggregateNameExists(changes.name);
        try {
          await aggregatesRepo(db).rename(id, changes.name, now());
        } catch (err) {
          if (isUniqueViolation(err)) throw new AggregateNameExists(changes.name);
          throw err;
        }
        agg = await get(db, id);
      }
      if (!("availabilityZone" in changes)) return view(agg);
      const metadata = { [AZ_KEY]: changes.availabilityZone ?? null };
      return inTransaction(deps.db.prisma, async (tx) => {
        const current = await get(tx, id);
        await checkZoneChange(tx, metadata, current, "update", undefined, true);
        await aggregatesRepo(tx).updateMetadata(id, metadata);
        await resync(tx, current.hosts);
        return view(await get(tx, id), now());
      });
    },

    /** set_metadata: merge the keys (null removes one); the zone key is checked as a zone change. */
    async setMetadata(id: number, metadata: Record<string, string | null>): Promise<AggregateView> {
      return inTransaction(deps.db.prisma, async (tx) => {
        const agg = await get(tx, id);
        await checkZoneChange(tx, metadata, agg, "update_meta", undefined, true);
        await aggregatesRepo(tx).updateMetadata(id, metadata);
        if (AZ_KEY in metadata) await resync(tx, agg.hosts);
        return view(await get(tx, id), now());
      });
    },

    /** Only an empty aggregate can go (400 otherwise, as Nova's InvalidAggregateActionDelete). */
    async delete(id: number): Promise<void> {
      await inTransaction(deps.db.prisma, async (tx) => {
        const agg = await get(tx, id);
        if (agg.hosts.length) throw new InvalidAggregateAction("delete", id, "Host aggregate is not empty", "invalid");
        if (!(await aggregatesRepo(tx).remove(id))) throw new AggregateNotFound(id);
      });
    },

    async addHost(id: number, host: string): Promise<AggregateView> {
      return inTransaction(deps.db.prisma, async (tx) => {
        if (!(await findHostByName(tx, host))) throw new ComputeHostNotFound(host);
        const agg = await get(tx, id);
        await checkZoneChange(tx, agg.metadata, agg, "add", [host]);
        const newZone = zoneOf(agg);
        const n = newZone ? await instancesOn(tx, host) : 0;
        if (n > 0) {
          const oldZone = firstZone(await aggregatesRepo(tx).ofHost(host));
          if (oldZone !== newZone) throw new InvalidAggregateAction("add", id, zoneMoveRefused("added to", oldZone, newZone, n), "conflict");
        }
        if (agg.hosts.includes(host)) throw new AggregateHostExists(id, host);
        try {
          await aggregatesRepo(tx).addHost(id, host, now());
        } catch (err) {
          if (isUniqueViolation(err)) throw new AggregateHostExists(id, host);
          throw err;
        }
        await resync(tx, [host]);
        return view(await get(tx, id));
      });
    },

    /** `rawId` is the id as the request spelled it, which Nova's 404 message repeats. */
    async removeHost(id: number, host: string, rawId: string): Promise<AggregateView> {
      return inTransaction(deps.db.prisma, async (tx) => {
        if (!(await findHostByName(tx, host))) throw new CannotRemoveAggregateHost(rawId, host);
        const agg = await aggregatesRepo(tx).find(id);
        if (!agg) throw new CannotRemoveAggregateHost(rawId, host);
        const current = zoneOf(agg);
        const n = current ? await instancesOn(tx, host) : 0;
        if (n > 0) {
          const rest = firstZone((await aggregatesRepo(tx).ofHost(host)).filter((a) => a.id !== id));
          if (rest !== current) throw new InvalidAggregateAction("delete", id, zoneMoveRefused("removed from", current, rest, n), "conflict");
        }
        if (!(await aggregatesRepo(tx).removeHost(id, host))) throw new CannotRemoveAggregateHost(rawId, host);
        await resync(tx, [host]);
        return view(await get(tx, id));
      });
    },
  };
}

export type AggregateService = ReturnType<typeof aggregateService>;
