import type { ApiVersion } from "../../http/microversion.js";

/** A view body: checked against the route's response schema (NOVASIM_VALIDATE_RESPONSES), typed loosely here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = any;
import { naiveTime, naiveTimeOrNull } from "../../time-formats.js";
import { VOLUME_HOST, type SnapshotRow, type VolumeTypeRow, type VolumeWithAttachments } from "../../volume/service.js";

/** What the Cinder views need besides the row: where links point, the caller, the version. */
export interface VolumeViewContext {
  /** The v3 endpoint the request reached, e.g. http://host/volume/v3 (links add the project). */
  base: string;
  projectId: string;
  version: ApiVersion;
  isAdmin: boolean;
  types: Map<string, VolumeTypeRow>;
}

/** Cinder's self and bookmark links (cinder/api/common.py ViewBuilder._get_links). */
export function links(ctx: VolumeViewContext, collection: string, id: string) {
  const bookmarkBase = ctx.base.replace(/\/v3$/, "");
  return [
    { rel: "self", href: `${ctx.base}/${ctx.projectId}/${collection}/${id}` },
    { rel: "bookmark", href: `${bookmarkBase}/${ctx.projectId}/${collection}/${id}` },
  ];
}

/** GET /volumes: id, name, links. */
export function volumeSummary(v: VolumeWithAttachments, ctx: VolumeViewContext) {
  return { id: v.id, name: v.name, links: links(ctx, "volumes", v.id) };
}

/** Attachments as the volume shows them: only attached ones; host_name for admins (cinder/api/v3/views/volumes.py). */
function attachmentsView(v: VolumeWithAttachments, ctx: VolumeViewContext) {
  return v.attachments
    .filter((a) => a.attachStatus === "attached")
    .map((a) => ({
      id: v.id,
      attachment_id: a.id,
      volume_id: v.id,
      server_id: a.instanceUuid,
      host_name: ctx.isAdmin ? a.attachedHost : null,
      device: a.mountpoint,
      attached_at: naiveTimeOrNull(a.attachTime),
    }));
}

/**
 * GET /volumes/{id} and /volumes/detail, per microversion (ViewBuilder.detail
 * plus the os-vol-* extensions, which extend show and detail only: create and
 * update answer without them, `extensions: false`).
 */
export function volumeDetail(v: VolumeWithAttachments, ctx: VolumeViewContext, opts: { extensions?: boolean } = {}): Body {
  const mv = ctx.version;
  const type = ctx.types.get(v.volumeTypeId);
  const out: Body = {
    id: v.id,
    status: v.status,
    size: v.size,
    availability_zone: v.availabilityZone,
    created_at: naiveTime(v.createdAt),
    updated_at: naiveTimeOrNull(v.updatedAt),
    name: v.name,
    description: v.description,
    volume_type: type?.name ?? v.volumeTypeId,
    snapshot_id: v.snapshotId,
    source_volid: v.sourceVolid,
    metadata: JSON.parse(v.metadata) as Record<string, string>,
    links: links(ctx, "volumes", v.id),
    user_id: v.userId,
    bootable: String(v.bootable),
    encrypted: false,
    replication_status: null,
    consistencygroup_id: null,
    multiattach: v.multiattach,
    attachments: attachmentsView(v, ctx),
  };
  if (ctx.isAdmin) out.migration_status = v.migrationStatus;
  if (mv.atLeast("3.13")) out.group_id = null;
  if (ctx.isAdmin && mv.atLeast("3.21")) out.provider_id = null;
  if (mv.atLeast("3.48")) {
    out.shared_targets = mv.atLeast("3.69") ? null : true;
    out.service_uuid = null;
  }
  if (ctx.isAdmin && mv.atLeast("3.61")) out.cluster_name = null;
  if (mv.atLeast("3.63")) out.volume_type_id = v.volumeTypeId;
  if (mv.atLeast("3.65")) out.consumes_quota = true;
  if (opts.extensions === false) return out;
  // The extensions' attributes: the tenant for readers of the project, host and migration for admins.
  out["os-vol-tenant-attr:tenant_id"] = v.projectId;
  if (ctx.isAdmin) {
    out["os-vol-host-attr:host"] = v.status === "creating" ? null : VOLUME_HOST;
    out["os-vol-mig-status-attr:migstat"] = v.migrationStatus;
    out["os-vol-mig-status-attr:name_id"] = null;
  }
  if (v.imageMetadata) out.volume_image_metadata = JSON.parse(v.imageMetadata) as Record<string, string>;
  return out;
}

export function snapshotView(s: SnapshotRow, ctx: VolumeViewContext): Body {
  const out: Body = {
    id: s.id,
    created_at: naiveTime(s.createdAt),
    updated_at: naiveTimeOrNull(s.updatedAt),
    name: s.name,
    description: s.description,
    volume_id: s.volumeId,
    status: s.status,
    size: s.size,
    metadata: JSON.parse(s.metadata) as Record<string, string>,
    "os-extended-snapshot-attributes:progress": s.status === "available" ? "100%" : "0%",
    "os-extended-snapshot-attributes:project_id": s.projectId,
  };
  if (ctx.version.atLeast("3.14")) out.group_snapshot_id = null;
  if (ctx.version.atLeast("3.41")) out.user_id = s.userId;
  if (ctx.version.atLeast("3.65")) out.consumes_quota = true;
  return out;
}

/** A volume type (cinder/api/v2/views/types.py): extra specs for project readers, the QoS specs id for admins. */
export function typeView(t: VolumeTypeRow, ctx: Pick<VolumeViewContext, "isAdmin">): Body {
  const out: Body = {
    id: t.id,
    name: t.name,
    is_public: t.isPublic,
    description: t.description,
    extra_specs: JSON.parse(t.extraSpecs) as Record<string, string>,
  };
  if (ctx.isAdmin) out.qos_specs_id = null;
  out["os-volume-type-access:is_public"] = t.isPublic;
  return out;
}
