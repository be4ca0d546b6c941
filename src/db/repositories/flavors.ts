import type { Tx } from "../client.js";
import type { FastReader } from "../fast-read.js";
import { bumpStamp } from "./stamps.js";

/** Data access for flavors, their extra specs and project access. Every query names what it selects. */

export const flavorSelect = {
  id: true,
  flavorId: true,
  name: true,
  vcpus: true,
  memoryMb: true,
  rootGb: true,
  ephemeralGb: true,
  swapMb: true,
  rxtxFactor: true,
  isPublic: true,
  disabled: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  extraSpecs: { select: { key: true, value: true }, orderBy: { key: "asc" } },
} as const;

export interface FlavorRow {
  id: number;
  flavorId: string;
  name: string;
  vcpus: number;
  memoryMb: number;
  rootGb: number;
  ephemeralGb: number;
  swapMb: number;
  rxtxFactor: number;
  isPublic: boolean;
  disabled: boolean;
  description: string | null;
  createdAt: Date;
  updatedAt: Date;
  extraSpecs: { key: string; value: string }[];
}

export interface FlavorValues {
  flavorId: string;
  name: string;
  vcpus: number;
  memoryMb: number;
  rootGb: number;
  ephemeralGb: number;
  swapMb: number;
  rxtxFactor: number;
  isPublic: boolean;
  disabled?: boolean;
  description: string | null;
}

/**
 * Which flavors a caller may see: all for an admin; otherwise the public ones
 * and the private ones its project was granted (Nova's _flavor_get_query_from_db).
 */
export type Visibility = { all: true } | { all: false; projectId: string | null };

const visibleWhere = (v: Visibility) =>
  v.all ? {} : { OR: [{ isPublic: true }, ...(v.projectId ? [{ access: { some: { projectId: v.projectId } } }] : [])] };

export interface ListFilter {
  minMemoryMb?: number;
  minRootGb?: number;
  disabled?: boolean;
  /** true: public plus those `accessProjectId` was granted; false: private only; undefined: no filter. */
  isPublic?: boolean;
  accessProjectId?: string | null;
}

export function flavorsRepo(db: Tx) {
  /** Every write moves the flavors stamp on once it is done, so each replica's catalog reloads. */
  const changed = async <T>(write: Promise<T>): Promise<T> => {
    const r = await write;
    await bumpStamp(db, "flavors");
    return r;
  };
  return {
    /** The flavor with this flavorid, if the caller may see it. */
    findVisible: (flavorId: string, v: Visibility): Promise<FlavorRow | null> =>
      db.flavor.findFirst({ where: { flavorId, ...visibleWhere(v) }, select: flavorSelect }),

    findByFlavorId: (flavorId: string): Promise<FlavorRow | null> =>
      db.flavor.findUnique({ where: { flavorId }, select: flavorSelect }),

    findByName: (name: string) => db.flavor.findUnique({ where: { name }, select: { id: true } }),

    /** Visible flavors matching `f`, extra specs included (one query per relation, no N+1). */
    list: (v: Visibility, f: ListFilter): Promise<FlavorRow[]> => {
      const and: object[] = [visibleWhere(v)];
      if (f.minMemoryMb !== undefined) and.push({ memoryMb: { gte: f.minMemoryMb } });
      if (f.minRootGb !== undefined) and.push({ rootGb: { gte: f.minRootGb } });
      if (f.disabled !== undefined) and.push({ disabled: f.disabled });
      if (f.isPublic === false) and.push({ isPublic: false });
      if (f.isPublic === true) {
        and.push({
          OR: [{ isPublic: true }, ...(f.accessProjectId ? [{ access: { some: { projectId: f.accessProjectId } } }] : [])],
        });
      }
      return db.flavor.findMany({ where: { AND: and }, orderBy: { id: "asc" }, select: flavorSelect });
    },

    create: (values: FlavorValues): Promise<FlavorRow> => changed(db.flavor.create({ data: values, select: flavorSelect })),

    updateDescription: (id: number, description: string | null): Promise<FlavorRow> =>
      changed(db.flavor.update({ where: { id }, data: { description }, select: flavorSelect })),

    /** Deletes by flavorid; false when there was none. Specs and access go with it (cascade). */
    deleteByFlavorId: async (flavorId: string): Promise<boolean> =>
      (await changed(db.flavor.deleteMany({ where: { flavorId } }))).count > 0,

    /** Adds or overwrites extra specs. */
    upsertExtraSpecs: async (id: number, specs: Record<string, string>): Promise<void> => {
      for (const [key, value] of Object.entries(specs)) {
        await db.flavorExtraSpec.upsert({
          where: { flavorId_key: { flavorId: id, key } },
          create: { flavorId: id, key, value },
          update: { value },
          select: { key: true },
        });
      }
      await bumpStamp(db, "flavors");
    },

    deleteExtraSpec: async (id: number, key: string): Promise<boolean> =>
      (await changed(db.flavorExtraSpec.deleteMany({ where: { flavorId: id, key } }))).count > 0,

    accessList: (id: number) =>
      db.flavorAccess.findMany({ where: { flavorId: id }, orderBy: { projectId: "asc" }, select: { projectId: true } }),

    hasAccess: async (id: number, projectId: string): Promise<boolean> =>
      (await db.flavorAccess.count({ where: { flavorId: id, projectId } })) > 0,

    addAccess: (id: number, projectId: string) =>
      changed(db.flavorAccess.create({ data: { flavorId: id, projectId }, select: { projectId: true } })),

    removeAccess: async (id: number, projectId: string): Promise<boolean> =>
      (await changed(db.flavorAccess.deleteMany({ where: { flavorId: id, projectId } }))).count > 0,

    projectExists: async (projectId: string): Promise<boolean> =>
      (await db.project.count({ where: { id: projectId } })) > 0,
  };
}

export type FlavorsRepo = ReturnType<typeof flavorsRepo>;

/** A flavor with the projects granted access to it. */
export interface CatalogFlavor extends FlavorRow {
  access: string[];
}

/**
 * The flavor table held in memory: flavors are few, read on every flavor list,
 * show and server view, and change only through flavorsRepo's writes, which
 * bump the "flavors" stamp. Each read compares the stamp (one primary-key read
 * without Prisma) with the loaded version and reloads the table when it moved,
 * so a change through any replica is seen by the next request everywhere.
 */
export function flavorCatalog(db: Tx, fast: FastReader) {
  let loaded: { version: number; flavors: CatalogFlavor[] } | null = null;
  return {
    async all(): Promise<CatalogFlavor[]> {
      // The stamp is read before the rows: a write in between leaves newer rows under the older version, reloaded next time.
      const version = await fast.stamp("flavors");
      if (loaded?.version === version) return loaded.flavors;
      const rows = await db.flavor.findMany({
        orderBy: { id: "asc" },
        select: { ...flavorSelect, access: { select: { projectId: true }, orderBy: { projectId: "asc" } } },
      });
      const flavors = rows.map(({ access, ...row }) => ({ ...row, access: access.map((a) => a.projectId) }));
      loaded = { version, flavors };
      return flavors;
    },
  };
}

export type FlavorCatalog = ReturnType<typeof flavorCatalog>;

/** True when `err` is a unique-constraint violation (Prisma P2002), with the columns it names. */
export function uniqueViolation(err: unknown): string[] | null {
  const e = err as { code?: string; meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } };
  if (e?.code !== "P2002") return null;
  const target = e.meta?.target;
  if (Array.isArray(target)) return target.map(String);
  if (typeof target === "string") return [target];
  return e.meta?.driverAdapterError?.cause?.constraint?.fields ?? [];
}
