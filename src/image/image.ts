import type { ImageRow } from "../db/repositories/images.js";

/**
 * The image entity: Glance's attributes as the domain holds them, the wire
 * names of its attributes, which of them requests may not touch, Glance's
 * limits and status transitions, and the changes of an update.
 */

/** An image as the domain sees it: Glance's attributes, camelCase, extra properties parsed. */
export interface Image {
  id: string;
  name: string | null;
  status: string;
  visibility: string;
  owner: string | null;
  diskFormat: string | null;
  containerFormat: string | null;
  size: number | null;
  virtualSize: number | null;
  checksum: string | null;
  osHashAlgo: string | null;
  osHashValue: string | null;
  minDisk: number;
  minRam: number;
  protected: boolean;
  osHidden: boolean;
  properties: Record<string, string>;
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
}

export function toImage(row: ImageRow): Image {
  let properties: Record<string, string> = {};
  try {
    properties = JSON.parse(row.properties) as Record<string, string>;
  } catch {
    properties = {};
  }
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    visibility: row.visibility,
    owner: row.owner,
    diskFormat: row.diskFormat,
    containerFormat: row.containerFormat,
    size: row.size === null ? null : Number(row.size),
    virtualSize: row.virtualSize === null ? null : Number(row.virtualSize),
    checksum: row.checksum,
    osHashAlgo: row.osHashAlgo,
    osHashValue: row.osHashValue,
    minDisk: row.minDisk,
    minRam: row.minRam,
    protected: row.protected,
    osHidden: row.osHidden,
    properties,
    tags: row.tags.map((t) => t.tag).sort(),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Glance's limits (glance/common/config.py): image_property_quota, image_tag_quota, limit_param_default, api_limit_max. */
export const LIMITS = { properties: 128, tags: 128, pageDefault: 25, pageMax: 1000 };

// Attribute name on the wire -> Image field.
export const ATTR = {
  id: "id",
  name: "name",
  status: "status",
  visibility: "visibility",
  owner: "owner",
  disk_format: "diskFormat",
  container_format: "containerFormat",
  size: "size",
  virtual_size: "virtualSize",
  checksum: "checksum",
  os_hash_algo: "osHashAlgo",
  os_hash_value: "osHashValue",
  min_disk: "minDisk",
  min_ram: "minRam",
  protected: "protected",
  os_hidden: "osHidden",
  created_at: "createdAt",
  updated_at: "updatedAt",
} as const satisfies Record<string, keyof Image>;
export type Attr = keyof typeof ATTR;
export const isAttr = (k: string): k is Attr => Object.hasOwn(ATTR, k);

// glance/api/v2/images.py RequestDeserializer: attributes a request may not set.
export const DISALLOWED = ["direct_url", "self", "file", "schema", "stores"];
export const READONLY = ["created_at", "updated_at", "status", "checksum", "size", "virtual_size", "direct_url", "self", "file", "schema", "id", "os_hash_algo", "os_hash_value"];
export const RESERVED = ["location", "deleted", "deleted_at"];
export const RESERVED_NAMESPACE = "os_glance";
// glance/domain ImageFactory
export const FACTORY_READONLY = ["created_at", "updated_at", "status", "checksum", "os_hash_algo", "os_hash_value", "size", "virtual_size"];
export const FACTORY_RESERVED = ["owner", "locations", "deleted", "deleted_at", "direct_url", "self", "file", "schema"];

export const VALID_TRANSITIONS: Record<string, string[]> = {
  queued: ["saving", "uploading", "importing", "active", "deleted"],
  saving: ["active", "killed", "deleted", "queued"],
  uploading: ["importing", "queued", "deleted"],
  importing: ["active", "deleted", "queued"],
  active: ["pending_delete", "deleted", "deactivated"],
  killed: ["deleted"],
  pending_delete: ["deleted", "active"],
  deleted: [],
  deactivated: ["active", "deleted"],
};

/** One operation of a Glance image update (a JSON-Patch operation, parsed). */
export interface Change {
  op: "add" | "remove" | "replace";
  path: string[];
  value?: unknown;
  draft: 4 | 10;
}
