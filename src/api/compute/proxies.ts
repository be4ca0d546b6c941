import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { novaGroup, novaRule } from "./schemas/security-groups.js";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { OpenStackError, Gone, Invalid, Forbidden, NotFound } from "../../errors.js";
import { novaParse } from "../../http/versioned.js";
import { authorize } from "../../identity/policy.js";
import { UUID_RE, type Caller } from "../../network/common.js";
import { novaGroupView, novaRuleKey, novaRuleRequest, novaRuleView, sameNovaRule, sortNovaGroups } from "../../network/nova.js";
import type { SecurityGroup } from "../../network/types.js";

/**
 * Nova's deprecated proxies to Neutron (nova/api/openstack/compute/networks.py,
 * tenant_networks.py, security_groups.py): they exist up to microversion 2.35
 * and answer 404 from 2.36 on. The nova-network-only writes of os-networks and
 * os-tenant-networks were removed in Ussuri and answer 410 at every version.
 * Neutron's refusals are translated the way Nova translates them (e.g. a 409
 * on deleting a group becomes 400).
 */

const PROXY = { versions: { max: "2.35" } };
const tags = ["compute"];
const idParams = z.object({ id: z.string() });

const novaNetwork = z.object({
  id: z.string(),
  cidr: z.null(),
  netmask: z.null(),
  gateway: z.null(),
  broadcast: z.null(),
  dns1: z.null(),
  dns2: z.null(),
  cidr_v6: z.null(),
  gateway_v6: z.null(),
  label: z.string(),
  netmask_v6: z.null(),
  ...Object.fromEntries(
    ["created_at", "updated_at", "deleted_at", "deleted", "injected", "bridge", "vlan", "vpn_public_address", "vpn_public_port",
      "vpn_private_address", "dhcp_start", "project_id", "host", "bridge_interface", "multi_host", "priority", "rxtx_base", "mtu",
      "dhcp_server", "enable_dhcp", "share_address"].map((k) => [k, z.null().optional()]),
  ),
});
const ADMIN_NET_FIELDS = ["created_at", "updated_at", "deleted_at", "deleted", "injected", "bridge", "vlan", "vpn_public_address",
  "vpn_public_port", "vpn_private_address", "dhcp_start", "project_id", "host", "bridge_interface", "multi_host", "priority",
  "rxtx_base", "mtu", "dhcp_server", "enable_dhcp", "share_address"];

/** nova-network's view, of which Neutron fills two fields. */
function networkDict(n: { id: string; name: string }, admin: boolean) {
  const out: Record<string, unknown> = { id: n.id };
  for (const f of ["cidr", "netmask", "gateway", "broadcast", "dns1", "dns2", "cidr_v6", "gateway_v6", "netmask_v6"]) out[f] = null;
  out.label = n.name;
  if (admin) for (const f of ADMIN_NET_FIELDS) out[f] = null;
  return out as z.infer<typeof novaNetwork>;
}

const tenantNetwork = z.object({ id: z.string(), cidr: z.string(), label: z.string() });


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

const GONE = "This resource is no longer available.  No forwarding address is given.";
const gone = () => new Gone(GONE);
const goneBody = z.object({ computeFault: z.object({ code: z.literal(410), message: z.string() }) });

/** A Neutron error as Nova re-raises it: 404 stays, 409 and 400 become 400. */
function asNova(e: unknown, on409: "badRequest" | "forbidden" = "badRequest"): never {
  if (e instanceof OpenStackError) {
    if (e.kind === "not-found") throw new NotFound(e.message);
    if (e.kind === "conflict") throw on409 === "forbidden" ? new Forbidden(e.message) : new Invalid(e.message);
    if (e.kind === "invalid") throw new Invalid(e.message);
  }
  throw e;
}

