import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * What answers on the port while the database is migrated and seeded (before
 * the app exists): 503 on every path, with /sim/v1/health's body saying
 * "starting", so an orchestrator's readiness probe and a client polling
 * health see the process is up and not yet ready. Closed, and the port handed
 * to the app, once it is built.
 */
export async function listenStarting(host: string, port: number, info: { version?: string; database: string }) {
  const started = Date.now();
  const server = http.createServer((req, res) => {
    const body = {
      status: "starting",
      version: info.version ?? "unknown",
      database: info.database,
      services: { identity: "starting", compute: "starting", image: "starting", network: "starting", placement: "starting" },
      hosts: { total: 0, up: 0 },
      uptime_seconds: Math.floor((Date.now() - started) / 1000),
    };
    res.writeHead(503, { "content-type": "application/json", "retry-after": "1", connection: "close" });
    res.end(JSON.stringify(req.url?.startsWith("/sim/v1/health") ? body : { error: { code: 503, title: "Service Unavailable", message: "novasim is starting." } }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
