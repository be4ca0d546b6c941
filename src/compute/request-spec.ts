import type { RequestSpec } from "../scheduler/index.js";
import type { InstanceRecord } from "./instance.js";
import type { BootVolume } from "./block-devices.js";

/** Forced placement and other scheduling inputs kept with the instance (Nova's RequestSpec). */
export interface RequestSpecExtra {
  forcedHost?: string | null;
  forcedNode?: string | null;
  /** The volumes the boot makes or attaches (block_device_mapping_v2), taken by the build. */
  blockDevices?: BootVolume[];
}

/** The disk an instance claims: root + ephemeral + swap rounded up to GiB. */
export const diskGbOf = (r: { rootGb: number; ephemeralGb: number; swapMb: number }) => r.rootGb + r.ephemeralGb + Math.ceil(r.swapMb / 1024);

/** What the instance asks of the scheduler; `overrides` for a move (another flavor, a forced host, hosts to avoid). */
export function requestSpecOf(
  inst: Pick<InstanceRecord, "id" | "vcpus" | "memoryMb" | "rootGb" | "ephemeralGb" | "swapMb" | "requestedAz" | "requestSpec"> &
    Partial<Pick<InstanceRecord, "projectId" | "flavor" | "imageRef" | "schedulerHints">>,
  overrides: Partial<Omit<RequestSpec, "consumerId">> = {},
): RequestSpec {
  const extra: RequestSpecExtra = inst.requestSpec;
  return {
    consumerId: inst.id,
    vcpus: inst.vcpus,
    memoryMb: inst.memoryMb,
    diskGb: diskGbOf(inst),
    availabilityZone: inst.requestedAz,
    forcedHost: extra.forcedHost ?? null,
    forcedNode: extra.forcedNode ?? null,
    // What Nova's filters read of the request: the project, the flavor's extra specs, the image
    // (its properties are read by the scheduler when a filter needs them) and the user's hints.
    projectId: inst.projectId,
    flavorExtraSpecs: inst.flavor?.extra_specs ?? {},
    imageRef: inst.imageRef ?? "",
    schedulerHints: inst.schedulerHints ?? {},
    ...overrides,
  };
}
