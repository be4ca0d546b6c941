import crypto from "node:crypto";
import type { Readable } from "node:stream";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Database } from "../db/client.js";
import { imageRepo, type ImageRepo, type ImageWrite } from "../db/repositories/images.js";
import type { AuthContext } from "../identity/types.js";
import { badRequest, conflict, forbidden, glanceDetailError, glanceError, notFound, policyForbidden } from "./errors.js";
import {
  ATTR,
  DISALLOWED,
  FACTORY_READONLY,
  FACTORY_RESERVED,
  isAttr,
  LIMITS,
  RESERVED,
  RESERVED_NAMESPACE,
  toImage,
  VALID_TRANSITIONS,
  type Change,
  type Image,
} from "./image.js";
import { parseListQuery, type ListResult } from "./list-query.js";
import { validateImageObject } from "./schema.js";
import { inspectVirtualSize, openImageData, removeImageData, writeImageData } from "./store.js";
import { hasRole, ownsImage, visibleTo } from "./visibility.js";

/**
 * Glance's image API as a service: images, their data, tags and members,
 * with Glance's policy and messages. The entity is in image.ts, visibility
 * in visibility.ts, list query parsing in list-query.ts; what Nova and the
 * seeding call without policy is in records.ts.
 */


function toWrite(image: Image, now: Date): ImageWrite {
  return {
    name: image.name,
    visibility: image.visibility,
    owner: image.owner,
    diskFormat: image.diskFormat,
    containerFormat: image.containerFormat,
    minDisk: image.minDisk,
    minRam: image.minRam,
    protected: image.protected,
    osHidden: image.osHidden,
    properties: JSON.stringify(image.properties),
    updatedAt: now,
  };
}

function checkPropertyQuota(image: Image): void {
  const n = Object.keys(image.properties).length;
  if (n > LIMITS.properties) {
    throw glanceError(
      "over-limit",
      `The limit has been exceeded on the number of allowed image properties. Attempted: ${n}, Maximum: ${LIMITS.properties}`,
    );
  }
}
function checkTagQuota(n: number): void {
  if (n > LIMITS.tags) {
    throw glanceError("over-limit", `The limit has been exceeded on the number of allowed image tags. Attempted: ${n}, Maximum: ${LIMITS.tags}`);
  }
}

export interface ImageServiceDeps {
  db: Database;
  clock: Clock;
  /** dataDir: where image data is stored. */
  config: Pick<Config, "dataDir">;
}

export interface CreateBody {
  [key: string]: unknown;
}

