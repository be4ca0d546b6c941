import crypto from "node:crypto";
import { instancesRepo } from "../../db/repositories/instances.js";
import { migrationsRepo, type HostForMove, type MigrationRow } from "../../db/repositories/migrations.js";
import { Invalid } from "../../errors.js";
import { NoValidHost, release, scheduleAndClaim, type RequestSpec } from "../../scheduler/index.js";
import type { EffectContext, Effects, Fields, Params, SystemStarter } from "./types.js";
import { flavorOf, type FlavorSnapshot, type InstanceRecord } from "../instance.js";
import { diskGbOf, requestSpecOf } from "../request-spec.js";
import { serverGroupSpecOf } from "../server-groups.js";
import type { ActionKey, FinalState } from "../lifecycle.js";
import { POWER, VM } from "../vm-states.js";

/**
 * Resize, cold and live migration, evacuation: what they do to claims, hosts,
 * ports and Nova's migration records.
 *
 * Claims follow Nova with Placement: when a move starts, the instance's
 * allocation on the source host is handed to the migration's uuid as
 * consumer, and the instance claims the (new) flavor on the destination. So
 * while a resize waits in VERIFY_RESIZE both hosts stay claimed; confirm drops
 * the migration's (source) allocation, revert drops the instance's
 * (destination) one and hands the source one back to the instance.
 *
 * Where Nova's allow_resize_to_same_host (False by default) matters: a resize
 * prefers any other host and falls back to the source host only when no other
 * host can take the new flavor; a cold migration never lands on the source.
 */

/** A stored move: what a resize/migration keeps in the instance's previousState until confirm/revert. */
interface Previous {
  migrationUuid: string;
  vmState: string;
  powerState: number;
  flavor: string;
  flavorId: string;
  vcpus: number;
  memoryMb: number;
  rootGb: number;
  ephemeralGb: number;
  swapMb: number;
  host: string | null;
  node: string | null;
  availabilityZone: string | null;
}

interface Dest {
  hostname: string;
  node: string;
  az: string;
  ip: string;
}

const resourcesOf = (f: FlavorSnapshot) => ({ vcpus: f.vcpus, memoryMb: f.ram, diskGb: diskGbOf({ rootGb: f.disk, ephemeralGb: f.ephemeral, swapMb: f.swap }) });

/** Destination hosts are chosen by the scheduler; the chosen host's address is Nova's dest_host. */
async function place(ec: EffectContext, inst: InstanceRecord, flavor: FlavorSnapshot, opts: { host?: string | null; avoidSource: boolean; fallbackToSource: boolean }): Promise<Dest> {
  // A move is placed afresh: the flavor it moves with, the boot's AZ unless a host is named, no forced placement of the boot.
  const base: RequestSpec = requestSpecOf(inst, { ...resourcesOf(flavor), availabilityZone: opts.host ? null : inst.requestedAz, forcedHost: null, forcedNode: null, group: await serverGroupSpecOf(ec.db, inst.id) });
  const attempt = async (spec: RequestSpec) => {
    const p = await scheduleAndClaim(ec.db, spec, { hostSubsetSize: ec.config.schedulerHostSubsetSize });
    return p.host;
  };
  let host;
  if (opts.host) host = await attempt({ ...base, forcedHost: opts.host });
  else {
    try {
      host = await attempt({ ...base, ignoreHosts: opts.avoidSource && inst.host ? [inst.host] : [] });
    } catch (err) {
      if (!(err instanceof NoValidHost) || !opts.fallbackToSource || !inst.host) throw err;
      host = await attempt({ ...base, forcedHost: inst.host });
    }
  }
  const row = await migrationsRepo(ec.db).findHost(host.hostname);
  return { hostname: host.hostname, node: host.nodename, az: host.availabilityZone, ip: row?.hostIp ?? host.hostname };
}

/** The instance's source allocation goes to the migration (idempotent: nothing left to move the second time). */
const moveSourceToMigration = (ec: EffectContext, inst: InstanceRecord, migrationUuid: string) => migrationsRepo(ec.db).moveAllocations(inst.id, migrationUuid);

