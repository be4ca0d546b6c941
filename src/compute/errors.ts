import { Conflict, Forbidden, NotFound } from "../errors.js";

/**
 * Nova's compute exceptions (nova/exception.py), each in its OpenStack error
 * family with Nova's message. The one place these messages are written.
 */

/** nova.exception.InstanceNotFound. */
export class InstanceNotFound extends NotFound {
  constructor(id: string) {
    super(`Instance ${id} could not be found.`);
  }
}

/** nova.exception.InstanceIsLocked (check_instance_lock). */
export class InstanceIsLocked extends Conflict {
  constructor(id: string) {
    super(`Instance ${id} is locked`);
  }
}

/**
 * nova.exception.InstanceInvalidState, as the API answers it
 * (common.raise_http_conflict_for_instance_invalid_state):
 * "Cannot '<action>' instance <uuid> while it is in <attr> <state>".
 */
export class InstanceInvalidState extends Conflict {
  constructor(action: string, id: string, attr: "vm_state" | "task_state" | "power state", state: string | null) {
    super(`Cannot '${action}' instance ${id} while it is in ${attr} ${state}`);
  }
}

/** nova.exception.InstanceNotReady (check_instance_host): the server has no host yet, or no longer. */
export class InstanceNotReady extends Conflict {
  constructor(id: string) {
    super(`Instance ${id} is not ready`);
  }
}

/** A lock set by an admin is lifted only with os-lock-server:unlock:unlock_override. */
export class UnlockOverrideForbidden extends Forbidden {
  constructor() {
    super("Policy doesn't allow os_compute_api:os-lock-server:unlock:unlock_override to be performed.");
  }
}

/**
 * Over the metadata_items quota (Nova's OverQuota for metadata, answered 403
 * by the servers API): server metadata at create, update or rebuild.
 */
export class MetadataQuotaExceeded extends Forbidden {
  constructor(requested: number, limit: number) {
    super(`Quota exceeded for metadata_items: Requested ${requested}, but already used 0 of ${limit} metadata_items`, "OverQuota");
  }
}

/** nova.exception.InstanceGroupNotFound. */
export class InstanceGroupNotFound extends NotFound {
  constructor(uuid: string) {
    super(`Instance group ${uuid} could not be found.`);
  }
}
