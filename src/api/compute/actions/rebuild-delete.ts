import type { ServerAction } from "./types.js";

export const REBUILD_DELETE_ACTIONS: readonly ServerAction[] = [];
