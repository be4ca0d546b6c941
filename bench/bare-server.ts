/**
 * The baseline of the benchmark: a bare fastify server (no plugins, no auth, no
 * database) whose routes answer with bodies captured from novasim, byte for byte,
 * with the same status and Content-Type. Started by bench/lib.ts startBare():
 *
 *   BARE_ROUTES=routes.json BARE_PORT=port node --import tsx bench/bare-server.ts
 *
 * GET /compute/v2.1/ always answers (the readiness probe).
 */
import fs from "node:fs";
import Fastify from "fastify";
import type { BareRoute } from "./lib.js";

const routes = JSON.parse(fs.readFileSync(process.env.BARE_ROUTES!, "utf8")) as BareRoute[];
const app = Fastify({ logger: false });
for (const r of routes) {
  const body = Buffer.from(r.body, "base64");
  app.route({ method: r.method, url: r.url, handler: (_req, reply) => reply.code(r.status).type(r.contentType).send(body) });
}
if (!routes.some((r) => r.method === "GET" && r.url === "/compute/v2.1/")) {
  app.get("/compute/v2.1/", (_req, reply) => reply.send({ ok: true }));
}
process.once("SIGTERM", () => void app.close().then(() => process.exit(0)));
await app.listen({ host: "127.0.0.1", port: Number(process.env.BARE_PORT ?? 0) });
