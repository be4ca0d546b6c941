import { InstanceInvalidState, InstanceIsLocked, InstanceNotReady, UnlockOverrideForbidden } from "./errors.js";
import { POWER, TASK, VM } from "./vm-states.js";

/**
 * The instance state machine as one declarative table, modelled on the
 * check_instance_state decorators of nova/compute/api.py: for each server
 * action, the vm_states and task_states it is allowed in, the transient
 * task_state(s) it goes through (one per simulated step), where it ends, and
 * what a failure does. src/compute/actions.ts runs it; each step lasts the
 * configured action time, driven by the clock. GUARDS holds the operations
 * that are refused the same way without a state change of their own, and
 * guard() is the one check of both, in Nova's decorator order.
 */

export interface FinalState {
  vmState: string;
  powerState: number;
}

/**
 * What an operation on an instance requires, checked in Nova's decorator
 * order (check_instance_lock, check_instance_host, check_instance_state /
 * reject_instance_state) by guard() below, the one place that answers these
 * conflicts.
 */
export interface Guard {
  /** The name in Nova's 409: "Cannot '<name>' instance <uuid> while it is in vm_state stopped". */
  name: string;
  /** Allowed vm_states (null: any). */
  vmStates: readonly string[] | null;
  /** Allowed task_states (null: any). Nova's default is [None]. */
  taskStates: readonly (string | null)[] | null;
  /** Refused task_states (Nova's reject_instance_state), checked after the allowed ones. */
  rejectTaskStates?: readonly string[];
  /**
   * check_instance_lock: "check" (the default) refuses non-admins on a locked
   * server (409); "ignore" lets everyone through; "unlock" lets only an admin
   * lift a lock an admin set (403, os-lock-server:unlock:unlock_override).
   */
  lock?: "check" | "ignore" | "unlock";
  /** check_instance_host: the server must have a host (409 "is not ready" otherwise). */
  requiresHost?: boolean;
}

export interface LifecycleAction extends Guard {
  /** The instance action record (os-instance-actions) and its event. */
  record: string;
  event: string;
  /** Transient task_states, one per step; empty: the action completes at once. */
  steps: readonly string[];
  /**
   * Where the action ends. "keep": vm_state and power_state unchanged; a
   * function decides from the state before the action ("from").
   */
  final: FinalState | "keep" | ((from: FinalState) => FinalState);
  /** On a failure: back to the state before ("revert", with a fault) or ERROR. */
  onError: "revert" | "error";
  /** Steps run at once, within the request (delete): the action is over when the call returns. */
  immediate?: boolean;
  /** Recorded by the API (Nova's wrap_instance_event(prefix='api')): the events carry no host. */
  apiEvent?: boolean;
}

const RUNNING: FinalState = { vmState: VM.ACTIVE, powerState: POWER.RUNNING };
const DELETED: FinalState = { vmState: VM.DELETED, powerState: POWER.NOSTATE };
const ANY_VM = null;
const IDLE = [null] as const;

/** vm_states.ALLOW_HARD_REBOOT and task_states.ALLOW_REBOOT. */
const ALLOW_HARD_REBOOT = [VM.ACTIVE, VM.STOPPED, VM.PAUSED, VM.SUSPENDED, VM.ERROR];
const ALLOW_REBOOT = [null, TASK.REBOOTING, TASK.REBOOT_PENDING, TASK.REBOOT_STARTED, TASK.RESUMING, TASK.REBOOTING_HARD, TASK.UNPAUSING, TASK.PAUSING, TASK.SUSPENDING];
const ALLOW_TRIGGER_CRASH_DUMP = [VM.ACTIVE, VM.PAUSED, VM.RESCUED, VM.RESIZED, VM.ERROR];
const SNAPSHOTTABLE = [VM.ACTIVE, VM.STOPPED, VM.PAUSED, VM.SUSPENDED];

