import crypto from "node:crypto";
import type { Readable } from "node:stream";
import type { Tx } from "../db/client.js";
import { imageRepo } from "../db/repositories/images.js";
import { Invalid } from "../errors.js";
import type { AuthContext } from "../identity/types.js";
import { notFound } from "./errors.js";
import { toImage, type Image } from "./image.js";
import { inspectVirtualSize, removeImageData, writeImageData } from "./store.js";
import { visibleTo } from "./visibility.js";

/**
 * Images as Nova's code (boot, snapshots, shelving) and the seeding use
 * them: directly, without the image API's policy checks.
 */

export interface BootImage {
  id: string;
  name: string | null;
  status: string;
  minDisk: number;
  minRam: number;
  size: number | null;
  properties: Record<string, string>;
  diskFormat: string | null;
}

/** Nova's view of an image reference at boot/rebuild: Invalid with Nova's messages. */
export async function findImageForBoot(db: Tx, imageRef: string, ctx: AuthContext): Promise<BootImage> {
  const repo = imageRepo(db);
  const id = imageRef.replace(/^.*\//, "");
  // The tags play no part in a boot: the row without them (one query fewer).
  const row = id.length <= 36 ? await repo.findUntagged(id) : null;
  let image = row ? toImage(row) : null;
  if (image) {
    const member = image.visibility === "shared" && !ctx.isAdmin && ctx.projectId ? (await repo.membership(image.id, ctx.projectId))?.status ?? null : null;
    if (!visibleTo(ctx, image, member)) image = null;
  }
  if (!image) throw new Invalid(`Image ${imageRef} could not be found.`);
  if (image.status !== "active") throw new Invalid(`Image ${image.id} is not active.`);
  return {
    id: image.id,
    name: image.name,
    status: image.status,
    minDisk: image.minDisk,
    minRam: image.minRam,
    size: image.size,
    properties: image.properties,
    diskFormat: image.diskFormat,
  };
}

export interface NewImageRecord {
  id?: string;
  owner: string;
  name: string | null;
  properties?: Record<string, string>;
  status?: "queued" | "saving" | "active";
  visibility?: string;
  diskFormat?: string | null;
  containerFormat?: string | null;
  minDisk?: number;
  minRam?: number;
  tags?: string[];
  now: Date;
}

/** Register an image directly (Nova's createImage/snapshot path), bypassing the API's policy checks. */
export async function createImageRecord(db: Tx, rec: NewImageRecord): Promise<Image> {
  const row = await imageRepo(db).create(
    {
      id: rec.id ?? crypto.randomUUID(),
      status: rec.status ?? "queued",
      name: rec.name,
      visibility: rec.visibility ?? "private",
      owner: rec.owner,
      diskFormat: rec.diskFormat ?? null,
      containerFormat: rec.containerFormat ?? null,
      minDisk: rec.minDisk ?? 0,
      minRam: rec.minRam ?? 0,
      properties: JSON.stringify(rec.properties ?? {}),
      createdAt: rec.now,
      updatedAt: rec.now,
    },
    rec.tags ?? [],
  );
  return toImage(row);
}

/** Move an image to `status` (e.g. queued -> saving for a snapshot in progress); false if it was not in `from`. */
export function setImageStatus(db: Tx, id: string, from: string | string[], status: string, now: Date): Promise<boolean> {
  return imageRepo(db).transition(id, from, { status, updatedAt: now });
}

/** Store `data` as the image's file and mark it active with its size and hashes (snapshot completion, seeding). */
export async function activateImageWithData(db: Tx, dataDir: string, id: string, data: Buffer | Readable, now: Date): Promise<Image> {
  const repo = imageRepo(db);
  const row = await repo.find(id);
  if (!row) throw notFound(`No image found with ID ${id}`);
  const stored = await writeImageData(dataDir, id, data);
  const vs = inspectVirtualSize(row.diskFormat, stored.head, stored.size);
  const updated = await repo.update(id, {
    status: "active",
    size: BigInt(stored.size),
    virtualSize: vs === null ? null : BigInt(vs),
    checksum: stored.checksum,
    osHashAlgo: stored.osHashAlgo,
    osHashValue: stored.osHashValue,
    updatedAt: now,
  });
  return toImage(updated);
}

/** Delete an image record and its file without policy checks (Nova's cleanup of a failed snapshot). */
export async function deleteImageRecord(db: Tx, dataDir: string, id: string): Promise<boolean> {
  const ok = await imageRepo(db).delete(id);
  removeImageData(dataDir, id);
  return ok;
}
