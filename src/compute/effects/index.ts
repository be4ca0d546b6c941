import type { Effects } from "../actions.js";
import type { ActionKey } from "../lifecycle.js";

/**
 * What each server action does besides changing state (claims, ports, images,
 * migrations), by lifecycle key. Actions without an entry only change state.
 */
export const EFFECTS: Partial<Record<ActionKey, Effects>> = {};
