import type { FastifyRequest } from "fastify";
import { STRICT_QUERY_FROM } from "../../http/microversion.js";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { limitsOf } from "../../compute/quotas.js";
import { authOf } from "../../http/context.js";
import { Invalid } from "../../errors.js";
import { novaParse, parseVersionedBody } from "../../http/versioned.js";
import { allowed, authorize } from "../../identity/policy.js";
import {
  classParams,
  classUpdateBody,
  classUpdateBodyDoc,
  limitsQuery,
  limitsQueryDoc,
  limitsResponse,
  projectParams,
  quotaClassResponse,
  quotaClassUpdateResponse,
  quotaSetDetailResponse,
  quotaSetResponse,
  quotaSetUpdateResponse,
  updateBody,
  updateBodyDoc,
  userQuery,
  userQueryDoc,
} from "./schemas/quotas.js";
import { first, last } from "./query.js";
import { limitsView } from "./views/limits.js";
import { quotaClassSet, quotaClassSetUpdated, quotaSet, quotaSetDetail, quotaSetUpdated } from "./views/quotas.js";

/**
 * /os-quota-sets, /os-quota-class-sets and /limits
 * (nova/api/openstack/compute/quota_sets.py, quota_classes.py, limits.py).
 */
export default async function routes(app: App, deps: RouteDeps) {
  const quotas = deps.services.quotas;
  const tags = ["compute"];
  const isAdmin = (req: FastifyRequest) => allowed(authOf(req), "admin_api");
  const userIdOf = (req: FastifyRequest) => first(novaParse(userQuery.at(req.apiVersion), req.query, "querystring").user_id) || undefined;

  app.get(
    "/os-quota-sets/:project_id",
    {
      schema: {
        operationId: "compute.quota-sets.show",
        tags,
        summary: "Show a project's quotas",
        description: "A project member may see its own project's; admins any. `?user_id` shows that user's. 2.36 and 2.57 drop resources.",
        params: projectParams,
        querystring: userQueryDoc,
        response: { 200: quotaSetResponse },
      },
    },
    async (req) => {
      const userId = userIdOf(req);
      const { project_id: id } = req.params;
      authorize(authOf(req), "os_compute_api:os-quota-sets:show", "project_reader_or_admin", { projectId: id });
      await quotas.verifyProjectId(id, isAdmin(req));
      const q = userId ? await quotas.userQuotas(id, userId) : await quotas.projectQuotas(id);
      return quotaSet(id, limitsOf(q), req.apiVersion);
    },
  );

  app.get(
    "/os-quota-sets/:project_id/detail",
    {
      schema: {
        operationId: "compute.quota-sets.detail",
        tags,
        summary: "Show a project's quotas with usage",
        description: "Each resource as {in_use, limit, reserved}; reserved is always 0.",
        params: projectParams,
        querystring: userQueryDoc,
        response: { 200: quotaSetDetailResponse },
      },
    },
    async (req) => {
      const userId = userIdOf(req);
      const { project_id: id } = req.params;
      authorize(authOf(req), "os_compute_api:os-quota-sets:detail", "project_reader_or_admin", { projectId: id });
      await quotas.verifyProjectId(id, isAdmin(req));
      const q = userId ? await quotas.userQuotas(id, userId, { usages: true }) : await quotas.projectQuotas(id, { usages: true });
      return quotaSetDetail(id, q, req.apiVersion);
    },
  );

  app.get(
    "/os-quota-sets/:project_id/defaults",
    {
      schema: {
        operationId: "compute.quota-sets.defaults",
        tags,
        summary: "Show the default quotas",
        description: "The `default` quota class over the configured defaults.",
        params: projectParams,
        response: { 200: quotaSetResponse },
      },
    },
    async (req) => {
      const { project_id: id } = req.params;
      authorize(authOf(req), "os_compute_api:os-quota-sets:defaults", "any_authenticated", { projectId: id });
      await quotas.verifyProjectId(id, isAdmin(req));
      return quotaSet(id, await quotas.defaultQuotas(), req.apiVersion);
    },
  );

  app.put(
    "/os-quota-sets/:project_id",
    {
      schema: {
        operationId: "compute.quota-sets.update",
        tags,
        summary: "Update a project's (or a user's) quotas",
        description:
          "Admin only. -1 is unlimited. A limit below what is in use is refused (400) unless `force` is true. " +
          "`?user_id` sets that user's limits within the project.",
        params: projectParams,
        querystring: userQueryDoc,
        body: updateBodyDoc,
        response: { 200: quotaSetUpdateResponse },
      },
    },
    async (req) => {
      const { quota_set: body } = parseVersionedBody(req, updateBody);
      const userId = userIdOf(req);
      const { project_id: id } = req.params;
      authorize(authOf(req), "os_compute_api:os-quota-sets:update", "admin_api", { projectId: id });
      await quotas.verifyProjectId(id, isAdmin(req));
      const { force = false, ...values } = body;
      const limits = await quotas.updateQuotas(id, userId, values, force);
      return quotaSetUpdated(limits, req.apiVersion);
    },
  );

  app.delete(
    "/os-quota-sets/:project_id",
    {
      schema: {
        operationId: "compute.quota-sets.delete",
        tags,
        summary: "Revert a project's (or a user's) quotas to the defaults",
        description: "Admin only. Answers 202 with no body.",
        params: projectParams,
        querystring: userQueryDoc,
        response: { 202: z.undefined().describe("No body") },
      },
    },
    async (req, reply) => {
      const userId = userIdOf(req);
      const { project_id: id } = req.params;
      authorize(authOf(req), "os_compute_api:os-quota-sets:delete", "admin_api", { projectId: id });
      await quotas.deleteQuotas(id, userId);
      return reply.code(202).send(undefined);
    },
  );

  app.get(
    "/os-quota-class-sets/:id",
    {
      config: { noQuery: STRICT_QUERY_FROM },
      schema: {
        operationId: "compute.quota-class-sets.show",
        tags,
        summary: "Show a quota class",
        description: "Admin only. The `default` class supplies the default quotas. server_groups and server_group_members appear from 2.50.",
        params: classParams,
        response: { 200: quotaClassResponse },
      },
    },
    async (req) => {
      authorize(authOf(req), "os_compute_api:os-quota-class-sets:show", "admin_api");
      return quotaClassSet(req.params.id, await quotas.classQuotas(req.params.id), req.apiVersion);
    },
  );

  app.put(
    "/os-quota-class-sets/:id",
    {
      schema: {
        operationId: "compute.quota-class-sets.update",
        tags,
        summary: "Update a quota class",
        description: "Admin only.",
        params: classParams,
        body: classUpdateBodyDoc,
        response: { 200: quotaClassUpdateResponse },
      },
    },
    async (req) => {
      const { quota_class_set: values } = parseVersionedBody(req, classUpdateBody);
      authorize(authOf(req), "os_compute_api:os-quota-class-sets:update", "admin_api");
      const id = req.params.id;
      if (id.length > 255) throw new Invalid("quota_class_name has more than 255 characters.");
      return quotaClassSetUpdated(await quotas.updateClassQuotas(id, values), req.apiVersion);
    },
  );

  app.get(
    "/limits",
    {
      schema: {
        operationId: "compute.limits.show",
        tags,
        summary: "Show absolute limits and usage",
        description:
          "The caller's project's limits and usage (admins: `?tenant_id` for another project). " +
          "Network limits go in 2.36, maxImageMeta in 2.39, personality limits in 2.57.",
        querystring: limitsQueryDoc,
        response: { 200: limitsResponse },
      },
    },
    async (req) => {
      const q = novaParse(limitsQuery.at(req.apiVersion), req.query, "querystring");
      const ctx = authOf(req);
      authorize(ctx, "os_compute_api:limits", "any_authenticated");
      let projectId = ctx.projectId ?? "";
      if (q.tenant_id !== undefined) {
        authorize(ctx, "os_compute_api:limits:other_project", "admin_api");
        projectId = last(q.tenant_id) ?? projectId;
      }
      return limitsView(await quotas.projectQuotas(projectId, { usages: true }), req.apiVersion);
    },
  );
}
