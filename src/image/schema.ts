import { pyRepr } from "../python-literals.js";

/**
 * Glance's image JSON schema (glance/api/v2/images.py get_base_properties plus
 * DevStack's etc/schema-image.json custom properties), served at
 * /v2/schemas/image and used to validate create bodies and PATCH values with
 * jsonschema's wording.
 */
export const CONTAINER_FORMATS = ["ami", "ari", "aki", "bare", "ovf", "ova", "docker", "compressed"] as const;
export const DISK_FORMATS = ["ami", "ari", "aki", "vhd", "vhdx", "vmdk", "raw", "qcow2", "vdi", "iso", "ploop"] as const;
export const STATUSES = ["queued", "saving", "active", "killed", "deleted", "uploading", "importing", "pending_delete", "deactivated"] as const;
export const VISIBILITIES = ["community", "public", "private", "shared"] as const;

const UUID_PATTERN = "^([0-9a-fA-F]){8}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){12}$";

type JsonType = "string" | "integer" | "boolean" | "null" | "array" | "object";
export interface PropSchema {
  type: JsonType | JsonType[];
  description: string;
  readOnly?: boolean;
  writeOnly?: boolean;
  enum?: (string | null)[];
  maxLength?: number;
  pattern?: string;
  items?: Record<string, unknown>;
  /** false for the custom (schema-image.json) properties. */
  is_base?: boolean;
}

const BASE: Record<string, PropSchema> = {
  id: { type: "string", description: "An identifier for the image", pattern: UUID_PATTERN },
  name: { type: ["null", "string"], description: "Descriptive name for the image", maxLength: 255 },
  status: { type: "string", readOnly: true, description: "Status of the image", enum: [...STATUSES] },
  visibility: { type: "string", description: "Scope of image accessibility", enum: [...VISIBILITIES] },
  protected: { type: "boolean", description: "If true, image will not be deletable." },
  os_hidden: { type: "boolean", description: "If true, image will not appear in default image list response." },
  checksum: { type: ["null", "string"], readOnly: true, description: "md5 hash of image contents.", maxLength: 32 },
  os_hash_algo: { type: ["null", "string"], readOnly: true, description: "Algorithm to calculate the os_hash_value", maxLength: 64 },
  os_hash_value: {
    type: ["null", "string"],
    readOnly: true,
    description: "Hexdigest of the image contents using the algorithm specified by the os_hash_algo",
    maxLength: 128,
  },
  owner: { type: ["null", "string"], description: "Owner of the image", maxLength: 255 },
  size: { type: ["null", "integer"], readOnly: true, description: "Size of image file in bytes" },
  virtual_size: { type: ["null", "integer"], readOnly: true, description: "Virtual size of image in bytes" },
  container_format: { type: ["null", "string"], description: "Format of the container", enum: [null, ...CONTAINER_FORMATS] },
  disk_format: { type: ["null", "string"], description: "Format of the disk", enum: [null, ...DISK_FORMATS] },
  created_at: { type: "string", readOnly: true, description: "Date and time of image registration" },
  updated_at: { type: "string", readOnly: true, description: "Date and time of the last image modification" },
  tags: { type: "array", description: "List of strings related to the image", items: { type: "string", maxLength: 255 } },
  direct_url: { type: "string", readOnly: true, description: "URL to access the image file kept in external store" },
  min_ram: { type: "integer", description: "Amount of ram (in MB) required to boot image." },
  min_disk: { type: "integer", description: "Amount of disk space (in GB) required to boot image." },
  self: { type: "string", readOnly: true, description: "An image self url" },
  file: { type: "string", readOnly: true, description: "An image file url" },
  stores: {
    type: "string",
    readOnly: true,
    description:
      "Store in which image data resides.  Only present when the operator has enabled multiple stores.  May be a comma-separated list of store identifiers.",
  },
  schema: { type: "string", readOnly: true, description: "An image schema url" },
  locations: {
    type: "array",
    items: {
      type: "object",
      properties: {
        url: { type: "string", maxLength: 255 },
        metadata: { type: "object" },
        validation_data: {
          description:
            "Values to be used to populate the corresponding image properties. If the image status is not 'queued', values must exactly match those already contained in the image properties.",
          type: "object",
          writeOnly: true,
          additionalProperties: false,
          properties: {
            checksum: { type: "string", minLength: 32, maxLength: 32 },
            os_hash_algo: { type: "string", maxLength: 64 },
            os_hash_value: { type: "string", maxLength: 128 },
          },
          required: ["os_hash_algo", "os_hash_value"],
        },
      },
      required: ["url", "metadata"],
    },
    description: "A set of URLs to access the image file kept in external store",
  },
};

