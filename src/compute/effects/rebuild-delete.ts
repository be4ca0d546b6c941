import type { Effects } from "../actions.js";
import type { ActionKey } from "../lifecycle.js";

export const REBUILD_DELETE_EFFECTS: Partial<Record<ActionKey, Effects>> = {};
