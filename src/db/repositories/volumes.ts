import type { Tx } from "../client.js";
import { inChunks } from "./bounded.js";

/** Data access for Cinder's volumes, volume types, snapshots, attachments and quotas (src/volume). */
export const volumeSelect = {
  id: true,
  projectId: true,
  userId: true,
  name: true,
  description: true,
  size: true,
  availabilityZone: true,
  volumeTypeId: true,
  status: true,
  statusDueAt: true,
  nextStatus: true,
  nextSize: true,
  bootable: true,
  multiattach: true,
  snapshotId: true,
  sourceVolid: true,
  imageMetadata: true,
  metadata: true,
  migrationStatus: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
} as const;

export const attachmentSelect = {
  id: true,
  volumeId: true,
  instanceUuid: true,
  mountpoint: true,
  attachStatus: true,
  attachedHost: true,
  attachTime: true,
  bdmUuid: true,
  tag: true,
  bootIndex: true,
  deleteOnTermination: true,
  createdAt: true,
} as const;

export const typeSelect = { id: true, name: true, description: true, isPublic: true, extraSpecs: true, createdAt: true, updatedAt: true } as const;

export const snapshotSelect = {
  id: true,
  projectId: true,
  userId: true,
  volumeId: true,
  name: true,
  description: true,
  size: true,
  status: true,
  statusDueAt: true,
  nextStatus: true,
  metadata: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
} as const;

export interface AttachmentRow {
  id: string;
  volumeId: string;
  instanceUuid: string;
  mountpoint: string | null;
  attachStatus: string;
  attachedHost: string | null;
  attachTime: Date | null;
  bdmUuid: string;
  tag: string | null;
  bootIndex: number | null;
  deleteOnTermination: boolean;
  createdAt: Date;
}

export interface VolumeRow {
  id: string;
  projectId: string;
  userId: string;
  name: string | null;
  description: string | null;
  size: number;
  availabilityZone: string;
  volumeTypeId: string;
  status: string;
  statusDueAt: Date | null;
  nextStatus: string | null;
  nextSize: number | null;
  bootable: boolean;
  multiattach: boolean;
  snapshotId: string | null;
  sourceVolid: string | null;
  imageMetadata: string | null;
  metadata: string;
  migrationStatus: string | null;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
}

export type VolumeWithAttachments = VolumeRow & { attachments: AttachmentRow[] };