/** Undo a move that has not finished: drop the instance's destination claim, give it back its source allocation. */
async function undoMove(ec: EffectContext, inst: InstanceRecord, migrationUuid: string) {
  const repo = migrationsRepo(ec.db);
  if ((await repo.allocationHosts(migrationUuid)).length === 0) return;
  await release(ec.db, inst.id);
  await repo.moveAllocations(migrationUuid, inst.id);
}

async function setMigrationStatus(ec: EffectContext, uuid: string | undefined, to: string, extra: Record<string, unknown> = {}) {
  if (!uuid) return;
  const repo = migrationsRepo(ec.db);
  const m = await repo.byUuid(uuid);
  if (m) await repo.setStatus(m.id, null, to, ec.clock.now(), extra);
}

async function createMigration(ec: EffectContext, inst: InstanceRecord, uuid: string, type: string, status: string, flavors: { old: string; new: string }, dest?: Dest) {
  const ids = await migrationsRepo(ec.db).flavorRowIds([flavors.old, flavors.new]);
  return migrationsRepo(ec.db).create({
    uuid,
    instanceUuid: inst.id,
    migrationType: type,
    status,
    sourceCompute: inst.host,
    sourceNode: inst.node,
    destCompute: dest?.hostname ?? null,
    destNode: dest?.node ?? null,
    destHost: dest?.ip ?? null,
    oldInstanceTypeId: ids.get(flavors.old) ?? null,
    newInstanceTypeId: ids.get(flavors.new) ?? null,
    userId: inst.userId,
    projectId: inst.projectId,
    createdAt: ec.clock.now(),
  });
}

const hostFields = (d: Dest): Fields => ({ host: d.hostname, node: d.node, availabilityZone: d.az });

// ------------------------------------------------------------------ resize and cold migrate

/** Nova's _check_quota_for_upsize: only cores and ram that grow are counted (no instance). */
async function checkUpsize(ec: EffectContext, inst: InstanceRecord, from: { vcpus: number; ram: number }, to: { vcpus: number; ram: number }) {
  const cores = Math.max(0, to.vcpus - from.vcpus);
  const ramMb = Math.max(0, to.ram - from.ram);
  if (cores === 0 && ramMb === 0) return;
  await ec.collab.quotas.withProjectLock(ec.db, inst.projectId, (tx) =>
    ec.collab.quotas.enforceServers(tx, { projectId: inst.projectId, userId: inst.userId, instances: 0, minInstances: 0, cores, ramMb }),
  );
}

interface ResizeParams {
  kind: "resize" | "migration";
  migrationUuid: string;
  newFlavor: FlavorSnapshot;
  host?: string | null;
  autoDiskConfig?: boolean | null;
  dest?: Dest;
}

