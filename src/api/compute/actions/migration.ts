import type { ServerAction } from "./types.js";

export const MIGRATION_ACTIONS: readonly ServerAction[] = [];
