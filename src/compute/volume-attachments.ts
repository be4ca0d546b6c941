import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import { instancesRepo } from "../db/repositories/instances.js";
import { Conflict, Invalid, NotFound } from "../errors.js";
import type { AuthContext } from "../identity/types.js";
import type { AttachmentRow } from "../volume/service.js";
import { InvalidVolume } from "../volume/errors.js";
import type { Collaborators } from "./collaborators.js";
import { InstanceInvalidState } from "./errors.js";
import type { InstanceRecord } from "./instance.js";
import { GUARDS, guard, type Guard } from "./lifecycle.js";
import { VM } from "./vm-states.js";

export type { AttachmentRow } from "../volume/service.js";

/**
 * Nova's volume attachments (nova/compute/api.py attach_volume, detach_volume,
 * swap_volume): each checks the instance with the lifecycle table's guard and
 * is recorded as an instance action, as Nova records them; Cinder (the
 * volume port) does the attachment itself.
 */
const ATTACH = { ...GUARDS.attachVolume, record: "attach_volume", event: "compute_attach_volume" };
const DETACH = { ...GUARDS.detachVolume, record: "detach_volume", event: "compute_detach_volume" };
const SWAP = { ...GUARDS.swapVolume, record: "swap_volume", event: "compute_swap_volume" };
const SHELVED: string[] = [VM.SHELVED, VM.SHELVED_OFFLOADED];

export interface AttachVolumeRequest {
  volumeId: string;
  device?: string | null;
  tag?: string | null;
  deleteOnTermination: boolean;
}

/** match_device() of nova/block_device.py. */
const DEVICE = /(^\/dev\/x{0,1}[a-z]{0,1}d{0,1})([a-z]+)[0-9]*$/;

