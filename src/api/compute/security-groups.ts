import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { novaGroup, novaRule } from "./schemas/security-groups.js";
import type { App, RouteDeps } from "../../composition.js";
import { Invalid } from "../../errors.js";
import { novaParse } from "../../http/versioned.js";
import { UUID_RE } from "../../network/common.js";
import { novaGroupView, novaRuleKey, novaRuleRequest, novaRuleView, sameNovaRule, sortNovaGroups } from "../../network/nova.js";
import type { SecurityGroup } from "../../network/types.js";
import { PROXY, asNova, callerOf as caller, can, idParams, tags } from "./neutron-proxy.js";

/**
 * os-security-groups and os-security-group-rules
 * (nova/api/openstack/compute/security_groups.py): Nova's deprecated proxy to
 * Neutron's security groups, up to 2.35. Only ingress rules, as Nova shows them.
 */

const groupBody = z.looseObject({
  security_group: z.looseObject({ name: z.string().min(0).max(255), description: z.string().min(0).max(255) }),
});
const uuidish = z.string().regex(UUID_RE, "uuid");
const ruleBody = z.looseObject({
  security_group_rule: z.looseObject({
    group_id: uuidish.nullable().optional(),
    parent_group_id: uuidish,
    to_port: z.unknown().optional(),
    from_port: z.unknown().optional(),
    ip_protocol: z.unknown().optional(),
    cidr: z.unknown().optional(),
  }),
});

