import type { Effects } from "../actions.js";
import type { ActionKey } from "../lifecycle.js";

export const IMAGES_SHELVE_EFFECTS: Partial<Record<ActionKey, Effects>> = {};
