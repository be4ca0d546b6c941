import type { App, RouteDeps } from "../../composition.js";
import { volumeVersionHook } from "./microversion.js";
import quotas from "./quotas.js";
import snapshots from "./snapshots.js";
import types from "./types.js";
import volumes from "./volumes.js";

/**
 * Cinder's v3 API, mounted at /volume (the version documents are in
 * versions.ts): volumes and their actions, volume types, snapshots, quotas
 * and limits. Every response carries the negotiated volume microversion.
 */
export default async function volumeApiRoutes(app: App, deps: RouteDeps) {
  app.addHook("onRequest", volumeVersionHook);
  for (const plugin of [volumes, types, snapshots, quotas]) await app.register((i: App) => plugin(i, deps));
}