export default async function securityGroupRoutes(app: App, deps: RouteDeps) {
  const { securityGroups: secGroups, securityGroupRules: rules } = deps.services.network;

  // ------------------------------------------------------------------ os-security-groups
  const render = async (req: FastifyRequest, g: SecurityGroup) =>
    novaGroupView(g, await secGroups.remoteGroupNames([g], caller(req).isAdmin ? null : caller(req).projectId));
  const validId = (id: string) => {
    if (!UUID_RE.test(id)) throw new Invalid("Security group id should be uuid");
    return id;
  };
  const findGroup = (req: FastifyRequest, id: string) => secGroups.get(caller(req), id).catch(asNova);

  app.get(
    "/os-security-groups",
    {
      config: PROXY,
      schema: {
        operationId: "compute.os_security_groups.list",
        tags,
        summary: "List security groups (proxy to Neutron, deprecated)",
        querystring: z.looseObject({ limit: z.string().optional(), offset: z.string().optional(), all_tenants: z.string().optional() }),
        response: { 200: z.object({ security_groups: z.array(novaGroup) }) },
      },
    },
    async (req) => {
      can(req, "os_compute_api:os-security-groups:get", "project_reader_or_admin");
      const q = novaParse(
        z.looseObject({ limit: z.coerce.number().int().min(0).optional(), offset: z.coerce.number().int().min(0).optional() }),
        req.query,
        "querystring",
      );
      const c = caller(req);
      const all = c.isAdmin && "all_tenants" in (req.query as object);
      const groups = await secGroups.list(c, all ? {} : { projectIds: [c.projectId] });
      const names = await secGroups.remoteGroupNames(groups, c.isAdmin ? null : c.projectId);
      const offset = q.offset ?? 0;
      const limited = groups.slice(offset, offset + Math.min(q.limit ?? 1000, 1000));
      return { security_groups: sortNovaGroups(limited.map((g) => novaGroupView(g, names))) };
    },
  );
  app.get(
    "/os-security-groups/:id",
    {
      config: PROXY,
      schema: { operationId: "compute.os_security_groups.show", tags, summary: "Show a security group (proxy, deprecated)", params: idParams, response: { 200: z.object({ security_group: novaGroup }) } },
    },
    async (req) => {
      can(req, "os_compute_api:os-security-groups:show", "project_reader_or_admin");
      return { security_group: await render(req, await findGroup(req, validId(req.params.id))) };
    },
  );
  app.post(
    "/os-security-groups",
    {
      config: PROXY,
      schema: { operationId: "compute.os_security_groups.create", tags, summary: "Create a security group (proxy, deprecated)", body: groupBody, response: { 200: z.object({ security_group: novaGroup }) } },
    },
    async (req) => {
      can(req, "os_compute_api:os-security-groups:create", "project_member_or_admin");
      const body = novaParse(groupBody, req.body).security_group;
      const g = await secGroups
        .create(caller(req), { name: body.name, description: body.description })
        .catch((e) => asNova(e, "forbidden"));
      return { security_group: await render(req, g) };
    },
  );
  app.put(
    "/os-security-groups/:id",
    {
      config: PROXY,
      schema: { operationId: "compute.os_security_groups.update", tags, summary: "Update a security group (proxy, deprecated)", params: idParams, body: groupBody, response: { 200: z.object({ security_group: novaGroup }) } },
    },
    async (req) => {
      can(req, "os_compute_api:os-security-groups:update", "project_member_or_admin");
      const id = validId(req.params.id);
      await findGroup(req, id);
      const body = novaParse(groupBody, req.body).security_group;
      const g = await secGroups.update(caller(req), id, { name: body.name, description: body.description }).catch((e) => asNova(e));
      return { security_group: await render(req, g) };
    },
  );
  app.delete(
    "/os-security-groups/:id",
    {
      config: PROXY,
      schema: { operationId: "compute.os_security_groups.delete", tags, summary: "Delete a security group (proxy, deprecated)", params: idParams, response: { 202: z.null() } },
    },
    async (req, reply) => {
      can(req, "os_compute_api:os-security-groups:delete", "project_member_or_admin");
      const id = validId(req.params.id);
      await findGroup(req, id);
      await secGroups.delete(caller(req), id).catch((e) => asNova(e));
      return reply.code(202).send(null);
    },
  );

  // ------------------------------------------------------------------ os-security-group-rules
  app.post(
    "/os-security-group-rules",
    {
      config: PROXY,
      schema: { operationId: "compute.os_security_group_rules.create", tags, summary: "Create an ingress rule (proxy, deprecated)", body: ruleBody, response: { 200: z.object({ security_group_rule: novaRule }) } },
    },
    async (req) => {
      can(req, "os_compute_api:os-security-groups:rule:create", "project_member_or_admin");
      const r = novaParse(ruleBody, req.body).security_group_rule;
      const c = caller(req);
      const parent = await findGroup(req, r.parent_group_id);
      const source = r.group_id ? await findGroup(req, r.group_id) : null;
      const built = novaRuleRequest(r, parent.id);
      if (!built.ok) throw new Invalid(built.message);
      const want = built.rule;
      // Nova's own duplicate check (security_group_api._rule_exists), before Neutron's.
      const exists = parent.rules
        .filter((x) => x.direction === "ingress")
        .some((x) => sameNovaRule(novaRuleKey({ ...x, securityGroupId: parent.id }), built.key));
      if (exists) throw new Invalid(`This rule already exists in group ${parent.id}`);
      const rule = await rules.create(c, want).catch((e) => asNova(e, "forbidden"));
      const view = novaRuleView(rule, new Map(source ? [[source.id, { name: source.name, tenant_id: source.projectId }]] : []))!;
      return { security_group_rule: view };
    },
  );
  app.delete(
    "/os-security-group-rules/:id",
    {
      config: PROXY,
      schema: { operationId: "compute.os_security_group_rules.delete", tags, summary: "Delete a rule (proxy, deprecated)", params: idParams, response: { 202: z.null() } },
    },
    async (req, reply) => {
      can(req, "os_compute_api:os-security-groups:rule:delete", "project_member_or_admin");
      const id = validId(req.params.id);
      const c = caller(req);
      const rule = await rules.get(c, id).catch(asNova);
      await findGroup(req, rule.securityGroupId);
      await rules.delete(c, id).catch(asNova);
      return reply.code(202).send(null);
    },
  );
}
