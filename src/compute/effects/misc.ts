import type { Effects } from "../actions.js";
import type { ActionKey } from "../lifecycle.js";

export const MISC_EFFECTS: Partial<Record<ActionKey, Effects>> = {};