export function imageService(deps: ImageServiceDeps) {
  const repo: ImageRepo = imageRepo(deps.db.prisma);
  const dataDir = deps.config.dataDir;
  const clockNow = () => deps.clock.now();

  async function membershipStatus(ctx: AuthContext, imageId: string): Promise<string | null> {
    if (!ctx.projectId) return null;
    return (await repo.membership(imageId, ctx.projectId))?.status ?? null;
  }

  /** ImageRepo.get: 404 "No image found with ID x" when missing or invisible. */
  async function get(ctx: AuthContext, id: string): Promise<Image> {
    const row = id.length <= 36 ? await repo.find(id) : null;
    if (row) {
      const image = toImage(row);
      const member = image.visibility === "shared" && !ctx.isAdmin ? await membershipStatus(ctx, id) : null;
      if (visibleTo(ctx, image, member)) return image;
    }
    throw notFound(`No image found with ID ${id}`);
  }

  /** Enforce an owner-only policy: 403 naming the action (the image is known visible). */
  function enforceOwner(ctx: AuthContext, image: Image, action: string): void {
    if (!ownsImage(ctx, image)) throw policyForbidden(action);
  }

  function enforceVisibility(ctx: AuthContext, visibility: unknown): void {
    if (visibility === "public" && !ctx.isAdmin) throw policyForbidden("publicize_image");
    if (visibility === "community" && !(ctx.isAdmin || hasRole(ctx, "member"))) throw policyForbidden("communitize_image");
  }

  async function reload(id: string): Promise<Image> {
    const row = await repo.find(id);
    if (!row) throw notFound(`No image found with ID ${id}`);
    return toImage(row);
  }

  return {
    get,

    /** GET /v2/images with the query string's ordered pairs. */
    async list(ctx: AuthContext, query: [string, string][]): Promise<ListResult> {
      const q = parseListQuery(query);
      const rows = await repo.list({
        viewerProject: ctx.projectId,
        isAdmin: ctx.isAdmin,
        memberStatus: q.memberStatus,
        visibility: q.visibility,
        columns: {},
      });
      let images = rows
        .map(toImage)
        .filter((i) => i.status !== "killed" && i.status !== "deleted")
        .filter(q.matches)
        .filter((i) => q.tags.every((t) => i.tags.includes(t)))
        .sort(q.order);
      if (q.marker !== undefined) {
        const marker = q.marker;
        const row = marker.length <= 36 ? await repo.find(marker) : null;
        if (!row) throw badRequest(`No image found with ID ${marker}`);
        const m = toImage(row);
        const member = m.visibility === "shared" && !ctx.isAdmin ? await membershipStatus(ctx, m.id) : null;
        if (!visibleTo(ctx, m, member)) throw forbidden(`Forbidding request, image ${marker} not visible`);
        images = images.filter((i) => q.order(i, m) > 0);
      }
      const page = images.slice(0, q.limit);
      return page.length !== 0 && page.length === q.limit ? { images: page, nextMarker: page.at(-1)!.id } : { images: page };
    },

    /** POST /v2/images */
    async create(ctx: AuthContext, body: unknown): Promise<Image> {
      if (body === undefined || body === null || body === "") throw badRequest("Body expected in request.");
      if (typeof body !== "object" || Array.isArray(body)) {
        throw badRequest(`Provided object does not match schema 'image': ${JSON.stringify(body)} is not of type 'object'`);
      }
      const b = { ...(body as Record<string, unknown>) };
      for (const k of DISALLOWED) if (k in b) throw forbidden(`Attribute '${k}' is read-only.`);
      const invalid = validateImageObject(b);
      if (invalid) throw badRequest(invalid);
      const tags = [...new Set((b.tags as string[] | undefined) ?? [])];
      delete b.tags;
      const base: Record<string, unknown> = {};
      const extra: Record<string, string> = {};
      for (const [k, v] of Object.entries(b)) {
        if (isAttr(k)) base[k] = v;
        else extra[k] = v as string;
      }
      for (const k of Object.keys(extra)) {
        if (k.length > 255) throw badRequest("Custom property should not be greater than 255 characters.");
        if (RESERVED.includes(k) || k.startsWith(RESERVED_NAMESPACE)) throw glanceDetailError("forbidden", `Attribute '${k}' is reserved.`);
      }
      const owner = "owner" in base ? (base.owner as string | null) : ctx.projectId;
      // add_image: ADMIN or (PROJECT_MEMBER and project_id:%(owner)s)
      if (!ctx.isAdmin && !(hasRole(ctx, "member") && ctx.projectId === owner)) {
        if (owner !== ctx.projectId) throw forbidden(`You are not permitted to create images owned by '${owner}'`);
        throw policyForbidden("add_image");
      }
      enforceVisibility(ctx, base.visibility ?? "shared");
      for (const k of FACTORY_READONLY) if (k in base) throw forbidden(`Attribute '${k}' is read-only.`);
      for (const k of FACTORY_RESERVED) if (k in extra) throw forbidden(`Attribute '${k}' is reserved.`);
      for (const k of ["min_disk", "min_ram"] as const) {
        const v = base[k] as number | undefined;
        if (v !== undefined && v < 0) throw badRequest(`Invalid value '${v}' for parameter '${k}': Cannot be a negative value`);
      }
      checkTagQuota(tags.length);
      if (Object.keys(extra).length > LIMITS.properties) {
        throw glanceError(
          "over-limit",
          `The limit has been exceeded on the number of allowed image properties. Attempted: ${Object.keys(extra).length}, Maximum: ${LIMITS.properties}`,
        );
      }
      const id = (base.id as string | undefined) ?? crypto.randomUUID();
      if (await repo.find(id)) throw conflict(`Image ID ${id} already exists!`);
      const now = clockNow();
      try {
        const row = await repo.create(
          {
            id,
            status: "queued",
            name: (base.name as string | null | undefined) ?? null,
            visibility: (base.visibility as string | undefined) ?? "shared",
            owner,
            diskFormat: (base.disk_format as string | null | undefined) ?? null,
            containerFormat: (base.container_format as string | null | undefined) ?? null,
            minDisk: (base.min_disk as number | undefined) ?? 0,
            minRam: (base.min_ram as number | undefined) ?? 0,
            protected: (base.protected as boolean | undefined) ?? false,
            osHidden: (base.os_hidden as boolean | undefined) ?? false,
            properties: JSON.stringify(extra),
            createdAt: now,
            updatedAt: now,
          },
          tags,
        );
        return toImage(row);
      } catch (err) {
        if ((err as { code?: string }).code === "P2002") throw conflict(`Image ID ${id} already exists!`);
        throw err;
      }
    },

    /** PATCH /v2/images/{id} with already parsed changes. */
    async update(ctx: AuthContext, id: string, changes: Change[]): Promise<Image> {
      const image = await get(ctx, id);
      let tags: string[] | null = null;
      for (const c of changes) {
        const root = c.path[0]!;
        if (root === "locations") {
          // show_multiple_locations is off, as in a default deployment.
          throw forbidden(`It's not allowed to ${c.op === "remove" ? "remove" : c.op === "add" ? "add" : "update"} locations if locations are invisible.`);
        }
        if (c.op === "replace" && root === "owner" && !ctx.isAdmin) throw glanceDetailError("forbidden", "Owner can't be updated by non admin.");
        // update_property: visibility rules, then modify_image.
        if (root === "visibility" && c.op !== "remove") enforceVisibility(ctx, c.value);
        enforceOwner(ctx, image, "modify_image");
        const known = isAttr(root) || root === "tags";
        if (c.op === "remove") {
          if (known) throw glanceDetailError("forbidden", `Property ${root} may not be removed.`);
          if (!(root in image.properties)) throw glanceDetailError("conflict", `Property ${root} does not exist.`);
          delete image.properties[root];
          continue;
        }
        if (c.op === "replace" && !known && !(root in image.properties)) throw glanceDetailError("conflict", `Property ${root} does not exist.`);
        if (c.op === "add" && c.draft === 4 && (known || root in image.properties)) {
          throw glanceDetailError("conflict", `Property ${root} already present.`);
        }
        if (root === "tags") {
          tags = [...new Set(c.value as string[])];
          continue;
        }
        if (!isAttr(root)) {
          image.properties[root] = c.value as string;
          continue;
        }
        if ((root === "disk_format" || root === "container_format") && !["queued", "importing"].includes(image.status)) {
          throw forbidden(`Attribute ${root} can be only replaced for a queued image.`);
        }
        if ((root === "min_disk" || root === "min_ram") && (c.value as number) < 0) {
          throw badRequest(`Invalid value '${String(c.value)}' for parameter '${root}': Cannot be a negative value`);
        }
        (image as unknown as Record<string, unknown>)[ATTR[root]] = c.value;
      }
      if (!changes.length) return image;
      checkPropertyQuota(image);
      if (tags) checkTagQuota(tags.length);
      const now = clockNow();
      await repo.update(id, toWrite(image, now));
      if (tags) await repo.setTags(id, tags);
      return reload(id);
    },

    /** DELETE /v2/images/{id} */
    async delete(ctx: AuthContext, id: string): Promise<void> {
      let image: Image;
      try {
        image = await get(ctx, id);
      } catch {
        throw notFound(`Failed to find image ${id} to delete`);
      }
      enforceOwner(ctx, image, "delete_image");
      if (image.protected) throw forbidden(`Image ${id} is protected and cannot be deleted.`);
      if (!(await repo.delete(id))) throw notFound(`Failed to find image ${id} to delete`);
      removeImageData(dataDir, id);
    },

    /** PUT /v2/images/{id}/file: queued -> saving -> active, hashing while streaming to disk. */
    async upload(ctx: AuthContext, id: string, data: Readable | Buffer): Promise<void> {
      const image = await get(ctx, id);
      if (!ownsImage(ctx, image)) throw forbidden(`Not allowed to upload image data for image ${id}`);
      if (!VALID_TRANSITIONS[image.status]?.includes("saving")) {
        throw conflict(`Image status transition from ${image.status} to saving is not allowed`);
      }
      const missing = (["disk_format", "container_format"] as const).filter((k) => !image[ATTR[k]]);
      if (missing.length) {
        throw badRequest(`Propert${missing.length === 1 ? "y" : "ies"} ${missing.join(", ")} must be set prior to saving data.`);
      }
      if (!(await repo.transition(id, "queued", { status: "saving", updatedAt: clockNow() }))) {
        throw conflict(`Image status transition from ${(await repo.find(id))?.status ?? "deleted"} to saving is not allowed`);
      }
      let stored;
      try {
        stored = await writeImageData(dataDir, id, data);
      } catch (err) {
        await repo.transition(id, "saving", { status: "queued", size: null, virtualSize: null, updatedAt: clockNow() });
        throw badRequest(`Error while reading image data: ${(err as Error).message}`);
      }
      const done = await repo.transition(id, "saving", {
        status: "active",
        size: BigInt(stored.size),
        virtualSize: ((v) => (v === null ? null : BigInt(v)))(inspectVirtualSize(image.diskFormat, stored.head, stored.size)),
        checksum: stored.checksum,
        osHashAlgo: stored.osHashAlgo,
        osHashValue: stored.osHashValue,
        updatedAt: clockNow(),
      });
      if (!done) {
        removeImageData(dataDir, id);
        throw glanceError(
          "gone",
          `Image ${id} could not be found after upload. The image may have been deleted during the upload, cleaning up the chunks uploaded.`,
        );
      }
    },

    /** GET /v2/images/{id}/file: the data stream, or null when the image has none (204). */
    async download(ctx: AuthContext, id: string): Promise<{ image: Image; stream: Readable | null }> {
      const image = await get(ctx, id);
      if (image.status === "deactivated" && !ctx.isAdmin) {
        throw forbidden("The requested image has been deactivated. Image data download is forbidden.");
      }
      if (!ctx.isAdmin && !hasRole(ctx, "member")) throw policyForbidden("download_image");
      const hasData = image.status === "active" || image.status === "deactivated";
      return { image, stream: hasData ? openImageData(dataDir, id) : null };
    },

    /** POST /v2/images/{id}/actions/deactivate|reactivate */
    async setActive(ctx: AuthContext, id: string, active: boolean): Promise<void> {
      const image = await get(ctx, id);
      const action = active ? "reactivate" : "deactivate";
      enforceOwner(ctx, image, action);
      const [from, to] = active ? ["deactivated", "active"] : ["active", "deactivated"];
      if (image.status === to) return;
      if (image.status !== from) throw forbidden(`Not allowed to ${action} image in status '${image.status}'`);
      if (!(await repo.transition(id, from, { status: to, updatedAt: clockNow() }))) {
        throw badRequest(`Image status transition from ${image.status} to ${to} is not allowed`);
      }
    },

    async addTag(ctx: AuthContext, id: string, tag: string): Promise<void> {
      if ([...tag].length > 255) throw badRequest(`Provided object does not match schema 'image': ${JSON.stringify(tag)} is too long`);
      let image: Image;
      try {
        image = await get(ctx, id);
      } catch {
        throw notFound(`Image ${id} not found.`);
      }
      if (!ownsImage(ctx, image)) throw forbidden(`Not allowed to update tags for image ${id}.`);
      if (!image.tags.includes(tag)) checkTagQuota(image.tags.length + 1);
      await repo.addTag(id, tag);
      await repo.touch(id, clockNow());
    },

    async removeTag(ctx: AuthContext, id: string, tag: string): Promise<void> {
      let image: Image;
      try {
        image = await get(ctx, id);
      } catch {
        throw notFound(`Image ${id} not found.`);
      }
      if (!ownsImage(ctx, image)) throw forbidden(`Not allowed to delete tags for image ${id}.`);
      if (!image.tags.includes(tag)) throw notFound();
      await repo.removeTag(id, tag);
      await repo.touch(id, clockNow());
    },

    // ------------------------------------------------------------ members

    async listMembers(ctx: AuthContext, id: string) {
      const image = await lookupForMembers(ctx, id);
      if (image.visibility !== "shared") throw forbidden("Only shared images have members.");
      const members = await repo.listMembers(id);
      if (ownsImage(ctx, image) || ctx.isAdmin) return members;
      // A member sees only its own membership.
      return members.filter((m) => m.memberId === ctx.projectId);
    },

    async getMember(ctx: AuthContext, id: string, memberId: string) {
      const image = await lookupForMembers(ctx, id);
      if (image.visibility !== "shared") throw forbidden("Only shared images have members.");
      const m = await repo.membership(id, memberId);
      const mayRead = ownsImage(ctx, image) || ctx.projectId === memberId;
      if (!m || !mayRead) throw notFound(`${memberId} not found in the member list of the image ${id}.`);
      return m;
    },

    async addMember(ctx: AuthContext, id: string, memberId: string) {
      const image = await lookupForMembers(ctx, id);
      if (image.visibility !== "shared") throw forbidden("Only shared images have members.");
      if (!ownsImage(ctx, image)) throw forbidden(`Not allowed to create members for image ${id}.`);
      if (await repo.membership(id, memberId)) throw conflict(`Member ${memberId} is duplicated for image ${id}`);
      return repo.createMember(id, memberId, clockNow());
    },

    async updateMember(ctx: AuthContext, id: string, memberId: string, status: string) {
      const image = await lookupForMembers(ctx, id);
      if (image.visibility !== "shared") throw forbidden("Only shared images have members.");
      const m = await repo.membership(id, memberId);
      if (!m) throw notFound(`${memberId} not found in the member list of the image ${id}.`);
      // modify_member: ADMIN or the member itself.
      if (!ctx.isAdmin && ctx.projectId !== memberId) throw forbidden(`Not allowed to update members for image ${id}.`);
      if (!["pending", "accepted", "rejected"].includes(status)) throw badRequest(`Incorrect request: Invalid status: ${status}`);
      return repo.updateMember(id, memberId, status, clockNow());
    },

    async removeMember(ctx: AuthContext, id: string, memberId: string) {
      const image = await lookupForMembers(ctx, id);
      if (image.visibility !== "shared") throw forbidden("Only shared images have members.");
      if (!ownsImage(ctx, image)) throw forbidden(`Not allowed to delete members for image ${id}.`);
      if (!(await repo.deleteMember(id, memberId))) throw notFound(`${memberId} not found in the member list of the image ${id}.`);
    },
  };

  async function lookupForMembers(ctx: AuthContext, id: string): Promise<Image> {
    try {
      return await get(ctx, id);
    } catch {
      throw notFound(`Image ${id} not found.`);
    }
  }
}

export type ImageService = ReturnType<typeof imageService>;
