import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { POLICIES, type ServerGroupPolicy } from "../../compute/server-groups.js";
import { Invalid } from "../../errors.js";
import { authOf } from "../../http/context.js";
import { novaParse, parseVersionedBody, versionedBodyValidator } from "../../http/versioned.js";
import { authorize } from "../../identity/policy.js";
import { MAX_LIMIT } from "./paging.js";
import { last } from "./query.js";
import { createBody, createBodyDoc, groupParams, indexQuery, indexQueryDoc, indexResponse, showResponse } from "./schemas/server-groups.js";
import { serverGroupView } from "./views/server-groups.js";

/**
 * /os-server-groups (nova/api/openstack/compute/server_groups.py). Groups
 * belong to projects; admins see (and may act on) every project's, and list
 * them all with `all_projects`. Servers join a group with the `group`
 * scheduler hint at create.
 */

/** oslo's validate_integer(value, name, min_value=0) on a raw query value, as Nova's _get_int_param. */
function intParam(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\s*[+-]?\d+\s*$/.test(raw)) throw new Invalid(`Invalid input received: ${name} must be an integer`);
  const n = Number(raw);
  if (n < 0) throw new Invalid(`Invalid input received: ${name} must be >= 0`);
  return n;
}

export default async function routes(app: App, deps: RouteDeps) {
  const groups = deps.services.serverGroups;
  const tags = ["compute"];
  const rule = (action: string) => `os_compute_api:os-server-groups:${action}`;

  app.get(
    "/os-server-groups",
    {
      schema: {
        operationId: "compute.server_groups.list",
        tags,
        summary: "List server groups",
        description:
          "The caller's project's groups in creation order; `all_projects` (admins) lists every project's. `offset`/`limit` page the list (limit capped at 1000).",
        querystring: indexQueryDoc,
        response: { 200: indexResponse },
      },
    },
    async (req) => {
      const v = req.apiVersion;
      const q = novaParse(indexQuery.at(v), req.query, "querystring");
      const ctx = authOf(req);
      authorize(ctx, rule("index"), "project_reader_or_admin", { projectId: ctx.projectId });
      // Nova: a non-admin's all_projects is ignored (its own groups), an admin's needs index:all_projects.
      const allProjects = q.all_projects !== undefined && ctx.isAdmin;
      if (allProjects) authorize(ctx, rule("index:all_projects"), "admin_api", { projectId: ctx.projectId });
      // common.limited: get_pagination_params reads limit, page_size and offset (the last of repeated values).
      const limit = intParam("limit", last(q.limit));
      intParam("page_size", last(q.page_size));
      const offset = intParam("offset", last(q.offset)) ?? 0;
      const list = await groups.list(ctx, { allProjects, offset, limit: Math.min(MAX_LIMIT, limit || MAX_LIMIT) });
      return { server_groups: list.map((g) => serverGroupView(g, v)) };
    },
  );

  app.post(
    "/os-server-groups",
    {
      validatorCompiler: versionedBodyValidator,
      schema: {
        operationId: "compute.server_groups.create",
        tags,
        summary: "Create a server group",
        description:
          "`policies` (a list of one) before 2.64, `policy` and `rules` from 2.64; soft-affinity and soft-anti-affinity from 2.15. " +
          "403 when the server_groups quota is used up; 400 for rules on a policy other than anti-affinity.",
        body: createBodyDoc,
        response: { 200: showResponse },
      },
    },
    async (req) => {
      const v = req.apiVersion;
      const { server_group: sg } = parseVersionedBody(req, createBody);
      const ctx = authOf(req);
      authorize(ctx, rule("create"), "project_member_or_admin", { projectId: ctx.projectId });
      const policy = (v.atLeast("2.64") ? sg.policy : sg.policies?.[0]) as ServerGroupPolicy;
      if (!POLICIES.includes(policy)) throw new Invalid(`Invalid policy ${String(policy)}`);
      const created = await groups.create({
        projectId: ctx.projectId ?? "",
        userId: ctx.userId,
        name: sg.name,
        policy,
        rules: v.atLeast("2.64") ? (sg.rules ?? {}) : {},
        now: deps.clock.now(),
      });
      return { server_group: serverGroupView(created, v) };
    },
  );

  app.get(
    "/os-server-groups/:server_group_id",
    {
      schema: {
        operationId: "compute.server_groups.show",
        tags,
        summary: "Show a server group",
        description: "Its members are the servers booted into it that are not deleted.",
        params: groupParams,
        response: { 200: showResponse },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const g = await groups.get(ctx, req.params.server_group_id, { members: true });
      authorize(ctx, rule("show"), "project_reader_or_admin", { projectId: g.projectId });
      return { server_group: serverGroupView(g, req.apiVersion) };
    },
  );

  app.delete(
    "/os-server-groups/:server_group_id",
    {
      schema: {
        operationId: "compute.server_groups.delete",
        tags,
        summary: "Delete a server group",
        description: "Its servers stay; they are no longer in a group.",
        params: groupParams,
        response: { 204: z.undefined().describe("No body") },
      },
    },
    async (req, reply) => {
      const ctx = authOf(req);
      const g = await groups.get(ctx, req.params.server_group_id);
      authorize(ctx, rule("delete"), "project_member_or_admin", { projectId: g.projectId });
      await groups.delete(g);
      return reply.code(204).send(undefined);
    },
  );
}
