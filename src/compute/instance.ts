import crypto from "node:crypto";

/**
 * An instance as the compute service reads it (the row plus its metadata and
 * tags), its JSON columns decoded once by the repository
 * (src/db/repositories/instances.ts); writes still store them as JSON text.
 */
export interface InstanceRecord {
  id: string;
  displayName: string;
  displayDescription: string | null;
  projectId: string;
  userId: string;
  flavorId: string;
  flavor: FlavorSnapshot;
  vcpus: number;
  memoryMb: number;
  rootGb: number;
  ephemeralGb: number;
  swapMb: number;
  imageRef: string;
  vmState: string;
  taskState: string | null;
  powerState: number;
  host: string | null;
  node: string | null;
  availabilityZone: string | null;
  requestedAz: string | null;
  autoDiskConfig: boolean;
  keyName: string | null;
  keyData: string | null;
  userData: string | null;
  hostname: string;
  accessIpV4: string;
  accessIpV6: string;
  configDrive: string;
  reservationId: string;
  launchIndex: number;
  progress: number;
  locked: boolean;
  lockedBy: string | null;
  lockedReason: string | null;
  schedulerHints: Record<string, unknown>;
  /** The boot's resolved networks (RequestedNetwork of src/compute/collaborators.ts). */
  requestedNetworks: { networkId?: string; portId?: string; fixedIp?: string; tag?: string }[];
  /** Security group names asked for at boot. */
  securityGroups: string[];
  faultCode: number | null;
  faultMessage: string | null;
  faultDetails: string | null;
  faultCreatedAt: Date | null;
  launchedAt: Date | null;
  terminatedAt: Date | null;
  deletedAt: Date | null;
  taskDueAt: Date | null;
  /** Nova's RequestSpec extras kept with the instance (forced host/node). */
  requestSpec: { forcedHost?: string | null; forcedNode?: string | null; blockDevices?: import("./block-devices.js").BootVolume[] };
  pendingAction: string | null;
  pendingStep: number;
  /** The parameters of the action in progress. */
  pendingParams: Record<string, unknown>;
  /** What a move or shelve keeps until it is undone or confirmed. */
  previousState: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
  metadata: { key: string; value: string }[];
  tags: { tag: string }[];
}

/** The flavor an instance was booted with, as stored at boot (Nova's instance.flavor). */
export interface FlavorSnapshot {
  id: string;
  name: string;
  vcpus: number;
  ram: number;
  disk: number;
  ephemeral: number;
  swap: number;
  extra_specs: Record<string, string>;
}

export const flavorOf = (i: Pick<InstanceRecord, "flavor">): FlavorSnapshot => i.flavor;

/** hostIds already computed (a page of 1,000 servers has few distinct project/host pairs); bounded. */
const hostIds = new Map<string, string>();
const HOST_IDS_MAX = 10_000;

/** Nova's hostId: sha224(project_id + host), or "" while unscheduled. */
export function hostIdOf(i: Pick<InstanceRecord, "projectId" | "host">): string {
  if (!i.host) return "";
  const key = i.projectId + i.host;
  let id = hostIds.get(key);
  if (id === undefined) {
    id = crypto.createHash("sha224").update(key).digest("hex");
    if (hostIds.size >= HOST_IDS_MAX) hostIds.clear();
    hostIds.set(key, id);
  }
  return id;
}

/** Nova's instance_name template instance-%08x, from the uuid. */
export const instanceNameOf = (i: Pick<InstanceRecord, "id">) => `instance-${i.id.replace(/-/g, "").slice(0, 8)}`;

/** nova.utils.sanitize_hostname: what a display name becomes as a hostname. */
export function sanitizeHostname(name: string, fallback = "server"): string {
  let h = name
    .normalize("NFKD")
    .replace(/[^\x00-\x7f]/g, "")
    .toLowerCase()
    .replace(/[ _]/g, "-")
    .replace(/[^\w.-]+/g, "")
    .replace(/^[.-]+|[.-]+$/g, "");
  h = h.slice(0, 63).replace(/[.-]+$/g, "");
  return h || fallback;
}