export default async function proxyRoutes(app: App, deps: RouteDeps) {
  const { networks, securityGroups: secGroups, securityGroupRules: rules } = deps.services.network;
  const caller = (req: FastifyRequest): Caller => {
    const a = authOf(req);
    return { projectId: a.projectId ?? "", isAdmin: a.isAdmin };
  };
  /** Neutron's NetworkNotFound, in Nova's words; any other failure propagates. */
  const networkOr404 = (req: Parameters<typeof caller>[0], id: string) =>
    networks.get(caller(req), id).catch((err: unknown) => {
      if (err instanceof OpenStackError && err.kind === "not-found") throw new NotFound("Network not found");
      throw err;
    });
  const can = (req: FastifyRequest, rule: string, level: "project_reader_or_admin" | "project_member_or_admin") => {
    const a = authOf(req);
    authorize(a, rule, level, { projectId: a.projectId });
  };

  // ------------------------------------------------------------------ os-networks
  app.get(
    "/os-networks",
    {
      config: PROXY,
      schema: { operationId: "compute.os_networks.list", tags, summary: "List networks (proxy to Neutron, deprecated)", response: { 200: z.object({ networks: z.array(novaNetwork) }) } },
    },
    async (req) => {
      can(req, "os_compute_api:os-networks:list", "project_reader_or_admin");
      const admin = authOf(req).isAdmin;
      return { networks: (await networks.list(caller(req))).map((n) => networkDict(n, admin)) };
    },
  );
  app.get(
    "/os-networks/:id",
    {
      config: PROXY,
      schema: { operationId: "compute.os_networks.show", tags, summary: "Show a network (proxy to Neutron, deprecated)", params: idParams, response: { 200: z.object({ network: novaNetwork }) } },
    },
    async (req) => {
      can(req, "os_compute_api:os-networks:show", "project_reader_or_admin");
      const n = await networkOr404(req, req.params.id);
      return { network: networkDict(n, authOf(req).isAdmin) };
    },
  );
  const goneRoute = (method: "post" | "delete", url: string, operationId: string, summary: string) =>
    app[method](
      url,
      { schema: { operationId, tags, summary, description: "Removed with nova-network (Ussuri): 410 Gone.", response: { 410: goneBody } } },
      async () => {
        throw gone();
      },
    );
  goneRoute("post", "/os-networks", "compute.os_networks.create", "Create a network (removed)");
  goneRoute("post", "/os-networks/add", "compute.os_networks.add", "Associate a network (removed)");
  goneRoute("delete", "/os-networks/:id", "compute.os_networks.delete", "Delete a network (removed)");
  goneRoute("post", "/os-networks/:id/action", "compute.os_networks.action", "Disassociate a network (removed)");

  // ------------------------------------------------------------------ os-tenant-networks
  app.get(
    "/os-tenant-networks",
    {
      config: PROXY,
      schema: { operationId: "compute.os_tenant_networks.list", tags, summary: "List project networks (proxy, deprecated)", response: { 200: z.object({ networks: z.array(tenantNetwork) }) } },
    },
    async (req) => {
      can(req, "os_compute_api:os-tenant-networks:list", "project_reader_or_admin");
      // Nova prints Python's str(None) for the cidr it no longer knows.
      return { networks: (await networks.list(caller(req))).map((n) => ({ id: n.id, cidr: "None", label: n.name })) };
    },
  );
  app.get(
    "/os-tenant-networks/:id",
    {
      config: PROXY,
      schema: { operationId: "compute.os_tenant_networks.show", tags, summary: "Show a project network (proxy, deprecated)", params: idParams, response: { 200: z.object({ network: tenantNetwork }) } },
    },
    async (req) => {
      can(req, "os_compute_api:os-tenant-networks:show", "project_reader_or_admin");
      const n = await networkOr404(req, req.params.id);
      return { network: { id: n.id, cidr: "None", label: n.name } };
    },
  );
  goneRoute("post", "/os-tenant-networks", "compute.os_tenant_networks.create", "Create a project network (removed)");
  goneRoute("delete", "/os-tenant-networks/:id", "compute.os_tenant_networks.delete", "Delete a project network (removed)");

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