const resizeLike = (kind: "resize" | "migration"): Effects => ({
  async prepare(ec, inst, params, ctx) {
    const old = flavorOf(inst);
    let newFlavor: FlavorSnapshot = old;
    if (kind === "resize") {
      const f = await ec.collab.flavorForBoot(ec.db, String(params.flavorRef), ctx);
      if (old.disk !== 0 && f.rootGb === 0) throw new Invalid("Server disk was unable to be resized because: Resize to zero disk flavor is not allowed.");
      if (f.flavorId === inst.flavorId) throw new Invalid("When resizing, instances must change flavor!");
      newFlavor = { id: f.flavorId, name: f.name, vcpus: f.vcpus, ram: f.memoryMb, disk: f.rootGb, ephemeral: f.ephemeralGb, swap: f.swapMb, extra_specs: f.extraSpecs };
      await checkUpsize(ec, inst, old, newFlavor);
    }
    const out: ResizeParams = { kind, migrationUuid: crypto.randomUUID(), newFlavor, host: (params.host as string | null | undefined) ?? null };
    if (params.autoDiskConfig !== undefined) out.autoDiskConfig = params.autoDiskConfig as boolean | null;
    return out as unknown as Params;
  },
  async begin(ec, inst, params) {
    const p = params as unknown as ResizeParams;
    await createMigration(ec, inst, p.migrationUuid, kind, "pre-migrating", { old: inst.flavorId, new: p.newFlavor.id });
    return { progress: 0, ...(p.autoDiskConfig != null ? { autoDiskConfig: p.autoDiskConfig } : {}) };
  },
  async step(ec, inst, params, index) {
    const p = params as unknown as ResizeParams;
    if (index === 0) {
      // Conductor and scheduler: source allocation to the migration, then claim the destination.
      await moveSourceToMigration(ec, inst, p.migrationUuid);
      const dest = await place(ec, inst, p.newFlavor, { host: p.host, avoidSource: true, fallbackToSource: kind === "resize" });
      await setMigrationStatus(ec, p.migrationUuid, "migrating", { destCompute: dest.hostname, destNode: dest.node, destHost: dest.ip });
      return { pendingParams: JSON.stringify({ ...params, dest }) };
    }
    if (index === 1) {
      // The libvirt driver refuses to shrink a disk (ResizeError, rolled back to the old state).
      const old = flavorOf(inst);
      if (p.newFlavor.disk < old.disk || p.newFlavor.ephemeral < old.ephemeral) throw new Error("Resize error: Unable to resize disk down.");
      await setMigrationStatus(ec, p.migrationUuid, "post-migrating");
      return;
    }
    if (index === 2) {
      // finish_resize on the destination: the instance now lives there with the new flavor.
      const dest = p.dest!;
      const f = p.newFlavor;
      const prev: Previous = {
        migrationUuid: p.migrationUuid,
        vmState: (params._from as FinalState | undefined)?.vmState ?? inst.vmState,
        powerState: (params._from as FinalState | undefined)?.powerState ?? inst.powerState,
        flavor: JSON.stringify(inst.flavor),
        flavorId: inst.flavorId,
        vcpus: inst.vcpus,
        memoryMb: inst.memoryMb,
        rootGb: inst.rootGb,
        ephemeralGb: inst.ephemeralGb,
        swapMb: inst.swapMb,
        host: inst.host,
        node: inst.node,
        availabilityZone: inst.availabilityZone,
      };
      await ec.collab.network.bind(ec.db, inst.id, dest.hostname);
      return {
        ...hostFields(dest),
        flavor: JSON.stringify(f),
        flavorId: f.id,
        vcpus: f.vcpus,
        memoryMb: f.ram,
        rootGb: f.disk,
        ephemeralGb: f.ephemeral,
        swapMb: f.swap,
        previousState: JSON.stringify(prev),
      };
    }
  },
  async complete(ec, _inst, params) {
    await setMigrationStatus(ec, (params as unknown as ResizeParams).migrationUuid, "finished");
    return { progress: 100 };
  },
  async rollback(ec, inst, params) {
    const p = params as unknown as ResizeParams;
    await undoMove(ec, inst, p.migrationUuid);
    await setMigrationStatus(ec, p.migrationUuid, "error");
  },
});

const previousOf = (inst: InstanceRecord): Previous | null => {
  const p = inst.previousState as Partial<Previous>;
  return p.migrationUuid ? (p as Previous) : null;
};

/** The finished migration a confirm/revert acts on; Nova answers 400 "Instance has not been resized." without one. */
async function finishedMigration(ec: EffectContext, inst: InstanceRecord): Promise<MigrationRow> {
  const m = await migrationsRepo(ec.db).latestWithStatus(inst.id, "finished");
  if (!m || !["resize", "migration"].includes(m.migrationType)) throw new Invalid("Instance has not been resized.");
  return m;
}

/** After confirm: ACTIVE, or SHUTOFF for a server resized while stopped (Nova looks at the power state). */
const confirmedState = (inst: Pick<InstanceRecord, "powerState">): FinalState =>
  inst.powerState === POWER.SHUTDOWN ? { vmState: VM.STOPPED, powerState: POWER.SHUTDOWN } : { vmState: VM.ACTIVE, powerState: inst.powerState };

/** Drop the source allocation and close the migration; shared by confirmResize and the auto-confirm. */
async function confirmMove(ec: EffectContext, migrationUuid: string) {
  await release(ec.db, migrationUuid);
  await setMigrationStatus(ec, migrationUuid, "confirmed");
}

