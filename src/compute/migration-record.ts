/** Nova's migration record, as the compute domain reads it (the migrations table). */
export interface MigrationRecord {
  id: number;
  uuid: string;
  instanceUuid: string;
  migrationType: string;
  status: string;
  sourceCompute: string | null;
  sourceNode: string | null;
  destCompute: string | null;
  destNode: string | null;
  destHost: string | null;
  oldInstanceTypeId: number | null;
  newInstanceTypeId: number | null;
  userId: string;
  projectId: string;
  hidden: boolean;
  createdAt: Date;
  updatedAt: Date | null;
}

/** Which migrations to list (GET /os-migrations filters). */
export interface MigrationFilter {
  instanceUuid?: string;
  /** Source or destination compute. */
  host?: string;
  sourceCompute?: string;
  status?: string;
  migrationType?: string;
  hidden?: boolean;
  userId?: string;
  projectId?: string;
  changesSince?: Date;
  changesBefore?: Date;
}

/** A compute host as a migration needs it (name, node, AZ, address, service state). */
export interface HostForMove {
  id: number;
  hostname: string;
  hypervisorHostname: string;
  availabilityZone: string;
  hostIp: string;
  serviceUp: boolean;
  forcedDown: boolean;
  serviceDisabled: boolean;
}
