import { POWER, TASK, VM } from "./vm-states.js";

/**
 * The instance state machine as one declarative table, modelled on the
 * check_instance_state decorators of nova/compute/api.py: for each server
 * action, the vm_states and task_states it is allowed in, the transient
 * task_state(s) it goes through (one per simulated step), where it ends, and
 * what a failure does. src/compute/actions.ts runs it; each step lasts the
 * configured action time, driven by the clock.
 */

export interface FinalState {
  vmState: string;
  powerState: number;
}

export interface LifecycleAction {
  /** The name in Nova's 409: "Cannot '<name>' instance <uuid> while it is in vm_state stopped". */
  name: string;
  /** The instance action record (os-instance-actions) and its event. */
  record: string;
  event: string;
  /** Allowed vm_states (null: any). */
  vmStates: readonly string[] | null;
  /** Allowed task_states (null: any). Nova's default is [None]. */
  taskStates: readonly (string | null)[] | null;
  /** Transient task_states, one per step; empty: the action completes at once. */
  steps: readonly string[];
  /**
   * Where the action ends. "keep": vm_state and power_state unchanged; a
   * function decides from the state before the action ("from").
   */
  final: FinalState | "keep" | ((from: FinalState) => FinalState);
  /** On a failure: back to the state before ("revert", with a fault) or ERROR. */
  onError: "revert" | "error";
  /** Locked servers refuse non-admins (Nova's check_instance_lock); a few actions ignore the lock. */
  ignoresLock?: boolean;
}

const RUNNING: FinalState = { vmState: VM.ACTIVE, powerState: POWER.RUNNING };
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
  evacuate: { name: "evacuate", record: "evacuate", event: "compute_rebuild_instance", vmStates: [VM.ACTIVE, VM.STOPPED, VM.ERROR], taskStates: IDLE, steps: [TASK.REBUILDING, TASK.REBUILD_SPAWNING], final: stayStoppedElseRun, onError: "error", ignoresLock: true },
  shelve: { name: "shelve", record: "shelve", event: "compute_shelve_instance", vmStates: [VM.ACTIVE, VM.STOPPED, VM.PAUSED, VM.SUSPENDED], taskStates: IDLE, steps: [TASK.SHELVING, TASK.SHELVING_IMAGE_PENDING_UPLOAD, TASK.SHELVING_IMAGE_UPLOADING], final: { vmState: VM.SHELVED, powerState: POWER.SHUTDOWN }, onError: "revert" },
  shelveOffload: { name: "shelveOffload", record: "shelveOffload", event: "compute_shelve_offload_instance", vmStates: [VM.SHELVED], taskStates: IDLE, steps: [TASK.SHELVING_OFFLOADING], final: { vmState: VM.SHELVED_OFFLOADED, powerState: POWER.SHUTDOWN }, onError: "revert" },
  unshelve: { name: "unshelve", record: "unshelve", event: "compute_unshelve_instance", vmStates: [VM.SHELVED, VM.SHELVED_OFFLOADED], taskStates: IDLE, steps: [TASK.UNSHELVING, TASK.SPAWNING], final: RUNNING, onError: "revert" },
  createImage: { name: "createImage", record: "createImage", event: "compute_snapshot_instance", vmStates: SNAPSHOTTABLE, taskStates: IDLE, steps: [TASK.IMAGE_SNAPSHOT, TASK.IMAGE_PENDING_UPLOAD, TASK.IMAGE_UPLOADING], final: "keep", onError: "revert", ignoresLock: true },
  createBackup: { name: "createBackup", record: "createBackup", event: "compute_backup_instance", vmStates: SNAPSHOTTABLE, taskStates: IDLE, steps: [TASK.IMAGE_BACKUP, TASK.IMAGE_PENDING_UPLOAD, TASK.IMAGE_UPLOADING], final: "keep", onError: "revert", ignoresLock: true },
  changePassword: { name: "changePassword", record: "changePassword", event: "compute_set_admin_password", vmStates: [VM.ACTIVE], taskStates: IDLE, steps: [TASK.UPDATING_PASSWORD], final: "keep", onError: "revert" },
  triggerCrashDump: { name: "trigger_crash_dump", record: "trigger_crash_dump", event: "compute_trigger_crash_dump", vmStates: ALLOW_TRIGGER_CRASH_DUMP, taskStates: IDLE, steps: [], final: "keep", onError: "revert" },
  softDelete: { name: "delete", record: "delete", event: "compute_soft_delete_instance", vmStates: ANY_VM, taskStates: null, steps: [TASK.SOFT_DELETING], final: { vmState: VM.SOFT_DELETED, powerState: POWER.SHUTDOWN }, onError: "error" },
  restore: { name: "restore", record: "restore", event: "compute_restore_instance", vmStates: [VM.SOFT_DELETED], taskStates: IDLE, steps: [TASK.RESTORING], final: RUNNING, onError: "error" },
} as const satisfies Record<string, LifecycleAction>;

export type ActionKey = keyof typeof LIFECYCLE;

/** Instance fields of "no action in progress". */
export const IDLE_TASK = { taskState: null, pendingAction: null, pendingStep: 0, pendingParams: "{}", taskDueAt: null } as const;

export type Allowed = { ok: true } | { ok: false; attr: "vm_state" | "task_state"; state: string | null };

/** Whether `action` may start from (vmState, taskState), per the table. */
export function allowed(action: LifecycleAction, vmState: string, taskState: string | null): Allowed {
  if (action.vmStates && !action.vmStates.includes(vmState)) return { ok: false, attr: "vm_state", state: vmState };
  if (action.taskStates && !action.taskStates.includes(taskState)) return { ok: false, attr: "task_state", state: taskState };
  return { ok: true };
}

/** The state an action ends in, given the state it started from. */
export function finalState(action: LifecycleAction, from: FinalState): FinalState {
  if (action.final === "keep") return from;
  return typeof action.final === "function" ? action.final(from) : action.final;
}
