import type { ServerAction } from "./types.js";

export const MISC_ACTIONS: readonly ServerAction[] = [];