const CUSTOM: Record<string, PropSchema> = {
  kernel_id: {
    type: ["null", "string"],
    pattern: UUID_PATTERN,
    description: "ID of image stored in Glance that should be used as the kernel when booting an AMI-style image.",
    is_base: false,
  },
  ramdisk_id: {
    type: ["null", "string"],
    pattern: UUID_PATTERN,
    description: "ID of image stored in Glance that should be used as the ramdisk when booting an AMI-style image.",
    is_base: false,
  },
  instance_uuid: {
    type: "string",
    description:
      "Metadata which can be used to record which instance this image is associated with. (Informational only, does not create an instance snapshot.)",
    is_base: false,
  },
  architecture: {
    description:
      "Operating system architecture as specified in https://docs.openstack.org/python-glanceclient/latest/cli/property-keys.html",
    type: "string",
    is_base: false,
  },
  os_distro: {
    description:
      "Common name of operating system distribution as specified in https://docs.openstack.org/python-glanceclient/latest/cli/property-keys.html",
    type: "string",
    is_base: false,
  },
  os_version: { description: "Operating system version as specified by the distributor.", type: "string", is_base: false },
  description: { description: "A human-readable string describing this image.", type: "string", is_base: false },
  cinder_encryption_key_id: {
    description:
      "Identifier in the OpenStack Key Management Service for the encryption key for the Block Storage Service to use when mounting a volume created from this image",
    type: "string",
    is_base: false,
  },
  cinder_encryption_key_deletion_policy: {
    description:
      "States the condition under which the Image Service will delete the object associated with the 'cinder_encryption_key_id' image property.  If this property is missing, the Image Service will take no action",
    type: "string",
    enum: ["on_image_deletion", "do_not_delete"],
    is_base: false,
  },
};

export const IMAGE_PROPERTIES: Record<string, PropSchema> = { ...BASE, ...CUSTOM };
export const isBaseProperty = (k: string) => k in BASE;

const LINKS = [
  { rel: "self", href: "{self}" },
  { rel: "enclosure", href: "{file}" },
  { rel: "describedby", href: "{schema}" },
];

/** GET /v2/schemas/image: PermissiveSchema.raw() */
export function imageSchemaDocument() {
  return { name: "image", properties: IMAGE_PROPERTIES, additionalProperties: { type: "string" }, links: LINKS };
}

/** GET /v2/schemas/images: CollectionSchema.raw() */
export function imagesSchemaDocument() {
  return {
    name: "images",
    properties: {
      images: { type: "array", items: imageSchemaDocument() },
      first: { type: "string" },
      next: { type: "string" },
      schema: { type: "string" },
    },
    links: [
      { rel: "first", href: "{first}" },
      { rel: "next", href: "{next}" },
      { rel: "describedby", href: "{schema}" },
    ],
  };
}

const MEMBER_PROPERTIES = {
  member_id: { type: "string", description: "An identifier for the image member (tenantId)" },
  image_id: { type: "string", description: "An identifier for the image", pattern: UUID_PATTERN },
  created_at: { type: "string", description: "Date and time of image member creation" },
  updated_at: { type: "string", description: "Date and time of last modification of image member" },
  status: { type: "string", description: "The status of this image member", enum: ["pending", "accepted", "rejected"] },
  schema: { readOnly: true, type: "string" },
};

/** GET /v2/schemas/member and /members: Schema.minimal() */
export const memberSchemaDocument = () => ({ name: "member", properties: MEMBER_PROPERTIES });
export const membersSchemaDocument = () => ({
  name: "members",
  properties: { members: { type: "array", items: memberSchemaDocument() }, schema: { type: "string" } },
  links: [{ rel: "describedby", href: "{schema}" }],
});

// ---------------------------------------------------------------- validation

const jsonTypeOf = (v: unknown): JsonType | "number" => {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v as JsonType;
};

function checkValue(v: unknown, s: { type?: unknown; enum?: unknown[]; maxLength?: number; pattern?: string; items?: unknown }): string | null {
  const types = s.type === undefined ? null : Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
  if (types && !types.includes(jsonTypeOf(v))) {
    return `${pyRepr(v)} is not of type ${types.map((t) => pyRepr(t)).join(", ")}`;
  }
  if (s.enum && !s.enum.includes(v as never)) return `${pyRepr(v)} is not one of ${pyRepr(s.enum)}`;
  if (typeof v === "string") {
    if (s.maxLength !== undefined && [...v].length > s.maxLength) return `${pyRepr(v)} is too long`;
    if (s.pattern && !new RegExp(s.pattern).test(v)) return `${pyRepr(v)} does not match ${pyRepr(s.pattern)}`;
  }
  if (Array.isArray(v) && s.items && typeof s.items === "object") {
    for (const item of v) {
      const m = checkValue(item, s.items as never);
      if (m) return m;
    }
  }
  return null;
}

/** jsonschema's first complaint about `obj` against the image schema, or null. */
export function validateImageObject(obj: Record<string, unknown>): string | null {
  for (const [k, v] of Object.entries(obj)) {
    const s = IMAGE_PROPERTIES[k];
    const m = s ? checkValue(v, s) : checkValue(v, { type: "string" });
    if (m) return `Provided object does not match schema 'image': ${m}`;
  }
  return null;
}
