import crypto from "node:crypto";
import { identityRepo } from "../../db/repositories/identity.js";
import { imageRepo } from "../../db/repositories/images.js";
import { instancesRepo } from "../../db/repositories/instances.js";
import { Invalid, Conflict } from "../../errors.js";
import type { AuthContext } from "../../identity/types.js";
import { activateImageWithData, createImageRecord, deleteImageRecord, setImageStatus } from "../../image/records.js";
import { toImage } from "../../image/image.js";
import { unbindServerPorts } from "../../network/servers.js";
import { NoValidHost, release, scheduleAndClaim } from "../../scheduler/index.js";
import { listHosts } from "../../db/repositories/hosts.js";
import type { EffectContext, Effects, SystemStarter } from "./types.js";
import type { InstanceRecord } from "../instance.js";
import type { ActionKey } from "../lifecycle.js";
import { requestSpecOf } from "../request-spec.js";
import { serverGroupSpecOf } from "../server-groups.js";
import { POWER, VM } from "../vm-states.js";

/**
 * Snapshots (createImage, createBackup), shelve, shelveOffload and unshelve.
 *
 * A snapshot is a Glance image created queued when the action is accepted
 * (nova/compute/utils.py create_image), moved to saving when the simulated
 * hypervisor starts uploading, and made active with a small generated disk
 * file when the upload step ends. A failure deletes it, as Nova's compute does.
 */

/** nova/compute/utils.py NON_INHERITABLE_IMAGE_PROPERTIES plus [DEFAULT]non_inheritable_image_properties. */
const NON_INHERITABLE = new Set([
  "cinder_encryption_key_id",
  "cinder_encryption_key_deletion_policy",
  "img_signature",
  "img_signature_hash_method",
  "img_signature_key_type",
  "img_signature_certificate_uuid",
  "cache_in_nova",
  "bittorrent",
]);
const NON_INHERITABLE_NAMESPACES = ["os_glance"];

const GiB = 1024 ** 3;

/** What the instance keeps while shelved (Nova's shelved_* system metadata), in previousState. */
export interface ShelvedState {
  shelvedAt?: string;
  shelvedImageId?: string;
  shelvedHost?: string | null;
}

const stateOf = (inst: Pick<InstanceRecord, "previousState">): Record<string, unknown> => inst.previousState;

/**
 * Register the snapshot image in Glance, queued, with the properties Nova
 * gives it: the base image's (less the non-inheritable ones), base_image_ref,
 * owner names, instance_uuid, user_id, image_type, then the caller's metadata.
 * min_disk is max(base min_disk, flavor root disk); min_ram the base image's.
 */
export async function createSnapshotImage(
  ec: EffectContext,
  inst: InstanceRecord,
  ctx: AuthContext,
  rec: { id: string; name: string; imageType: "snapshot" | "backup"; extra: Record<string, string> },
) {
  const baseRow = inst.imageRef ? await imageRepo(ec.db).find(inst.imageRef) : null;
  const base = baseRow ? toImage(baseRow) : null;
  const ids = identityRepo(ec.db);
  const [owner, user] = await Promise.all([ids.findProject({ id: inst.projectId }), ids.findUser(inst.userId)]);
  const properties: Record<string, string> = {};
  for (const [k, v] of Object.entries(base?.properties ?? {})) {
    if (NON_INHERITABLE.has(k) || NON_INHERITABLE_NAMESPACES.some((ns) => k.startsWith(ns))) continue;
    properties[k] = String(v);
  }
  properties.base_image_ref = inst.imageRef;
  if (user) properties.owner_user_name = user.name;
  if (owner) properties.owner_project_name = owner.name;
  properties.instance_uuid = inst.id;
  properties.user_id = ctx.userId;
  properties.image_type = rec.imageType;
  Object.assign(properties, rec.extra);
  // An admin snapshotting someone else's server: the image is the admin's, shared with the server's project.
  const foreign = ctx.projectId !== inst.projectId;
  const now = ec.clock.now();
  const image = await createImageRecord(ec.db, {
    id: rec.id,
    owner: ctx.projectId ?? inst.projectId,
    name: rec.name,
    visibility: foreign ? "shared" : "private",
    properties,
    // Snapshots get their formats at upload; backups keep the base image's.
    diskFormat: rec.imageType === "backup" ? (base?.diskFormat ?? null) : null,
    containerFormat: rec.imageType === "backup" ? (base?.containerFormat ?? null) : null,
    minDisk: Math.max(base?.minDisk ?? 0, inst.rootGb),
    minRam: base?.minRam ?? 0,
    now,
  });
  if (foreign) await imageRepo(ec.db).createMember(image.id, inst.projectId, now);
  return image;
}