export interface VolumeTypeRow {
  id: string;
  name: string;
  description: string | null;
  isPublic: boolean;
  extraSpecs: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface SnapshotRow {
  id: string;
  projectId: string;
  userId: string;
  volumeId: string;
  name: string | null;
  description: string | null;
  size: number;
  status: string;
  statusDueAt: Date | null;
  nextStatus: string | null;
  metadata: string;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
}

const withAttachments = { ...volumeSelect, attachments: { select: attachmentSelect, orderBy: { createdAt: "asc" as const } } };

export type VolumeUpdate = Partial<Omit<VolumeRow, "id" | "projectId" | "userId" | "createdAt">>;

export function volumesRepo(db: Tx) {
  return {
    find: (id: string): Promise<VolumeWithAttachments | null> =>
      db.volume.findFirst({ where: { id, deletedAt: null }, select: withAttachments }),

    findMany: (ids: string[]): Promise<VolumeWithAttachments[]> =>
      inChunks(ids, (chunk) => db.volume.findMany({ where: { id: { in: chunk }, deletedAt: null }, select: withAttachments })),

    /** Volumes of a project (all projects when null), newest first (then by id, descending), after the marker's position. */
    list: (opts: { projectId: string | null; limit?: number; after?: { createdAt: Date; id: string }; name?: string; status?: string; bootable?: boolean }): Promise<VolumeWithAttachments[]> =>
      db.volume.findMany({
        where: {
          deletedAt: null,
          ...(opts.projectId !== null ? { projectId: opts.projectId } : {}),
          ...(opts.name !== undefined ? { name: opts.name } : {}),
          ...(opts.status !== undefined ? { status: opts.status } : {}),
          ...(opts.bootable !== undefined ? { bootable: opts.bootable } : {}),
          ...(opts.after
            ? { OR: [{ createdAt: { lt: opts.after.createdAt } }, { createdAt: opts.after.createdAt, id: { lt: opts.after.id } }] }
            : {}),
        },
        // Cinder's default sort: created_at desc, id desc.
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: opts.limit,
        select: withAttachments,
      }),

    create: (data: Omit<VolumeRow, "updatedAt" | "deletedAt" | "statusDueAt" | "nextStatus" | "nextSize" | "migrationStatus"> & Partial<VolumeRow>) =>
      db.volume.create({ data, select: volumeSelect }),

    update: (id: string, data: VolumeUpdate) => db.volume.update({ where: { id }, data, select: volumeSelect }),

    /** Compare-and-set on the status: true when this caller moved it. */
    async transition(id: string, from: string | string[], data: VolumeUpdate): Promise<boolean> {
      const status = Array.isArray(from) ? { in: from } : from;
      return (await db.volume.updateMany({ where: { id, status, deletedAt: null }, data })).count === 1;
    },

    /** Volumes whose simulated step has ended (of `ids` when given). */
    due: (now: Date, ids?: string[]): Promise<VolumeRow[]> =>
      db.volume.findMany({
        where: { deletedAt: null, statusDueAt: { lte: now }, ...(ids ? { id: { in: ids } } : {}) },
        select: volumeSelect,
        take: 500,
      }),

    usage: async (projectId: string) => {
      const r = await db.volume.aggregate({ where: { projectId, deletedAt: null }, _count: { _all: true }, _sum: { size: true } });
      return { volumes: r._count._all, gigabytes: r._sum.size ?? 0 };
    },

    // Attachments.
    /** In attach order (Nova lists BDMs by id): by time, then device name, which a server's attachments take in order. */
    attachmentsOf: (instanceUuids: string[]): Promise<AttachmentRow[]> =>
      inChunks(instanceUuids, (chunk) =>
        db.volumeAttachment.findMany({ where: { instanceUuid: { in: chunk } }, orderBy: [{ createdAt: "asc" }, { mountpoint: "asc" }, { id: "asc" }], select: attachmentSelect }),
      ),

    attachment: (volumeId: string, instanceUuid: string): Promise<AttachmentRow | null> =>
      db.volumeAttachment.findFirst({ where: { volumeId, instanceUuid }, select: attachmentSelect }),

    addAttachment: (data: Omit<AttachmentRow, "createdAt"> & { createdAt?: Date }) => db.volumeAttachment.create({ data, select: attachmentSelect }),

    updateAttachment: (id: string, data: Partial<Omit<AttachmentRow, "id">>) => db.volumeAttachment.update({ where: { id }, data, select: attachmentSelect }),

    removeAttachment: async (id: string) => (await db.volumeAttachment.deleteMany({ where: { id } })).count,

    // Volume types.
    types: (): Promise<VolumeTypeRow[]> => db.volumeType.findMany({ orderBy: { name: "asc" }, select: typeSelect }),
    type: (id: string): Promise<VolumeTypeRow | null> => db.volumeType.findUnique({ where: { id }, select: typeSelect }),
    typeByName: (name: string): Promise<VolumeTypeRow | null> => db.volumeType.findUnique({ where: { name }, select: typeSelect }),
    ensureType: (t: { id: string; name: string; description: string; now: Date }) =>
      db.volumeType.upsert({
        where: { id: t.id },
        create: { id: t.id, name: t.name, description: t.description, createdAt: t.now, updatedAt: t.now },
        update: {},
        select: typeSelect,
      }),

    // Snapshots.
    snapshot: (id: string): Promise<SnapshotRow | null> => db.volumeSnapshot.findFirst({ where: { id, deletedAt: null }, select: snapshotSelect }),
    snapshots: (opts: { projectId: string | null; volumeId?: string; limit?: number }): Promise<SnapshotRow[]> =>
      db.volumeSnapshot.findMany({
        where: { deletedAt: null, ...(opts.projectId !== null ? { projectId: opts.projectId } : {}), ...(opts.volumeId ? { volumeId: opts.volumeId } : {}) },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: opts.limit,
        select: snapshotSelect,
      }),
    createSnapshot: (data: Omit<SnapshotRow, "updatedAt" | "deletedAt" | "statusDueAt" | "nextStatus"> & Partial<SnapshotRow>) =>
      db.volumeSnapshot.create({ data, select: snapshotSelect }),
    updateSnapshot: (id: string, data: Partial<Omit<SnapshotRow, "id">>) => db.volumeSnapshot.update({ where: { id }, data, select: snapshotSelect }),
    async transitionSnapshot(id: string, from: string | string[], data: Partial<Omit<SnapshotRow, "id">>): Promise<boolean> {
      const status = Array.isArray(from) ? { in: from } : from;
      return (await db.volumeSnapshot.updateMany({ where: { id, status, deletedAt: null }, data })).count === 1;
    },
    dueSnapshots: (now: Date): Promise<SnapshotRow[]> =>
      db.volumeSnapshot.findMany({ where: { deletedAt: null, statusDueAt: { lte: now } }, select: snapshotSelect, take: 500 }),
    snapshotUsage: async (projectId: string) => {
      const r = await db.volumeSnapshot.aggregate({ where: { projectId, deletedAt: null }, _count: { _all: true }, _sum: { size: true } });
      return { snapshots: r._count._all, gigabytes: r._sum.size ?? 0 };
    },

    // Quotas.
    quotaOverrides: (projectId: string) => db.volumeQuota.findMany({ where: { projectId }, select: { resource: true, hardLimit: true } }),
    setQuota: (projectId: string, resource: string, hardLimit: number) =>
      db.volumeQuota.upsert({
        where: { projectId_resource: { projectId, resource } },
        create: { projectId, resource, hardLimit },
        update: { hardLimit },
        select: { resource: true },
      }),
    clearQuotas: (projectId: string) => db.volumeQuota.deleteMany({ where: { projectId } }),
  };
}

export type VolumesRepo = ReturnType<typeof volumesRepo>;
