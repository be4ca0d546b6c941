import type { App, RouteDeps } from "../../composition.js";

export default async function routes(app: App, deps: RouteDeps) {
  void app;
  void deps;
}
