import type { Effects } from "./types.js";
import type { ActionKey } from "../lifecycle.js";
import { MIGRATION_EFFECTS } from "./migration.js";
import { IMAGES_SHELVE_EFFECTS } from "./images-shelve.js";
import { REBUILD_DELETE_EFFECTS } from "./rebuild-delete.js";
import { MISC_EFFECTS } from "./misc.js";

/**
 * What each server action does besides changing state (claims, ports, images,
 * migrations), by lifecycle key. Actions without an entry only change state.
 */
export const EFFECTS: Partial<Record<ActionKey, Effects>> = {
  ...MIGRATION_EFFECTS,
  ...IMAGES_SHELVE_EFFECTS,
  ...REBUILD_DELETE_EFFECTS,
  ...MISC_EFFECTS,
};
