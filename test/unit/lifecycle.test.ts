import { describe, expect, it } from "vitest";
import { GUARDS, LIFECYCLE, allowed, finalState, guard, type ActionKey, type Guard, type GuardKey, type LifecycleAction } from "../../src/compute/lifecycle.js";
import { STATE_MAP, TASK, VM, statusOf } from "../../src/compute/vm-states.js";

const VM_STATES = Object.values(VM);
const TASK_STATES: (string | null)[] = [null, ...Object.values(TASK)];

/**
 * Nova's check_instance_state lists (nova/compute/api.py), written out
 * independently of src/compute/lifecycle.ts: [allowed vm_states or "any",
 * allowed task_states or "any"].
 */
const ALLOW_REBOOT = [null, "rebooting", "reboot_pending", "reboot_started", "resuming", "rebooting_hard", "unpausing", "pausing", "suspending"];
const NOVA: Record<ActionKey, [string[] | "any", (string | null)[] | "any"]> = {
  stop: [["active", "error"], [null]],
  start: [["stopped"], [null]],
  reboot_soft: [["active"], [null]],
  reboot_hard: [["active", "stopped", "paused", "suspended", "error"], ALLOW_REBOOT],
  pause: [["active"], [null]],
  unpause: [["paused"], [null]],
  suspend: [["active"], [null]],
  resume: [["suspended"], [null]],
  rescue: [["active", "stopped", "error"], [null]],
  unrescue: [["rescued"], [null]],
  rebuild: [["active", "stopped", "error"], [null]],
  resize: [["active", "stopped"], [null]],
  migrate: [["active", "stopped"], [null]],
  confirmResize: [["resized"], [null]],
  revertResize: [["resized"], [null]],
  liveMigrate: [["active", "paused"], [null]],
  evacuate: [["active", "stopped", "error"], [null]],
  shelve: [["active", "stopped", "paused", "suspended"], [null]],
  shelveOffload: [["shelved"], [null]],
  unshelve: [["shelved", "shelved_offloaded"], [null]],
  createImage: [["active", "stopped", "paused", "suspended"], [null]],
  createBackup: [["active", "stopped", "paused", "suspended"], [null]],
  changePassword: [["active"], [null]],
  triggerCrashDump: [["active", "paused", "rescued", "resized", "error"], [null]],
  softDelete: ["any", "any"],
  restore: [["soft-delete"], [null]],
  // _delete: check_instance_state(vm_state=None, task_state=None, must_have_launched=False).
  delete: ["any", "any"],
  // force_delete: check_instance_state(must_have_launched=False): any vm_state, task_state None.
  forceDelete: ["any", [null]],
  // _reclaim_queued_deletes: soft-deleted instances with no task.
  reclaim: [["soft-delete"], [null]],
  // The conductor takes new instances from (building, scheduling).
  build: [["building"], ["scheduling"]],
  // lock, unlock, reset_state: no check_instance_state.
  lock: ["any", "any"],
  unlock: ["any", "any"],
  resetState: ["any", "any"],
};

/** The same for the guard-only operations; `reject`: reject_instance_state's task_states. */
const CONSOLE = { vm: "any", task: "any", reject: ["deleting", "migrating"] } as const;
const NOVA_GUARDS: Record<GuardKey, { vm: string[] | "any"; task: (string | null)[] | "any"; reject?: readonly string[] }> = {
  updateMetadata: { vm: ["active", "paused", "suspended", "stopped"], task: [null] },
  deleteMetadata: { vm: ["active", "paused", "suspended", "stopped"], task: [null] },
  updateTags: { vm: ["active", "paused", "rescued", "resized", "soft-delete", "stopped", "suspended", "shelved", "shelved_offloaded"], task: [null] },
  attachInterface: { vm: ["active", "paused", "stopped"], task: [null] },
  detachInterface: { vm: ["active", "paused", "stopped"], task: [null] },
  attachVolume: { vm: ["active", "paused", "stopped", "resized", "soft-delete", "shelved", "shelved_offloaded"], task: [null] },
  detachVolume: { vm: ["active", "paused", "stopped", "resized", "soft-delete", "shelved", "shelved_offloaded"], task: [null] },
  swapVolume: { vm: ["active", "paused", "resized"], task: [null] },
  forceComplete: { vm: ["active"], task: ["migrating"] },
  abortLiveMigration: { vm: "any", task: ["migrating"] },
  getVncConsole: CONSOLE,
  getSpiceConsole: CONSOLE,
  getSerialConsole: CONSOLE,
};

