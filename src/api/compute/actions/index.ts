import type { ServerAction } from "./types.js";
import { POWER_ACTIONS } from "./power.js";
import { MIGRATION_ACTIONS } from "./migration.js";
import { IMAGES_SHELVE_ACTIONS } from "./images-shelve.js";
import { REBUILD_DELETE_ACTIONS } from "./rebuild-delete.js";
import { MISC_ACTIONS } from "./misc.js";
import { FLOATING_IP_ACTIONS } from "./floating-ips.js";

/** Every server action, by module. A module owns its actions' schemas and handlers. */
export const SERVER_ACTIONS: readonly ServerAction[] = [
  ...POWER_ACTIONS,
  ...MIGRATION_ACTIONS,
  ...IMAGES_SHELVE_ACTIONS,
  ...REBUILD_DELETE_ACTIONS,
  ...MISC_ACTIONS,
  ...FLOATING_IP_ACTIONS,
];
