import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { Invalid, NotImplemented } from "../../errors.js";
import { NeutronErrors } from "../../network/errors.js";
import { QUOTA_RESOURCES, defaultQuotas, parseQuotaUpdate } from "../../network/quotas.js";

/**
 * Neutron's `quotas`, `quota_details` and `quota-check-limit` extensions
 * (neutron/extensions/quotasv2.py, quotasv2_detail.py). Zed policy: admins
 * read and change any project's quotas; anyone reads their own project's
 * quotas, defaults and details; another project's quotas are a 403 (Neutron
 * checks the rule, it does not hide the project).
 */

const tags = ["network"];
const int = z.number().int();
const quotaSet = z.object(Object.fromEntries(QUOTA_RESOURCES.map((r) => [r, int])) as Record<(typeof QUOTA_RESOURCES)[number], typeof int>);
const detail = z.object({ limit: int, used: int, reserved: int });
const quotaDetail = z.object(
  Object.fromEntries(QUOTA_RESOURCES.map((r) => [r, detail])) as Record<(typeof QUOTA_RESOURCES)[number], typeof detail>,
);
const projectParams = z.object({ project_id: z.string() });

/** Reading another project's quotas needs the get_quota rule (admin). */
function canRead(req: FastifyRequest, projectId: string) {
  const a = authOf(req);
  if (projectId !== a.projectId && !a.isAdmin) throw NeutronErrors.policy("rule:get_quota");
}
function requireAdmin(req: FastifyRequest, rule: string) {
  if (!authOf(req).isAdmin) throw NeutronErrors.policy(`rule:${rule}`);
}

export default async function quotaRoutes(app: App, deps: RouteDeps) {
  const quotas = deps.services.network.quotas;

  app.get(
    "/v2.0/quotas",
    {
      schema: {
        operationId: "network.quotas.list",
        tags,
        summary: "List quotas of the projects with non-default quotas (admin)",
        response: { 200: z.object({ quotas: z.array(quotaSet.extend({ project_id: z.string(), tenant_id: z.string() })) }) },
      },
    },
    async (req) => {
      requireAdmin(req, "get_quota");
      return { quotas: await quotas.all() };
    },
  );

  app.post(
    "/v2.0/quotas",
    {
      schema: {
        operationId: "network.quotas.create",
        tags,
        summary: "Not supported (501), as in Neutron",
        response: { 501: z.object({ NeutronError: z.object({ type: z.string(), message: z.string(), detail: z.string() }) }) },
      },
      validatorCompiler: () => (data) => ({ value: data }),
    },
    async () => {
      throw new NotImplemented("POST requests are not supported on this resource.");
    },
  );

  // The project of the caller's token, under both of Neutron's names.
  for (const key of ["project", "tenant"] as const) {
    app.get(
      `/v2.0/quotas/${key}`,
      {
        schema: {
          operationId: `network.quotas.${key}`,
          tags,
          summary: `The caller's ${key} id`,
          response: { 200: z.object({ [key]: z.object({ [`${key}_id`]: z.string() }) }) },
        },
      },
      async (req) => {
        const projectId = authOf(req).projectId;
        if (!projectId) throw new Invalid("Tenant-id was missing from quota request.", "QuotaMissingTenant");
        return { [key]: { [`${key}_id`]: projectId } };
      },
    );
  }

  app.get(
    "/v2.0/quotas/:project_id",
    {
      schema: {
        operationId: "network.quotas.show",
        tags,
        summary: "Show a project's quotas",
        description: "The project's limits, the defaults where it has none. Own project, or any as admin.",
        params: projectParams,
        response: { 200: z.object({ quota: quotaSet }) },
      },
    },
    async (req) => {
      canRead(req, req.params.project_id);
      return { quota: await quotas.project(req.params.project_id) };
    },
  );

  app.get(
    "/v2.0/quotas/:project_id/default",
    {
      schema: {
        operationId: "network.quotas.defaults",
        tags,
        summary: "Show the default quotas",
        params: projectParams,
        response: { 200: z.object({ quota: quotaSet }) },
      },
    },
    async (req) => {
      canRead(req, req.params.project_id);
      return { quota: defaultQuotas() };
    },
  );

  const showDetails = async (req: FastifyRequest<{ Params: { project_id: string } }>) => {
    const a = authOf(req);
    if (req.params.project_id !== a.projectId && !a.isAdmin) {
      throw NeutronErrors.adminRequired("Only admin is authorized to access quotas for another project");
    }
    return { quota: await quotas.details(req.params.project_id) };
  };
  for (const [suffix, op] of [["details", "details"], ["details.json", "details_json"]] as const) {
    app.get(
      `/v2.0/quotas/:project_id/${suffix}`,
      {
        schema: {
          operationId: `network.quotas.${op}`,
          tags,
          summary: "Show a project's quota usage",
          description: "limit, used (counted from the project's resources) and reserved (always 0) per resource.",
          params: projectParams,
          response: { 200: z.object({ quota: quotaDetail }) },
        },
      },
      showDetails,
    );
  }

  app.put(
    "/v2.0/quotas/:project_id",
    {
      schema: {
        operationId: "network.quotas.update",
        tags,
        summary: "Set a project's quotas (admin)",
        description: "Limits from -1 (unlimited) to 2^31-1. `check_limit` refuses a limit below current usage; `force` is accepted and ignored.",
        params: projectParams,
        body: z.object({ quota: quotaSet.partial().extend({ check_limit: z.unknown().optional(), force: z.unknown().optional() }) }).loose(),
        response: { 200: z.object({ quota: quotaSet }) },
      },
      // Neutron's own checks give its messages; zod only documents the body.
      validatorCompiler: () => (data) => ({ value: data }),
    },
    async (req) => {
      requireAdmin(req, "update_quota");
      const body = req.body as Record<string, unknown> | null;
      if (!body || typeof body !== "object" || Array.isArray(body) || !Object.keys(body).length) {
        throw new Invalid("Resource body required", "HTTPBadRequest");
      }
      const member = body.quota;
      if (member === undefined || member === null) throw new Invalid("Unable to find 'quota' in request body", "HTTPBadRequest");
      if (typeof member !== "object" || Array.isArray(member)) {
        throw new Invalid("Object 'quota' contains invalid data", "HTTPBadRequest");
      }
      const { limits, checkLimit } = parseQuotaUpdate(member as Record<string, unknown>);
      return { quota: await quotas.update(req.params.project_id, limits, checkLimit) };
    },
  );

  app.delete(
    "/v2.0/quotas/:project_id",
    {
      schema: {
        operationId: "network.quotas.delete",
        tags,
        summary: "Reset a project's quotas to the defaults (admin)",
        params: projectParams,
        response: { 204: z.null().describe("No content") },
      },
    },
    async (req, reply) => {
      requireAdmin(req, "delete_quota");
      await quotas.reset(req.params.project_id);
      return reply.code(204).send(null);
    },
  );
}
