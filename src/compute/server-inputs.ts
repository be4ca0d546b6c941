/**
 * What the compute service is asked to do, whatever the API microversion:
 * the routes (src/api/compute/servers.ts) turn the versioned request bodies
 * into these, deciding what depends on the microversion.
 */

/** One entry of the create request's `networks`, as Nova's API takes it. */
export interface NetworkRequestInput {
  uuid?: string;
  port?: string | null;
  fixed_ip?: string;
  tag?: string;
}

/** A block device mapping, legacy or v2, as given (only image-backed local disks are supported). */
export type BlockDeviceInput = Record<string, unknown>;

/** POST /servers. */
export interface ServerCreate {
  name: string;
  /** The image reference as given (a uuid, or an image URL); empty when booting from a block device mapping. */
  imageRef?: string;
  flavorRef: string;
  adminPass?: string;
  metadata?: Record<string, string>;
  networks?: NetworkRequestInput[] | "auto" | "none";
  /** OS-DCF:diskConfig. */
  diskConfig?: "AUTO" | "MANUAL";
  accessIPv4?: string;
  accessIPv6?: string;
  /** "az", "az:host" or "az:host:node". */
  availabilityZone?: string;
  /** block_device_mapping and block_device_mapping_v2, together. */
  blockDevices: BlockDeviceInput[];
  configDrive?: boolean;
  keyName?: string;
  minCount?: number;
  maxCount?: number;
  /** The security group names asked for (none: the default group). */
  securityGroups: string[];
  userData?: string;
  /** The description the server gets (the API decides: before 2.19 the name stands in for it). */
  description: string | null;
  /** Tags to boot with (2.52). */
  tags: string[];
  /** Requested destination (2.74, admin). */
  host?: string;
  hypervisorHostname?: string;
  hostname?: string;
  schedulerHints: Record<string, unknown>;
}

/** PUT /servers/{id}: only the fields given change. */
export interface ServerUpdate {
  name?: string;
  description?: string | null;
  accessIPv4?: string;
  accessIPv6?: string;
  diskConfig?: "AUTO" | "MANUAL";
  hostname?: string;
  /** 2.104: null unpins the server from its availability zone; a zone re-pins it there (only its current one). */
  pinnedAvailabilityZone?: string | null;
}

/** GET /servers[/detail]: the query and the microversion-dependent rules the API applies to it. */
export interface ServerListQuery {
  query: Record<string, unknown>;
  /** Filters a non-admin may use (others are ignored), by microversion. */
  nonAdminFilters: ReadonlySet<string>;
  /** An unknown status is 400 (2.38) rather than an empty list. */
  strictStatus: boolean;
  /** Any sort key outside Nova's list is 400 (2.75); before, Nova's other known columns are ignored. */
  strictSortKeys: boolean;
}
