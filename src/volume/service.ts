import crypto from "node:crypto";
import type { Clock } from "../clock.js";
import type { Database, Tx } from "../db/client.js";
import { withLock } from "../db/repositories/quotas.js";
import {
  volumesRepo,
  type AttachmentRow,
  type SnapshotRow,
  type VolumeRow,
  type VolumeTypeRow,
  type VolumeWithAttachments,
} from "../db/repositories/volumes.js";
import { Invalid } from "../errors.js";
import { findImageForBoot } from "../image/records.js";
import type { AuthContext } from "../identity/types.js";
import { pyRepr } from "../python-literals.js";
import {
  InvalidInput,
  InvalidSnapshot,
  InvalidVolume,
  SnapshotLimitExceeded,
  SnapshotNotFound,
  VolumeLimitExceeded,
  VolumeNotFound,
  VolumeSizeExceedsAvailableQuota,
  VolumeSizeExceedsLimit,
  VolumeTypeNotFound,
  VolumeTypeNotFoundByName,
} from "./errors.js";

export type { AttachmentRow, SnapshotRow, VolumeRow, VolumeTypeRow, VolumeWithAttachments } from "../db/repositories/volumes.js";

/**
 * The simulated Cinder: volumes, volume types, snapshots, attachments and
 * quotas. Each simulated step (creating, extending, attaching, detaching,
 * deleting) is a persisted status with the time it ends (`statusDueAt`) and
 * the status it ends in; `settle` takes every step whose time has come, as a
 * compare-and-set on the status, before each read and write, so the clock
 * alone drives them and a restart resumes them.
 */
export interface VolumeDeps {
  db: Database;
  clock: Clock;
  config: { volumeActionTimeMs: number; availabilityZone: string };
}

/** The volume type every deployment has (Cinder's default_volume_type), with a stable id. */
export const DEFAULT_TYPE_NAME = "__DEFAULT__";
export const DEFAULT_TYPE_ID = uuidFrom("volume-type:__DEFAULT__");
/** The backend the simulated volumes live on (os-vol-host-attr:host). */
export const VOLUME_HOST = "novasim@lvmdriver-1#lvmdriver-1";

