import type { App, RouteDeps } from "../../composition.js";
import schedulerRoutes from "./scheduler.js";
import controlRoutes from "./control.js";
import faultRoutes from "./faults.js";
import observeRoutes from "./observe.js";

/** The simulator's own API, mounted at /sim/v1. */
export default async function simRoutes(app: App, deps: RouteDeps) {
  await app.register((i: App) => schedulerRoutes(i, deps));
  await app.register((i: App) => controlRoutes(i, deps));
  await app.register((i: App) => faultRoutes(i, deps));
  await app.register((i: App) => observeRoutes(i, deps));
}