describe("the lifecycle table against Nova's check_instance_state, every action x vm_state x task_state", () => {
  const keys = Object.keys(LIFECYCLE) as ActionKey[];
  it("covers exactly the actions listed here", () => {
    expect(keys.sort()).toEqual((Object.keys(NOVA) as ActionKey[]).sort());
  });

  for (const key of keys) {
    it(`${key}: allowed exactly where Nova allows it, 409 reason otherwise`, () => {
      const spec: LifecycleAction = LIFECYCLE[key];
      const [vms, tasks] = NOVA[key];
      let checked = 0;
      for (const vm of VM_STATES) {
        for (const task of TASK_STATES) {
          const expectVm = vms === "any" || vms.includes(vm);
          const expectTask = tasks === "any" || tasks.includes(task);
          const r = allowed(spec, vm, task);
          if (expectVm && expectTask) {
            expect(r, `${key} from (${vm}, ${task})`).toEqual({ ok: true });
          } else if (!expectVm) {
            expect(r, `${key} from (${vm}, ${task})`).toEqual({ ok: false, attr: "vm_state", state: vm });
          } else {
            expect(r, `${key} from (${vm}, ${task})`).toEqual({ ok: false, attr: "task_state", state: task });
          }
          checked++;
        }
      }
      expect(checked).toBe(VM_STATES.length * TASK_STATES.length);
    });
  }

  it("guard-only operations: allowed exactly where Nova allows them, every vm_state x task_state", () => {
    expect((Object.keys(GUARDS) as GuardKey[]).sort()).toEqual((Object.keys(NOVA_GUARDS) as GuardKey[]).sort());
    for (const key of Object.keys(GUARDS) as GuardKey[]) {
      const g: Guard = GUARDS[key];
      const { vm: vms, task: tasks, reject = [] } = NOVA_GUARDS[key];
      for (const vm of VM_STATES) {
        for (const task of TASK_STATES) {
          const expectVm = vms === "any" || vms.includes(vm);
          const expectTask = (tasks === "any" || tasks.includes(task)) && !(task !== null && reject.includes(task));
          const r = allowed(g, vm, task);
          if (expectVm && expectTask) expect(r, `${key} from (${vm}, ${task})`).toEqual({ ok: true });
          else if (!expectVm) expect(r, `${key} from (${vm}, ${task})`).toEqual({ ok: false, attr: "vm_state", state: vm });
          else expect(r, `${key} from (${vm}, ${task})`).toEqual({ ok: false, attr: "task_state", state: task });
        }
      }
    }
  });

  it("every transient task_state shows a status clients know, and ends where Nova ends", () => {
    for (const [key, spec] of Object.entries(LIFECYCLE) as [ActionKey, LifecycleAction][]) {
      const starts = spec.vmStates ?? VM_STATES;
      for (const vm of starts) {
        for (const step of spec.steps) expect(statusOf(vm, step), `${key} ${vm}/${step}`).not.toBe("UNKNOWN");
      }
    }
    const running = { vmState: "active", powerState: 1 };
    const stopped = { vmState: "stopped", powerState: 4 };
    expect(finalState(LIFECYCLE.stop, running)).toEqual(stopped);
    expect(finalState(LIFECYCLE.start, stopped)).toEqual(running);
    expect(finalState(LIFECYCLE.resize, stopped)).toEqual({ vmState: "resized", powerState: 4 });
    expect(finalState(LIFECYCLE.rebuild, stopped)).toEqual(stopped);
    expect(finalState(LIFECYCLE.rebuild, { vmState: "error", powerState: 0 })).toEqual(running);
    expect(finalState(LIFECYCLE.createImage, { vmState: "paused", powerState: 3 })).toEqual({ vmState: "paused", powerState: 3 });
    expect(finalState(LIFECYCLE.shelveOffload, running).vmState).toBe("shelved_offloaded");
  });

  it("statuses follow Nova's _STATE_MAP", () => {
    expect(statusOf("active", "powering-off")).toBe("ACTIVE");
    expect(statusOf("active", "rebooting_hard")).toBe("HARD_REBOOT");
    expect(statusOf("stopped", "resize_prep")).toBe("RESIZE");
    expect(statusOf("resized", "resize_reverting")).toBe("REVERT_RESIZE");
    expect(statusOf("resized", null)).toBe("VERIFY_RESIZE");
    expect(Object.keys(STATE_MAP).sort()).toEqual([...VM_STATES].sort());
  });

  describe("the guard: lock, then host, then state, with Nova's messages", () => {
    const inst = (over: Partial<{ locked: boolean; lockedBy: string | null; host: string | null; vmState: string; taskState: string | null }> = {}) => ({
      id: "i-1",
      locked: false,
      lockedBy: null,
      host: "h1",
      vmState: "active",
      taskState: null,
      ...over,
    });
    const user = { isAdmin: false };
    const admin = { isAdmin: true };
    const err = (f: () => void) => {
      try {
        f();
      } catch (e) {
        return { code: (e as { code: number }).code, message: (e as Error).message };
      }
      return null;
    };

    it("a locked server refuses non-admins before anything else; admins and the system pass", () => {
      const locked = inst({ locked: true, lockedBy: "owner", host: null, vmState: "stopped" });
      expect(err(() => guard(LIFECYCLE.triggerCrashDump, locked, user))).toEqual({ code: 409, message: "Instance i-1 is locked" });
      expect(err(() => guard(LIFECYCLE.forceDelete, inst({ locked: true, taskState: "rebooting" }), user))).toEqual({ code: 409, message: "Instance i-1 is locked" });
      expect(err(() => guard(LIFECYCLE.stop, inst({ locked: true }), admin))).toBeNull();
      expect(err(() => guard(LIFECYCLE.stop, inst({ locked: true }), null))).toBeNull();
    });

    it("actions that ignore the lock let non-admins through", () => {
      for (const key of ["lock", "resetState", "createImage", "createBackup", "evacuate"] as const) {
        expect(err(() => guard(LIFECYCLE[key], inst({ locked: true, lockedBy: "admin" }), user)), key).toBeNull();
      }
      expect(err(() => guard(GUARDS.updateTags, inst({ locked: true }), user))).toBeNull();
    });

    it("unlock: only an admin lifts an admin's lock (403); the owner's own lock is the owner's to lift", () => {
      expect(err(() => guard(LIFECYCLE.unlock, inst({ locked: true, lockedBy: "admin" }), user))).toEqual({
        code: 403,
        message: "Policy doesn't allow os_compute_api:os-lock-server:unlock:unlock_override to be performed.",
      });
      expect(err(() => guard(LIFECYCLE.unlock, inst({ locked: true, lockedBy: "owner" }), user))).toBeNull();
      expect(err(() => guard(LIFECYCLE.unlock, inst({ locked: true, lockedBy: "admin" }), admin))).toBeNull();
    });

    it("then the host (InstanceNotReady), then the state", () => {
      expect(err(() => guard(LIFECYCLE.triggerCrashDump, inst({ host: null, vmState: "stopped" }), user))).toEqual({ code: 409, message: "Instance i-1 is not ready" });
      expect(err(() => guard(LIFECYCLE.triggerCrashDump, inst({ vmState: "stopped" }), user))).toEqual({
        code: 409,
        message: "Cannot 'trigger_crash_dump' instance i-1 while it is in vm_state stopped",
      });
      expect(err(() => guard(GUARDS.getVncConsole, inst({ taskState: "migrating" }), user))).toEqual({
        code: 409,
        message: "Cannot 'get_vnc_console' instance i-1 while it is in task_state migrating",
      });
      expect(err(() => guard(LIFECYCLE.forceDelete, inst({ taskState: "rebooting" }), user))).toEqual({
        code: 409,
        message: "Cannot 'forceDelete' instance i-1 while it is in task_state rebooting",
      });
    });
  });
});