/** Keeps a stopped server stopped, and brings anything else up running (rebuild, evacuate…). */
const stayStoppedElseRun = (from: FinalState): FinalState => (from.vmState === VM.STOPPED ? from : RUNNING);

export const LIFECYCLE = {
  stop: { name: "stop", record: "stop", event: "compute_stop_instance", vmStates: [VM.ACTIVE, VM.ERROR], taskStates: IDLE, steps: [TASK.POWERING_OFF], final: { vmState: VM.STOPPED, powerState: POWER.SHUTDOWN }, onError: "revert" },
  start: { name: "start", record: "start", event: "compute_start_instance", vmStates: [VM.STOPPED], taskStates: IDLE, steps: [TASK.POWERING_ON], final: RUNNING, onError: "revert" },
  reboot_soft: { name: "reboot", record: "reboot", event: "compute_reboot_instance", vmStates: [VM.ACTIVE], taskStates: IDLE, steps: [TASK.REBOOTING], final: RUNNING, onError: "revert" },
  reboot_hard: { name: "reboot", record: "reboot", event: "compute_reboot_instance", vmStates: ALLOW_HARD_REBOOT, taskStates: ALLOW_REBOOT, steps: [TASK.REBOOTING_HARD], final: RUNNING, onError: "error" },
  pause: { name: "pause", record: "pause", event: "compute_pause_instance", vmStates: [VM.ACTIVE], taskStates: IDLE, steps: [TASK.PAUSING], final: { vmState: VM.PAUSED, powerState: POWER.PAUSED }, onError: "revert" },
  unpause: { name: "unpause", record: "unpause", event: "compute_unpause_instance", vmStates: [VM.PAUSED], taskStates: IDLE, steps: [TASK.UNPAUSING], final: RUNNING, onError: "revert" },
  suspend: { name: "suspend", record: "suspend", event: "compute_suspend_instance", vmStates: [VM.ACTIVE], taskStates: IDLE, steps: [TASK.SUSPENDING], final: { vmState: VM.SUSPENDED, powerState: POWER.SUSPENDED }, onError: "revert" },
  resume: { name: "resume", record: "resume", event: "compute_resume_instance", vmStates: [VM.SUSPENDED], taskStates: IDLE, steps: [TASK.RESUMING], final: RUNNING, onError: "revert" },
  rescue: { name: "rescue", record: "rescue", event: "compute_rescue_instance", vmStates: [VM.ACTIVE, VM.STOPPED, VM.ERROR], taskStates: IDLE, steps: [TASK.RESCUING], final: { vmState: VM.RESCUED, powerState: POWER.RUNNING }, onError: "revert" },
  unrescue: { name: "unrescue", record: "unrescue", event: "compute_unrescue_instance", vmStates: [VM.RESCUED], taskStates: IDLE, steps: [TASK.UNRESCUING], final: RUNNING, onError: "revert" },
  rebuild: { name: "rebuild", record: "rebuild", event: "compute_rebuild_instance", vmStates: [VM.ACTIVE, VM.STOPPED, VM.ERROR], taskStates: IDLE, steps: [TASK.REBUILDING, TASK.REBUILD_BLOCK_DEVICE_MAPPING, TASK.REBUILD_SPAWNING], final: stayStoppedElseRun, onError: "error" },
  resize: { name: "resize", record: "resize", event: "compute_prep_resize", vmStates: [VM.ACTIVE, VM.STOPPED], taskStates: IDLE, steps: [TASK.RESIZE_PREP, TASK.RESIZE_MIGRATING, TASK.RESIZE_MIGRATED, TASK.RESIZE_FINISH], final: (from) => ({ vmState: VM.RESIZED, powerState: from.powerState }), onError: "revert" },
  migrate: { name: "migrate", record: "migrate", event: "compute_prep_resize", vmStates: [VM.ACTIVE, VM.STOPPED], taskStates: IDLE, steps: [TASK.RESIZE_PREP, TASK.RESIZE_MIGRATING, TASK.RESIZE_MIGRATED, TASK.RESIZE_FINISH], final: (from) => ({ vmState: VM.RESIZED, powerState: from.powerState }), onError: "revert" },
  confirmResize: { name: "confirmResize", record: "confirmResize", event: "compute_confirm_resize", vmStates: [VM.RESIZED], taskStates: IDLE, steps: [], final: "keep", onError: "error" },
  revertResize: { name: "revertResize", record: "revertResize", event: "compute_revert_resize", vmStates: [VM.RESIZED], taskStates: IDLE, steps: [TASK.RESIZE_REVERTING], final: "keep", onError: "error" },
  liveMigrate: { name: "os-migrateLive", record: "live-migration", event: "compute_live_migration", vmStates: [VM.ACTIVE, VM.PAUSED], taskStates: IDLE, steps: [TASK.MIGRATING], final: "keep", onError: "revert" },
  evacuate: { name: "evacuate", record: "evacuate", event: "compute_rebuild_instance", vmStates: [VM.ACTIVE, VM.STOPPED, VM.ERROR], taskStates: IDLE, steps: [TASK.REBUILDING, TASK.REBUILD_SPAWNING], final: stayStoppedElseRun, onError: "error", lock: "ignore" },
  shelve: { name: "shelve", record: "shelve", event: "compute_shelve_instance", vmStates: [VM.ACTIVE, VM.STOPPED, VM.PAUSED, VM.SUSPENDED], taskStates: IDLE, steps: [TASK.SHELVING, TASK.SHELVING_IMAGE_PENDING_UPLOAD, TASK.SHELVING_IMAGE_UPLOADING], final: { vmState: VM.SHELVED, powerState: POWER.SHUTDOWN }, onError: "revert" },
  shelveOffload: { name: "shelveOffload", record: "shelveOffload", event: "compute_shelve_offload_instance", vmStates: [VM.SHELVED], taskStates: IDLE, steps: [TASK.SHELVING_OFFLOADING], final: { vmState: VM.SHELVED_OFFLOADED, powerState: POWER.SHUTDOWN }, onError: "revert" },
  unshelve: { name: "unshelve", record: "unshelve", event: "compute_unshelve_instance", vmStates: [VM.SHELVED, VM.SHELVED_OFFLOADED], taskStates: IDLE, steps: [TASK.UNSHELVING, TASK.SPAWNING], final: RUNNING, onError: "revert" },
  createImage: { name: "createImage", record: "createImage", event: "compute_snapshot_instance", vmStates: SNAPSHOTTABLE, taskStates: IDLE, steps: [TASK.IMAGE_SNAPSHOT, TASK.IMAGE_PENDING_UPLOAD, TASK.IMAGE_UPLOADING], final: "keep", onError: "revert", lock: "ignore" },
  createBackup: { name: "createBackup", record: "createBackup", event: "compute_backup_instance", vmStates: SNAPSHOTTABLE, taskStates: IDLE, steps: [TASK.IMAGE_BACKUP, TASK.IMAGE_PENDING_UPLOAD, TASK.IMAGE_UPLOADING], final: "keep", onError: "revert", lock: "ignore" },
  changePassword: { name: "changePassword", record: "changePassword", event: "compute_set_admin_password", vmStates: [VM.ACTIVE], taskStates: IDLE, steps: [TASK.UPDATING_PASSWORD], final: "keep", onError: "revert" },
  triggerCrashDump: { name: "trigger_crash_dump", record: "trigger_crash_dump", event: "compute_trigger_crash_dump", vmStates: ALLOW_TRIGGER_CRASH_DUMP, taskStates: IDLE, steps: [], final: "keep", onError: "revert", requiresHost: true },
  softDelete: { name: "delete", record: "delete", event: "compute_soft_delete_instance", vmStates: ANY_VM, taskStates: null, steps: [TASK.SOFT_DELETING], final: { vmState: VM.SOFT_DELETED, powerState: POWER.SHUTDOWN }, onError: "error" },
  restore: { name: "restore", record: "restore", event: "compute_restore_instance", vmStates: [VM.SOFT_DELETED], taskStates: IDLE, steps: [TASK.RESTORING], final: RUNNING, onError: "error" },
  /** DELETE /servers/{id} (without reclaim_instance_interval): any state, done before the call returns. */
  delete: { name: "delete", record: "delete", event: "compute_terminate_instance", vmStates: ANY_VM, taskStates: null, steps: [TASK.DELETING], final: DELETED, onError: "error", immediate: true },
  /** forceDelete (deferred_delete.py): the lock applies, any vm_state, no task in progress. */
  forceDelete: { name: "forceDelete", record: "delete", event: "compute_terminate_instance", vmStates: ANY_VM, taskStates: IDLE, steps: [TASK.DELETING], final: DELETED, onError: "error", immediate: true },
  /** Nova's _reclaim_queued_deletes: a soft-deleted server whose reclaim time has come (no API request). */
  reclaim: { name: "delete", record: "delete", event: "compute_terminate_instance", vmStates: [VM.SOFT_DELETED], taskStates: IDLE, steps: [TASK.DELETING], final: DELETED, onError: "error", immediate: true },
  /**
   * Boot (conductor, scheduler, compute): taken by the worker from (building,
   * scheduling); the worker walks the steps (src/compute/worker.ts).
   */
  build: { name: "build", record: "create", event: "compute__do_build_and_run_instance", vmStates: [VM.BUILDING], taskStates: [TASK.SCHEDULING], steps: [TASK.SCHEDULING, TASK.BLOCK_DEVICE_MAPPING, TASK.NETWORKING, TASK.SPAWNING], final: RUNNING, onError: "error" },
  /** lock (lock_server.py): no state or lock check; the API records it. */
  lock: { name: "lock", record: "lock", event: "api_lock", vmStates: ANY_VM, taskStates: null, steps: [], final: "keep", onError: "revert", lock: "ignore", apiEvent: true },
  /** unlock: a lock set by an admin is lifted by an admin only. */
  unlock: { name: "unlock", record: "unlock", event: "api_unlock", vmStates: ANY_VM, taskStates: null, steps: [], final: "keep", onError: "revert", lock: "unlock", apiEvent: true },
  /** os-resetState (admin_actions.py): no check at all; whatever was in progress is abandoned. */
  resetState: { name: "resetState", record: "resetState", event: "api_reset_state", vmStates: ANY_VM, taskStates: null, steps: [], final: "keep", onError: "revert", lock: "ignore" },
} as const satisfies Record<string, LifecycleAction>;

