import type { FastifyRequest } from "fastify";
import type { App, RouteDeps } from "../../composition.js";
import { authOf, baseUrlOf } from "../../http/context.js";
import { Invalid, NotFound } from "../../errors.js";
import { novaParse } from "../../http/versioned.js";
import { authorize } from "../../identity/policy.js";
import { isUuidLike, type Host, type HypervisorEntity } from "../../simulator/hosts.js";
import { HYPERVISOR_LINKS, MAX_LIMIT, novaNextLinks, pageLimit } from "./paging.js";
import * as hvSchemas from "./schemas/hypervisors.js";
import {
  hypervisorDetailView,
  hypervisorSummaryView,
  hypervisorUptimeView,
  statisticsView,
  type ViewCtx,
} from "./views/hypervisors.js";

/**
 * os-hypervisors (nova/api/openstack/compute/hypervisors.py): the simulated
 * compute nodes. Usage numbers come from the scheduler's allocations.
 */
export default async function hypervisorRoutes(app: App, deps: RouteDeps) {
  const hostSvc = deps.services.hosts;
  const ctxOf = (req: FastifyRequest): ViewCtx => ({ version: req.apiVersion, now: deps.clock.now() });

  const entities = (hosts: Host[], withServers: boolean): Promise<HypervisorEntity[]> => hostSvc.hypervisors(hosts, withServers);
  const matching = (pattern: string) => hostSvc.matching(pattern);

  /** GET /os-hypervisors and /detail share paging, pattern and with_servers. */
  async function listing(req: FastifyRequest, detail: boolean) {
    const v = req.apiVersion;
    const q = novaParse(hvSchemas.indexQueryTable.at(v), req.query, "querystring") as {
      limit?: number;
      marker?: string;
      hypervisor_hostname_pattern?: string;
      with_servers?: boolean;
    };
    authorize(authOf(req), `os_compute_api:os-hypervisors:${detail ? "list-detail" : "list"}`, "admin_api");
    const paged = v.atLeast("2.33");
    const pattern = v.atLeast("2.53") ? q.hypervisor_hostname_pattern : undefined;
    const withServers = v.atLeast("2.53") && q.with_servers === true;
    let hosts: Host[];
    let links = paged;
    let limit = MAX_LIMIT;
    if (pattern !== undefined) {
      if (q.limit !== undefined || q.marker) {
        throw new Invalid("Paging over hypervisors with the hypervisor_hostname_pattern query parameter is not supported.");
      }
      links = false;
      hosts = await matching(pattern);
    } else {
      let afterId: number | undefined;
      if (paged) {
        limit = pageLimit(q.limit);
        if (q.marker) {
          const m = await hostSvc.findMarker(q.marker);
          if (!m) throw new Invalid(`marker [${q.marker}] not found`);
          afterId = m.id;
        }
      }
      // As Nova: a limit of 0 means no limit.
      hosts = await hostSvc.page({ afterId, limit: paged && limit > 0 ? limit : undefined });
    }
    const list = await entities(hosts, withServers);
    const last = hosts.at(-1);
    const next = links
      ? novaNextLinks(
          {
            base: baseUrlOf(req, deps.config.publicUrl),
            collection: detail ? "os-hypervisors/detail" : "os-hypervisors",
            query: req.query as Record<string, unknown>,
            count: hosts.length,
            limit,
            lastId: last && (v.atLeast("2.53") ? last.uuid : String(last.id)),
          },
          HYPERVISOR_LINKS,
        )
      : [];
    return { list, links: next.length ? next : undefined, ctx: ctxOf(req) };
  }

  /** One hypervisor by path id: a UUID from 2.53 (else 400), an integer before (else 404). */
  async function byId(req: FastifyRequest, id: string): Promise<Host> {
    const notFound = () => new NotFound(`Hypervisor with ID '${id}' could not be found.`);
    let host: Host | null;
    if (req.apiVersion.atLeast("2.53")) {
      if (!isUuidLike(id)) throw new Invalid(`Invalid uuid ${id}`);
      host = await hostSvc.findByUuid(id);
    } else {
      const n = Number(id.trim());
      if (!/^-?\d+$/.test(id.trim()) || !Number.isSafeInteger(n) || Math.abs(n) > 2_147_483_647) throw notFound();
      host = await hostSvc.findById(n);
    }
    if (!host) throw notFound();
    return host;
  }

  const tags = ["compute"];

  app.get(
    "/os-hypervisors",
    {
      schema: {
        operationId: "compute.hypervisors.list",
        tags,
        summary: "List hypervisors",
        description: "Admin only. Paging from 2.33; UUID ids, hypervisor_hostname_pattern and with_servers from 2.53.",
        querystring: hvSchemas.indexQuery,
        response: { 200: hvSchemas.hypervisorList },
      },
    },
    async (req) => {
      const { list, links, ctx } = await listing(req, false);
      return { hypervisors: list.map((e) => hypervisorSummaryView(e, ctx)), ...(links ? { hypervisors_links: links } : {}) };
    },
  );

  app.get(
    "/os-hypervisors/detail",
    {
      schema: {
        operationId: "compute.hypervisors.detail",
        tags,
        summary: "List hypervisors with details",
        description: "Admin only. Resource fields (vcpus, memory_mb, …, cpu_info) until 2.87; uptime from 2.88.",
        querystring: hvSchemas.indexQuery,
        response: { 200: hvSchemas.hypervisorDetailList },
      },
    },
    async (req) => {
      const { list, links, ctx } = await listing(req, true);
      return { hypervisors: list.map((e) => hypervisorDetailView(e, ctx)), ...(links ? { hypervisors_links: links } : {}) };
    },
  );

  app.get(
    "/os-hypervisors/statistics",
    {
      config: { versions: { max: "2.87" } },
      schema: {
        operationId: "compute.hypervisors.statistics",
        tags,
        summary: "Hypervisor statistics",
        description: "Admin only. Sums over every compute node.",
        response: { 200: hvSchemas.statistics },
      },
    },
    async (req) => {
      authorize(authOf(req), "os_compute_api:os-hypervisors:statistics", "admin_api");
      return statisticsView(await entities(await hostSvc.list(), false));
    },
  );

  app.get(
    "/os-hypervisors/:id",
    {
      schema: {
        operationId: "compute.hypervisors.show",
        tags,
        summary: "Show a hypervisor",
        description: "Admin only. The id is an integer before 2.53 and a UUID from 2.53; with_servers from 2.53.",
        params: hvSchemas.idParams,
        querystring: hvSchemas.showQuery,
        response: { 200: hvSchemas.hypervisorShow },
      },
    },
    async (req) => {
      const q = novaParse(hvSchemas.showQueryTable.at(req.apiVersion), req.query, "querystring") as { with_servers?: boolean };
      authorize(authOf(req), "os_compute_api:os-hypervisors:show", "admin_api");
      const host = await byId(req, req.params.id);
      const [e] = await entities([host], req.apiVersion.atLeast("2.53") && q.with_servers === true);
      return { hypervisor: hypervisorDetailView(e!, ctxOf(req)) };
    },
  );

  app.get(
    "/os-hypervisors/:id/uptime",
    {
      config: { versions: { max: "2.87" } },
      schema: {
        operationId: "compute.hypervisors.uptime",
        tags,
        summary: "Show a hypervisor's uptime",
        description: "Admin only. 400 when the host's nova-compute is down. From 2.88 the uptime is part of the hypervisor itself (null for a down host).",
        params: hvSchemas.idParams,
        response: { 200: hvSchemas.hypervisorUptime },
      },
    },
    async (req) => {
      authorize(authOf(req), "os_compute_api:os-hypervisors:uptime", "admin_api");
      const host = await byId(req, req.params.id);
      // Only a live nova-compute answers (400 otherwise, as Nova's ComputeServiceUnavailable).
      hostSvc.requireUp(host);
      const [e] = await entities([host], false);
      return { hypervisor: hypervisorUptimeView(e!, ctxOf(req)) };
    },
  );

  app.get(
    "/os-hypervisors/:pattern/search",
    {
      config: { versions: { max: "2.52" } },
      schema: {
        operationId: "compute.hypervisors.search",
        tags,
        summary: "Search hypervisors by hostname",
        description: "Admin only. Replaced by ?hypervisor_hostname_pattern in 2.53.",
        params: hvSchemas.patternParams,
        response: { 200: hvSchemas.hypervisorList },
      },
    },
    async (req) => {
      authorize(authOf(req), "os_compute_api:os-hypervisors:search", "admin_api");
      const ctx = ctxOf(req);
      const list = await entities(await matching(req.params.pattern), false);
      return { hypervisors: list.map((e) => hypervisorSummaryView(e, ctx)) };
    },
  );

  app.get(
    "/os-hypervisors/:pattern/servers",
    {
      config: { versions: { max: "2.52" } },
      schema: {
        operationId: "compute.hypervisors.servers",
        tags,
        summary: "List the servers of hypervisors matching a hostname",
        description: "Admin only. Replaced by ?hypervisor_hostname_pattern&with_servers in 2.53.",
        params: hvSchemas.patternParams,
        response: { 200: hvSchemas.hypervisorList },
      },
    },
    async (req) => {
      authorize(authOf(req), "os_compute_api:os-hypervisors:servers", "admin_api");
      const ctx = ctxOf(req);
      const list = await entities(await matching(req.params.pattern), true);
      return { hypervisors: list.map((e) => hypervisorSummaryView(e, ctx)) };
    },
  );
}
