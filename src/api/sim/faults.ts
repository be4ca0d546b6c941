import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { NotFound } from "../../errors.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import type { HttpRule, StateEffect, StateRule } from "../../simulator/faults.js";
import * as schemas from "./schemas.js";

const snake = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v as string | number]));

const faultView = (r: StateRule) => ({
  id: r.id,
  match: snake({ ...r.match }) as Record<string, string>,
  effect: snake({ ...r.effect }),
  probability: r.probability,
  count: r.count,
  fired: r.fired,
  hung: [...r.hung],
  created_at: r.createdAt.toISOString(),
});
const httpFaultView = (r: HttpRule) => ({
  id: r.id,
  match: snake({ ...r.match }) as Record<string, string>,
  effect: snake({ ...r.effect }),
  probability: r.probability,
  count: r.count,
  fired: r.fired,
  created_at: r.createdAt.toISOString(),
});

type FaultBody = z.output<typeof schemas.faultCreate>;
type HttpFaultBody = z.output<typeof schemas.httpFaultCreate>;

function effectOf(e: FaultBody["effect"]): StateEffect {
  switch (e.type) {
    case "fail":
      return { type: "fail", code: e.code, message: e.message, details: e.details };
    case "delay":
      return { type: "delay", ms: e.delay_ms ?? 0, jitterMs: e.jitter_ms };
    default:
      return { type: e.type };
  }
}

/**
 * Fault injection under /sim/v1: state-machine rules (/faults) the compute
 * engine asks at each build and action, HTTP rules (/http-faults) asked for
 * each OpenStack API request, and hosts marked down or up. Admin only.
 */
export default async function faultRoutes(app: App, deps: RouteDeps) {
  const sim = deps.services.sim;
  const faults = sim.faults;
  const tags = ["simulator"];
  const admin = (req: Parameters<typeof authOf>[0], rule: string) => authorize(authOf(req), `novasim:${rule}`, "admin_api");

  app.get("/faults", { schema: { operationId: "sim.faults.list", tags, summary: "List the fault rules, in order, with how often each fired", description: "Admin only.", response: { 200: schemas.faultList } } }, async (req) => {
    admin(req, "faults:list");
    return { faults: faults.state().map(faultView) };
  });

  app.post(
    "/faults",
    {
      schema: {
        operationId: "sim.faults.create",
        tags,
        summary: "Add a state-machine fault rule (after the others: the first that matches wins)",
        description:
          "Admin only. effect fail: the build or action fails into Nova's state (ERROR, or back where it was) with a fault {code, message, details}; hang: the server stays in its task state until the rule is deleted; delay: the step takes delay_ms (± jitter_ms) longer; no_valid_host, claim_conflict: the build fails as Nova's scheduler would.",
        body: schemas.faultCreate,
        response: { 201: schemas.faultShow },
      },
    },
    async (req, reply) => {
      admin(req, "faults:create");
      const b = req.body as FaultBody;
      const m = b.match;
      const rule = faults.addState({
        match: { action: m.action, host: m.host, az: m.az, flavor: m.flavor, image: m.image, project: m.project, metadataKey: m.metadata_key },
        effect: effectOf(b.effect),
        probability: b.probability,
        count: b.count,
      });
      reply.code(201);
      return { fault: faultView(rule) };
    },
  );

  app.delete("/faults", { schema: { operationId: "sim.faults.clear", tags, summary: "Delete every state-machine fault rule", description: "Admin only. Hung servers go on.", response: { 204: z.undefined().describe("No body") } } }, async (req, reply) => {
    admin(req, "faults:clear");
    await faults.clear("state");
    return reply.code(204).send(undefined);
  });

  app.delete(
    "/faults/:fault_id",
    { schema: { operationId: "sim.faults.delete", tags, summary: "Delete one fault rule", description: "Admin only. The servers it hung go on.", params: schemas.faultParams, response: { 204: z.undefined().describe("No body") } } },
    async (req, reply) => {
      admin(req, "faults:delete");
      const id = (req.params as { fault_id: number }).fault_id;
      if (!faults.state().some((r) => r.id === id) || !(await faults.remove(id))) throw new NotFound(`Fault rule ${id} could not be found.`);
      return reply.code(204).send(undefined);
    },
  );

  app.get("/http-faults", { schema: { operationId: "sim.http_faults.list", tags, summary: "List the HTTP fault rules", description: "Admin only.", response: { 200: schemas.httpFaultList } } }, async (req) => {
    admin(req, "http_faults:list");
    return { http_faults: faults.http().map(httpFaultView) };
  });

  app.post(
    "/http-faults",
    {
      schema: {
        operationId: "sim.http_faults.create",
        tags,
        summary: "Add an HTTP fault rule",
        description: "Admin only. Requests to the OpenStack APIs (never /sim) that match wait latency_ms, then get status with that service's error body.",
        body: schemas.httpFaultCreate,
        response: { 201: schemas.httpFaultShow },
      },
    },
    async (req, reply) => {
      admin(req, "http_faults:create");
      const b = req.body as HttpFaultBody;
      const rule = faults.addHttp({
        match: { path: b.match.path, service: b.match.service, method: b.match.method },
        effect: { status: b.effect.status, message: b.effect.message, latencyMs: b.effect.latency_ms },
        probability: b.probability,
        count: b.count,
      });
      reply.code(201);
      return { http_fault: httpFaultView(rule) };
    },
  );

  app.delete("/http-faults", { schema: { operationId: "sim.http_faults.clear", tags, summary: "Delete every HTTP fault rule", description: "Admin only.", response: { 204: z.undefined().describe("No body") } } }, async (req, reply) => {
    admin(req, "http_faults:clear");
    await faults.clear("http");
    return reply.code(204).send(undefined);
  });

  app.delete(
    "/http-faults/:fault_id",
    { schema: { operationId: "sim.http_faults.delete", tags, summary: "Delete one HTTP fault rule", description: "Admin only.", params: schemas.faultParams, response: { 204: z.undefined().describe("No body") } } },
    async (req, reply) => {
      admin(req, "http_faults:delete");
      const id = (req.params as { fault_id: number }).fault_id;
      if (!faults.http().some((r) => r.id === id) || !(await faults.remove(id))) throw new NotFound(`HTTP fault rule ${id} could not be found.`);
      return reply.code(204).send(undefined);
    },
  );

  for (const state of ["down", "up"] as const) {
    app.post(
      `/hosts/:host_name/${state}`,
      {
        schema: {
          operationId: `sim.hosts.${state}`,
          tags,
          summary: state === "down" ? "Mark a host down" : "Mark a host up again",
          description:
            state === "down"
              ? "Admin only. Its nova-compute service stops reporting: `down` in os-services, the scheduler passes it by, and its servers can be evacuated."
              : "Admin only. Its nova-compute service reports again.",
          params: schemas.hostParams,
          response: { 200: schemas.hostState },
        },
      },
      async (req) => {
        admin(req, `hosts:${state}`);
        const h = await sim.setHostState((req.params as { host_name: string }).host_name, state === "up");
        return { host: { name: h.name, state } };
      },
    );
  }
}
