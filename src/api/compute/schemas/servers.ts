import { z } from "zod";
import { versioned } from "../../../http/versioned.js";
import * as t from "./parameter-types.js";

/**
 * Request schemas of /servers, one entry per microversion that changed them,
 * following nova/api/openstack/compute/schemas/servers.py.
 */

const legacyBdm = z.strictObject({
  virtual_name: z.string().max(255).optional(),
  volume_id: z.string().optional(),
  snapshot_id: z.string().optional(),
  volume_size: z.union([t.integer(), z.string()]).optional(),
  device_name: z.string().min(1).max(255).regex(/^[a-zA-Z0-9._/-]*$/).optional(),
  delete_on_termination: t.boolean.optional(),
  no_device: z.unknown().optional(),
  connection_info: z.string().max(16777215).optional(),
});
const bdmV2 = legacyBdm.extend({
  source_type: z.enum(["volume", "image", "snapshot", "blank"]).optional(),
  uuid: z.string().min(1).max(255).regex(/^[a-zA-Z0-9._-]*$/).optional(),
  image_id: z.string().optional(),
  destination_type: z.enum(["local", "volume"]).optional(),
  guest_format: z.string().max(255).optional(),
  device_type: z.string().max(255).optional(),
  disk_bus: z.string().max(255).optional(),
  boot_index: z.union([t.integer(), z.string().regex(/^-?[0-9]+$/), z.null()]).optional(),
});
const bdmV2Tagged = bdmV2.extend({ tag: t.tag.optional() });
const bdmV267 = bdmV2Tagged.extend({ volume_type: z.string().max(255).nullable().optional() });

const hints = z.looseObject({
  group: z.union([z.array(t.uuid), t.uuid]).optional(),
  different_host: z.union([t.uuid, z.array(t.uuid)]).optional(),
  same_host: z.union([z.string(), z.array(t.uuid)]).optional(),
  query: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
  target_cell: t.name.optional(),
  different_cell: z.union([z.string(), z.array(z.string())]).optional(),
  build_near_host_ip: t.ipAddress.optional(),
  cidr: z.string().regex(/^\/[0-9a-f.:]+$/).optional(),
});

const networkV21 = z.strictObject({
  fixed_ip: t.ipAddress.optional(),
  port: t.uuid.nullable().optional(),
  uuid: z.string().optional(),
});
const networkV232 = networkV21.extend({ tag: t.tag.optional() });
const networkV237 = z.strictObject({
  fixed_ip: t.ipAddress.optional(),
  port: t.uuid.nullable().optional(),
  uuid: t.uuid.optional(),
});
const networkV242 = networkV237.extend({ tag: t.tag.optional() });
const autoOrNone = z.enum(["none", "auto"]);

const personality = z.array(z.strictObject({ path: z.string().max(255), contents: t.base64 }));

const serverV21 = z.strictObject({
  name: t.name,
  imageRef: z.union([t.uuid, z.string().max(0), z.string().regex(/^https?:\/\/.*\/[0-9a-fA-F-]{36}$/)]).optional(),
  flavorRef: t.flavorRef,
  adminPass: z.string().optional(),
  metadata: t.metadata.optional(),
  networks: z.array(networkV21).optional(),
  "OS-DCF:diskConfig": z.enum(["AUTO", "MANUAL"]).optional(),
  accessIPv4: t.ipv4.optional(),
  accessIPv6: t.ipv6.optional(),
  personality: personality.optional(),
  availability_zone: t.name.optional(),
  block_device_mapping: z.array(legacyBdm).optional(),
  block_device_mapping_v2: z.array(bdmV2).optional(),
  config_drive: t.boolean.optional(),
  key_name: t.name.optional(),
  min_count: t.positiveInteger.optional(),
  max_count: t.positiveInteger.optional(),
  return_reservation_id: t.boolean.optional(),
  security_groups: z.array(z.strictObject({ name: t.name.optional() })).optional(),
  user_data: t.base64.optional(),
});
const serverV219 = serverV21.extend({ description: t.description.optional() });
const serverV232 = serverV219.extend({
  networks: z.array(networkV232).optional(),
  block_device_mapping_v2: z.array(bdmV2Tagged).optional(),
});
const serverV233 = serverV219.extend({ networks: z.array(networkV232).optional() });
const serverV237 = serverV233.extend({ networks: z.union([z.array(networkV237), autoOrNone]) });
const serverV242 = serverV237.extend({
  networks: z.union([z.array(networkV242), autoOrNone]),
  block_device_mapping_v2: z.array(bdmV2Tagged).optional(),
});
const serverV252 = serverV242.extend({ tags: z.array(t.tag).max(50).optional() });
const serverV257 = serverV252.omit({ personality: true });
const serverV263 = serverV257.extend({ trusted_image_certificates: z.array(z.string().min(1)).min(1).max(50).nullable().optional() });
const serverV267 = serverV263.extend({ block_device_mapping_v2: z.array(bdmV267).optional() });
const serverV274 = serverV267.extend({ host: t.fqdn.optional(), hypervisor_hostname: t.fqdn.optional() });
const serverV290 = serverV274.extend({ hostname: t.hostname.optional() });
const serverV294 = serverV274.extend({ hostname: t.fqdn.optional() });

