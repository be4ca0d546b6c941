import crypto from "node:crypto";
import type { Config } from "../../config.js";
import type { Db } from "../client.js";
import { activateImageWithData, createImageRecord } from "../../image/records.js";
import { hasImageData, writeImageData } from "../../image/store.js";

export const CIRROS_NAME = "cirros-0.6.2-x86_64-disk";
/** Virtual disk size recorded in the qcow2 header: cirros 0.6.2's 112 MiB. */
export const CIRROS_VIRTUAL_SIZE = 117_440_512;
const CIRROS_BYTES = 16 * 1024;

/**
 * A small stand-in for the cirros disk: a qcow2 version 3 header (magic
 * "QFI\xfb", 64 KiB clusters, 112 MiB virtual size) followed by deterministic
 * filler, so every start produces the same bytes and hashes.
 */
export function cirrosData(): Buffer {
  const buf = Buffer.alloc(CIRROS_BYTES);
  let block = crypto.createHash("sha256").update("novasim cirros-0.6.2").digest();
  for (let off = 0; off < buf.length; off += block.length) {
    block.copy(buf, off);
    block = crypto.createHash("sha256").update(block).digest();
  }
  buf.write("QFI\xfb", 0, "latin1");
  buf.writeUInt32BE(3, 4); // version
  buf.writeBigUInt64BE(0n, 8); // backing_file_offset
  buf.writeUInt32BE(0, 16); // backing_file_size
  buf.writeUInt32BE(16, 20); // cluster_bits
  buf.writeBigUInt64BE(BigInt(CIRROS_VIRTUAL_SIZE), 24); // size
  buf.writeUInt32BE(0, 32); // crypt_method
  return buf;
}

/**
 * Seeds DevStack's public cirros image, owned by the admin project
 * (idempotent: an existing image is kept; its file is rewritten if missing,
 * e.g. when the data directory changed).
 */
export async function seedImages(db: Db, config: Config): Promise<void> {
  const admin = await db.project.findFirst({ where: { name: "admin", domainId: "default" }, select: { id: true } });
  if (!admin) return;
  const existing = await db.image.findFirst({ where: { name: CIRROS_NAME, owner: admin.id }, select: { id: true, status: true } });
  if (existing) {
    if (!hasImageData(config.dataDir, existing.id)) await writeImageData(config.dataDir, existing.id, cirrosData());
    return;
  }
  const now = new Date();
  const data = cirrosData();
  const image = await createImageRecord(db, {
    owner: admin.id,
    name: CIRROS_NAME,
    visibility: "public",
    diskFormat: "qcow2",
    containerFormat: "bare",
    status: "queued",
    // What DevStack's upload through openstacksdk leaves on the image.
    properties: {
      hw_rng_model: "virtio",
      "owner_specified.openstack.md5": crypto.createHash("md5").update(data).digest("hex"),
      "owner_specified.openstack.sha256": crypto.createHash("sha256").update(data).digest("hex"),
      "owner_specified.openstack.object": `images/${CIRROS_NAME}`,
    },
    now,
  });
  await activateImageWithData(db, config.dataDir, image.id, data, now);
}
