import { instancesRepo } from "../../db/repositories/instances.js";
import { Invalid } from "../../errors.js";
import { MetadataQuotaExceeded } from "../errors.js";
import { release } from "../../scheduler/index.js";
import type { EffectContext, Effects, SystemStarter } from "./types.js";
import type { ActionKey } from "../lifecycle.js";
import { VM } from "../vm-states.js";
import { removeServerGroupMembers } from "../server-groups.js";

/**
 * rebuild, delete (DELETE, forceDelete, the reclaim of soft-deleted servers),
 * soft delete (DELETE with reclaim_instance_interval > 0) and restore. Rebuild keeps the host, the claim and the ports; it only changes
 * the image and the attributes the request names (nova/compute/api.py rebuild).
 */

const GiB = 1024 ** 3;

/** The validated rebuild request, as the handler passes it to the engine. */
export interface RebuildParams {
  imageRef: string;
  name?: string;
  metadata?: Record<string, string>;
  autoDiskConfig?: boolean;
  accessIPv4?: string;
  accessIPv6?: string;
  description?: string | null;
  keyName?: string | null;
  userData?: string | null;
  hostname?: string;
}

const rebuild: Effects = {
  async prepare(ec, inst, params, ctx) {
    const p = params as unknown as RebuildParams;
    let image;
    try {
      image = await ec.collab.imageForBoot(ec.db, p.imageRef, ctx);
    } catch (err) {
      // Nova's rebuild answers an unknown image with its own message (ImageNotFound -> "Cannot find image for rebuild").
      if (err instanceof Invalid && / could not be found\.$/.test(err.message)) throw new Invalid("Cannot find image for rebuild");
      throw err;
    }
    // _validate_flavor_image_nostatus against the instance's flavor.
    if (image.minRam > inst.memoryMb) throw new Invalid("Flavor's memory is too small for requested image.");
    if (inst.rootGb > 0) {
      if (image.size !== null && image.size > inst.rootGb * GiB) {
        throw new Invalid(`Flavor's disk is too small for requested image. Flavor disk is ${inst.rootGb * GiB} bytes, image is ${image.size} bytes.`);
      }
      if (image.minDisk > inst.rootGb) {
        throw new Invalid(
          `Flavor's disk is smaller than the minimum size specified in image metadata. Flavor disk is ${inst.rootGb * GiB} bytes, minimum size is ${image.minDisk * GiB} bytes.`,
        );
      }
    }
    if (p.metadata) {
      const limit = await ec.collab.quotas.metadataItems(ec.db, inst.projectId);
      const n = Object.keys(p.metadata).length;
      if (limit >= 0 && n > limit) {
        throw new MetadataQuotaExceeded(n, limit);
      }
    }
    // Keys belong to users: the caller's keypair, not the owner's (Nova uses context.user_id).
    const key = p.keyName ? await ec.collab.keypairForBoot(ec.db, ctx.userId, p.keyName) : null;
    return { imageId: image.id, keyData: key ? key.publicKey : null };
  },
  async begin(_ec, _inst, params) {
    const p = params as unknown as RebuildParams & { imageId: string; keyData: string | null };
    const f: Record<string, unknown> = { imageRef: p.imageId, progress: 0 };
    if (p.name !== undefined) f.displayName = p.name;
    if (p.autoDiskConfig !== undefined) f.autoDiskConfig = p.autoDiskConfig;
    if (p.accessIPv4 !== undefined) f.accessIpV4 = p.accessIPv4;
    if (p.accessIPv6 !== undefined) f.accessIpV6 = p.accessIPv6;
    if (p.description !== undefined) f.displayDescription = p.description;
    if (p.keyName !== undefined) {
      f.keyName = p.keyName || null;
      f.keyData = p.keyName ? p.keyData : null;
    }
    if (p.userData !== undefined) f.userData = p.userData;
    if (p.hostname !== undefined) f.hostname = p.hostname;
    return f;
  },
  async complete(ec) {
    return { launchedAt: ec.clock.now() };
  },
};

const softDelete: Effects = {
  async complete(ec) {
    // Nova stamps the deletion time; the reclaim counts from it.
    return { terminatedAt: ec.clock.now() };
  },
};

const restore: Effects = {
  async begin() {
    return { terminatedAt: null };
  },
};

/** Complete a delete: give back the claim and the ports, leave its server group; the instance ends deleted. */
const deleteNow: Effects = {
  async complete(ec, inst) {
    await release(ec.db, inst.id);
    await ec.collab.network.release(ec.db, inst.id);
    // Nova's _shutdown_instance / _cleanup_volumes: volumes detached, delete_on_termination ones deleted.
    await ec.collab.volumes.releaseServer(inst.id);
    await removeServerGroupMembers(ec.db, [inst.id]);
    const now = ec.clock.now();
    return { terminatedAt: now, deletedAt: now };
  },
};

export const REBUILD_DELETE_EFFECTS: Partial<Record<ActionKey, Effects>> = {
  rebuild,
  softDelete,
  restore,
  delete: deleteNow,
  forceDelete: deleteNow,
  reclaim: deleteNow,
};

/**
 * Delete soft-deleted servers older than reclaim_instance_interval (Nova's
 * _reclaim_queued_deletes periodic task): each goes through the ordinary
 * delete path (claim and ports released). Returns how many were reclaimed.
 * Meant to be called from the worker's tick.
 */
export async function reclaimDue(
  ec: Pick<EffectContext, "db" | "clock" | "config">,
  engine: Pick<SystemStarter, "startSystem">,
): Promise<number> {
  const interval = ec.config.reclaimInstanceIntervalSeconds;
  if (interval <= 0) return 0;
  const repo = instancesRepo(ec.db);
  const cutoff = new Date(ec.clock.now().getTime() - interval * 1000);
  const due = await repo.list({ deletedAt: null, vmState: VM.SOFT_DELETED, taskState: null, terminatedAt: { lte: cutoff } });
  let n = 0;
  for (const inst of due) if (await engine.startSystem(inst, "reclaim")) n++;
  return n;
}
