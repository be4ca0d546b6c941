import type { Image } from "../../image/image.js";
import { isotime } from "../../time-formats.js";

/** Glance's image representation (ResponseSerializer._format_image): extra properties at top level. */
export function imageView(i: Image) {
  return {
    ...i.properties,
    name: i.name,
    disk_format: i.diskFormat,
    container_format: i.containerFormat,
    visibility: i.visibility,
    size: i.size,
    virtual_size: i.virtualSize,
    status: i.status,
    checksum: i.checksum,
    protected: i.protected,
    min_ram: i.minRam,
    min_disk: i.minDisk,
    owner: i.owner,
    os_hidden: i.osHidden,
    os_hash_algo: i.osHashAlgo,
    os_hash_value: i.osHashValue,
    id: i.id,
    created_at: isotime(i.createdAt),
    updated_at: isotime(i.updatedAt),
    tags: i.tags,
    self: `/v2/images/${i.id}`,
    file: `/v2/images/${i.id}/file`,
    schema: "/v2/schemas/image",
  };
}

export interface MemberRow {
  imageId: string;
  memberId: string;
  status: string;
  createdAt: Date;
  updatedAt: Date;
}

export function memberView(m: MemberRow) {
  return {
    created_at: isotime(m.createdAt),
    image_id: m.imageId,
    member_id: m.memberId,
    schema: "/v2/schemas/member",
    status: m.status,
    updated_at: isotime(m.updatedAt),
  };
}
