import type { Tx } from "../client.js";
import { inChunks } from "./bounded.js";

/** Data access for Glance's tables. Every query names what it selects. */

export const imageSelect = {
  id: true,
  name: true,
  status: true,
  visibility: true,
  owner: true,
  diskFormat: true,
  containerFormat: true,
  size: true,
  virtualSize: true,
  checksum: true,
  osHashAlgo: true,
  osHashValue: true,
  minDisk: true,
  minRam: true,
  protected: true,
  osHidden: true,
  properties: true,
  createdAt: true,
  updatedAt: true,
  tags: { select: { tag: true }, orderBy: { tag: "asc" } },
} as const;

const { tags: _tags, ...untaggedSelect } = imageSelect;

export interface ImageRow {
  id: string;
  name: string | null;
  status: string;
  visibility: string;
  owner: string | null;
  diskFormat: string | null;
  containerFormat: string | null;
  size: bigint | null;
  virtualSize: bigint | null;
  checksum: string | null;
  osHashAlgo: string | null;
  osHashValue: string | null;
  minDisk: number;
  minRam: number;
  protected: boolean;
  osHidden: boolean;
  /** JSON object of string values (Glance's extra properties). */
  properties: string;
  createdAt: Date;
  updatedAt: Date;
  tags: { tag: string }[];
}

/** Column values an image may be created or updated with. */
export interface ImageWrite {
  name?: string | null;
  status?: string;
  visibility?: string;
  owner?: string | null;
  diskFormat?: string | null;
  containerFormat?: string | null;
  size?: bigint | null;
  virtualSize?: bigint | null;
  checksum?: string | null;
  osHashAlgo?: string | null;
  osHashValue?: string | null;
  minDisk?: number;
  minRam?: number;
  protected?: boolean;
  osHidden?: boolean;
  properties?: string;
  updatedAt: Date;
}

/** Column conditions a listing can push down to the database. */
export interface ImageListWhere {
  /** Caller's project for the visibility rules; null for an admin (sees every image). */
  viewerProject: string | null;
  isAdmin: boolean;
  memberStatus: "pending" | "accepted" | "rejected" | "all";
  /** A visibility filter; 'all' or undefined adds none (undefined applies the community rule). */
  visibility?: string;
  columns: Record<string, unknown>;
}

