import type { FastifyRequest } from "fastify";
import type { App, RouteDeps } from "../../composition.js";
import { authorize } from "../../identity/policy.js";
import { authOf, baseUrlOf } from "../../http/context.js";
import { idParam, roleBody, roleInferences, roleList, roleListQuery } from "./schemas/resources.js";
import { listLinks, roleRefView, roleView } from "./views/resources.js";

const tags = ["identity"];

/**
 * /v3/roles and /v3/role_inferences, read-only: the roles are Keystone's
 * bootstrap roles, and the token service caches them per process.
 */
export default async function roleRoutes(app: App, deps: RouteDeps) {
  const admin = deps.services.identityAdmin;
  const base = (req: FastifyRequest) => baseUrlOf(req, deps.config.publicUrl);

  app.get(
    "/v3/roles",
    {
      schema: {
        operationId: "identity.roles.list",
        tags,
        summary: "List roles",
        description: "Admin only. Filter: `name`.",
        querystring: roleListQuery,
        response: { 200: roleList },
      },
    },
    async (req) => {
      authorize(authOf(req), "identity:list_roles", "identity_admin");
      const b = base(req);
      const rows = await admin.listRoles({ name: req.query.name });
      return { roles: rows.map((r) => roleView(r, b)), links: listLinks(b + req.url) };
    },
  );

  app.get(
    "/v3/roles/:role_id",
    {
      schema: {
        operationId: "identity.roles.show",
        tags,
        summary: "Show role details",
        description: "Admin only.",
        params: idParam("role_id"),
        response: { 200: roleBody },
      },
    },
    async (req) => {
      authorize(authOf(req), "identity:get_role", "identity_admin");
      return { role: roleView(await admin.getRole(req.params.role_id), base(req)) };
    },
  );

  app.get(
    "/v3/role_inferences",
    {
      schema: {
        operationId: "identity.role_inferences.list",
        tags,
        summary: "List all role inference rules",
        description: "Admin only. The bootstrap chain: admin implies member, member implies reader.",
        response: { 200: roleInferences },
      },
    },
    async (req) => {
      authorize(authOf(req), "identity:list_role_inference_rules", "identity_admin");
      const b = base(req);
      const rules = await admin.roleInferences();
      return {
        role_inferences: rules.map((r) => ({ prior_role: roleRefView(r.prior, b), implies: r.implies.map((i) => roleRefView(i, b)) })),
      };
    },
  );
}
