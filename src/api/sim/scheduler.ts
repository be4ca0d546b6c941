import type { App, RouteDeps } from "../../composition.js";
import { NotFound } from "../../errors.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import * as schemas from "./schemas.js";
import { decisionView } from "./views.js";

/**
 * The simulator's own API (not an OpenStack one), under /sim/v1: why the
 * scheduler put each recent instance where it did, or found no valid host.
 * Admin only (a Keystone token with the admin role).
 */
export default async function schedulerRoutes(app: App, deps: RouteDeps) {
  const scheduler = deps.services.scheduler;
  const tags = ["simulator"];

  app.get(
    "/scheduler/decisions",
    {
      schema: {
        operationId: "sim.scheduler.decisions.list",
        tags,
        summary: "List the scheduler's recent decisions",
        description: "Admin only. The last decisions this process made (a bounded ring), newest first: hosts in and out of each filter with reasons, weights, claim attempts.",
        querystring: schemas.decisionsQuery,
        response: { 200: schemas.decisionList },
      },
    },
    async (req) => {
      authorize(authOf(req), "novasim:scheduler:decisions:list", "admin_api");
      const q = req.query as { instance_uuid?: string; limit?: number };
      let list = scheduler.decisions();
      if (q.instance_uuid) list = list.filter((d) => d.instanceUuid === q.instance_uuid);
      if (q.limit) list = list.slice(0, q.limit);
      return { decisions: list.map(decisionView) };
    },
  );

  app.get(
    "/scheduler/decisions/:decision_id",
    {
      schema: {
        operationId: "sim.scheduler.decisions.show",
        tags,
        summary: "Show one scheduler decision",
        description: "Admin only.",
        params: schemas.decisionParams,
        response: { 200: schemas.decisionShow },
      },
    },
    async (req) => {
      authorize(authOf(req), "novasim:scheduler:decisions:show", "admin_api");
      const { decision_id: id } = req.params as { decision_id: string };
      const d = scheduler.decision(id);
      if (!d) throw new NotFound(`Scheduler decision ${id} could not be found.`);
      return { decision: decisionView(d) };
    },
  );
}