export function imageRepo(db: Tx) {
  return {
    find: (id: string): Promise<ImageRow | null> => db.image.findUnique({ where: { id }, select: imageSelect }),

    /** An image without its tags (one query): what a boot looks at. */
    findUntagged: async (id: string): Promise<ImageRow | null> => {
      const row = await db.image.findUnique({ where: { id }, select: untaggedSelect });
      return row && { ...row, tags: [] };
    },

    /** The stored properties (JSON) of each of `ids` that exists, by id. */
    async propertiesOf(ids: readonly string[]): Promise<Map<string, string>> {
      if (!ids.length) return new Map();
      const rows = await inChunks(ids, (chunk) => db.image.findMany({ where: { id: { in: chunk } }, select: { id: true, properties: true } }));
      return new Map(rows.map((r) => [r.id, r.properties]));
    },

    findByName: (name: string, owner: string | null) =>
      db.image.findFirst({ where: { name, owner }, select: imageSelect }) as Promise<ImageRow | null>,

    /** The membership of `project` in `imageId`, if any. */
    membership: (imageId: string, project: string) =>
      db.imageMember.findUnique({
        where: { imageId_memberId: { imageId, memberId: project } },
        select: { imageId: true, memberId: true, status: true, createdAt: true, updatedAt: true },
      }),

    /** Images visible to the caller under Glance's listing rules (glance/db/sqlalchemy/api.py). */
    list(w: ImageListWhere): Promise<ImageRow[]> {
      const and: object[] = [w.columns];
      if (!w.isAdmin) {
        const or: object[] = [{ visibility: { in: ["public", "community"] } }];
        if (w.viewerProject !== null) {
          or.push({ owner: w.viewerProject });
          const status = w.memberStatus === "all" ? {} : { status: w.memberStatus };
          or.push({ visibility: "shared", members: { some: { memberId: w.viewerProject, ...status } } });
        }
        and.push({ OR: or });
      }
      if (w.visibility !== undefined) {
        if (w.visibility !== "all") and.push({ visibility: w.visibility });
      } else if (w.viewerProject === null) {
        and.push({ visibility: { not: "community" } });
      } else {
        and.push({ OR: [{ owner: w.viewerProject }, { visibility: { not: "community" } }] });
      }
      return db.image.findMany({ where: { AND: and }, select: imageSelect });
    },

    /** Rows by id, in one query. */
    findMany: (ids: string[]): Promise<ImageRow[]> => inChunks(ids, (chunk) => db.image.findMany({ where: { id: { in: chunk } }, select: imageSelect })),

    create: (data: ImageWrite & { id: string; status: string; createdAt: Date }, tags: string[]): Promise<ImageRow> =>
      db.image.create({
        data: { ...data, tags: { create: tags.map((tag) => ({ tag })) } },
        select: imageSelect,
      }),

    update: (id: string, data: ImageWrite): Promise<ImageRow> => db.image.update({ where: { id }, data, select: imageSelect }),

    /** Compare-and-set on status: true when exactly this row moved from `from`. */
    async transition(id: string, from: string | string[], data: ImageWrite): Promise<boolean> {
      const r = await db.image.updateMany({
        where: { id, status: Array.isArray(from) ? { in: from } : from },
        data,
      });
      return r.count === 1;
    },

    async delete(id: string): Promise<boolean> {
      const r = await db.image.deleteMany({ where: { id } });
      return r.count === 1;
    },

    async setTags(imageId: string, tags: string[]): Promise<void> {
      await db.imageTag.deleteMany({ where: { imageId, tag: { notIn: tags } } });
      const have = await db.imageTag.findMany({ where: { imageId }, select: { tag: true } });
      const missing = tags.filter((t) => !have.some((h) => h.tag === t));
      if (missing.length) await db.imageTag.createMany({ data: missing.map((tag) => ({ imageId, tag })) });
    },

    async addTag(imageId: string, tag: string): Promise<void> {
      await db.imageTag.upsert({
        where: { imageId_tag: { imageId, tag } },
        create: { imageId, tag },
        update: {},
        select: { tag: true },
      });
    },

    async removeTag(imageId: string, tag: string): Promise<boolean> {
      const r = await db.imageTag.deleteMany({ where: { imageId, tag } });
      return r.count === 1;
    },

    touch: (id: string, updatedAt: Date) => db.image.updateMany({ where: { id }, data: { updatedAt } }),

    listMembers: (imageId: string) =>
      db.imageMember.findMany({
        where: { imageId },
        orderBy: { createdAt: "asc" },
        select: { imageId: true, memberId: true, status: true, createdAt: true, updatedAt: true },
      }),

    createMember: (imageId: string, memberId: string, now: Date) =>
      db.imageMember.create({
        data: { imageId, memberId, status: "pending", createdAt: now, updatedAt: now },
        select: { imageId: true, memberId: true, status: true, createdAt: true, updatedAt: true },
      }),

    updateMember: (imageId: string, memberId: string, status: string, now: Date) =>
      db.imageMember.update({
        where: { imageId_memberId: { imageId, memberId } },
        data: { status, updatedAt: now },
        select: { imageId: true, memberId: true, status: true, createdAt: true, updatedAt: true },
      }),

    async deleteMember(imageId: string, memberId: string): Promise<boolean> {
      const r = await db.imageMember.deleteMany({ where: { imageId, memberId } });
      return r.count === 1;
    },
  };
}

export type ImageRepo = ReturnType<typeof imageRepo>;
