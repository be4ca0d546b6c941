import type { Db } from "../db/client.js";
import { Invalid, NotFound } from "../errors.js";
import type { AuthContext } from "../identity/types.js";
import { InvalidVolume } from "../volume/errors.js";
import type { Collaborators } from "./collaborators.js";

/**
 * block_device_mapping(_v2) of a server create, as Nova reads and checks them
 * (nova/block_device.py BlockDeviceDict.from_api, from_legacy, and
 * nova/compute/api.py _validate_bdm), reduced to the volumes the boot makes
 * or attaches; local image disks are the image-backed root as before.
 */
export interface BootVolume {
  sourceType: "image" | "volume" | "blank" | "snapshot";
  uuid: string | null;
  size: number | null;
  bootIndex: number | null;
  deleteOnTermination: boolean;
  tag: string | null;
  volumeType: string | null;
}

export class InvalidBDMFormat extends Invalid {
  constructor(details: string) {
    super(`Block Device Mapping is Invalid: ${details}`, "InvalidBDMFormat");
  }
}
const invalidBDM = (message: string) => new Invalid(message, "InvalidBDM");
const bootSequence = () =>
  new Invalid("Block Device Mapping is Invalid: Boot sequence for the instance and image/block device mapping combination is not valid.", "InvalidBDMBootSequence");

const TRUE = ["true", "1", "on", "yes", "y", "t"];
const bool = (v: unknown) => v === true || (typeof v === "string" && TRUE.includes(v.toLowerCase()));

function bootIndexOf(v: unknown): number | null {
  if (v === undefined || v === null) return null;
  const n = typeof v === "number" ? v : /^-?[0-9]+$/.test(String(v)) ? Number(v) : NaN;
  if (!Number.isInteger(n)) throw new InvalidBDMFormat("Boot index is invalid.");
  return n;
}

function sizeOf(v: unknown): number | null {
  if (v === undefined || v === null || v === "") return null;
  const n = typeof v === "number" ? v : /^[0-9]+$/.test(String(v)) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 0) throw new InvalidBDMFormat("Invalid volume_size.");
  return n;
}

export interface ResolvedBlockDevices {
  /** The image of an image-backed root disk ("" when the server boots from a volume). */
  imageRef: string;
  /** Whether the root disk is a volume (boot_index 0 with destination_type volume). */
  volumeBacked: boolean;
  /** The volumes the build creates or attaches, in request order. */
  volumes: BootVolume[];
}

