import crypto from "node:crypto";
import type { Database, Tx } from "../db/client.js";
import {
  flavorCatalog,
  flavorsRepo,
  uniqueViolation,
  type CatalogFlavor,
  type FlavorCatalog,
  type FlavorRow,
  type ListFilter,
  type Visibility,
} from "../db/repositories/flavors.js";
import { Invalid, Conflict, NotFound } from "../errors.js";
import type { AuthContext } from "../identity/types.js";

/** A flavor as the compute code sees it: the row, with its extra specs as a map. */
export type Flavor = Omit<FlavorRow, "extraSpecs"> & { extraSpecs: Record<string, string> };

// ---------------------------------------------------------------- errors (nova/exception.py)
export class FlavorNotFound extends NotFound {
  constructor(flavorId: string | number) {
    super(`Flavor ${flavorId} could not be found.`, "FlavorNotFound");
  }
}
export class FlavorExists extends Conflict {
  constructor(name: string) {
    super(`Flavor with name ${name} already exists.`, "FlavorExists");
  }
}
export class FlavorIdExists extends Conflict {
  constructor(flavorId: string) {
    super(`Flavor with ID ${flavorId} already exists.`, "FlavorIdExists");
  }
}
export class FlavorExtraSpecsNotFound extends NotFound {
  constructor(flavorId: string, key: string) {
    super(`Flavor ${flavorId} has no extra specs with key ${key}.`, "FlavorExtraSpecsNotFound");
  }
}
/** Nova prints the flavor's internal row id in the access messages. */
export class FlavorAccessExists extends Conflict {
  constructor(id: number, projectId: string) {
    super(`Flavor access already exists for flavor ${id} and project ${projectId} combination.`, "FlavorAccessExists");
  }
}
export class FlavorAccessNotFound extends NotFound {
  constructor(id: number, projectId: string) {
    super(`Flavor access not found for ${id} / ${projectId} combination.`, "FlavorAccessNotFound");
  }
}
export class MarkerNotFound extends Invalid {
  constructor(marker: string) {
    super(`marker [${marker}] not found`);
  }
}

// ---------------------------------------------------------------- helpers
export function toFlavor(row: FlavorRow): Flavor {
  const { extraSpecs, ...rest } = row;
  return { ...rest, extraSpecs: Object.fromEntries(extraSpecs.map((s) => [s.key, s.value])) };
}

/** Admins (Nova's context.is_admin) see every flavor; others the public ones and those granted to their project. */
export function visibilityOf(ctx: AuthContext): Visibility {
  return ctx.isAdmin ? { all: true } : { all: false, projectId: ctx.projectId };
}

