import type { Effects } from "../actions.js";
import type { ActionKey } from "../lifecycle.js";
import { OpenStackError, Invalid } from "../../errors.js";

/**
 * Effects of the misc actions (rescue, unrescue, changePassword,
 * trigger_crash_dump). Only rescue does more than walk the table: a rescue
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

export const MISC_EFFECTS: Partial<Record<ActionKey, Effects>> = { rescue };