const confirmResize: Effects = {
  async prepare(ec, inst) {
    const m = await finishedMigration(ec, inst);
    return { migrationUuid: m.uuid };
  },
  async complete(ec, _inst, params) {
    await confirmMove(ec, params.migrationUuid as string);
    return { previousState: "{}" };
  },
  final: (inst) => confirmedState(inst),
};

const revertResize: Effects = {
  async prepare(ec, inst) {
    const m = await finishedMigration(ec, inst);
    const prev = previousOf(inst);
    if (prev) {
      const old = JSON.parse(prev.flavor) as FlavorSnapshot;
      await checkUpsize(ec, inst, flavorOf(inst), old);
    }
    return { migrationUuid: m.uuid };
  },
  async begin(ec, _inst, params) {
    await setMigrationStatus(ec, params.migrationUuid as string, "reverting");
  },
  async complete(ec, inst, params) {
    const uuid = params.migrationUuid as string;
    const prev = previousOf(inst);
    // The destination claim goes, the source allocation comes back to the instance.
    await release(ec.db, inst.id);
    await migrationsRepo(ec.db).moveAllocations(uuid, inst.id);
    if (prev?.host) await ec.collab.network.bind(ec.db, inst.id, prev.host);
    await setMigrationStatus(ec, uuid, "reverted");
    if (!prev) return { previousState: "{}" };
    return {
      flavor: prev.flavor,
      flavorId: prev.flavorId,
      vcpus: prev.vcpus,
      memoryMb: prev.memoryMb,
      rootGb: prev.rootGb,
      ephemeralGb: prev.ephemeralGb,
      swapMb: prev.swapMb,
      host: prev.host,
      node: prev.node,
      availabilityZone: prev.availabilityZone,
      previousState: "{}",
    };
  },
  final(inst) {
    const prev = previousOf(inst);
    if (prev?.vmState === VM.STOPPED) return { vmState: VM.STOPPED, powerState: POWER.SHUTDOWN };
    return { vmState: VM.ACTIVE, powerState: POWER.RUNNING };
  },
};

/**
 * Nova's _poll_unconfirmed_resizes: confirm resizes and cold migrations that
 * have waited in VERIFY_RESIZE longer than resizeConfirmWindowSeconds (0: never).
 * Call it from the worker's tick. Returns how many were confirmed.
 */
export async function autoConfirmDue(ec: EffectContext, now: Date, engine: Pick<SystemStarter, "startSystem">): Promise<number> {
  const window = ec.config.resizeConfirmWindowSeconds;
  if (!window) return 0;
  const due = await migrationsRepo(ec.db).finishedBefore(new Date(now.getTime() - window * 1000));
  const instances = instancesRepo(ec.db);
  let done = 0;
  for (const m of due) {
    const inst = await instances.find(m.instanceUuid);
    if (!inst) continue;
    // The confirmResize action, as the system's (recorded with a request id of its own, for the owner).
    const record = { requestId: `req-${crypto.randomUUID()}`, userId: inst.userId };
    if (await engine.startSystem(inst, "confirmResize", { migrationUuid: m.uuid }, { record })) done++;
  }
  return done;
}

// ------------------------------------------------------------------ live migration

interface LiveParams {
  migrationUuid: string;
  dest?: Dest;
  noValidHost?: string;
}

const liveMigrate: Effects = {
  async prepare(ec, inst, params) {
    const migrationUuid = crypto.randomUUID();
    await moveSourceToMigration(ec, inst, migrationUuid);
    try {
      const dest = await place(ec, inst, flavorOf(inst), { host: (params.host as string | null) ?? null, avoidSource: true, fallbackToSource: false });
      return { migrationUuid, dest };
    } catch (err) {
      await undoMove(ec, inst, migrationUuid);
      if (!(err instanceof NoValidHost)) throw err;
      // Before 2.34 the pre-checks were synchronous (400); later the migration fails after the 202.
      if (params.sync) throw new Invalid(err.message);
      return { migrationUuid, noValidHost: err.message };
    }
  },
  async begin(ec, inst, params) {
    const p = params as unknown as LiveParams;
    await createMigration(ec, inst, p.migrationUuid, "live-migration", p.noValidHost ? "preparing" : "running", { old: inst.flavorId, new: inst.flavorId }, p.dest);
  },
  async step(ec, inst, params) {
    const p = params as unknown as LiveParams;
    if (p.noValidHost) throw new Error(p.noValidHost);
    await ec.collab.network.bind(ec.db, inst.id, p.dest!.hostname);
    return hostFields(p.dest!);
  },
  async complete(ec, _inst, params) {
    const p = params as unknown as LiveParams;
    await release(ec.db, p.migrationUuid);
    await setMigrationStatus(ec, p.migrationUuid, "completed");
  },
  async rollback(ec, inst, params) {
    const p = params as unknown as LiveParams;
    await undoMove(ec, inst, p.migrationUuid);
    await setMigrationStatus(ec, p.migrationUuid, "error");
  },
};

