import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { microsOf, usagePeriod } from "../../compute/usage.js";
import { authOf, baseUrlOf } from "../../http/context.js";
import { notFoundHandler } from "../../http/errors.js";
import type { ApiVersion } from "../../http/microversion.js";
import { novaParse, versioned } from "../../http/versioned.js";
import { authorize } from "../../identity/policy.js";
import { collectionLinks, MAX_LIMIT, pageLimit } from "./paging.js";
import { first, last } from "./query.js";

/**
 * /os-simple-tenant-usage (nova/api/openstack/compute/simple_tenant_usage.py):
 * per-project usage over a period (?start=&end=, default now; the end is
 * clipped to now), computed from the instances that ran in it, deleted ones
 * included. Admins list every project (`detailed=1` adds server_usages); a
 * project reader shows its own. From 2.40, limit/marker page over instances
 * and a `next` link is given when a page is full.
 */

// ---------------------------------------------------------------- schemas
const multi = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]);
const str = multi(z.string()).optional();
const nonNegative = multi(z.string().regex(/^[0-9]*$/).min(1)).optional();
const period = { start: str, end: str };
const paging = { limit: nonNegative, marker: str };

type UsageQuery = { start?: string | string[]; end?: string | string[]; detailed?: string | string[]; limit?: string | string[]; marker?: string | string[] };
const indexQuery = versioned<UsageQuery>([
  { from: "2.1", schema: z.looseObject({ ...period, detailed: str }) },
  { from: "2.40", schema: z.looseObject({ ...period, detailed: str, ...paging }) },
  { from: "2.75", schema: z.strictObject({ ...period, detailed: str, ...paging }) },
]);
const showQuery = versioned<UsageQuery>([
  { from: "2.1", schema: z.looseObject(period) },
  { from: "2.40", schema: z.looseObject({ ...period, ...paging }) },
  { from: "2.75", schema: z.strictObject({ ...period, ...paging }) },
]);
const queryDoc = z.looseObject({
  start: z.unknown().optional().describe("Period start, %Y-%m-%dT%H:%M:%S[.%f] or %Y-%m-%d %H:%M:%S.%f, UTC (default: now)."),
  end: z.unknown().optional().describe("Period end, same formats (default: now; later than now counts as now)."),
  limit: z.unknown().optional().describe("Most instances to count (2.40+)."),
  marker: z.unknown().optional().describe("Last instance id of the previous page (2.40+)."),
});

const serverUsage = z.object({
  instance_id: z.string(),
  name: z.string(),
  hours: z.number(),
  memory_mb: z.number().int(),
  local_gb: z.number().int(),
  vcpus: z.number().int(),
  tenant_id: z.string(),
  flavor: z.string(),
  started_at: z.string(),
  ended_at: z.string().nullable(),
  state: z.string(),
  uptime: z.number().int(),
});
const tenantUsage = z.object({
  tenant_id: z.string(),
  server_usages: z.array(serverUsage).optional().describe("With detailed=1 (always on show)"),
  total_local_gb_usage: z.number(),
  total_vcpus_usage: z.number(),
  total_memory_mb_usage: z.number(),
  total_hours: z.number(),
  start: z.string(),
  stop: z.string(),
});
const links = z.array(z.object({ rel: z.string(), href: z.string() })).optional().describe("2.40+");

export default async function routes(app: App, deps: RouteDeps) {
  const usage = deps.services.usage;
  const tags = ["compute"];

  /** Period, paging and the links of one request, as _index/_show do. */
  async function compute(req: FastifyRequest, v: ApiVersion, q: UsageQuery, opts: { projectId?: string; detailed: boolean; collection: string }) {
    const now = microsOf(deps.clock.now());
    const p = usagePeriod({ start: first(q.start), end: first(q.end) }, now);
    const paged = v.atLeast("2.40");
    const asked = paged && q.limit !== undefined ? Number(last(q.limit)) : undefined;
    const limit = pageLimit(asked);
    const marker = paged ? last(q.marker) : undefined;
    const r = await usage.tenantUsages({ period: p, now, projectId: opts.projectId, detailed: opts.detailed, limit, marker });
    const next = paged
      ? collectionLinks(
          `${baseUrlOf(req, deps.config.publicUrl)}/compute/v2.1`,
          opts.collection,
          req.query as Record<string, unknown>,
          r.serverUsages.length,
          asked,
          MAX_LIMIT,
          r.serverUsages.at(-1)?.instance_id,
        )
      : [];
    return { usages: r.usages, links: next };
  }

  app.get(
    "/os-simple-tenant-usage",
    {
      schema: {
        operationId: "compute.simple_tenant_usage.list",
        tags,
        summary: "List usage of all projects (admin)",
        description: "`detailed=1` adds each project's server_usages. 2.40: limit/marker and tenant_usages_links.",
        querystring: queryDoc.extend({ detailed: z.unknown().optional().describe("1: include server_usages.") }),
        response: { 200: z.object({ tenant_usages: z.array(tenantUsage), tenant_usages_links: links }) },
      },
    },
    async (req: FastifyRequest, reply: FastifyReply) => {
      // GET /os-simple-tenant-usage/ is a show without a project id: no route in Nova.
      if (req.url.split("?")[0]!.endsWith("/")) return notFoundHandler(req, reply);
      const v = req.apiVersion;
      const q = novaParse(indexQuery.at(v), req.query, "querystring");
      authorize(authOf(req), "os_compute_api:os-simple-tenant-usage:list", "admin_api");
      const detailed = first(q.detailed) === "1";
      const r = await compute(req, v, q, { detailed, collection: "os-simple-tenant-usage" });
      return { tenant_usages: r.usages, ...(r.links.length ? { tenant_usages_links: r.links } : {}) };
    },
  );

  app.get(
    "/os-simple-tenant-usage/:tenant_id",
    {
      schema: {
        operationId: "compute.simple_tenant_usage.show",
        tags,
        summary: "Show usage of one project",
        description: "The project's totals and server_usages; `{}` when nothing ran in the period. 2.40: limit/marker and tenant_usage_links.",
        params: z.object({ tenant_id: z.string() }),
        querystring: queryDoc,
        response: {
          200: z.object({ tenant_usage: z.union([tenantUsage.required({ server_usages: true }), z.strictObject({})]), tenant_usage_links: links }),
        },
      },
    },
    async (req) => {
      const v = req.apiVersion;
      const q = novaParse(showQuery.at(v), req.query, "querystring");
      const tenantId = req.params.tenant_id;
      authorize(authOf(req), "os_compute_api:os-simple-tenant-usage:show", "project_reader_or_admin", { projectId: tenantId });
      const r = await compute(req, v, q, { projectId: tenantId, detailed: true, collection: `os-simple-tenant-usage/${tenantId}` });
      return { tenant_usage: r.usages[0] ?? {}, ...(r.links.length ? { tenant_usage_links: r.links } : {}) };
    },
  );
}