export type ActionKey = keyof typeof LIFECYCLE;

/** The actions that end in a deleted instance (a worker finishes any of them found in task_state deleting). */
export const DELETE_KEYS: readonly ActionKey[] = ["delete", "forceDelete", "reclaim"];

/**
 * Operations that change no state through the table but are refused in the
 * same way (same guard, same messages): Nova's decorators on
 * update_instance_metadata, the server tags API, attach/detach_interface,
 * live_migrate_force_complete / live_migrate_abort and the console getters.
 */
const MUTABLE_META_STATES = [VM.ACTIVE, VM.PAUSED, VM.SUSPENDED, VM.STOPPED];
const TAGGABLE_STATES = [VM.ACTIVE, VM.PAUSED, VM.RESCUED, VM.RESIZED, VM.SOFT_DELETED, VM.STOPPED, VM.SUSPENDED, VM.SHELVED, VM.SHELVED_OFFLOADED];
const INTERFACE_STATES = [VM.ACTIVE, VM.PAUSED, VM.STOPPED];
/** attach_volume / detach_volume and swap_volume (nova/compute/api.py check_instance_state). */
const VOLUME_STATES = [VM.ACTIVE, VM.PAUSED, VM.STOPPED, VM.RESIZED, VM.SOFT_DELETED, VM.SHELVED, VM.SHELVED_OFFLOADED];
const consoleGuard = (name: string): Guard => ({ name, vmStates: ANY_VM, taskStates: null, rejectTaskStates: [TASK.DELETING, TASK.MIGRATING], lock: "ignore", requiresHost: true });

