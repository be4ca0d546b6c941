import { describe, expect, it } from "vitest";
import { LIFECYCLE, allowed, finalState, type ActionKey, type LifecycleAction } from "../../src/compute/lifecycle.js";
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
});
