import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authorize } from "../../identity/policy.js";
import { authOf, baseUrlOf } from "../../http/context.js";
import {
  grantList,
  grantListParams,
  grantParams,
  idParam,
  projectBody,
  projectCreate,
  projectList,
  projectListQuery,
  projectUpdate,
} from "./schemas/resources.js";
import { Invalid } from "../../errors.js";
import { listLinks, projectView, roleView } from "./views/resources.js";

const tags = ["identity"];

/** /v3/projects and the user-on-project grants under it (keystone/api/projects.py). */
export default async function projectRoutes(app: App, deps: RouteDeps) {
  const admin = deps.services.identityAdmin;
  const base = (req: FastifyRequest) => baseUrlOf(req, deps.config.publicUrl);
  const projectIdParams = idParam("project_id");

  app.get(
    "/v3/projects",
    {
      schema: {
        operationId: "identity.projects.list",
        tags,
        summary: "List projects",
        description: "Admin only. Filters: `name`, `domain_id`, `enabled`.",
        querystring: projectListQuery,
        response: { 200: projectList },
      },
    },
    async (req) => {
      authorize(authOf(req), "identity:list_projects", "identity_admin");
      const q = req.query;
      const rows = await admin.listProjects({ name: q.name, domainId: q.domain_id, enabled: q.enabled });
      const b = base(req);
      return { projects: rows.map((p) => projectView(p, b)), links: listLinks(b + req.url) };
    },
  );

  app.get(
    "/v3/projects/:project_id",
    {
      schema: {
        operationId: "identity.projects.show",
        tags,
        summary: "Show project details",
        description: "An admin, or a token scoped to that project.",
        params: projectIdParams,
        response: { 200: projectBody },
      },
    },
    async (req) => {
      const { project_id } = req.params;
      // Policy first: a non-admin learns nothing about other projects, existing or not.
      authorize(authOf(req), "identity:get_project", "identity_admin_or_project_reader", { projectId: project_id });
      return { project: projectView(await admin.getProject(project_id), base(req)) };
    },
  );

  app.post(
    "/v3/projects",
    {
      schema: {
        operationId: "identity.projects.create",
        tags,
        summary: "Create project",
        description: "Admin only. Without `domain_id` the project goes to the default domain.",
        body: projectCreate,
        response: { 201: projectBody },
      },
    },
    async (req, reply) => {
      const ctx = authOf(req);
      authorize(ctx, "identity:create_project", "identity_admin");
      const p = req.body.project;
      const created = await admin.createProject({
        name: p.name,
        domainId: p.domain_id || "default",
        description: p.description,
        enabled: p.enabled,
        parentId: p.parent_id,
      });
      reply.code(201);
      return { project: projectView(created, base(req)) };
    },
  );

  app.patch(
    "/v3/projects/:project_id",
    {
      schema: {
        operationId: "identity.projects.update",
        tags,
        summary: "Update project",
        description: "Admin only. Changes `name`, `description` or `enabled`.",
        params: projectIdParams,
        body: projectUpdate,
        response: { 200: projectBody },
      },
    },
    async (req) => {
      const { project_id } = req.params;
      authorize(authOf(req), "identity:update_project", "identity_admin");
      const p = req.body.project;
      if (p.id !== undefined && p.id !== project_id) throw new Invalid("Cannot change ID");
      const updated = await admin.updateProject(project_id, { name: p.name, description: p.description, enabled: p.enabled });
      return { project: projectView(updated, base(req)) };
    },
  );

  app.delete(
    "/v3/projects/:project_id",
    {
      schema: {
        operationId: "identity.projects.delete",
        tags,
        summary: "Delete project",
        description: "Admin only. Role assignments on the project go with it; tokens scoped to it stop validating.",
        params: projectIdParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      authorize(authOf(req), "identity:delete_project", "identity_admin");
      await admin.deleteProject(req.params.project_id);
      return reply.code(204).send(null);
    },
  );

  // ---------------------------------------------------------------- grants

  app.get(
    "/v3/projects/:project_id/users/:user_id/roles",
    {
      schema: {
        operationId: "identity.grants.list",
        tags,
        summary: "List role assignments for user on project",
        params: grantListParams,
        response: { 200: grantList },
      },
    },
    async (req) => {
      const { project_id, user_id } = req.params;
      await admin.grantTargets({ projectId: project_id, userId: user_id });
      authorize(authOf(req), "identity:list_grants", "identity_admin");
      const b = base(req);
      const roles = await admin.listGrants(project_id, user_id);
      return { roles: roles.map((r) => roleView(r, b)), links: listLinks(b + req.url) };
    },
  );

  const checkGrant = async (req: FastifyRequest, p: z.infer<typeof grantParams>) => {
    const key = { projectId: p.project_id, userId: p.user_id, roleId: p.role_id };
    await admin.grantTargets(key);
    authorize(authOf(req), "identity:check_grant", "identity_admin");
    await admin.checkGrant(key);
  };

  app.get(
    "/v3/projects/:project_id/users/:user_id/roles/:role_id",
    {
      exposeHeadRoute: false,
      schema: {
        operationId: "identity.grants.check",
        tags,
        summary: "Check whether user has role assignment on project",
        description: "204 when the user holds the role on the project directly.",
        params: grantParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await checkGrant(req, req.params);
      return reply.code(204).send(null);
    },
  );

  app.head(
    "/v3/projects/:project_id/users/:user_id/roles/:role_id",
    {
      schema: {
        operationId: "identity.grants.check_head",
        tags,
        summary: "Check whether user has role assignment on project (HEAD)",
        params: grantParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await checkGrant(req, req.params);
      return reply.code(204).send(null);
    },
  );

  app.put(
    "/v3/projects/:project_id/users/:user_id/roles/:role_id",
    {
      schema: {
        operationId: "identity.grants.create",
        tags,
        summary: "Assign role to user on project",
        description: "Admin only. Idempotent. The user can then scope a token to the project.",
        params: grantParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const key = { projectId: req.params.project_id, userId: req.params.user_id, roleId: req.params.role_id };
      await admin.grantTargets(key);
      authorize(authOf(req), "identity:create_grant", "identity_admin");
      await admin.createGrant(key);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    "/v3/projects/:project_id/users/:user_id/roles/:role_id",
    {
      schema: {
        operationId: "identity.grants.revoke",
        tags,
        summary: "Unassign role from user on project",
        description: "Admin only. Tokens of the user scoped to the project lose the role at once.",
        params: grantParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const key = { projectId: req.params.project_id, userId: req.params.user_id, roleId: req.params.role_id };
      await admin.grantTargets(key, { allowMissingUser: true });
      authorize(authOf(req), "identity:revoke_grant", "identity_admin");
      await admin.revokeGrant(key);
      return reply.code(204).send(null);
    },
  );
}
