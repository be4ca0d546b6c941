import { Invalid, NotFound, OpenStackError } from "../errors.js";

/** Cinder's exceptions (cinder/exception.py), by the names and messages Cinder gives them. */
export class VolumeNotFound extends NotFound {
  constructor(id: string) {
    super(`Volume ${id} could not be found.`, "VolumeNotFound");
  }
}
export class VolumeTypeNotFound extends NotFound {
  constructor(id: string) {
    super(`Volume type ${id} could not be found.`, "VolumeTypeNotFound");
  }
}
export class VolumeTypeNotFoundByName extends NotFound {
  constructor(name: string) {
    super(`Volume type with name ${name} could not be found.`, "VolumeTypeNotFoundByName");
  }
}
export class SnapshotNotFound extends NotFound {
  constructor(id: string) {
    super(`Snapshot ${id} could not be found.`, "SnapshotNotFound");
  }
}
export class InvalidVolume extends Invalid {
  constructor(reason: string) {
    super(`Invalid volume: ${reason}`, "InvalidVolume");
  }
}
export class InvalidSnapshot extends Invalid {
  constructor(reason: string) {
    super(`Invalid snapshot: ${reason}`, "InvalidSnapshot");
  }
}
export class InvalidInput extends Invalid {
  constructor(reason: string) {
    super(`Invalid input received: ${reason}`, "InvalidInput");
  }
}

/** cinder.exception.QuotaError and its family: 413 with Retry-After: 0. */
export class QuotaError extends OpenStackError {
  constructor(message: string, type = "QuotaError") {
    super("over-limit", message, type, { "retry-after": "0" });
  }
}
export class VolumeSizeExceedsAvailableQuota extends QuotaError {
  constructor(name: string, requested: number, quota: number, consumed: number) {
    super(
      `Requested volume or snapshot exceeds allowed ${name} quota. Requested ${requested}G, quota is ${quota}G and ${consumed}G has been consumed.`,
      "VolumeSizeExceedsAvailableQuota",
    );
  }
}
export class VolumeSizeExceedsLimit extends QuotaError {
  constructor(size: number, limit: number) {
    super(`Requested volume size ${size}G is larger than maximum allowed limit ${limit}G.`, "VolumeSizeExceedsLimit");
  }
}
export class VolumeLimitExceeded extends QuotaError {
  constructor(allowed: number, name = "volumes") {
    super(`Maximum number of volumes allowed (${allowed}) exceeded for quota '${name}'.`, "VolumeLimitExceeded");
  }
}
export class SnapshotLimitExceeded extends QuotaError {
  constructor(allowed: number) {
    super(`Maximum number of snapshots allowed (${allowed}) exceeded`, "SnapshotLimitExceeded");
  }
}
