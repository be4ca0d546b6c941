import { z } from "zod";
import { CONTAINER_FORMATS, DISK_FORMATS, STATUSES, VISIBILITIES } from "../../image/schema.js";

/** zod shapes of Glance's v2 bodies, for validation of responses and the OpenAPI document. */

export const imageIdParams = z.object({ image_id: z.string() });
export const tagParams = z.object({ image_id: z.string(), tag_value: z.string() });
export const memberParams = z.object({ image_id: z.string(), member_id: z.string() });

const nullableStr = z.string().nullable();

/** An image; extra properties (strings) appear as further top-level keys. */
export const imageBody = z.looseObject({
  id: z.string(),
  name: nullableStr,
  status: z.string().describe(STATUSES.join(", ")),
  visibility: z.string().describe(VISIBILITIES.join(", ")),
  protected: z.boolean(),
  os_hidden: z.boolean(),
  checksum: nullableStr,
  os_hash_algo: nullableStr,
  os_hash_value: nullableStr,
  size: z.number().int().nullable(),
  virtual_size: z.number().int().nullable(),
  min_disk: z.number().int(),
  min_ram: z.number().int(),
  disk_format: nullableStr,
  container_format: nullableStr,
  owner: nullableStr,
  created_at: z.string(),
  updated_at: z.string(),
  tags: z.array(z.string()),
  self: z.string(),
  file: z.string(),
  schema: z.string(),
});

export const imageList = z.object({
  images: z.array(imageBody),
  first: z.string(),
  next: z.string().optional(),
  schema: z.string(),
});

/**
 * POST /v2/images. Documented here; checked by the image service with Glance's
 * own messages (the route attaches, rather than throws, zod's verdict).
 */
export const imageCreate = z
  .looseObject({
    id: z.string().optional(),
    name: nullableStr.optional(),
    visibility: z.enum(VISIBILITIES).optional(),
    protected: z.boolean().optional(),
    os_hidden: z.boolean().optional(),
    owner: nullableStr.optional(),
    container_format: z.enum(CONTAINER_FORMATS).nullable().optional(),
    disk_format: z.enum(DISK_FORMATS).nullable().optional(),
    min_disk: z.number().int().optional(),
    min_ram: z.number().int().optional(),
    tags: z.array(z.string()).optional(),
  })
  .describe("Image attributes; any other key is an extra property with a string value.");

export const patchBody = z
  .array(
    z.looseObject({
      op: z.enum(["add", "remove", "replace"]).optional(),
      path: z.string().optional(),
      value: z.unknown().optional(),
    }),
  )
  .describe("JSON patch (application/openstack-images-v2.1-json-patch)");

const queryValue = z.union([z.string(), z.array(z.string())]).optional();
export const listQuery = z.looseObject({
  limit: queryValue,
  marker: queryValue,
  name: queryValue,
  visibility: queryValue,
  member_status: queryValue,
  owner: queryValue,
  status: queryValue,
  tag: queryValue,
  os_hidden: queryValue,
  protected: queryValue,
  size_min: queryValue,
  size_max: queryValue,
  sort: queryValue,
  sort_key: queryValue,
  sort_dir: queryValue,
});

export const memberBody = z.object({
  created_at: z.string(),
  image_id: z.string(),
  member_id: z.string(),
  schema: z.string(),
  status: z.string(),
  updated_at: z.string(),
});
export const memberList = z.object({ members: z.array(memberBody), schema: z.string() });
export const memberCreate = z.looseObject({ member: z.unknown().optional() });
export const memberUpdate = z.looseObject({ status: z.unknown().optional() });

export const schemaDocument = z.looseObject({ name: z.string(), properties: z.record(z.string(), z.unknown()) });

export const noContent = z.null().describe("No Content");
