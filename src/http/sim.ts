import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { SimControl } from "../simulator/control.js";
import { InjectedHttpFault } from "../simulator/faults.js";
import { serviceOf } from "./services.js";

declare module "fastify" {
  interface FastifyRequest {
    simEntered?: boolean;
  }
}

/** Requests that never wait at the gate: health answers during a reset (503 "resetting"); an event stream stays open. */
const UNGATED = /^\/sim\/v1\/(health|events)(\?|$)|^\/sim(\/console(\/.*)?)?(\?|$)/;
/** Requests the journal leaves out: its own reads and the event stream. */
const UNJOURNALED = /^\/sim\/v1\/(requests|events)(\?|$)/;

/**
 * The simulator's hooks on every request: while a reset or restore swaps the
 * cloud's state, requests wait at the gate (src/simulator/gate.ts); each
 * request first checks the reset epoch, so a reset made through another
 * replica drops this one's caches before the request reads them.
 */
export default fp(async function simHooks(app: FastifyInstance, opts: { sim: SimControl }) {
  const { sim } = opts;
  const leave = (req: FastifyRequest) => {
    if (req.simEntered) {
      req.simEntered = false;
      sim.gate.leave();
    }
  };
  app.addHook("onRequest", async (req) => {
    if (UNGATED.test(req.url)) return;
    await sim.gate.enter();
    req.simEntered = true;
    await sim.sync();
    // HTTP fault rules (/sim/v1/http-faults): latency, then the configured status; never on the simulator's own API.
    const service = serviceOf(req.url);
    if (service === "sim") return;
    const rule = sim.faults.httpFault({ method: req.method, path: req.url.split("?")[0]!, service });
    if (!rule) return;
    if (rule.effect.latencyMs) await new Promise((r) => setTimeout(r, rule.effect.latencyMs));
    if (rule.effect.status) throw new InjectedHttpFault(rule.effect.status, rule.effect.message ?? "Injected fault.");
  });
  // On a manual clock, a write answers once the work it started up to now is done (a build's scheduling, say):
  // a client making requests one after another then gets the same results every run.
  app.addHook("onSend", async (req) => {
    if (req.method !== "GET" && req.method !== "HEAD" && sim.clockState().mode === "manual") await sim.quiesce();
  });
  app.addHook("onResponse", async (req, reply) => {
    leave(req);
    if (UNJOURNALED.test(req.url)) return;
    sim.requests.record({
      id: req.id,
      time: sim.clockState().now.toISOString(),
      method: req.method,
      path: req.url,
      service: serviceOf(req.url),
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 100) / 100,
      userId: req.auth?.userId ?? null,
      projectId: req.auth?.projectId ?? null,
    });
  });
  app.addHook("onRequestAbort", async (req) => leave(req));
  app.addHook("onClose", async () => sim.close());
});