/** A small qcow2 file standing for the instance's disk: a valid header (virtual size = root disk) and some random data. */
function snapshotData(inst: InstanceRecord): Buffer {
  const buf = Buffer.alloc(4096);
  crypto.randomFillSync(buf, 512);
  buf.write("QFI\xfb", 0, "latin1");
  buf.writeUInt32BE(3, 4); // version
  buf.writeUInt32BE(16, 20); // cluster bits
  buf.writeBigUInt64BE(BigInt(Math.max(inst.rootGb, 1) * GiB), 24);
  buf.writeUInt32BE(104, 100); // header length
  return buf;
}

/** The upload has started (queued -> saving). */
async function uploading(ec: EffectContext, imageId: string) {
  await setImageStatus(ec.db, imageId, "queued", "saving", ec.clock.now());
}

/** The upload has finished: store the data, set the formats and the properties the libvirt driver adds. */
async function uploaded(ec: EffectContext, inst: InstanceRecord, imageId: string) {
  const repo = imageRepo(ec.db);
  const row = await repo.find(imageId);
  if (!row) throw new Error(`Image ${imageId} could not be found.`);
  const image = toImage(row);
  const now = ec.clock.now();
  await repo.update(imageId, {
    diskFormat: "qcow2",
    containerFormat: image.containerFormat ?? "bare",
    properties: JSON.stringify({ ...image.properties, image_location: "snapshot", image_state: "available", owner_id: inst.projectId }),
    updatedAt: now,
  });
  if (image.status === "queued") await setImageStatus(ec.db, imageId, "queued", "saving", now);
  return activateImageWithData(ec.db, ec.config.dataDir, imageId, snapshotData(inst), now);
}

async function dropImage(ec: EffectContext, imageId: unknown) {
  if (typeof imageId === "string") await deleteImageRecord(ec.db, ec.config.dataDir, imageId);
}

/** Keep only the newest `rotation` backups of that type of the instance (nova/compute/manager.py _rotate_backups). */
export async function rotateBackups(ec: EffectContext, inst: InstanceRecord, backupType: string, rotation: number) {
  const rows = await imageRepo(ec.db).list({
    viewerProject: null,
    isAdmin: true,
    memberStatus: "all",
    visibility: "all",
    columns: { properties: { contains: `"instance_uuid":"${inst.id}"` } },
  });
  const backups = rows
    .map(toImage)
    .filter((i) => i.properties.image_type === "backup" && i.properties.backup_type === backupType && i.properties.instance_uuid === inst.id)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
  for (const old of backups.slice(rotation)) await deleteImageRecord(ec.db, ec.config.dataDir, old.id);
}

const snapshot = (imageType: "snapshot" | "backup"): Effects => ({
  async prepare(ec, inst, params, ctx) {
    await createSnapshotImage(ec, inst, ctx, {
      id: params.imageId as string,
      name: params.name as string,
      imageType,
      extra: {
        ...((params.metadata as Record<string, string> | undefined) ?? {}),
        ...(imageType === "backup" ? { backup_type: params.backupType as string } : {}),
      },
    });
  },
  async step(ec, _inst, params, index) {
    if (index === 0) await uploading(ec, params.imageId as string);
  },
  async complete(ec, inst, params) {
    await uploaded(ec, inst, params.imageId as string);
    if (imageType === "backup") await rotateBackups(ec, inst, params.backupType as string, params.rotation as number);
  },
  async rollback(ec, _inst, params) {
    await dropImage(ec, params.imageId);
  },
});

/** Give the host back: allocations released, ports unbound, host and node cleared (_shelve_offload_instance). */
async function offload(ec: EffectContext, inst: InstanceRecord) {
  await unbindServerPorts(ec.db, inst.id, ec.clock);
  await release(ec.db, inst.id);
  return { host: null, node: null };
}

/**
 * Offload shelved servers whose shelved_offload_time has passed (Nova's
 * _poll_shelved_instances periodic task); returns how many were offloaded.
 * Meant to be called from the worker's tick.
 */
export async function offloadShelvedDue(ec: EffectContext, engine: Pick<SystemStarter, "startSystem">): Promise<number> {
  const secs = ec.config.shelvedOffloadTimeSeconds;
  if (secs < 0) return 0;
  const repo = instancesRepo(ec.db);
  const shelved = await repo.list({ deletedAt: null, vmState: VM.SHELVED, taskState: null });
  const cutoff = ec.clock.now().getTime() - secs * 1000;
  let n = 0;
  for (const inst of shelved) {
    const at = (stateOf(inst) as ShelvedState).shelvedAt;
    // shelveOffload, as the system's: not recorded, done at once.
    if (at && Date.parse(at) <= cutoff && (await engine.startSystem(inst, "shelveOffload", {}, { immediate: true }))) n++;
  }
  return n;
}

