import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import type { InstanceRecord } from "../../compute/instance.js";
import { authOf, baseUrlOf } from "../../http/context.js";
import { Invalid, NotFound } from "../../errors.js";
import { parseVersionedBody, novaParse, versionedBodyValidator } from "../../http/versioned.js";
import type { AuthContext } from "../../identity/types.js";
import type { ApiVersion } from "../../http/microversion.js";
import type { ServerCreate, ServerUpdate } from "../../compute/server-inputs.js";
import {
  createServer,
  type CreateServerRequest,
  type UpdateServerBody,
  KNOWN_LIST_PARAMS,
  listQuery,
  metadataBody,
  metaItemBody,
  serverIdParams,
  tagsBody,
  updateServer,
} from "./schemas/servers.js";
import * as t from "./schemas/parameter-types.js";
import { serverBasicView, serverLinks, serverView, shortServerView, type ServerViewContext } from "./views/servers.js";
import { actionView, eventView } from "./views/instance-actions.js";

const link = z.object({ rel: z.string(), href: z.string() });
/** A server as Nova shows it; the view decides the fields by microversion and role. */
const serverDetail = z
  .looseObject({
    id: z.string(),
    name: z.string(),
    status: z.string(),
    tenant_id: z.string(),
    user_id: z.string(),
    links: z.array(link),
  })
  .describe("A server; fields vary with the microversion as in Nova's API reference.");
const serverBasic = z.object({ id: z.string(), name: z.string(), links: z.array(link) });
const collectionLinks = z.array(link).optional();
const metadataMap = z.record(z.string(), z.string());

/** The create request as the compute service takes it; what depends on the microversion is decided here. */
function serverCreateOf(body: CreateServerRequest, v: ApiVersion): ServerCreate {
  const s = body.server;
  return {
    name: s.name,
    imageRef: s.imageRef,
    flavorRef: s.flavorRef,
    adminPass: s.adminPass,
    metadata: s.metadata,
    networks: s.networks,
    diskConfig: s["OS-DCF:diskConfig"],
    accessIPv4: s.accessIPv4,
    accessIPv6: s.accessIPv6,
    availabilityZone: s.availability_zone,
    blockDevices: [...(s.block_device_mapping ?? []), ...(s.block_device_mapping_v2 ?? [])] as Record<string, unknown>[],
    configDrive: s.config_drive,
    keyName: s.key_name,
    minCount: s.min_count,
    maxCount: s.max_count,
    securityGroups: (s.security_groups ?? []).map((g) => g.name).filter((n): n is string => !!n),
    userData: s.user_data,
    // Nova: the name stands in for the description before 2.19; from 2.19 it is what was given, or null.
    description: v.atLeast("2.19") ? (s.description ?? null) : s.name,
    tags: v.atLeast("2.52") ? (s.tags ?? []) : [],
    host: s.host,
    hypervisorHostname: s.hypervisor_hostname,
    hostname: s.hostname,
    schedulerHints: body["os:scheduler_hints"] ?? body["OS-SCH-HNT:scheduler_hints"] ?? {},
  };
}

const serverUpdateOf = (b: UpdateServerBody): ServerUpdate => ({
  name: b.name,
  description: b.description,
  accessIPv4: b.accessIPv4,
  accessIPv6: b.accessIPv6,
  diskConfig: b["OS-DCF:diskConfig"],
  hostname: b.hostname,
});

/** The filters non-admins may use, by microversion (others are ignored). */
function nonAdminFilters(v: ApiVersion): ReadonlySet<string> {
  const opts = ["reservation_id", "name", "status", "image", "flavor", "ip", "changes-since", "all_tenants"];
  if (v.atLeast("2.5")) opts.push("ip6");
  if (v.atLeast("2.26")) opts.push("tags", "tags-any", "not-tags", "not-tags-any");
  if (v.atLeast("2.66")) opts.push("changes-before");
  if (v.atLeast("2.73")) opts.push("locked");
  if (v.atLeast("2.83")) {
    opts.push("availability_zone", "config_drive", "key_name", "created_at", "launched_at", "terminated_at", "power_state", "task_state", "vm_state", "progress", "user_id");
  }
  if (v.atLeast("2.90")) opts.push("hostname");
  return new Set(opts);
}

