import type { FastifyRequest } from "fastify";
import type { App, RouteDeps } from "../../composition.js";
import { authorize } from "../../identity/policy.js";
import { authOf, baseUrlOf } from "../../http/context.js";
import { domainBody, domainList, domainListQuery, idParam } from "./schemas/resources.js";
import { domainView, listLinks } from "./views/resources.js";

const tags = ["identity"];

/** /v3/domains, read-only (keystone/api/domains.py). */
export default async function domainRoutes(app: App, deps: RouteDeps) {
  const admin = deps.services.identityAdmin;
  const base = (req: FastifyRequest) => baseUrlOf(req, deps.config.publicUrl);

  app.get(
    "/v3/domains",
    {
      schema: {
        operationId: "identity.domains.list",
        tags,
        summary: "List domains",
        description: "Admin only. Filters: `name`, `enabled`.",
        querystring: domainListQuery,
        response: { 200: domainList },
      },
    },
    async (req) => {
      authorize(authOf(req), "identity:list_domains", "identity_admin");
      const b = base(req);
      const rows = await admin.listDomains({ name: req.query.name, enabled: req.query.enabled });
      return { domains: rows.map((d) => domainView(d, b)), links: listLinks(b + req.url) };
    },
  );

  app.get(
    "/v3/domains/:domain_id",
    {
      schema: {
        operationId: "identity.domains.show",
        tags,
        summary: "Show domain details",
        description: "An admin, or a token scoped to a project of that domain.",
        params: idParam("domain_id"),
        response: { 200: domainBody },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const { domain_id } = req.params;
      // Keystone's get_domain also admits token.project.domain.id == target domain.
      if (ctx.project?.domain.id !== domain_id) authorize(ctx, "identity:get_domain", "identity_admin");
      return { domain: domainView(await admin.getDomain(domain_id), base(req)) };
    },
  );
}
