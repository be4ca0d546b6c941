import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authorize } from "../../identity/policy.js";
import { authOf, baseUrlOf } from "../../http/context.js";
import { Invalid } from "../../errors.js";
import {
  idParam,
  projectList,
  userBody,
  userCreate,
  userList,
  userListQuery,
  userProjectsQuery,
  userUpdate,
} from "./schemas/resources.js";
import { listLinks, projectView, userView } from "./views/resources.js";

const tags = ["identity"];

/** /v3/users (keystone/api/users.py). Password hashes never leave the repository layer's login query. */
export default async function userRoutes(app: App, deps: RouteDeps) {
  const admin = deps.services.identityAdmin;
  const base = (req: FastifyRequest) => baseUrlOf(req, deps.config.publicUrl);
  const userIdParams = idParam("user_id");

  app.get(
    "/v3/users",
    {
      schema: {
        operationId: "identity.users.list",
        tags,
        summary: "List users",
        description: "Admin only. Filters: `name`, `domain_id`, `enabled`.",
        querystring: userListQuery,
        response: { 200: userList },
      },
    },
    async (req) => {
      authorize(authOf(req), "identity:list_users", "identity_admin");
      const q = req.query;
      const rows = await admin.listUsers({ name: q.name, domainId: q.domain_id, enabled: q.enabled });
      const b = base(req);
      return { users: rows.map((u) => userView(u, b)), links: listLinks(b + req.url) };
    },
  );

  app.get(
    "/v3/users/:user_id",
    {
      schema: {
        operationId: "identity.users.show",
        tags,
        summary: "Show user details",
        description: "An admin, or the user themself.",
        params: userIdParams,
        response: { 200: userBody },
      },
    },
    async (req) => {
      const { user_id } = req.params;
      authorize(authOf(req), "identity:get_user", "identity_admin_or_owner_user", { userId: user_id });
      return { user: userView(await admin.getUser(user_id), base(req)) };
    },
  );

  app.post(
    "/v3/users",
    {
      schema: {
        operationId: "identity.users.create",
        tags,
        summary: "Create user",
        description: "Admin only. Without `domain_id` the user goes to the default domain.",
        body: userCreate,
        response: { 201: userBody },
      },
    },
    async (req, reply) => {
      authorize(authOf(req), "identity:create_user", "identity_admin");
      const u = req.body.user;
      const created = await admin.createUser({
        name: u.name,
        domainId: u.domain_id || "default",
        password: u.password,
        enabled: u.enabled,
        email: u.email,
        description: u.description,
        defaultProjectId: u.default_project_id,
      });
      reply.code(201);
      return { user: userView(created, base(req)) };
    },
  );

  app.patch(
    "/v3/users/:user_id",
    {
      schema: {
        operationId: "identity.users.update",
        tags,
        summary: "Update user",
        description: "Admin only. A new password or disabling the user revokes the user's tokens.",
        params: userIdParams,
        body: userUpdate,
        response: { 200: userBody },
      },
    },
    async (req) => {
      const { user_id } = req.params;
      authorize(authOf(req), "identity:update_user", "identity_admin");
      const u = req.body.user;
      await admin.getUser(user_id);
      if (u.id !== undefined && u.id !== user_id) throw new Invalid("Cannot change user ID");
      const updated = await admin.updateUser(user_id, {
        name: u.name,
        password: u.password,
        enabled: u.enabled,
        email: u.email,
        description: u.description,
        defaultProjectId: u.default_project_id,
      });
      return { user: userView(updated, base(req)) };
    },
  );

  app.delete(
    "/v3/users/:user_id",
    {
      schema: {
        operationId: "identity.users.delete",
        tags,
        summary: "Delete user",
        description: "Admin only. The user's role assignments and tokens go with it.",
        params: userIdParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      authorize(authOf(req), "identity:delete_user", "identity_admin");
      await admin.deleteUser(req.params.user_id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/v3/users/:user_id/projects",
    {
      schema: {
        operationId: "identity.users.projects",
        tags,
        summary: "List projects for user",
        description: "An admin, or the user themself: the projects the user holds a role on.",
        params: userIdParams,
        querystring: userProjectsQuery,
        response: { 200: projectList },
      },
    },
    async (req) => {
      const { user_id } = req.params;
      authorize(authOf(req), "identity:list_user_projects", "identity_admin_or_owner_user", { userId: user_id });
      const q = req.query;
      const rows = await admin.projectsOfUser(user_id, { name: q.name, domainId: q.domain_id, enabled: q.enabled });
      const b = base(req);
      return { projects: rows.map((p) => projectView(p, b)), links: listLinks(b + req.url) };
    },
  );
}