export default async function serverRoutes(app: App, deps: RouteDeps) {
  const { compute, serverResources } = deps.services;
  const base = (req: FastifyRequest) => baseUrlOf(req, deps.config.publicUrl);

  /** Batch what views need for these instances: no per-server queries. */
  async function viewContext(req: FastifyRequest, ctx: AuthContext, instances: InstanceRecord[]): Promise<ServerViewContext> {
    const v = req.apiVersion;
    const data = await serverResources.viewData(instances, { hostStatus: v.atLeast("2.16") && ctx.isAdmin, imageProperties: v.atLeast("2.98") });
    return { base: base(req), version: v, isAdmin: ctx.isAdmin, ...data };
  }
  const showOne = async (req: FastifyRequest, ctx: AuthContext, inst: InstanceRecord) => ({
    server: serverView(inst, await viewContext(req, ctx, [inst]), { showServerGroups: true }) as z.infer<typeof serverDetail>,
  });

  app.post(
    "/servers",
    {
      validatorCompiler: versionedBodyValidator,
      schema: {
        operationId: "compute.servers.create",
        tags: ["compute"],
        summary: "Create a server",
        description:
          "Boots one or more servers (min_count/max_count). Returns 202 with adminPass; the server is BUILD until a simulated host has booted it. The body schema depends on the microversion (networks required from 2.37, tags from 2.52, hostname from 2.90…).",
        body: createServer.latest,
        response: {
          202: z.union([
            z.object({
              server: z.object({
                id: z.string(),
                links: z.array(link),
                "OS-DCF:diskConfig": z.string(),
                security_groups: z.array(z.object({ name: z.string() })),
                adminPass: z.string(),
              }),
            }),
            z.object({ reservation_id: z.string() }),
          ]),
        },
      },
    },
    async (req, reply) => {
      const ctx = authOf(req);
      const body = parseVersionedBody(req, createServer);
      const r = await compute.create(ctx, req.id, serverCreateOf(body, req.apiVersion));
      reply.code(202);
      if (body.server.return_reservation_id) return { reservation_id: r.reservationId };
      const first = r.instances[0]!;
      reply.header("Location", `${base(req)}/compute/v2.1/servers/${first.id}`);
      return {
        server: {
          id: first.id,
          links: serverLinks(base(req), first.id),
          "OS-DCF:diskConfig": first.autoDiskConfig ? "AUTO" : "MANUAL",
          security_groups: r.securityGroups.map((name) => ({ name })),
          adminPass: r.adminPass,
        },
      };
    },
  );

  for (const detail of [false, true]) {
    app.get(
      detail ? "/servers/detail" : "/servers",
      {
        schema: {
          operationId: detail ? "compute.servers.detail" : "compute.servers.list",
          tags: ["compute"],
          summary: detail ? "List servers with details" : "List servers",
          description:
            "Filters (name, status, image, flavor, ip, changes-since, changes-before 2.66, tags 2.26, …; admins all of Nova's), sort_key/sort_dir, limit/marker with servers_links. all_tenants for admins. Unknown parameters are ignored before 2.75 and rejected from 2.75.",
          querystring: listQuery,
          response: {
            200: z.object({ servers: z.array(detail ? serverDetail : serverBasic), servers_links: collectionLinks }),
          },
        },
      },
      async (req) => {
        const ctx = authOf(req);
        const query = req.query as Record<string, unknown>;
        if (req.apiVersion.atLeast("2.75")) {
          const unknown = Object.keys(query).filter((k) => !KNOWN_LIST_PARAMS.has(k));
          if (unknown.length) {
            throw new Invalid(
              `Additional properties are not allowed (${unknown.map((k) => `'${k}'`).join(", ")} ${unknown.length === 1 ? "was" : "were"} unexpected)`,
            );
          }
        }
        const v = req.apiVersion;
        const r = await compute.list(ctx, { query, nonAdminFilters: nonAdminFilters(v), strictStatus: v.atLeast("2.38"), strictSortKeys: v.atLeast("2.75") }, detail);
        const b = base(req);
        const servers = detail
          ? (() => viewContext(req, ctx, r.instances).then((vc) => r.instances.map((i) => serverView(i, vc))))()
          : Promise.resolve(r.instances.map((i) => serverBasicView(i, b)));
        const out: { servers: unknown[]; servers_links?: { rel: string; href: string }[] } = { servers: await servers };
        if (r.limit !== undefined && r.instances.length === r.limit && r.instances.length > 0) {
          const params = new URLSearchParams();
          for (const [k, v] of Object.entries(query)) {
            if (k === "marker") continue;
            for (const x of Array.isArray(v) ? v : [v]) params.append(k, String(x));
          }
          params.set("marker", r.instances.at(-1)!.id);
          out.servers_links = [{ rel: "next", href: `${b}/compute/v2.1/servers${detail ? "/detail" : ""}?${params}` }];
        }
        return out as { servers: z.infer<typeof serverBasic>[] };
      },
    );
  }

  app.get(
    "/servers/:server_id",
    {
      schema: {
        operationId: "compute.servers.show",
        tags: ["compute"],
        summary: "Show server details",
        params: serverIdParams,
        response: { 200: z.object({ server: serverDetail }) },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      return showOne(req, ctx, await compute.show(ctx, req.params.server_id));
    },
  );

  app.put(
    "/servers/:server_id",
    {
      validatorCompiler: versionedBodyValidator,
      schema: {
        operationId: "compute.servers.update",
        tags: ["compute"],
        summary: "Update a server (name, description 2.19, access IPs, disk config, hostname 2.90)",
        params: serverIdParams,
        body: updateServer.latest,
        response: { 200: z.object({ server: serverDetail }) },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const body = parseVersionedBody(req, updateServer);
      const shown = await showOne(req, ctx, await compute.update(ctx, req.params.server_id, serverUpdateOf(body.server)));
      if (req.apiVersion.atLeast("2.75")) return shown;
      return { server: shortServerView(shown.server, req.apiVersion) as z.infer<typeof serverDetail> };
    },
  );

  app.delete(
    "/servers/:server_id",
    {
      schema: {
        operationId: "compute.servers.delete",
        tags: ["compute"],
        summary: "Delete a server",
        params: serverIdParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await compute.remove(authOf(req), req.id, req.params.server_id);
      return reply.code(204).send(null);
    },
  );

  // ---------------------------------------------------------------- metadata
  const metaKeyParams = z.object({ server_id: z.string(), key: z.string() });
  app.get(
    "/servers/:server_id/metadata",
    {
      schema: {
        operationId: "compute.servers.metadata.list",
        tags: ["compute"],
        summary: "List all metadata of a server",
        params: serverIdParams,
        response: { 200: z.object({ metadata: metadataMap }) },
      },
    },
    async (req) => {
      const inst = await compute.forMetadata(authOf(req), req.params.server_id, false);
      return { metadata: Object.fromEntries(inst.metadata.map((m) => [m.key, m.value])) };
    },
  );
  for (const [method, replace] of [["POST", false], ["PUT", true]] as const) {
    app.route({
      method,
      url: "/servers/:server_id/metadata",
      schema: {
        operationId: replace ? "compute.servers.metadata.replace" : "compute.servers.metadata.update",
        tags: ["compute"],
        summary: replace ? "Replace all metadata of a server" : "Create or update metadata items of a server",
        params: serverIdParams,
        body: metadataBody,
        response: { 200: z.object({ metadata: metadataMap }) },
      },
      handler: async (req) => {
        const { server_id } = req.params as { server_id: string };
        const body = novaParse(metadataBody, req.body);
        return { metadata: await compute.setMetadata(authOf(req), server_id, body.metadata, replace) };
      },
    });
  }
  app.get(
    "/servers/:server_id/metadata/:key",
    {
      schema: {
        operationId: "compute.servers.metadata.show",
        tags: ["compute"],
        summary: "Show a metadata item of a server",
        params: metaKeyParams,
        response: { 200: z.object({ meta: metadataMap }) },
      },
    },
    async (req) => {
      const inst = await compute.forMetadata(authOf(req), req.params.server_id, false);
      const item = inst.metadata.find((m) => m.key === req.params.key);
      if (!item) throw new NotFound("Metadata item was not found");
      return { meta: { [item.key]: item.value } };
    },
  );
  app.put(
    "/servers/:server_id/metadata/:key",
    {
      schema: {
        operationId: "compute.servers.metadata.set",
        tags: ["compute"],
        summary: "Create or update one metadata item of a server",
        params: metaKeyParams,
        body: metaItemBody,
        response: { 200: z.object({ meta: metadataMap }) },
      },
    },
    async (req) => {
      const { meta } = req.body;
      const keys = Object.keys(meta);
      if (keys.length !== 1) throw new Invalid("Request body contains too many items");
      if (keys[0] !== req.params.key) throw new Invalid("Request body and URI mismatch");
      await compute.setMetadata(authOf(req), req.params.server_id, meta, false);
      return { meta };
    },
  );
  app.delete(
    "/servers/:server_id/metadata/:key",
    {
      schema: {
        operationId: "compute.servers.metadata.delete",
        tags: ["compute"],
        summary: "Delete a metadata item of a server",
        params: metaKeyParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await compute.deleteMetadataKey(authOf(req), req.params.server_id, req.params.key);
      return reply.code(204).send(null);
    },
  );

  // ---------------------------------------------------------------- tags (2.26)
  const tagParams = z.object({ server_id: z.string(), tag: z.string() });
  const tagsConfig = { versions: { min: "2.26" } };
  app.get(
    "/servers/:server_id/tags",
    {
      config: tagsConfig,
      schema: { operationId: "compute.servers.tags.list", tags: ["compute"], summary: "List tags of a server", params: serverIdParams, response: { 200: z.object({ tags: z.array(z.string()) }) } },
    },
    async (req) => {
      const inst = await compute.forTags(authOf(req), req.params.server_id, false);
      return { tags: inst.tags.map((x) => x.tag) };
    },
  );
  app.put(
    "/servers/:server_id/tags",
    {
      config: tagsConfig,
      schema: { operationId: "compute.servers.tags.replace", tags: ["compute"], summary: "Replace the tags of a server", params: serverIdParams, body: tagsBody, response: { 200: z.object({ tags: z.array(z.string()) }) } },
    },
    async (req) => ({ tags: await compute.replaceTags(authOf(req), req.params.server_id, req.body.tags) }),
  );
  app.delete(
    "/servers/:server_id/tags",
    {
      config: tagsConfig,
      schema: { operationId: "compute.servers.tags.clear", tags: ["compute"], summary: "Delete all tags of a server", params: serverIdParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await compute.deleteAllTags(authOf(req), req.params.server_id);
      return reply.code(204).send(null);
    },
  );
  app.get(
    "/servers/:server_id/tags/:tag",
    {
      config: tagsConfig,
      schema: { operationId: "compute.servers.tags.check", tags: ["compute"], summary: "Check whether a server has a tag", params: tagParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      const inst = await compute.forTags(authOf(req), req.params.server_id, false);
      if (!inst.tags.some((x) => x.tag === req.params.tag)) throw new NotFound(`Tag '${req.params.tag}' could not be found.`);
      return reply.code(204).send(null);
    },
  );
  app.put(
    "/servers/:server_id/tags/:tag",
    {
      config: tagsConfig,
      schema: { operationId: "compute.servers.tags.add", tags: ["compute"], summary: "Add a tag to a server", params: tagParams, response: { 201: z.null(), 204: z.null() } },
    },
    async (req, reply) => {
      novaParse(z.object({ tag: t.tag }), { tag: req.params.tag });
      const added = await compute.addTag(authOf(req), req.params.server_id, req.params.tag);
      if (added) reply.header("Location", `${base(req)}/compute/v2.1/servers/${req.params.server_id}/tags/${req.params.tag}`);
      return reply.code(added ? 201 : 204).send(null);
    },
  );
  app.delete(
    "/servers/:server_id/tags/:tag",
    {
      config: tagsConfig,
      schema: { operationId: "compute.servers.tags.delete", tags: ["compute"], summary: "Delete a tag from a server", params: tagParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await compute.deleteTag(authOf(req), req.params.server_id, req.params.tag);
      return reply.code(204).send(null);
    },
  );

  // ---------------------------------------------------------------- ips
  const address = z.object({ version: z.number(), addr: z.string() });
  app.get(
    "/servers/:server_id/ips",
    {
      schema: { operationId: "compute.servers.ips.list", tags: ["compute"], summary: "List the IP addresses of a server", params: serverIdParams, response: { 200: z.object({ addresses: z.record(z.string(), z.array(address)) }) } },
    },
    async (req) => {
      const inst = await compute.show(authOf(req), req.params.server_id);
      const all = await serverResources.addresses(inst);
      // The ips API shows only version and addr (nova/api/openstack/compute/views/addresses.py).
      const addresses = Object.fromEntries(
        Object.entries(all).map(([net, list]) => [net, (list as { version: number; addr: string }[]).map(({ version, addr }) => ({ version, addr }))]),
      );
      return { addresses };
    },
  );
  app.get(
    "/servers/:server_id/ips/:network_label",
    {
      schema: {
        operationId: "compute.servers.ips.show",
        tags: ["compute"],
        summary: "Show the IP addresses of a server on one network",
        params: z.object({ server_id: z.string(), network_label: z.string() }),
        response: { 200: z.record(z.string(), z.array(address)) },
      },
    },
    async (req) => {
      const inst = await compute.show(authOf(req), req.params.server_id);
      const all = await serverResources.addresses(inst);
      const list = all[req.params.network_label] as { version: number; addr: string }[] | undefined;
      if (!list) throw new NotFound("Instance is not a member of specified network");
      return { [req.params.network_label]: list.map(({ version, addr }) => ({ version, addr })) };
    },
  );

  // ---------------------------------------------------------------- instance actions
  const actionParams = z.object({ server_id: z.string(), request_id: z.string() });
  app.get(
    "/servers/:server_id/os-instance-actions",
    {
      schema: {
        operationId: "compute.servers.actions.list",
        tags: ["compute"],
        summary: "List the actions performed on a server",
        params: serverIdParams,
        querystring: z.looseObject({ limit: t.limit.optional(), marker: z.string().optional(), "changes-since": z.string().optional(), "changes-before": z.string().optional() }),
        response: { 200: z.object({ instanceActions: z.array(z.looseObject({ action: z.string(), request_id: z.string() })), links: collectionLinks }) },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      let { actions } = await serverResources.actions(ctx, req.params.server_id, req.apiVersion.atLeast("2.21"));
      const q = req.query;
      const v = req.apiVersion;
      if (v.atLeast("2.58")) {
        if (q["changes-since"]) actions = actions.filter((a) => a.updatedAt >= new Date(q["changes-since"]!));
        if (v.atLeast("2.66") && q["changes-before"]) actions = actions.filter((a) => a.updatedAt <= new Date(q["changes-before"]!));
        if (q.marker) {
          const at = actions.findIndex((a) => a.requestId === q.marker);
          if (at === -1) throw new Invalid(`Marker ${q.marker} could not be found.`);
          actions = actions.slice(at + 1);
        }
        if (q.limit !== undefined) actions = actions.slice(0, q.limit);
      }
      return { instanceActions: actions.map((a) => actionView(a, v)) };
    },
  );
  app.get(
    "/servers/:server_id/os-instance-actions/:request_id",
    {
      schema: {
        operationId: "compute.servers.actions.show",
        tags: ["compute"],
        summary: "Show one action of a server, with its events",
        params: actionParams,
        response: { 200: z.object({ instanceAction: z.looseObject({ action: z.string(), request_id: z.string() }) }) },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const { inst, action: a } = await serverResources.action(ctx, req.params.server_id, req.params.request_id, req.apiVersion.atLeast("2.21"));
      const v = req.apiVersion;
      // Events are for admins, and from 2.51 for owners too (without tracebacks).
      const showEvents = ctx.isAdmin || v.atLeast("2.51");
      return {
        instanceAction: {
          ...actionView(a, v),
          ...(showEvents ? { events: a.events.map((e) => eventView(e, inst.projectId, v, ctx.isAdmin)) } : {}),
        },
      };
    },
  );
}
