import type { App, RouteDeps } from "../../composition.js";
import { authorize } from "../../identity/policy.js";
import { authOf, baseUrlOf } from "../../http/context.js";
import { Invalid } from "../../errors.js";
import { roleAssignmentList, roleAssignmentQuery } from "./schemas/resources.js";
import { assignmentView, listLinks } from "./views/resources.js";

/** GET /v3/role_assignments (keystone/api/role_assignments.py). */
export default async function assignmentRoutes(app: App, deps: RouteDeps) {
  const admin = deps.services.identityAdmin;

  app.get(
    "/v3/role_assignments",
    {
      schema: {
        operationId: "identity.role_assignments.list",
        tags: ["identity"],
        summary: "List role assignments",
        description:
          "Admin only. Filters: `user.id`, `scope.project.id`, `role.id`. `effective` adds the implied roles " +
          "(each with the prior role in its links); `include_names` adds names and domains.",
        querystring: roleAssignmentQuery,
        response: { 200: roleAssignmentList },
      },
    },
    async (req) => {
      const q = req.query;
      if (q.include_subtree) {
        // list_role_assignments_for_tree: the project must exist, then policy, then the filter check.
        if (q["scope.project.id"]) await admin.getProject(q["scope.project.id"]);
        authorize(authOf(req), "identity:list_role_assignments_for_tree", "identity_admin");
        if (!q["scope.project.id"]) throw new Invalid("scope.project.id must be specified if include_subtree is also specified");
      } else {
        authorize(authOf(req), "identity:list_role_assignments", "identity_admin");
      }
      // Keystone's checks on filter combinations, in its order.
      if (q["scope.domain.id"] && q["scope.project.id"]) throw new Invalid("Specify a domain or project, not both");
      if (q["scope.domain.id"] && q["scope.system"]) throw new Invalid("Specify system or domain, not both");
      if (q["scope.project.id"] && q["scope.system"]) throw new Invalid("Specify system or project, not both");
      if (q["user.id"] && q["group.id"]) throw new Invalid("Specify a user or group, not both");
      if (q.effective && q["group.id"]) {
        throw new Invalid("Combining effective and group filter will always result in an empty list.");
      }
      const refs = await admin.listAssignments({
        userId: q["user.id"],
        groupId: q["group.id"],
        projectId: q["scope.project.id"],
        domainId: q["scope.domain.id"],
        system: q["scope.system"],
        roleId: q["role.id"],
        effective: q.effective,
        includeNames: q.include_names,
      });
      const b = baseUrlOf(req, deps.config.publicUrl);
      return { role_assignments: refs.map((r) => assignmentView(r, b)), links: listLinks(b + req.url) };
    },
  );
}