export const GUARDS = {
  updateMetadata: { name: "update_metadata", vmStates: MUTABLE_META_STATES, taskStates: IDLE },
  deleteMetadata: { name: "delete_metadata", vmStates: MUTABLE_META_STATES, taskStates: IDLE },
  updateTags: { name: "update tags", vmStates: TAGGABLE_STATES, taskStates: IDLE, lock: "ignore" },
  attachInterface: { name: "attach_interface", vmStates: INTERFACE_STATES, taskStates: IDLE },
  detachInterface: { name: "detach_interface", vmStates: INTERFACE_STATES, taskStates: IDLE },
  attachVolume: { name: "attach_volume", vmStates: VOLUME_STATES, taskStates: IDLE },
  detachVolume: { name: "detach_volume", vmStates: VOLUME_STATES, taskStates: IDLE },
  swapVolume: { name: "swap_volume", vmStates: [VM.ACTIVE, VM.PAUSED, VM.RESIZED], taskStates: IDLE },
  forceComplete: { name: "force_complete", vmStates: [VM.ACTIVE], taskStates: [TASK.MIGRATING] },
  abortLiveMigration: { name: "abort live migration", vmStates: ANY_VM, taskStates: [TASK.MIGRATING] },
  getVncConsole: consoleGuard("get_vnc_console"),
  getSpiceConsole: consoleGuard("get_spice_console"),
  getSerialConsole: consoleGuard("get_serial_console"),
} as const satisfies Record<string, Guard>;

