import { z } from "zod";
import { STRICT_QUERY_FROM } from "../../http/microversion.js";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { Invalid } from "../../errors.js";
import { serverIdParams } from "./schemas/servers.js";
import * as t from "./schemas/parameter-types.js";
import { actionView, eventView } from "./views/instance-actions.js";

/** /servers/{id}/os-instance-actions[/{request_id}] (nova/api/openstack/compute/instance_actions.py). */

const link = z.object({ rel: z.string(), href: z.string() });
const collectionLinks = z.array(link).optional();

export default async function instanceActionRoutes(app: App, deps: RouteDeps) {
  const { serverResources } = deps.services;
  const actionParams = z.object({ server_id: z.string(), request_id: z.string() });
  app.get(
    "/servers/:server_id/os-instance-actions",
    {
      schema: {
        operationId: "compute.servers.actions.list",
        tags: ["compute"],
        summary: "List the actions performed on a server",
        params: serverIdParams,
        querystring: z.looseObject({ limit: t.limit.optional(), marker: z.string().optional(), "changes-since": z.string().optional(), "changes-before": z.string().optional() }),
        response: { 200: z.object({ instanceActions: z.array(z.looseObject({ action: z.string(), request_id: z.string() })), links: collectionLinks }) },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      let { actions } = await serverResources.actions(ctx, req.params.server_id, req.apiVersion.atLeast("2.21"));
      const q = req.query;
      const v = req.apiVersion;
      if (v.atLeast("2.58")) {
        if (q["changes-since"]) actions = actions.filter((a) => a.updatedAt >= new Date(q["changes-since"]!));
        if (v.atLeast("2.66") && q["changes-before"]) actions = actions.filter((a) => a.updatedAt <= new Date(q["changes-before"]!));
        if (q.marker) {
          const at = actions.findIndex((a) => a.requestId === q.marker);
          if (at === -1) throw new Invalid(`Marker ${q.marker} could not be found.`);
          actions = actions.slice(at + 1);
        }
        if (q.limit !== undefined) actions = actions.slice(0, q.limit);
      }
      return { instanceActions: actions.map((a) => actionView(a, v)) };
    },
  );
  app.get(
    "/servers/:server_id/os-instance-actions/:request_id",
    {
      config: { noQuery: STRICT_QUERY_FROM },
      schema: {
        operationId: "compute.servers.actions.show",
        tags: ["compute"],
        summary: "Show one action of a server, with its events",
        params: actionParams,
        response: { 200: z.object({ instanceAction: z.looseObject({ action: z.string(), request_id: z.string() }) }) },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const { inst, action: a } = await serverResources.action(ctx, req.params.server_id, req.params.request_id, req.apiVersion.atLeast("2.21"));
      const v = req.apiVersion;
      // Events are for admins, and from 2.51 for owners too (without tracebacks).
      const showEvents = ctx.isAdmin || v.atLeast("2.51");
      return {
        instanceAction: {
          ...actionView(a, v),
          ...(showEvents ? { events: a.events.map((e) => eventView(e, inst.projectId, v, ctx.isAdmin)) } : {}),
        },
      };
    },
  );
}