/** Read and check the request's mappings; volumes and images are looked up as the caller sees them. */
export async function resolveBlockDevices(
  db: Db,
  collab: Collaborators,
  ctx: AuthContext,
  req: { imageRef: string; blockDevices: Record<string, unknown>[]; maxCount: number },
): Promise<ResolvedBlockDevices> {
  const volumes: BootVolume[] = [];
  let localImage: string | null = null;
  for (const b of req.blockDevices) {
    if (b.no_device) continue;
    const legacy = b.source_type === undefined && (b.volume_id !== undefined || b.snapshot_id !== undefined);
    if (legacy) {
      // from_legacy: a volume or snapshot on a device, the root when it is vda.
      const device = String(b.device_name ?? "");
      volumes.push({
        sourceType: b.volume_id !== undefined ? "volume" : "snapshot",
        uuid: String(b.volume_id ?? b.snapshot_id),
        size: sizeOf(b.volume_size),
        bootIndex: /^(\/dev\/)?[vsh]da$/.test(device) ? 0 : null,
        deleteOnTermination: bool(b.delete_on_termination),
        tag: null,
        volumeType: null,
      });
      continue;
    }
    const source = (b.source_type ?? "") as string;
    const destination = (b.destination_type ?? (source === "volume" || source === "snapshot" ? "volume" : "local")) as string;
    const uuid = typeof b.uuid === "string" ? b.uuid : null;
    if (source === "blank" && uuid) throw new InvalidBDMFormat("Invalid device UUID.");
    if (source !== "blank" && !uuid) throw new InvalidBDMFormat("Missing device UUID.");
    const bootIndex = bootIndexOf(b.boot_index);
    if (source === "image" && destination === "local") {
      if (!(req.imageRef && bootIndex === 0)) throw new InvalidBDMFormat("Mapping image to local is not supported.");
      localImage = uuid;
      continue;
    }
    if (destination === "local" && b.volume_type) throw new InvalidBDMFormat("Specifying a volume_type with destination_type=local is not supported.");
    if (source === "volume" && b.volume_type) throw new InvalidBDMFormat("Specifying volume type to existing volume is not supported.");
    if (destination === "local") continue; // ephemeral and swap disks: part of the flavor's local disk here
    volumes.push({
      sourceType: source as BootVolume["sourceType"],
      uuid,
      size: sizeOf(b.volume_size),
      bootIndex,
      deleteOnTermination: bool(b.delete_on_termination),
      tag: typeof b.tag === "string" ? b.tag : null,
      volumeType: typeof b.volume_type === "string" ? b.volume_type : null,
    });
  }

  const root = volumes.find((v) => v.bootIndex === 0);
  const imageRoot = !root && (req.imageRef || localImage) ? [0] : [];
  const indexes = [...imageRoot, ...volumes.map((v) => v.bootIndex).filter((i): i is number => i !== null && i >= 0)].sort((a, b) => a - b);
  if (req.blockDevices.length && (!indexes.length || indexes.some((v, i) => v !== i))) throw bootSequence();
  if (!root && !req.imageRef && !localImage) throw new Invalid("Missing imageRef attribute");

  for (const v of volumes) {
    if (v.sourceType === "image") {
      try {
        await collab.imageForBoot(db, v.uuid!, ctx);
      } catch {
        throw new Invalid(`Block Device Mapping is Invalid: failed to get image ${v.uuid}.`, "InvalidBDMImage");
      }
      if (!v.size) throw invalidBDM("Images with destination_type 'volume' need to have a non-zero size specified");
    } else if (v.sourceType === "volume") {
      if (req.maxCount > 1) throw new Invalid("Unable to launch multiple instances with a single volume.", "InvalidRequest");
      let vol;
      try {
        vol = await collab.volumes.visible(ctx, v.uuid!);
      } catch (e) {
        if (e instanceof NotFound) throw new Invalid(`Block Device Mapping is Invalid: failed to get volume ${v.uuid}.`, "InvalidBDMVolume");
        throw e;
      }
      if (vol.status !== "available") throw new InvalidVolume(`volume '${vol.id}' status must be 'available'. Currently in '${vol.status}'`);
      if (v.bootIndex === 0 && !vol.bootable) throw new Invalid(`Block Device ${vol.id} is not bootable.`, "InvalidBDMVolumeNotBootable");
      v.size = vol.size;
    } else if (v.sourceType === "snapshot") {
      throw new Invalid(`Block Device Mapping is Invalid: failed to get snapshot ${v.uuid}.`, "InvalidBDMSnapshot");
    } else if (v.sourceType === "blank" && !v.size) {
      throw invalidBDM("Blank volumes (source: 'blank', dest: 'volume') need to have non-zero size");
    }
  }
  const volumeBacked = !!root;
  // Nova keeps the imageRef it was given; a volume-backed server without one shows image "".
  return { imageRef: req.imageRef || (volumeBacked ? "" : localImage || ""), volumeBacked, volumes };
}

/** Make and attach the boot's volumes (the build's block_device_mapping step), as the instance's owner. */
export async function provisionBootVolumes(
  collab: Collaborators,
  inst: { id: string; projectId: string; userId: string; host: string | null },
  volumes: BootVolume[],
): Promise<void> {
  const owner = { userId: inst.userId, projectId: inst.projectId, isAdmin: false };
  for (const v of volumes) {
    let volumeId: string;
    if (v.sourceType === "volume") {
      volumeId = v.uuid!;
    } else {
      const made = await collab.volumes.create(owner, { size: v.size!, name: "", description: "", volumeType: v.volumeType, imageRef: v.sourceType === "image" ? v.uuid : null });
      // Nova waits for the new volume to become available before it attaches it.
      await collab.volumes.settle([made.id]);
      volumeId = made.id;
      await collab.volumes.finishCreate(made.id);
    }
    const vol = await collab.volumes.visible(owner, volumeId);
    await collab.volumes.attach(vol, { instanceUuid: inst.id, host: inst.host, tag: v.tag, deleteOnTermination: v.deleteOnTermination, bootIndex: v.bootIndex });
  }
}
