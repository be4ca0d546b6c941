import type { App, RouteDeps } from "../../app.js";

export default async function routes(app: App, deps: RouteDeps) {
  void app;
  void deps;
}