function uuidFrom(s: string): string {
  const h = crypto.createHash("md5").update(s).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** Cinder's default quotas (cinder/quota.py quota_* options) and the per-type resources. */
export const QUOTA_DEFAULTS = {
  volumes: 10,
  snapshots: 10,
  gigabytes: 1000,
  backups: 10,
  backup_gigabytes: 1000,
  groups: 10,
  per_volume_gigabytes: -1,
} as const;
export type QuotaResource = keyof typeof QUOTA_DEFAULTS;
const PER_TYPE = ["volumes", "gigabytes", "snapshots"] as const;

export interface QuotaEntry {
  limit: number;
  in_use: number;
  reserved: number;
}

export interface CreateVolumeRequest {
  size?: number;
  name?: string | null;
  description?: string | null;
  availabilityZone?: string | null;
  volumeType?: string | null;
  metadata?: Record<string, string> | null;
  snapshotId?: string | null;
  sourceVolid?: string | null;
  imageRef?: string | null;
  /** For a volume Nova makes at boot (block_device_mapping_v2): the image's properties. */
  imageMetadata?: Record<string, string>;
}

const DELETABLE = ["available", "error", "error_restoring", "error_extending", "error_managing"];
const orStr = (l: string[]) => l.join(" or ");

/** The next free device name of a server whose root disk is /dev/vda (libvirt's naming). */
export function nextDeviceName(used: (string | null)[]): string {
  const taken = new Set(used.filter(Boolean));
  for (let c = "b".charCodeAt(0); c <= "z".charCodeAt(0); c++) {
    const d = `/dev/vd${String.fromCharCode(c)}`;
    if (!taken.has(d)) return d;
  }
  throw new Invalid("The maximum allowed number of disk devices (26) to attach to a single instance has been exceeded.");
}

export function volumeService(deps: VolumeDeps) {
  const { db, clock, config } = deps;
  const prisma = db.prisma;
  const repo = volumesRepo(prisma);
  const dueAt = () => new Date(clock.now().getTime() + config.volumeActionTimeMs);

  /** Take every simulated step whose time has come (of `ids`, or all). */
  async function settle(ids?: string[]) {
    const now = clock.now();
    for (const v of await repo.due(now, ids)) await finishStep(v, now);
    if (!ids) for (const s of await repo.dueSnapshots(now)) await finishSnapshotStep(s, now);
  }

  async function finishStep(v: VolumeRow, now: Date) {
    const next = v.nextStatus ?? "available";
    const done = { statusDueAt: null, nextStatus: null, nextSize: null, updatedAt: now };
    if (next === "deleted") {
      if (await repo.transition(v.id, v.status, { ...done, status: "deleted", deletedAt: now })) {
        await prisma.volumeAttachment.deleteMany({ where: { volumeId: v.id } });
      }
      return;
    }
    const won = await repo.transition(v.id, v.status, { ...done, status: next, ...(v.nextSize !== null ? { size: v.nextSize } : {}) });
    if (!won) return;
    if (v.status === "attaching") {
      await prisma.volumeAttachment.updateMany({ where: { volumeId: v.id, attachStatus: "attaching" }, data: { attachStatus: "attached", attachTime: now } });
    } else if (v.status === "detaching") {
      await prisma.volumeAttachment.deleteMany({ where: { volumeId: v.id, attachStatus: "detaching" } });
    }
  }

  async function finishSnapshotStep(s: SnapshotRow, now: Date) {
    const next = s.nextStatus ?? "available";
    await repo.transitionSnapshot(s.id, s.status, {
      status: next,
      statusDueAt: null,
      nextStatus: null,
      updatedAt: now,
      ...(next === "deleted" ? { deletedAt: now } : {}),
    });
  }

  /** Begin a simulated step: `status` now, `next` when the volume action time has passed (at once when it is 0). */
  async function step(id: string, from: string | string[], status: string, next: string, extra: Partial<VolumeRow> = {}): Promise<boolean> {
    const won = await repo.transition(id, from, { ...extra, status, nextStatus: next, statusDueAt: dueAt(), updatedAt: clock.now() });
    if (won && config.volumeActionTimeMs === 0) await settle([id]);
    return won;
  }

  const visibleTo = (ctx: Pick<AuthContext, "isAdmin" | "projectId">, v: { projectId: string }) => ctx.isAdmin || v.projectId === ctx.projectId;

  async function find(ctx: Pick<AuthContext, "isAdmin" | "projectId">, id: string): Promise<VolumeWithAttachments> {
    await settle([id]);
    const v = await repo.find(id);
    if (!v || !visibleTo(ctx, v)) throw new VolumeNotFound(id);
    return v;
  }

  async function ensureDefaultType(): Promise<VolumeTypeRow> {
    return (await repo.type(DEFAULT_TYPE_ID)) ?? repo.ensureType({ id: DEFAULT_TYPE_ID, name: DEFAULT_TYPE_NAME, description: "Default Volume Type", now: clock.now() });
  }

  /** A volume type by id or name (Cinder's volume_types.get_by_name_or_id). */
  async function typeByNameOrId(ref: string): Promise<VolumeTypeRow> {
    await ensureDefaultType();
    const t = (await repo.type(ref)) ?? (await repo.typeByName(ref));
    if (!t) throw /^[0-9a-f-]{32,36}$/i.test(ref) ? new VolumeTypeNotFound(ref) : new VolumeTypeNotFoundByName(ref);
    return t;
  }

  // Quotas.
  async function limitsOf(tx: Tx, projectId: string): Promise<Record<string, number>> {
    const types = await volumesRepo(tx).types();
    const limits: Record<string, number> = { ...QUOTA_DEFAULTS };
    for (const t of types) for (const r of PER_TYPE) limits[`${r}_${t.name}`] = -1;
    for (const o of await volumesRepo(tx).quotaOverrides(projectId)) limits[o.resource] = o.hardLimit;
    return limits;
  }

  async function usageOf(tx: Tx, projectId: string): Promise<Record<string, number>> {
    const r = volumesRepo(tx);
    const [vols, snaps] = await Promise.all([r.usage(projectId), r.snapshotUsage(projectId)]);
    const byType = await tx.volume.groupBy({ by: ["volumeTypeId"], where: { projectId, deletedAt: null }, _count: { _all: true }, _sum: { size: true } });
    const types = new Map((await r.types()).map((t) => [t.id, t.name]));
    const used: Record<string, number> = { volumes: vols.volumes, gigabytes: vols.gigabytes + snaps.gigabytes, snapshots: snaps.snapshots };
    for (const g of byType) {
      const name = types.get(g.volumeTypeId);
      if (!name) continue;
      used[`volumes_${name}`] = g._count._all;
      used[`gigabytes_${name}`] = g._sum.size ?? 0;
    }
    return used;
  }

  /** Cinder's reserve: per_volume_gigabytes, gigabytes, then the count. */
  async function checkQuota(tx: Tx, projectId: string, add: { volumes?: number; snapshots?: number; gigabytes: number; perVolume?: number }) {
    const limits = await limitsOf(tx, projectId);
    const used = await usageOf(tx, projectId);
    const per = limits.per_volume_gigabytes!;
    if (add.perVolume !== undefined && per >= 0 && add.perVolume > per) throw new VolumeSizeExceedsLimit(add.perVolume, per);
    const gb = limits.gigabytes!;
    if (gb >= 0 && (used.gigabytes ?? 0) + add.gigabytes > gb) throw new VolumeSizeExceedsAvailableQuota("gigabytes", add.gigabytes, gb, used.gigabytes ?? 0);
    if (add.volumes && limits.volumes! >= 0 && (used.volumes ?? 0) + add.volumes > limits.volumes!) throw new VolumeLimitExceeded(limits.volumes!);
    if (add.snapshots && limits.snapshots! >= 0 && (used.snapshots ?? 0) + add.snapshots > limits.snapshots!) throw new SnapshotLimitExceeded(limits.snapshots!);
  }

  const lock = <T>(projectId: string, fn: (tx: Tx) => Promise<T>) => withLock(db, `volume-quota:${projectId}`, fn);

  async function createVolume(ctx: Pick<AuthContext, "userId" | "projectId" | "isAdmin">, req: CreateVolumeRequest): Promise<VolumeWithAttachments> {
    const projectId = ctx.projectId!;
    let size = req.size;
    let snapshotId: string | null = null;
    let sourceVolid: string | null = null;
    let volumeTypeId: string | undefined;
    if (req.snapshotId) {
      await settle();
      const s = await repo.snapshot(req.snapshotId);
      if (!s || (!ctx.isAdmin && s.projectId !== projectId)) throw new SnapshotNotFound(req.snapshotId);
      if (s.status !== "available") throw new InvalidSnapshot(`Originating snapshot status must be one of 'available' values`);
      size ??= s.size;
      if (size < s.size) throw new InvalidInput(`Volume size '${size}'GB cannot be smaller than the snapshot size ${s.size}GB. They must be >= original snapshot size.`);
      snapshotId = s.id;
      volumeTypeId = (await repo.find(s.volumeId))?.volumeTypeId;
    }
    if (req.sourceVolid) {
      const src = await find(ctx, req.sourceVolid);
      size ??= src.size;
      if (size < src.size) throw new InvalidInput(`Volume size '${size}'GB cannot be smaller than original volume size ${src.size}GB. They must be >= original volume size.`);
      sourceVolid = src.id;
      volumeTypeId = src.volumeTypeId;
    }
    if (size === undefined) {
      throw new InvalidInput(`Invalid volume size provided for create request: ${pyRepr(null)} (size argument must be an integer (or string represention of an integer) and greater than zero).`);
    }
    const type = req.volumeType ? await typeByNameOrId(req.volumeType) : volumeTypeId ? await typeByNameOrId(volumeTypeId) : await ensureDefaultType();
    const az = req.availabilityZone || config.availabilityZone;
    if (az !== config.availabilityZone) throw new Invalid(`Availability zone '${az}' is invalid.`, "InvalidAvailabilityZone");
    // From an image (cinder/volume/flows/api/create_volume.py _get_image_metadata, check_image_metadata):
    // the image must be visible and active, fit the size, and its metadata is kept as volume_image_metadata.
    let image: Record<string, string> | null = null;
    if (req.imageRef) {
      let found;
      try {
        found = await findImageForBoot(prisma, req.imageRef, { isAdmin: ctx.isAdmin, projectId: ctx.projectId } as AuthContext);
      } catch {
        throw new Invalid("Invalid image identifier or unable to access requested image.");
      }
      const imageGb = Math.ceil((found.size ?? 0) / 1024 ** 3);
      if (imageGb > size) throw new InvalidInput(`Size of specified image ${imageGb}GB is larger than volume size ${size}GB.`);
      if (size < found.minDisk) throw new InvalidInput(`Volume size ${size}GB cannot be smaller than the image minDisk size ${found.minDisk}GB.`);
      image = {
        ...found.properties,
        image_id: found.id,
        image_name: found.name ?? "",
        disk_format: found.diskFormat ?? "",
        min_disk: String(found.minDisk),
        min_ram: String(found.minRam),
        size: String(found.size ?? 0),
        ...(req.imageMetadata ?? {}),
      };
    }
    const now = clock.now();
    const id = crypto.randomUUID();
    await lock(projectId, async (tx) => {
      await checkQuota(tx, projectId, { volumes: 1, gigabytes: size!, perVolume: size });
      await volumesRepo(tx).create({
        id,
        projectId,
        userId: ctx.userId,
        name: req.name ?? null,
        description: req.description ?? null,
        size: size!,
        availabilityZone: az,
        volumeTypeId: type.id,
        status: "creating",
        statusDueAt: new Date(now.getTime() + config.volumeActionTimeMs),
        nextStatus: "available",
        bootable: !!image,
        multiattach: false,
        snapshotId,
        sourceVolid,
        imageMetadata: image ? JSON.stringify(image) : null,
        metadata: JSON.stringify(req.metadata ?? {}),
        createdAt: now,
        updatedAt: now,
      });
    });
    return (await repo.find(id))!;
  }

  /** The attachment of `volumeId` to a server, as Nova's BDM and Cinder's attachment (one row). */
  async function attach(volume: VolumeWithAttachments, req: { instanceUuid: string; host: string | null; device?: string | null; tag?: string | null; deleteOnTermination: boolean; bootIndex?: number | null }): Promise<AttachmentRow> {
    if (volume.attachments.length && !volume.multiattach) {
      throw new InvalidVolume(`volume ${volume.id} is already attached to instances: ${volume.attachments.map((a) => a.instanceUuid).join(" ")}`);
    }
    const used = (await repo.attachmentsOf([req.instanceUuid])).map((a) => a.mountpoint);
    if (req.device && used.includes(req.device)) throw new Invalid(`The supplied device path (${req.device}) is in use.`, "DevicePathInUse");
    const device = req.bootIndex === 0 ? "/dev/vda" : nextDeviceName(["/dev/vda", ...used]);
    const won = await repo.transition(volume.id, "available", { status: "reserved", updatedAt: clock.now() });
    if (!won) throw new InvalidVolume(`Volume status must be available to reserve, but the status is ${volume.status}.`);
    const a = await repo.addAttachment({
      id: crypto.randomUUID(),
      volumeId: volume.id,
      instanceUuid: req.instanceUuid,
      mountpoint: device,
      attachStatus: "attaching",
      attachedHost: req.host,
      attachTime: null,
      bdmUuid: crypto.randomUUID(),
      tag: req.tag ?? null,
      bootIndex: req.bootIndex ?? null,
      deleteOnTermination: req.deleteOnTermination,
      createdAt: clock.now(),
    });
    await step(volume.id, "reserved", "attaching", "in-use");
    return a;
  }

  /** Begin the detach of `volumeId` from a server: detaching, then available with the attachment gone. */
  async function detach(volumeId: string, instanceUuid: string): Promise<void> {
    const a = await repo.attachment(volumeId, instanceUuid);
    if (!a) return;
    await repo.updateAttachment(a.id, { attachStatus: "detaching" });
    const won = await step(volumeId, ["in-use", "attaching"], "detaching", "available");
    if (!won) {
      await settle([volumeId]);
      const v = await repo.find(volumeId);
      if (v && v.status !== "detaching") {
        throw new InvalidVolume("Unable to detach volume. Volume status must be 'in-use' and attach_status must be 'attached' to detach.");
      }
    }
  }

  async function defaultQuotas(): Promise<Record<string, number>> {
    await ensureDefaultType();
    const limits: Record<string, number> = { ...QUOTA_DEFAULTS };
    for (const t of await repo.types()) for (const r of PER_TYPE) limits[`${r}_${t.name}`] = -1;
    return limits;
  }

  return {
    settle,
    defaultType: ensureDefaultType,

    /** Cinder's list with its common filters (name, status, bootable), newest first. */
    async list(ctx: Pick<AuthContext, "isAdmin" | "projectId">, opts: { allTenants: boolean; limit?: number; marker?: string; name?: string; status?: string; bootable?: boolean }): Promise<VolumeWithAttachments[]> {
      await settle();
      const projectId = ctx.isAdmin && opts.allTenants ? null : ctx.projectId!;
      let after: { createdAt: Date; id: string } | undefined;
      if (opts.marker) {
        const m = await repo.find(opts.marker);
        if (!m || (projectId !== null && m.projectId !== projectId)) throw new InvalidInput(`marker [${opts.marker}] not found`);
        after = { createdAt: m.createdAt, id: m.id };
      }
      return repo.list({ projectId, limit: opts.limit, after, name: opts.name, status: opts.status, bootable: opts.bootable });
    },

    get: find,
    create: createVolume,

    async update(ctx: Pick<AuthContext, "isAdmin" | "projectId">, id: string, changes: { name?: string | null; description?: string | null; metadata?: Record<string, string> | null }) {
      const v = await find(ctx, id);
      if (v.status === "maintenance") throw new InvalidVolume("The volume cannot be updated during maintenance.");
      await repo.update(id, {
        ...(changes.name !== undefined ? { name: changes.name } : {}),
        ...(changes.description !== undefined ? { description: changes.description } : {}),
        ...(changes.metadata != null ? { metadata: JSON.stringify(changes.metadata) } : {}),
        updatedAt: clock.now(),
      });
      return (await repo.find(id))!;
    },

    async delete(ctx: Pick<AuthContext, "isAdmin" | "projectId">, id: string, opts: { cascade?: boolean } = {}) {
      const v = await find(ctx, id);
      const snaps = await repo.snapshots({ projectId: null, volumeId: id });
      const ok = DELETABLE.includes(v.status) && v.attachments.length === 0 && !v.migrationStatus && (snaps.length === 0 || opts.cascade);
      const fail = () =>
        new InvalidVolume(
          `Volume status must be ${orStr(DELETABLE)} and must not be migrating, attached, belong to a group, have snapshots, awaiting a transfer, or be disassociated from snapshots after volume transfer.`,
        );
      if (!ok) throw fail();
      if (opts.cascade) for (const s of snaps) await repo.updateSnapshot(s.id, { status: "deleted", deletedAt: clock.now() });
      if (!(await step(id, DELETABLE, "deleting", "deleted"))) throw fail();
    },

    /** os-extend: available only before 3.42, in-use too from it. */
    async extend(ctx: Pick<AuthContext, "isAdmin" | "projectId">, id: string, newSize: number, attachedToo: boolean) {
      const v = await find(ctx, id);
      const attached = attachedToo && v.status === "in-use";
      const expected = attached ? "in-use" : "available";
      if (v.status !== expected) {
        throw new InvalidVolume(`Volume ${v.id} status must be '${pyRepr({ status: expected })}' to extend, currently ${v.status}.`);
      }
      if (newSize <= v.size) {
        throw new InvalidInput(`New size for extend must be greater than current size. (current: ${v.size}, extended: ${newSize}).`);
      }
      await lock(v.projectId, async (tx) => {
        await checkQuota(tx, v.projectId, { gigabytes: newSize - v.size, perVolume: newSize });
      });
      if (!(await step(id, expected, "extending", expected, { nextSize: newSize }))) {
        throw new InvalidVolume(`Volume ${v.id} status must be '${pyRepr({ status: expected })}' to extend, currently ${v.status}.`);
      }
    },

    // Volume types.
    async types(): Promise<VolumeTypeRow[]> {
      await ensureDefaultType();
      return repo.types();
    },
    type: typeByNameOrId,
    async typeById(id: string): Promise<VolumeTypeRow> {
      await ensureDefaultType();
      const t = await repo.type(id);
      if (!t) throw new VolumeTypeNotFound(id);
      return t;
    },
    async typeNames(ids: string[]): Promise<Map<string, VolumeTypeRow>> {
      const all = await repo.types();
      return new Map(all.filter((t) => ids.includes(t.id)).map((t) => [t.id, t]));
    },

    // Snapshots.
    async createSnapshot(ctx: Pick<AuthContext, "isAdmin" | "projectId" | "userId">, req: { volumeId: string; force: boolean; name?: string | null; description?: string | null; metadata?: Record<string, string> | null; inUseAllowed: boolean }) {
      const v = await find(ctx, req.volumeId);
      if (v.status === "error") throw new InvalidVolume("The snapshot cannot be created when the volume is in error status.");
      if (v.status === "maintenance") throw new InvalidVolume("The snapshot cannot be created when the volume is in maintenance mode.");
      if (v.migrationStatus) throw new InvalidVolume("Snapshot cannot be created while volume is migrating.");
      const allowed = req.force || req.inUseAllowed ? ["available", "in-use"] : ["available"];
      if (!allowed.includes(v.status)) throw new InvalidVolume(`Volume ${v.id} status must be ${orStr(allowed)}, but current status is: ${v.status}.`);
      const now = clock.now();
      const id = crypto.randomUUID();
      await lock(v.projectId, async (tx) => {
        await checkQuota(tx, v.projectId, { snapshots: 1, gigabytes: v.size });
        await volumesRepo(tx).createSnapshot({
          id,
          projectId: v.projectId,
          userId: ctx.userId,
          volumeId: v.id,
          name: req.name ?? null,
          description: req.description ?? null,
          size: v.size,
          status: "creating",
          statusDueAt: new Date(now.getTime() + config.volumeActionTimeMs),
          nextStatus: "available",
          metadata: JSON.stringify(req.metadata ?? {}),
          createdAt: now,
          updatedAt: now,
        });
      });
      return (await repo.snapshot(id))!;
    },
    async snapshots(ctx: Pick<AuthContext, "isAdmin" | "projectId">, opts: { allTenants: boolean; volumeId?: string; limit?: number }) {
      await settle();
      return repo.snapshots({ projectId: ctx.isAdmin && opts.allTenants ? null : ctx.projectId!, volumeId: opts.volumeId, limit: opts.limit });
    },
    async snapshot(ctx: Pick<AuthContext, "isAdmin" | "projectId">, id: string) {
      await settle();
      const s = await repo.snapshot(id);
      if (!s || !visibleTo(ctx, s)) throw new SnapshotNotFound(id);
      return s;
    },
    async updateSnapshot(ctx: Pick<AuthContext, "isAdmin" | "projectId">, id: string, changes: { name?: string | null; description?: string | null }) {
      const s = await repo.snapshot(id);
      if (!s || !visibleTo(ctx, s)) throw new SnapshotNotFound(id);
      return repo.updateSnapshot(id, { ...changes, updatedAt: clock.now() });
    },
    async deleteSnapshot(ctx: Pick<AuthContext, "isAdmin" | "projectId">, id: string) {
      await settle();
      const s = await repo.snapshot(id);
      if (!s || !visibleTo(ctx, s)) throw new SnapshotNotFound(id);
      const expected = ["available", "error"];
      const won = await repo.transitionSnapshot(id, expected, { status: "deleting", nextStatus: "deleted", statusDueAt: dueAt(), updatedAt: clock.now() });
      if (!won) throw new InvalidSnapshot(`Snapshot status must be ${orStr(expected)} and must not be part of a group.`);
      if (config.volumeActionTimeMs === 0) await settle();
    },

    // Quotas and limits.
    async quotas(projectId: string): Promise<Record<string, QuotaEntry>> {
      await ensureDefaultType();
      const [limits, used] = await Promise.all([limitsOf(prisma, projectId), usageOf(prisma, projectId)]);
      return Object.fromEntries(Object.entries(limits).map(([k, limit]) => [k, { limit, in_use: used[k] ?? 0, reserved: 0 }]));
    },
    defaultQuotas,
    async setQuotas(projectId: string, values: Record<string, number>): Promise<void> {
      const known = await defaultQuotas();
      for (const [k, v] of Object.entries(values)) {
        if (!(k in known)) throw new InvalidInput(`Bad key(s) in quota set: ${k}`);
        if (v < -1) throw new InvalidInput(`Quota limit ${v} for ${k} must be -1 or greater.`);
      }
      await lock(projectId, async (tx) => {
        const used = await usageOf(tx, projectId);
        for (const [k, v] of Object.entries(values)) {
          if (v >= 0 && (used[k] ?? 0) > v) {
            throw new InvalidInput(`Quota limit ${v} for ${k} must be greater than or equal to already used and reserved ${used[k]}.`);
          }
          await volumesRepo(tx).setQuota(projectId, k, v);
        }
      });
    },
    async clearQuotas(projectId: string) {
      await repo.clearQuotas(projectId);
    },

    // What Nova asks of Cinder.
    attach,
    /** A volume Nova made for a boot is ready at once (the build waits for it). */
    async finishCreate(id: string) {
      await repo.transition(id, "creating", { status: "available", statusDueAt: null, nextStatus: null, updatedAt: clock.now() });
    },
    detach,
    /** Nova's BDMs with a volume, of these servers. */
    attachmentsOf: (instanceUuids: string[]) => (instanceUuids.length ? repo.attachmentsOf(instanceUuids) : Promise.resolve([])),
    async attachmentOf(volumeId: string, instanceUuid: string) {
      await settle([volumeId]);
      return repo.attachment(volumeId, instanceUuid);
    },
    async updateAttachment(id: string, data: { deleteOnTermination?: boolean }) {
      return repo.updateAttachment(id, data);
    },
    /** Swap (Cinder's migration completion): the attachment moves to the new volume. */
    async swap(oldVolume: VolumeWithAttachments, newVolume: VolumeWithAttachments, instanceUuid: string) {
      const a = oldVolume.attachments.find((x) => x.instanceUuid === instanceUuid);
      if (!a) return;
      const now = clock.now();
      if (!(await repo.transition(newVolume.id, "available", { status: "in-use", updatedAt: now }))) {
        throw new InvalidVolume(`Volume status must be available to reserve, but the status is ${newVolume.status}.`);
      }
      await repo.updateAttachment(a.id, { volumeId: newVolume.id });
      await repo.transition(oldVolume.id, ["in-use", "detaching"], { status: "available", updatedAt: now });
    },
    /**
     * A server is gone: its volumes are detached at once, and those attached
     * with delete_on_termination are deleted.
     */
    async releaseServer(instanceUuid: string) {
      const now = clock.now();
      for (const a of await repo.attachmentsOf([instanceUuid])) {
        await repo.removeAttachment(a.id);
        const left = await prisma.volumeAttachment.count({ where: { volumeId: a.volumeId } });
        if (a.deleteOnTermination) {
          await repo.transition(a.volumeId, ["in-use", "attaching", "reserved", "detaching", "available"], { status: "deleting", nextStatus: "deleted", statusDueAt: dueAt(), updatedAt: now });
        } else if (left === 0) {
          await repo.transition(a.volumeId, ["in-use", "attaching", "reserved", "detaching"], { status: "available", nextStatus: null, statusDueAt: null, updatedAt: now });
        }
      }
      if (config.volumeActionTimeMs === 0) await settle();
    },
    /** Statuses and sizes of volumes (Nova's checks before an attach or a boot). */
    visible: find,
  };
}

export type VolumeService = ReturnType<typeof volumeService>;
