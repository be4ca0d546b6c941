import type { Effects } from "./types.js";
import type { ActionKey } from "../lifecycle.js";
import { OpenStackError, Invalid } from "../../errors.js";

/**
 * Effects of the misc actions (rescue, unrescue, changePassword,
 * trigger_crash_dump, lock, unlock, os-resetState). Only rescue does more than walk the table: a rescue
 * image must be one the caller can boot from (nova/compute/api.py rescue:
 * UnsupportedRescueImage otherwise), checked after the state checks as Nova's
 * decorators order them.
 */
const rescue: Effects = {
  async prepare(ec, _inst, params, ctx) {
    const ref = params.rescueImageRef as string | undefined;
    if (!ref) return;
    try {
      await ec.collab.imageForBoot(ec.db, ref, ctx);
    } catch (e) {
      // Nova turns ImageNotFound/ImageBadRequest into UnsupportedRescueImage.
      if (e instanceof OpenStackError && e.code < 500) throw new Invalid(`Requested rescue image '${ref}' is not supported`);
      throw e;
    }
  },
};

/** lock: who locked it (an admin of another project: "admin") and why (2.73). */
const lock: Effects = {
  async prepare(_ec, inst, params, ctx) {
    return { lockedBy: ctx.isAdmin && ctx.projectId !== inst.projectId ? "admin" : "owner", reason: params.reason ?? null };
  },
  async begin(_ec, _inst, params) {
    return { locked: true, lockedBy: params.lockedBy as string, lockedReason: (params.reason as string | null) ?? null };
  },
};

const unlock: Effects = {
  async begin() {
    return { locked: false, lockedBy: null, lockedReason: null };
  },
};

/** os-resetState: the vm_state asked for, the power state unchanged (the task is cleared by the engine). */
const resetState: Effects = {
  final(_inst, params, from) {
    return { vmState: params.state as string, powerState: from.powerState };
  },
};

export const MISC_EFFECTS: Partial<Record<ActionKey, Effects>> = { rescue, lock, unlock, resetState };
