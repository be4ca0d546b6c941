import type { AuthContext } from "../identity/types.js";
import type { Tx } from "../db/client.js";
import type { VolumeService } from "../volume/service.js";

/**
 * What the compute service needs from the other services (flavors, Glance,
 * keypairs, Neutron, quotas, the scheduler), named as ports so the compute
 * code reads on its own and tests can replace any of them. src/compute/wiring.ts
 * connects them to the real implementations.
 */

export interface BootFlavor {
  flavorId: string;
  name: string;
  vcpus: number;
  memoryMb: number;
  rootGb: number;
  ephemeralGb: number;
  swapMb: number;
  extraSpecs: Record<string, string>;
}

export interface BootImage {
  id: string;
  name: string | null;
  minDisk: number;
  minRam: number;
  size: number | null;
}

/** A resolved entry of the create request's `networks`. */
export interface RequestedNetwork {
  networkId?: string;
  portId?: string;
  fixedIp?: string;
  tag?: string;
}

export interface NetworkPort {
  /** Validate and resolve `networks` (undefined, "auto", "none" or a list) for a project; throws 400/409 as Nova does. */
  resolve(db: Tx, req: { projectId: string; networks: unknown }): Promise<RequestedNetwork[]>;
  /** Validate requested security group names or ids. */
  checkSecurityGroups(db: Tx, req: { projectId: string; names: string[] }): Promise<void>;
  allocate(db: Tx, req: { projectId: string; serverId: string; requested: RequestedNetwork[]; securityGroups: string[]; availabilityZone: string }): Promise<void>;
  bind(db: Tx, serverId: string, hostname: string): Promise<void>;
  release(db: Tx, serverId: string): Promise<void>;
  addresses(db: Tx, serverIds: string[]): Promise<Map<string, Record<string, unknown[]>>>;
  securityGroups(db: Tx, serverIds: string[]): Promise<Map<string, { name: string }[]>>;
}

export interface QuotaPort {
  /** Run `fn` in a transaction that serialises quota checks of the project. */
  withProjectLock<T>(db: Tx, projectId: string, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * How many of `instances` (at least `minInstances`) fit the project's quota;
   * throws Nova's 403 "Quota exceeded for ..." when not even the minimum fits.
   */
  enforceServers(tx: Tx, req: { projectId: string; userId: string; instances: number; minInstances: number; cores: number; ramMb: number }): Promise<number>;
  metadataItems(tx: Tx, projectId: string): Promise<number>;
}

/**
 * What Nova asks of Cinder: volumes by id (as the caller sees them), the
 * attachments (Nova's volume BDMs, one row with Cinder's attachment),
 * attach/detach, and the release of a deleted server's volumes.
 */
export type VolumePort = Pick<
  VolumeService,
  "visible" | "attach" | "detach" | "attachmentsOf" | "attachmentOf" | "updateAttachment" | "swap" | "releaseServer" | "create" | "settle" | "finishCreate"
>;

export interface Collaborators {
  flavorForBoot(db: Tx, flavorRef: string, ctx: AuthContext): Promise<BootFlavor>;
  imageForBoot(db: Tx, imageRef: string, ctx: AuthContext): Promise<BootImage>;
  imageProperties(db: Tx, imageIds: string[]): Promise<Map<string, Record<string, unknown>>>;
  keypairForBoot(db: Tx, userId: string, name: string): Promise<{ name: string; publicKey: string }>;
  /** Availability zones that have hosts. */
  availabilityZones(db: Tx): Promise<string[]>;
  /** Host status (UP/DOWN/MAINTENANCE) by host name. */
  hostStatus(db: Tx): Promise<Map<string, string>>;
  network: NetworkPort;
  quotas: QuotaPort;
  volumes: VolumePort;
  /** The simulator's fault injection (src/simulator/faults.ts), asked at each build and action; absent: no faults. */
  faults?: FaultPort;
  /** The simulator's event log (src/simulator/events.ts): builds and actions as they start and end; absent: none kept. */
  events?: EventPort;
}

export interface EventPort {
  publish(type: string, data: Record<string, unknown>): void;
}

/** Where the engine asks whether a fault applies: the action (build, or a lifecycle key) about to run its first step. */
export interface FaultPoint {
  action: string;
  instance: { id: string; projectId: string; host: string | null; availabilityZone: string | null; imageRef: string; flavor: { id: string; name: string }; metadata: { key: string }[] };
  host: string | null;
}

/** What the fault injection says: fail into Nova's state with a fault, hang until lifted, or a delay. */
export type FaultDecision =
  | { kind: "fail"; code: number; message: string; details: string }
  | { kind: "hang" }
  | { kind: "delay"; ms: number };

export interface FaultPort {
  decide(point: FaultPoint): FaultDecision | null;
}

/** Due time of a hung task: the worker never reaches it; lifting the fault makes it due now. */
export const HUNG_UNTIL = new Date(Date.UTC(9999, 11, 31));