export function volumeAttachmentService(deps: { db: Db; clock: Clock; collab: Collaborators }) {
  const { db, clock, collab } = deps;
  const repo = instancesRepo(db);
  const volumes = collab.volumes;

  async function recorded<T>(ctx: AuthContext, requestId: string, inst: InstanceRecord, g: Guard & { record: string; event: string }, fn: () => Promise<T>): Promise<T> {
    await repo.startAction({ instanceId: inst.id, action: g.record, requestId, userId: ctx.userId, projectId: inst.projectId, startTime: clock.now(), event: g.event, host: inst.host });
    try {
      const out = await fn();
      await repo.finishAction(inst.id, g.record, clock.now(), "Success", { host: inst.host });
      return out;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      await repo.finishAction(inst.id, g.record, clock.now(), "Error", { host: inst.host, traceback: message, message: "Error" });
      throw e;
    }
  }

  /** Before 2.20 a shelved server takes no volume: Nova's 409 for the vm_state. */
  function checkShelved(inst: InstanceRecord, method: string, newEnough: boolean) {
    if (SHELVED.includes(inst.vmState) && !newEnough) throw new InstanceInvalidState(method, inst.id, "vm_state", inst.vmState);
  }

  const notAttached = (inst: InstanceRecord, volumeId: string) => new NotFound(`Instance ${inst.id} is not attached to volume ${volumeId}`);

  return {
    /** The server's volume BDMs, in attach order. */
    async list(inst: InstanceRecord): Promise<AttachmentRow[]> {
      await volumes.settle();
      return volumes.attachmentsOf([inst.id]);
    },

    async show(inst: InstanceRecord, volumeId: string): Promise<AttachmentRow> {
      const a = await volumes.attachmentOf(volumeId, inst.id);
      if (!a) throw notAttached(inst, volumeId);
      return a;
    },

    /** POST /servers/{id}/os-volume_attachments: the device name it gets. */
    async attach(ctx: AuthContext, requestId: string, inst: InstanceRecord, req: AttachVolumeRequest, shelvedAllowed: boolean): Promise<AttachmentRow> {
      checkShelved(inst, "attach_volume", shelvedAllowed);
      guard(ATTACH, inst, ctx);
      if (req.device && !DEVICE.test(req.device)) throw new Invalid(`The supplied device path (${req.device}) is invalid.`);
      const volume = await volumes.visible(ctx, req.volumeId);
      if (volume.attachments.some((a) => a.instanceUuid === inst.id)) throw new InvalidVolume(`volume ${volume.id} already attached`);
      if (inst.vmState === VM.SHELVED_OFFLOADED && req.tag) throw new Invalid("Tagged volume attachment is not supported for shelved-offloaded instances.");
      return recorded(ctx, requestId, inst, ATTACH, () =>
        volumes.attach(volume, { instanceUuid: inst.id, host: inst.host, device: req.device, tag: req.tag, deleteOnTermination: req.deleteOnTermination }),
      );
    },

    /** DELETE /servers/{id}/os-volume_attachments/{volume_id}: a root volume stays. */
    async detach(ctx: AuthContext, requestId: string, inst: InstanceRecord, volumeId: string, shelvedAllowed: boolean) {
      checkShelved(inst, "detach_volume", shelvedAllowed);
      await volumes.visible(ctx, volumeId);
      const a = await volumes.attachmentOf(volumeId, inst.id);
      if (!a) throw notAttached(inst, volumeId);
      if (a.bootIndex === 0) throw new Invalid("Cannot detach a root device volume");
      guard(DETACH, inst, ctx);
      await recorded(ctx, requestId, inst, DETACH, () => volumes.detach(volumeId, inst.id));
    },

    /** PUT from 2.85 with the same volume: only delete_on_termination changes (the others must match). */
    async update(inst: InstanceRecord, volumeId: string, att: { id?: string; serverId?: string; device?: string | null; tag?: string; delete_on_termination?: boolean }) {
      const a = await volumes.attachmentOf(volumeId, inst.id);
      if (!a) throw new NotFound(`No volume Block Device Mapping with id ${volumeId}.`);
      if (att.id !== undefined && att.id !== volumeId) throw new Invalid("The id property is not mutable");
      if (att.serverId !== undefined && att.serverId !== inst.id) throw new Invalid("The serverId property is not mutable");
      if (att.device !== undefined && att.device !== a.mountpoint) throw new Invalid("The device property is not mutable");
      if (att.tag !== undefined && att.tag !== a.tag) throw new Invalid("The tag property is not mutable");
      if (att.delete_on_termination !== undefined) await volumes.updateAttachment(a.id, { deleteOnTermination: att.delete_on_termination });
    },

    /**
     * Swap (PUT with another volume, admin): Nova only lets Cinder call it
     * while the old volume migrates; novasim has no volume migration, so this
     * is the 409 Nova answers a user with, after the same lookups.
     */
    async swap(ctx: AuthContext, requestId: string, inst: InstanceRecord, oldVolumeId: string, newVolumeId: string) {
      const oldVolume = await volumes.visible(ctx, oldVolumeId);
      if (!oldVolume.migrationStatus) {
        throw new Conflict(`volume ${oldVolumeId} is not migrating; this API should only be called by Cinder`);
      }
      let newVolume;
      try {
        newVolume = await volumes.visible(ctx, newVolumeId);
      } catch (e) {
        if (e instanceof NotFound) throw new Invalid(e.message);
        throw e;
      }
      guard(SWAP, inst, ctx);
      if (!oldVolume.attachments.some((a) => a.instanceUuid === inst.id)) throw new InvalidVolume("Old volume is attached to a different instance.");
      if (newVolume.attachments.length) throw new InvalidVolume("New volume must be detached in order to swap.");
      if (newVolume.size < oldVolume.size) throw new InvalidVolume("New volume must be the same size or larger.");
      await recorded(ctx, requestId, inst, SWAP, () => volumes.swap(oldVolume, newVolume, inst.id));
    },
  };
}

export type VolumeAttachmentService = ReturnType<typeof volumeAttachmentService>;
