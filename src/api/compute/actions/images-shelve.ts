import type { ServerAction } from "./types.js";

export const IMAGES_SHELVE_ACTIONS: readonly ServerAction[] = [];