/** Nova's common.get_id_from_href: the last path segment of a URL, or the value itself. */
export function idFromHref(href: string): string {
  let path = href;
  const scheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*/.exec(href);
  if (scheme) path = href.slice(scheme[0].length);
  path = path.split(/[?#]/)[0]!;
  return path.split("/").at(-1)!;
}

/**
 * The flavor a server is booted (or resized) with, as Nova's create resolves
 * `flavorRef`: an id or a URL ending in one, visible to the caller, not disabled.
 * An unknown flavor is a 400 on create, with FlavorNotFound's text.
 */
export async function findFlavorForBoot(catalog: FlavorCatalog, flavorRef: string, ctx: AuthContext): Promise<Flavor> {
  const flavorId = idFromHref(String(flavorRef));
  const v = visibilityOf(ctx);
  const found = (await catalog.all()).find((f) => f.flavorId === flavorId && canSee(v, f));
  const row = found ? fromCatalog(found) : null;
  if (!row) throw new Invalid(`Flavor ${flavorId} could not be found.`);
  // nova/compute/api.py raises FlavorNotFound with the internal id for a disabled flavor.
  if (row.disabled) throw new Invalid(`Flavor ${row.id} could not be found.`);
  return row;
}

/** What a server embeds as its flavor from microversion 2.47 (Nova's _get_flavor_dict). */
export interface FlavorSnapshot {
  vcpus: number;
  ram: number;
  disk: number;
  ephemeral: number;
  swap: number;
  original_name: string;
  extra_specs?: Record<string, string>;
}

/** `includeExtraSpecs` follows the os_compute_api:servers:show:flavor-extra-specs policy, decided by the caller. */
export function flavorSnapshot(
  flavor: Pick<Flavor, "vcpus" | "memoryMb" | "rootGb" | "ephemeralGb" | "swapMb" | "name" | "extraSpecs">,
  opts: { includeExtraSpecs?: boolean } = {},
): FlavorSnapshot {
  const snap: FlavorSnapshot = {
    vcpus: flavor.vcpus,
    ram: flavor.memoryMb,
    disk: flavor.rootGb,
    ephemeral: flavor.ephemeralGb,
    swap: flavor.swapMb,
    original_name: flavor.name,
  };
  if (opts.includeExtraSpecs ?? true) snap.extra_specs = { ...flavor.extraSpecs };
  return snap;
}

// ---------------------------------------------------------------- listing
export const SORT_KEYS = [
  "created_at", "description", "disabled", "ephemeral_gb", "flavorid", "id", "is_public", "memory_mb",
  "name", "root_gb", "rxtx_factor", "swap", "updated_at", "vcpu_weight", "vcpus",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

type Sortable = string | number | boolean | null;
const SORT_VALUE: Record<SortKey, (f: Flavor) => Sortable> = {
  created_at: (f) => f.createdAt.getTime(),
  description: (f) => f.description,
  disabled: (f) => f.disabled,
  ephemeral_gb: (f) => f.ephemeralGb,
  flavorid: (f) => f.flavorId,
  id: (f) => f.id,
  is_public: (f) => f.isPublic,
  memory_mb: (f) => f.memoryMb,
  name: (f) => f.name,
  root_gb: (f) => f.rootGb,
  rxtx_factor: (f) => f.rxtxFactor,
  swap: (f) => f.swapMb,
  updated_at: (f) => f.updatedAt.getTime(),
  // Not modelled: every flavor has none, so the id decides.
  vcpu_weight: () => null,
  vcpus: (f) => f.vcpus,
};

/** NULL sorts first, as in MySQL; strings compare by code point so both databases agree. */
function compareValues(a: Sortable, b: Sortable): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : 1;
  return Number(a) - Number(b);
}

export interface ListOptions {
  minMemoryMb?: number;
  minRootGb?: number;
  /** Admins only: true (default), false, or null for all. Ignored for others. */
  isPublic?: boolean | null;
  /** A regular expression on the name (Nova passes it to the database's REGEXP). */
  name?: string;
  sortKey?: SortKey;
  sortDir?: "asc" | "desc";
  limit: number;
  marker?: string;
}

function nameMatcher(pattern: string): (name: string) => boolean {
  try {
    const re = new RegExp(pattern);
    return (n) => re.test(n);
  } catch {
    return (n) => n.includes(pattern);
  }
}

const canSee = (v: Visibility, f: CatalogFlavor) => v.all || f.isPublic || (v.projectId !== null && f.access.includes(v.projectId));

/**
 * A catalog row as a Flavor, made once per loaded row (the catalog replaces its
 * rows when it reloads): flavor lists convert every row on every request.
 * Frozen, since callers share it.
 */
const converted = new WeakMap<CatalogFlavor, Flavor>();
const fromCatalog = (f: CatalogFlavor): Flavor => {
  let out = converted.get(f);
  if (!out) {
    const { access, ...row } = f;
    void access;
    const flavor = toFlavor(row);
    Object.freeze(flavor.extraSpecs);
    out = Object.freeze(flavor);
    converted.set(f, out);
  }
  return out;
};

/** flavorsRepo.list's filter, over the in-memory catalog. */
function matches(f: CatalogFlavor, v: Visibility, l: ListFilter): boolean {
  if (!canSee(v, f)) return false;
  if (l.minMemoryMb !== undefined && f.memoryMb < l.minMemoryMb) return false;
  if (l.minRootGb !== undefined && f.rootGb < l.minRootGb) return false;
  if (l.disabled !== undefined && f.disabled !== l.disabled) return false;
  if (l.isPublic === false && f.isPublic) return false;
  if (l.isPublic === true && !f.isPublic && !(l.accessProjectId && f.access.includes(l.accessProjectId))) return false;
  return true;
}

export function flavorService(deps: { db: Database }) {
  const repo = flavorsRepo(deps.db.prisma);
  // Reads come from the catalog (the flavor table in memory, reloaded when any replica changes it).
  const catalog = flavorCatalog(deps.db.prisma, deps.db.fast);

  async function findVisible(flavorId: string, v: Visibility): Promise<CatalogFlavor | null> {
    return (await catalog.all()).find((f) => f.flavorId === flavorId && canSee(v, f)) ?? null;
  }

  async function get(ctx: AuthContext, flavorId: string): Promise<Flavor> {
    const row = await findVisible(flavorId, visibilityOf(ctx));
    if (!row) throw new FlavorNotFound(flavorId);
    return fromCatalog(row);
  }

  return {
    get,

    /**
     * Nova's FlavorList.get_all: filter, sort by (sort_key, id) in one direction,
     * start after the marker row, take `limit`. Flavors are few, so sorting and the
     * keyset step happen here, identically on SQLite and PostgreSQL.
     */
    async list(ctx: AuthContext, o: ListOptions): Promise<Flavor[]> {
      const v = visibilityOf(ctx);
      const filter: ListFilter = {
        minMemoryMb: o.minMemoryMb,
        minRootGb: o.minRootGb,
        ...(ctx.isAdmin
          ? { isPublic: o.isPublic === undefined ? true : (o.isPublic ?? undefined), accessProjectId: ctx.projectId }
          : { isPublic: true, accessProjectId: ctx.projectId, disabled: false }),
      };
      const all = await catalog.all();
      let flavors = all.filter((f) => matches(f, v, filter)).map(fromCatalog);
      if (o.name !== undefined) {
        const match = nameMatcher(o.name);
        flavors = flavors.filter((f) => match(f.name));
      }
      const key = SORT_VALUE[o.sortKey ?? "flavorid"];
      const sign = o.sortDir === "desc" ? -1 : 1;
      const cmp = (a: Flavor, b: Flavor) => sign * (compareValues(key(a), key(b)) || a.id - b.id);
      flavors.sort(cmp);
      if (o.marker !== undefined) {
        const markerRow = all.find((f) => f.flavorId === o.marker && canSee(v, f));
        if (!markerRow) throw new MarkerNotFound(o.marker);
        const m = fromCatalog(markerRow);
        flavors = flavors.filter((f) => cmp(f, m) > 0);
      }
      return flavors.slice(0, o.limit);
    },

    async create(
      values: Pick<FlavorRow, "name" | "vcpus" | "memoryMb" | "rootGb" | "ephemeralGb" | "swapMb" | "rxtxFactor" | "isPublic" | "description"> & {
        flavorId?: string | null;
      },
    ): Promise<Flavor> {
      const flavorId = values.flavorId ? values.flavorId : crypto.randomUUID();
      const name = values.name.trim();
      if (await repo.findByFlavorId(flavorId)) throw new FlavorIdExists(flavorId);
      if (await repo.findByName(name)) throw new FlavorExists(name);
      try {
        return toFlavor(await repo.create({ ...values, flavorId, name }));
      } catch (err) {
        // Lost a race with a concurrent create: report what the database refused.
        const cols = uniqueViolation(err);
        if (!cols) throw err;
        if (cols.some((c) => /flavorId/i.test(c))) throw new FlavorIdExists(flavorId);
        throw new FlavorExists(name);
      }
    },

    /** PUT /flavors/{id} (2.55): admins only, so no visibility filter. */
    async updateDescription(flavorId: string, description: string | null): Promise<Flavor> {
      const row = await repo.findByFlavorId(flavorId);
      if (!row) throw new FlavorNotFound(flavorId);
      return toFlavor(await repo.updateDescription(row.id, description));
    },

    async delete(flavorId: string): Promise<void> {
      if (!(await repo.deleteByFlavorId(flavorId))) throw new FlavorNotFound(flavorId);
    },

    async setExtraSpecs(ctx: AuthContext, flavorId: string, specs: Record<string, string>): Promise<void> {
      const flavor = await get(ctx, flavorId);
      await repo.upsertExtraSpecs(flavor.id, specs);
    },

    async deleteExtraSpec(ctx: AuthContext, flavorId: string, key: string): Promise<void> {
      const flavor = await get(ctx, flavorId);
      if (!(await repo.deleteExtraSpec(flavor.id, key))) throw new FlavorExtraSpecsNotFound(flavorId, key);
    },

    async accessList(flavor: Flavor): Promise<string[]> {
      return (await repo.accessList(flavor.id)).map((a) => a.projectId);
    },

    projectExists: (projectId: string) => repo.projectExists(projectId),

    async addAccess(flavor: Flavor, projectId: string): Promise<string[]> {
      if (await repo.hasAccess(flavor.id, projectId)) throw new FlavorAccessExists(flavor.id, projectId);
      try {
        await repo.addAccess(flavor.id, projectId);
      } catch (err) {
        if (uniqueViolation(err)) throw new FlavorAccessExists(flavor.id, projectId);
        throw err;
      }
      return (await repo.accessList(flavor.id)).map((a) => a.projectId);
    },

    async removeAccess(flavor: Flavor, projectId: string): Promise<string[]> {
      if (!(await repo.removeAccess(flavor.id, projectId))) throw new FlavorAccessNotFound(flavor.id, projectId);
      return (await repo.accessList(flavor.id)).map((a) => a.projectId);
    },
  };
}

export type FlavorService = ReturnType<typeof flavorService>;
