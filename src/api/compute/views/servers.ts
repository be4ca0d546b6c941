import type { ApiVersion } from "../../../http/microversion.js";
import { flavorOf, hostIdOf, instanceNameOf, type InstanceRecord } from "../../../compute/instance.js";
import { statusOf } from "../../../compute/vm-states.js";
import { isotime, naiveTimeOrNull } from "../../../time-formats.js";

/** Everything besides the instance row that a server view needs, fetched in batches by the caller. */
export interface ServerViewContext {
  base: string;
  version: ApiVersion;
  isAdmin: boolean;
  addresses: Map<string, Record<string, unknown[]>>;
  securityGroups: Map<string, { name: string }[]>;
  /** Host status (UP, DOWN, MAINTENANCE, UNKNOWN) by host name, for 2.16+. */
  hostStatus: Map<string, string>;
  /** Image properties by image id, for 2.98+. */
  imageProperties: Map<string, Record<string, unknown>>;
  /** The server group uuid of each server, for 2.71+ (shown by show, update and rebuild). */
  serverGroups?: Map<string, string[]>;
  /** The volumes attached to each server (os-extended-volumes:volumes_attached). */
  volumes?: Map<string, { id: string; deleteOnTermination: boolean }[]>;
}

const PROGRESS = new Set(["ACTIVE", "BUILD", "REBUILD", "RESIZE", "VERIFY_RESIZE", "MIGRATING"]);
const FAULT = new Set(["ERROR", "DELETED"]);


export function serverLinks(base: string, id: string) {
  return [
    { rel: "self", href: `${base}/compute/v2.1/servers/${id}` },
    { rel: "bookmark", href: `${base}/compute/servers/${id}` },
  ];
}

function imageView(i: InstanceRecord, ctx: ServerViewContext) {
  if (!i.imageRef) return "";
  const view: Record<string, unknown> = {
    id: i.imageRef,
    links: [{ rel: "bookmark", href: `${ctx.base}/compute/images/${i.imageRef}` }],
  };
  if (ctx.version.atLeast("2.98")) view.properties = ctx.imageProperties.get(i.imageRef) ?? {};
  return view;
}

function flavorView(i: InstanceRecord, ctx: ServerViewContext) {
  const f = flavorOf(i);
  if (!ctx.version.atLeast("2.47")) {
    return { id: i.flavorId, links: [{ rel: "bookmark", href: `${ctx.base}/compute/flavors/${i.flavorId}` }] };
  }
  return {
    vcpus: f.vcpus,
    ram: f.ram,
    disk: f.disk,
    ephemeral: f.ephemeral,
    swap: f.swap,
    original_name: f.name,
    extra_specs: f.extra_specs,
  };
}

/** GET /servers (index): id, name, links. */
export function serverBasicView(i: InstanceRecord, base: string) {
  return { id: i.id, name: i.displayName, links: serverLinks(base, i.id) };
}