/**
 * DELETE /servers/{id}/migrations/{mid}: stop a live migration that is still
 * running; the instance stays on its source host with its allocation back
 * (the engine's cancel of liveMigrate).
 */
export async function abortLiveMigration(
  ec: EffectContext,
  engine: { cancel(inst: InstanceRecord, key: "liveMigrate", traceback: string, undo: () => Promise<void>): Promise<boolean> },
  inst: InstanceRecord,
  m: MigrationRow,
): Promise<boolean> {
  return engine.cancel(inst, "liveMigrate", "Migration aborted", async () => {
    await undoMove(ec, inst, m.uuid);
    await migrationsRepo(ec.db).setStatus(m.id, null, "cancelled", ec.clock.now());
  });
}

// ------------------------------------------------------------------ evacuate

interface EvacuateParams {
  migrationUuid: string;
  host?: string | null;
  force?: boolean;
  stopAtEnd?: boolean;
}

/** nova-compute of the source must be down (or forced down) before its instances are rebuilt elsewhere. */
export function sourceServiceInUse(host: HostForMove | null): boolean {
  return !!host && host.serviceUp && !host.forcedDown;
}

const evacuate: Effects = {
  async prepare(ec, inst, params) {
    const src = inst.host ? await migrationsRepo(ec.db).findHost(inst.host) : null;
    if (sourceServiceInUse(src)) throw new Invalid(`Compute service of ${inst.host} is still in use.`);
    return { migrationUuid: crypto.randomUUID(), host: params.host ?? null, stopAtEnd: !!params.stopAtEnd };
  },
  async begin(ec, inst, params) {
    await createMigration(ec, inst, (params as unknown as EvacuateParams).migrationUuid, "evacuation", "accepted", { old: inst.flavorId, new: inst.flavorId });
  },
  async step(ec, inst, params, index) {
    const p = params as unknown as EvacuateParams;
    if (index !== 0) return;
    await moveSourceToMigration(ec, inst, p.migrationUuid);
    const dest = await place(ec, inst, flavorOf(inst), { host: p.host, avoidSource: true, fallbackToSource: false });
    await setMigrationStatus(ec, p.migrationUuid, "pre-migrating", { destCompute: dest.hostname, destNode: dest.node, destHost: dest.ip });
    await ec.collab.network.bind(ec.db, inst.id, dest.hostname);
    return hostFields(dest);
  },
  async complete(ec, _inst, params) {
    const p = params as unknown as EvacuateParams;
    // The rebuilt instance holds only its destination claim; the dead host's allocation goes.
    await release(ec.db, p.migrationUuid);
    await setMigrationStatus(ec, p.migrationUuid, "done");
  },
  async rollback(ec, inst, params) {
    const p = params as unknown as EvacuateParams;
    await undoMove(ec, inst, p.migrationUuid);
    await setMigrationStatus(ec, p.migrationUuid, "failed");
  },
  /** From 2.95 an evacuated server ends stopped; before, it keeps running (or stopped). */
  final(_inst, params, from) {
    if (params.stopAtEnd) return { vmState: VM.STOPPED, powerState: POWER.SHUTDOWN };
    return from.vmState === VM.STOPPED ? from : { vmState: VM.ACTIVE, powerState: POWER.RUNNING };
  },
};

export const MIGRATION_EFFECTS: Partial<Record<ActionKey, Effects>> = {
  resize: resizeLike("resize"),
  migrate: resizeLike("migration"),
  confirmResize,
  revertResize,
  liveMigrate,
  evacuate,
};
