import { Conflict, Forbidden, Invalid, NotFound, OpenStackError } from "../errors.js";
import { pyRepr } from "../python-literals.js";

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

// ------------------------------------------------------------------ aggregates, services, hosts

/** nova.exception.AggregateNotFound. */
export class AggregateNotFound extends NotFound {
  constructor(id: number | string) {
    super(`Aggregate ${id} could not be found.`);
  }
}

/** nova.exception.AggregateNameExists (the API answers it 409). */
export class AggregateNameExists extends Conflict {
  constructor(name: string) {
    super(`Aggregate ${name} already exists.`);
  }
}

/** nova.exception.AggregateHostExists (409 from add_host). */
export class AggregateHostExists extends Conflict {
  constructor(id: number | string, host: string) {
    super(`Aggregate ${id} already has host ${host}.`);
  }
}

/**
 * What remove_host answers for an unknown aggregate, an unknown host or a host
 * the aggregate does not hold: one 404 naming the request's host and id.
 */
export class CannotRemoveAggregateHost extends NotFound {
  constructor(id: number | string, host: string) {
    super(`Cannot remove host ${host} in aggregate ${id}`);
  }
}

/** nova.exception.ComputeHostNotFound. */
export class ComputeHostNotFound extends NotFound {
  constructor(host: string) {
    super(`Compute host ${host} could not be found.`);
  }
}

/** nova.exception.HostMappingNotFound: a host with no compute service (answered 404). */
export class HostMappingNotFound extends NotFound {
  constructor(host: string) {
    super(`Host '${host}' is not mapped to any cell`);
  }
}

/** nova.exception.HostBinaryNotFound. */
export class HostBinaryNotFound extends NotFound {
  constructor(host: string, binary: string) {
    super(`Could not find binary ${binary} on host ${host}.`);
  }
}

/** nova.exception.ServiceNotFound. */
export class ServiceNotFound extends NotFound {
  constructor(id: number | string) {
    super(`Service ${id} could not be found.`);
  }
}

/** nova.exception.ComputeServiceUnavailable (a host whose nova-compute is down; 400 where the API answers it). */
export class ComputeServiceUnavailable extends Invalid {
  constructor(host: string) {
    super(`Compute service of ${host} is unavailable at this time.`);
  }
}

const AGGREGATE_ACTIONS = {
  add: "Cannot add host to aggregate",
  // Nova's InvalidAggregateActionDelete: raised both by remove_host and by deleting a non-empty aggregate.
  delete: "Cannot remove host from aggregate",
  update: "Cannot update aggregate",
  update_meta: "Cannot update metadata of aggregate",
} as const;

/**
 * nova.exception.InvalidAggregateAction{Add,Delete,Update,UpdateMeta}. Nova
 * gives them code 400, but add_host and remove_host answer them 409: the
 * caller says which (`status`).
 */
export class InvalidAggregateAction extends OpenStackError {
  constructor(action: keyof typeof AGGREGATE_ACTIONS, id: number, reason: string, status: "invalid" | "conflict") {
    super(status, `${AGGREGATE_ACTIONS[action]} ${id}. Reason: ${reason}.`, status === "invalid" ? "HTTPBadRequest" : "HTTPConflict");
  }

  /** is_safe_to_update_az's reason for hosts already in another zone. */
  static conflictingZones(zones: string[]): string {
    return `One or more hosts already in availability zone(s) ${pyRepr(zones)}`;
  }
}
