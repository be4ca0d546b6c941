import type { App, RouteDeps } from "../../app.js";
import versions from "./versions.js";
import auth from "./auth.js";

/** Keystone v3, mounted at /identity. */
export default async function identityRoutes(app: App, deps: RouteDeps) {
  await app.register(versions, deps);
  await app.register(auth, deps);
}
