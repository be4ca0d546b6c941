import type { FastifyRequest } from "fastify";
import { STRICT_QUERY_FROM } from "../../http/microversion.js";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import type { InstanceRecord } from "../../compute/instance.js";
import { authOf, baseUrlOf } from "../../http/context.js";
import { Invalid } from "../../errors.js";
import { parseVersionedBody, versionedBodyValidator } from "../../http/versioned.js";
import type { AuthContext } from "../../identity/types.js";
import type { ApiVersion } from "../../http/microversion.js";
import type { ServerCreate, ServerUpdate } from "../../compute/server-inputs.js";
import {
  createServer,
  type CreateServerRequest,
  type UpdateServerBody,
  KNOWN_LIST_PARAMS,
  listQuery,
  serverIdParams,
  updateServer,
} from "./schemas/servers.js";
import { serverBasicView, serverLinks, serverView, shortServerView, type ServerViewContext } from "./views/servers.js";

/**
 * /servers, /servers/detail and /servers/{id} (nova/api/openstack/compute/servers.py):
 * create, list, show, update, delete. The server's subresources each have
 * their module, named after Nova's: server-metadata.ts, server-tags.ts,
 * ips.ts, instance-actions.ts, server-actions.ts (POST .../action),
 * migrations.ts, server-security-groups.ts, remote-consoles.ts,
 * server-password.ts, attach-interfaces.ts, server-diagnostics.ts.
 */

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
  pinnedAvailabilityZone: b.pinned_availability_zone,
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
  async function viewContext(req: FastifyRequest, ctx: AuthContext, instances: InstanceRecord[], opts: { serverGroups?: boolean } = {}): Promise<ServerViewContext> {
    const v = req.apiVersion;
    const data = await serverResources.viewData(instances, {
      hostStatus: v.atLeast("2.16") && ctx.isAdmin,
      imageProperties: v.atLeast("2.98"),
      serverGroups: opts.serverGroups && v.atLeast("2.71") ? ctx : undefined,
    });
    return { base: base(req), version: v, isAdmin: ctx.isAdmin, ...data };
  }
  const showOne = async (req: FastifyRequest, ctx: AuthContext, inst: InstanceRecord) => ({
    server: serverView(inst, await viewContext(req, ctx, [inst], { serverGroups: true }), { showServerGroups: true }) as z.infer<typeof serverDetail>,
  });

  /**
   * /os-volumes_boot is an old alias of /servers (nova/api/openstack/compute/volumes_boot.py):
   * the same create, list, show, update and delete, up to 2.102; from 2.103 it is gone (404).
   * Links in its answers name /servers, as Nova's view builder does.
   */
  const ALIASES = [
    { prefix: "/servers", op: "compute.servers", config: {} },
    { prefix: "/os-volumes_boot", op: "compute.volumes_boot", config: { versions: { max: "2.102" } } },
  ] as const;
  for (const { prefix, op, config } of ALIASES) {
    app.post(
      prefix,
      {
        config,
        validatorCompiler: versionedBodyValidator,
        schema: {
          operationId: `${op}.create`,
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
        detail ? `${prefix}/detail` : prefix,
        {
          config,
          schema: {
            operationId: detail ? `${op}.detail` : `${op}.list`,
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
      `${prefix}/:server_id`,
      {
        config: { ...config, noQuery: STRICT_QUERY_FROM },
        schema: {
          operationId: `${op}.show`,
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
      `${prefix}/:server_id`,
      {
        config,
        validatorCompiler: versionedBodyValidator,
        schema: {
          operationId: `${op}.update`,
          tags: ["compute"],
          summary: "Update a server (name, description 2.19, access IPs, disk config, hostname 2.90, pinned_availability_zone 2.104)",
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
      `${prefix}/:server_id`,
      {
        config,
        schema: {
          operationId: `${op}.delete`,
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
  }
}
