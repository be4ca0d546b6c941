import type { App, RouteDeps } from "../../composition.js";
import versions from "./versions.js";
import auth from "./auth.js";
import projects from "./projects.js";
import users from "./users.js";
import roles from "./roles.js";
import domains from "./domains.js";
import assignments from "./assignments.js";

/** Keystone v3, mounted at /identity. */
export default async function identityRoutes(app: App, deps: RouteDeps) {
  await app.register(versions, deps);
  await app.register(auth, deps);
  await app.register(projects, deps);
  await app.register(users, deps);
  await app.register(roles, deps);
  await app.register(domains, deps);
  await app.register(assignments, deps);
}