const shelve: Effects = {
  async prepare(ec, inst, params, ctx) {
    await createSnapshotImage(ec, inst, ctx, { id: params.imageId as string, name: `${inst.displayName}-shelved`, imageType: "snapshot", extra: {} });
    // shelved_offload_time 0: the compute offloads right after the snapshot.
    return { offloadNow: ec.config.shelvedOffloadTimeSeconds === 0 };
  },
  async step(ec, _inst, params, index) {
    if (index === 0) await uploading(ec, params.imageId as string);
  },
  async complete(ec, inst, params) {
    await uploaded(ec, inst, params.imageId as string);
    const kept: ShelvedState = { shelvedAt: ec.clock.now().toISOString(), shelvedImageId: params.imageId as string, shelvedHost: inst.host };
    const fields: Record<string, unknown> = { previousState: JSON.stringify({ ...stateOf(inst), ...kept }) };
    if (params.offloadNow) Object.assign(fields, await offload(ec, inst));
    return fields;
  },
  final(_inst, params) {
    return { vmState: params.offloadNow ? VM.SHELVED_OFFLOADED : VM.SHELVED, powerState: POWER.SHUTDOWN };
  },
  async rollback(ec, _inst, params) {
    await dropImage(ec, params.imageId);
  },
};

const shelveOffload: Effects = {
  async complete(ec, inst) {
    return offload(ec, inst);
  },
};

/**
 * Unshelve: a shelved (not offloaded) server starts again where it is; an
 * offloaded one is scheduled again (the requested AZ or host, if any), claims
 * a host and binds its ports. The shelved snapshot is deleted at the end.
 */
const unshelve: Effects = {
  async prepare(ec, inst, params) {
    const azPassed = "availabilityZone" in params;
    const az = params.availabilityZone as string | null | undefined;
    const host = params.host as string | undefined;
    if ((azPassed || host) && inst.vmState !== VM.SHELVED_OFFLOADED) {
      throw new Conflict(
        `Specifying an availability zone or a host when unshelving server "${inst.id}" with status "${inst.vmState}" is not supported. The server status must be SHELVED_OFFLOADED.`,
      );
    }
    const hosts = (azPassed && az) || host ? await listHosts(ec.db) : [];
    if (azPassed && az && !hosts.some((h) => h.availabilityZone === az)) {
      throw new Invalid("The requested availability zone is not available");
    }
    const expectedAz = azPassed ? (az ?? null) : inst.requestedAz;
    if (host) {
      const h = hosts.find((x) => x.hostname === host);
      if (!h) throw new Invalid(`Compute host ${host} could not be found.`);
      if (expectedAz !== null && h.availabilityZone !== expectedAz) {
        throw new Conflict(`Host "${host}" is not in the availability zone "${expectedAz}".`);
      }
    }
    return { expectedAz };
  },
  async begin(_ec, _inst, params) {
    if ("availabilityZone" in params) return { requestedAz: (params.expectedAz as string | null) ?? null };
  },
  async step(ec, inst, params, index) {
    if (index !== 0 || inst.vmState !== VM.SHELVED_OFFLOADED) return;
    try {
      // The requested AZ; a host asked for (2.91) replaces the boot's forced placement.
      const spec = requestSpecOf(inst, {
        availabilityZone: (params.expectedAz as string | null) ?? null,
        group: await serverGroupSpecOf(ec.db, inst.id),
        ...(params.host ? { forcedHost: params.host as string, forcedNode: null } : {}),
      });
      const placed = await scheduleAndClaim(ec.db, spec, { hostSubsetSize: ec.config.schedulerHostSubsetSize });
      await ec.collab.network.bind(ec.db, inst.id, placed.host.hostname);
      return { host: placed.host.hostname, node: placed.host.nodename, availabilityZone: placed.host.availabilityZone };
    } catch (err) {
      if (err instanceof NoValidHost) ec.logger.info({ instance: inst.id, decision: err.details }, "no valid host for unshelve");
      throw err;
    }
  },
  async complete(ec, inst) {
    const state = stateOf(inst) as ShelvedState & Record<string, unknown>;
    if (state.shelvedImageId) await deleteImageRecord(ec.db, ec.config.dataDir, state.shelvedImageId);
    const { shelvedAt: _a, shelvedImageId: _i, shelvedHost: _h, ...rest } = state;
    return { previousState: JSON.stringify(rest), launchedAt: ec.clock.now() };
  },
  async rollback(ec, inst, params) {
    const from = params._from as { vmState?: string } | undefined;
    // An offloaded server that got a host in this attempt gives it back.
    if ((from?.vmState ?? inst.vmState) === VM.SHELVED_OFFLOADED) {
      await release(ec.db, inst.id);
      await unbindServerPorts(ec.db, inst.id, ec.clock);
      await instancesRepo(ec.db).update(inst.id, { host: null, node: null });
    }
  },
};

export const IMAGES_SHELVE_EFFECTS: Partial<Record<ActionKey, Effects>> = {
  createImage: snapshot("snapshot"),
  createBackup: snapshot("backup"),
  shelve,
  shelveOffload,
  unshelve,
};
