import type { ServerAction } from "./types.js";
import { POWER_ACTIONS } from "./power.js";

/** Every server action, by module. A module owns its actions' schemas and handlers. */
export const SERVER_ACTIONS: readonly ServerAction[] = [...POWER_ACTIONS];