const wrap = <S extends z.ZodType>(server: S) =>
  z.strictObject({
    server,
    "os:scheduler_hints": hints.optional(),
    "OS-SCH-HNT:scheduler_hints": hints.optional(),
  });

export const createServer = versioned<CreateServerRequest>([
  { from: "2.1", schema: wrap(serverV21) },
  { from: "2.19", schema: wrap(serverV219) },
  { from: "2.32", schema: wrap(serverV232) },
  { from: "2.33", schema: wrap(serverV233) },
  { from: "2.37", schema: wrap(serverV237) },
  { from: "2.42", schema: wrap(serverV242) },
  { from: "2.52", schema: wrap(serverV252) },
  { from: "2.57", schema: wrap(serverV257) },
  { from: "2.63", schema: wrap(serverV263) },
  { from: "2.67", schema: wrap(serverV267) },
  { from: "2.74", schema: wrap(serverV274) },
  { from: "2.90", schema: wrap(serverV290) },
  { from: "2.94", schema: wrap(serverV294) },
]);
/** What the create handler works with, whatever the microversion. */
export type CreateServerBody = Omit<z.output<typeof serverV294>, "networks" | "tags" | "host" | "hypervisor_hostname" | "hostname"> & {
  personality?: unknown;
  networks?: z.output<typeof networkV242>[] | "auto" | "none";
  tags?: string[];
  host?: string;
  hypervisor_hostname?: string;
  hostname?: string;
  description?: string | null;
};
export type SchedulerHints = z.output<typeof hints>;
export type CreateServerRequest = {
  server: CreateServerBody;
  "os:scheduler_hints"?: SchedulerHints;
  "OS-SCH-HNT:scheduler_hints"?: SchedulerHints;
};

const updateV21 = z.strictObject({
  name: t.name.optional(),
  "OS-DCF:diskConfig": z.enum(["AUTO", "MANUAL"]).optional(),
  accessIPv4: t.ipv4.optional(),
  accessIPv6: t.ipv6.optional(),
});
const updateV219 = updateV21.extend({ description: t.description.optional() });
const updateV290 = updateV219.extend({ hostname: t.hostname.optional() });
const updateV294 = updateV219.extend({ hostname: t.fqdn.optional() });
/** 2.104: pinned_availability_zone (Nova's name_or_none: 1-255 characters, or null to unpin). */
const updateV2104 = updateV294.extend({ pinned_availability_zone: t.nameOrNone.optional() });
const wrapUpdate = <S extends z.ZodType>(server: S) => z.strictObject({ server });
export const updateServer = versioned<{ server: UpdateServerBody }>([
  { from: "2.1", schema: wrapUpdate(updateV21) },
  { from: "2.19", schema: wrapUpdate(updateV219) },
  { from: "2.90", schema: wrapUpdate(updateV290) },
  { from: "2.94", schema: wrapUpdate(updateV294) },
  { from: "2.104", schema: wrapUpdate(updateV2104) },
]);
export type UpdateServerBody = z.output<typeof updateV2104>;

export const serverIdParams = z.object({ server_id: z.string() });

/**
 * GET /servers query. Before 2.75 unknown parameters are ignored; from 2.75
 * they are a 400 (additionalProperties False), which the route checks.
 */
export const listQuery = z.looseObject({
  limit: t.limit.optional(),
  marker: z.string().optional(),
  sort_key: z.union([z.string(), z.array(z.string())]).optional(),
  sort_dir: z.union([z.string(), z.array(z.string())]).optional(),
  "changes-since": z.string().optional(),
  "changes-before": z.string().optional(),
  all_tenants: z.string().optional(),
  name: z.string().optional(),
  status: z.union([z.string(), z.array(z.string())]).optional(),
  image: z.string().optional(),
  flavor: z.string().optional(),
  ip: z.string().optional(),
  ip6: z.string().optional(),
  reservation_id: z.string().optional(),
  host: z.string().optional(),
  node: z.string().optional(),
  tags: z.string().optional(),
  "tags-any": z.string().optional(),
  "not-tags": z.string().optional(),
  "not-tags-any": z.string().optional(),
  deleted: z.string().optional(),
  locked: z.string().optional(),
  project_id: z.string().optional(),
  tenant_id: z.string().optional(),
  user_id: z.string().optional(),
  availability_zone: z.string().optional(),
  key_name: z.string().optional(),
  vm_state: z.string().optional(),
  task_state: z.string().optional(),
  power_state: z.string().optional(),
  hostname: z.string().optional(),
  uuid: z.string().optional(),
});
export type ListQuery = z.output<typeof listQuery>;

/** Parameters GET /servers knows at 2.75+ (others are then a 400). */
export const KNOWN_LIST_PARAMS = new Set([
  ...Object.keys(listQuery.shape),
  "image_ref", "launch_index", "kernel_id", "ramdisk_id", "display_name", "description", "display_description",
  "locked_by", "root_device_name", "config_drive", "access_ip_v4", "access_ip_v6", "auto_disk_config", "progress",
  "launched_at", "terminated_at", "created_at", "soft_deleted", "block_device_mapping", "services", "metadata",
  "system_metadata", "info_cache", "security_groups", "pci_devices", "page_reverse",
]);

export const metadataBody = z.strictObject({ metadata: t.metadata });
export const metaItemBody = z.strictObject({ meta: t.metadata });
export const tagsBody = z.strictObject({ tags: z.array(t.tag).max(50) });