/** GET /servers/{id} and /servers/detail, per nova/api/openstack/compute/views/servers.py show(). */
export function serverView(i: InstanceRecord, ctx: ServerViewContext, opts: { showServerGroups?: boolean; showUserData?: boolean } = {}) {
  const v = ctx.version;
  const status = statusOf(i.vmState, i.taskState);
  const s: Record<string, unknown> = {
    id: i.id,
    name: i.displayName,
    status,
    tenant_id: i.projectId,
    user_id: i.userId,
    metadata: Object.fromEntries(i.metadata.map((m) => [m.key, m.value])),
    hostId: hostIdOf(i),
    image: imageView(i, ctx),
    flavor: flavorView(i, ctx),
    created: isotime(i.createdAt),
    updated: isotime(i.updatedAt),
    addresses: ctx.addresses.get(i.id) ?? {},
    accessIPv4: i.accessIpV4,
    accessIPv6: i.accessIpV6,
    links: serverLinks(ctx.base, i.id),
    "OS-DCF:diskConfig": i.autoDiskConfig ? "AUTO" : "MANUAL",
  };
  if (FAULT.has(status) && i.faultCode !== null) {
    const fault: Record<string, unknown> = {
      code: i.faultCode,
      created: isotime(i.faultCreatedAt ?? i.updatedAt),
      message: i.faultMessage ?? "",
    };
    // Details (the traceback) only for admins, and never for 500s' internals to others.
    if (ctx.isAdmin && i.faultDetails) fault.details = i.faultDetails;
    s.fault = fault;
  }
  if (PROGRESS.has(status)) s.progress = i.progress;
  s["OS-EXT-AZ:availability_zone"] = i.availabilityZone ?? "";
  s.config_drive = i.configDrive;
  s.key_name = i.keyName;
  s["OS-SRV-USG:launched_at"] = naiveTimeOrNull(i.launchedAt);
  s["OS-SRV-USG:terminated_at"] = naiveTimeOrNull(i.terminatedAt);
  const groups = ctx.securityGroups.get(i.id);
  if (groups && groups.length) s.security_groups = groups;
  if (ctx.isAdmin) {
    s["OS-EXT-SRV-ATTR:host"] = i.host;
    s["OS-EXT-SRV-ATTR:instance_name"] = instanceNameOf(i);
    s["OS-EXT-SRV-ATTR:hypervisor_hostname"] = i.node;
    if (v.atLeast("2.3")) {
      s["OS-EXT-SRV-ATTR:reservation_id"] = i.reservationId;
      s["OS-EXT-SRV-ATTR:launch_index"] = i.launchIndex;
      s["OS-EXT-SRV-ATTR:hostname"] = i.hostname;
      s["OS-EXT-SRV-ATTR:kernel_id"] = "";
      s["OS-EXT-SRV-ATTR:ramdisk_id"] = "";
      s["OS-EXT-SRV-ATTR:root_device_name"] = i.host ? "/dev/vda" : null;
      // Rebuild answers user_data under its own key instead (from 2.57).
      if (opts.showUserData !== false) s["OS-EXT-SRV-ATTR:user_data"] = i.userData;
    }
  }
  s["OS-EXT-STS:task_state"] = i.taskState;
  s["OS-EXT-STS:vm_state"] = i.vmState;
  s["OS-EXT-STS:power_state"] = i.powerState;
  // delete_on_termination from 2.3 (nova/api/openstack/compute/views/servers.py _get_volumes_attached).
  s["os-extended-volumes:volumes_attached"] = (ctx.volumes?.get(i.id) ?? []).map((a) =>
    v.atLeast("2.3") ? { id: a.id, delete_on_termination: a.deleteOnTermination } : { id: a.id },
  );
  if (v.atLeast("2.9")) s.locked = i.locked;
  // host_status is admin-only by default policy.
  if (v.atLeast("2.16") && ctx.isAdmin) s.host_status = i.host ? (ctx.hostStatus.get(i.host) ?? "UNKNOWN") : "";
  if (v.atLeast("2.19")) s.description = i.displayDescription;
  if (v.atLeast("2.26")) s.tags = i.tags.map((t) => t.tag);
  if (v.atLeast("2.63")) s.trusted_image_certificates = null;
  if (opts.showServerGroups && v.atLeast("2.71")) s.server_groups = ctx.serverGroups?.get(i.id) ?? [];
  if (v.atLeast("2.73")) s.locked_reason = i.lockedReason;
  if (v.atLeast("2.90") && !ctx.isAdmin) s["OS-EXT-SRV-ATTR:hostname"] = i.hostname;
  if (v.atLeast("2.96")) s.pinned_availability_zone = i.requestedAz;
  if (v.atLeast("2.100")) s.scheduler_hints = i.schedulerHints;
  return s;
}

/** Fields of Nova's short server view (PUT and rebuild answers before 2.75), by the microversion that added them. */
const SHORT_FIELDS = ["id", "name", "status", "image", "flavor", "fault", "user_id", "tenant_id", "created", "updated", "progress", "metadata", "links", "addresses", "hostId", "OS-DCF:diskConfig", "accessIPv4", "accessIPv6"];
const SHORT_VERSIONED: [string, string][] = [
  ["2.9", "locked"],
  ["2.19", "description"],
  ["2.26", "tags"],
  ["2.63", "trusted_image_certificates"],
  ["2.71", "server_groups"],
  ["2.73", "locked_reason"],
];

/**
 * Before 2.75 Nova answers PUT /servers/{id} and rebuild with a short view: no
 * extended attributes, and addresses with only version and addr. `extra` adds
 * fields one caller shows (rebuild: key_name from 2.54).
 */
export function shortServerView(full: Record<string, unknown>, v: ApiVersion, extra: [string, string][] = []) {
  const keep = new Set([...SHORT_FIELDS, ...[...SHORT_VERSIONED, ...extra].filter(([mv]) => v.atLeast(mv)).map(([, f]) => f)]);
  const server: Record<string, unknown> = Object.fromEntries(Object.entries(full).filter(([k]) => keep.has(k)));
  const plain: Record<string, unknown[]> = {};
  for (const [net, list] of Object.entries((full.addresses ?? {}) as Record<string, Record<string, unknown>[]>)) {
    plain[net] = list.map((a) => ({ version: a.version, addr: a.addr }));
  }
  server.addresses = plain;
  return server;
}
