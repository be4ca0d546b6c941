import type { App, RouteDeps } from "../../composition.js";
import images from "./images.js";
import imageData, { importRoutes } from "./image-data.js";
import members from "./members.js";

/**
 * Glance's v2 API, mounted at /image (its version list, GET /image, is served
 * by src/api/versions.ts). Each module is its own scope: image data is parsed
 * as a raw stream, everything else as JSON.
 */
export default async function imageRoutes(app: App, deps: RouteDeps) {
  for (const plugin of [images, imageData, members, importRoutes]) {
    await app.register((i: App) => plugin(i, deps));
  }
}
