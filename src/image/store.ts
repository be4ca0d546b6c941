import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

/**
 * The filesystem store: an image's data is the file <dataDir>/images/<id>
 * (glance_store's `file` backend). Data is written to a temporary name and
 * renamed into place only once complete, so a half-written upload is never
 * served.
 */
export interface StoredData {
  size: number;
  /** md5 hex, Glance's legacy `checksum`. */
  checksum: string;
  osHashAlgo: "sha512";
  osHashValue: string;
  /** First bytes of the data, for format inspection. */
  head: Buffer;
}

export function imagesDir(dataDir: string): string {
  return path.resolve(dataDir, "images");
}

export function imagePath(dataDir: string, id: string): string {
  return path.join(imagesDir(dataDir), id);
}

/** Hashes and counts what flows through, keeping the first 512 bytes. */
class Hasher extends Transform {
  readonly md5 = crypto.createHash("md5");
  readonly sha512 = crypto.createHash("sha512");
  size = 0;
  head = Buffer.alloc(0);
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null, data?: Buffer) => void) {
    this.md5.update(chunk);
    this.sha512.update(chunk);
    this.size += chunk.length;
    if (this.head.length < 512) this.head = Buffer.concat([this.head, chunk.subarray(0, 512 - this.head.length)]);
    cb(null, chunk);
  }
}

/** Stream `data` into the image's file; on any failure nothing is left behind. */
export async function writeImageData(dataDir: string, id: string, data: Readable | Buffer): Promise<StoredData> {
  fs.mkdirSync(imagesDir(dataDir), { recursive: true });
  const final = imagePath(dataDir, id);
  const tmp = `${final}.${crypto.randomBytes(6).toString("hex")}.part`;
  const hasher = new Hasher();
  const source = Buffer.isBuffer(data) ? Readable.from([data]) : data;
  try {
    await pipeline(source, hasher, fs.createWriteStream(tmp));
    fs.renameSync(tmp, final);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  return {
    size: hasher.size,
    checksum: hasher.md5.digest("hex"),
    osHashAlgo: "sha512",
    osHashValue: hasher.sha512.digest("hex"),
    head: hasher.head,
  };
}


export function hasImageData(dataDir: string, id: string): boolean {
  return fs.existsSync(imagePath(dataDir, id));
}

export function openImageData(dataDir: string, id: string): Readable | null {
  const p = imagePath(dataDir, id);
  if (!fs.existsSync(p)) return null;
  return fs.createReadStream(p);
}

export function removeImageData(dataDir: string, id: string): void {
  fs.rmSync(imagePath(dataDir, id), { force: true });
}

/**
 * Virtual size as Glance's format inspector finds it: a qcow2 header carries
 * the disk size at offset 24; raw data is its own size. Other formats: unknown.
 */
export function inspectVirtualSize(diskFormat: string | null, head: Buffer, size: number): number | null {
  if (diskFormat === "qcow2") {
    if (head.length >= 32 && head.subarray(0, 4).equals(Buffer.from([0x51, 0x46, 0x49, 0xfb]))) {
      return Number(head.readBigUInt64BE(24));
    }
    return null;
  }
  if (diskFormat === "raw") return size;
  return null;
}