export type GuardKey = keyof typeof GUARDS;

/** Instance fields of "no action in progress". */
export const IDLE_TASK = { taskState: null, pendingAction: null, pendingStep: 0, pendingParams: "{}", taskDueAt: null } as const;

export type Allowed = { ok: true } | { ok: false; attr: "vm_state" | "task_state"; state: string | null };

/** Whether `action` may start from (vmState, taskState), per the table. */
export function allowed(action: Guard, vmState: string, taskState: string | null): Allowed {
  if (action.vmStates && !action.vmStates.includes(vmState)) return { ok: false, attr: "vm_state", state: vmState };
  if (action.taskStates && !action.taskStates.includes(taskState)) return { ok: false, attr: "task_state", state: taskState };
  if (taskState !== null && action.rejectTaskStates?.includes(taskState)) return { ok: false, attr: "task_state", state: taskState };
  return { ok: true };
}

/** What guard() reads of an instance. */
export interface Guarded {
  id: string;
  locked: boolean;
  lockedBy: string | null;
  host: string | null;
  vmState: string;
  taskState: string | null;
}

/**
 * Nova's decorators, in their order: lock, host, then state. `ctx` null is the
 * system itself (periodic tasks), which no lock stops.
 */
export function guard(g: Guard, inst: Guarded, ctx: { isAdmin: boolean } | null): void {
  const lock = g.lock ?? "check";
  if (ctx && inst.locked && !ctx.isAdmin) {
    if (lock === "check") throw new InstanceIsLocked(inst.id);
    if (lock === "unlock" && inst.lockedBy === "admin") throw new UnlockOverrideForbidden();
  }
  if (g.requiresHost && !inst.host) throw new InstanceNotReady(inst.id);
  const a = allowed(g, inst.vmState, inst.taskState);
  if (!a.ok) throw new InstanceInvalidState(g.name, inst.id, a.attr, a.state);
}

/** The state an action ends in, given the state it started from. */
export function finalState(action: LifecycleAction, from: FinalState): FinalState {
  if (action.final === "keep") return from;
  return typeof action.final === "function" ? action.final(from) : action.final;
}
