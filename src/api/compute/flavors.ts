import type { FastifyRequest } from "fastify";
import { STRICT_QUERY_FROM } from "../../http/microversion.js";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import type { Flavor, SortKey } from "../../compute/flavors.js";
import { authOf, baseUrlOf } from "../../http/context.js";
import { Invalid, Conflict, NotFound } from "../../errors.js";
import { novaParse, parseVersionedBody, versionedBodyValidator } from "../../http/versioned.js";
import { allowed, authorize } from "../../identity/policy.js";
import type { AuthContext } from "../../identity/types.js";
import {
  addTenantAccessBody,
  anyQuery,
  createExtraSpecsBody,
  createFlavorBody,
  createFlavorV255,
  extraSpecParams,
  extraSpecResponse,
  extraSpecsEchoResponse,
  extraSpecsResponse,
  flavorAccessResponse,
  flavorActionBody,
  flavorDetailListResponse,
  flavorIdParams,
  flavorListResponse,
  flavorResponse,
  listQuery,
  listQueryV275,
  listQueryV2102,
  removeTenantAccessBody,
  toBool,
  updateExtraSpecBody,
  updateFlavorBody,
} from "./schemas/flavors.js";
import { MAX_LIMIT, novaNextLinks, pageLimit } from "./paging.js";
import { last } from "./query.js";
import { flavorBriefView, flavorDetailView, type ViewCtx } from "./views/flavors.js";

const MANAGE = "os_compute_api:os-flavor-manage";
const EXTRA_SPECS = "os_compute_api:os-flavor-extra-specs";
const ACCESS = "os_compute_api:os-flavor-access";

const tags = ["compute"];

/** Python's int() of a query string, or null. */
function pyInt(s: string): number | null {
  const t = s.trim();
  return /^[+-]?\d+(_\d+)*$/.test(t) ? Number(t.replace(/_/g, "")) : null;
}

/** FlavorsController._parse_is_public (admins only). */
function parseIsPublic(v: string | undefined): boolean | null {
  if (v === undefined) return true;
  const t = v.trim().toLowerCase();
  if (t === "none") return null;
  if (["1", "t", "true", "on", "y", "yes"].includes(t)) return true;
  if (["0", "f", "false", "off", "n", "no"].includes(t)) return false;
  throw new Invalid(`Invalid is_public filter [${v}]`);
}

/** GET /flavors, /flavors/detail, /flavors/{id}; os-flavor-manage; os-extra_specs; os-flavor-access. */
export default async function routes(app: App, deps: RouteDeps) {
  const flavors = deps.services.flavors;

  const viewCtx = (req: FastifyRequest, ctx: AuthContext): ViewCtx => ({
    version: req.apiVersion,
    baseUrl: baseUrlOf(req, deps.config.publicUrl),
    // Nova checks the extra specs index policy (non-fatally) from 2.61.
    showExtraSpecs: req.apiVersion.atLeast("2.61") && allowed(ctx, "project_reader_or_admin", { projectId: ctx.projectId }),
  });

  async function listFlavors(req: FastifyRequest, rawQuery: Record<string, unknown>) {
    const ctx = authOf(req);
    const v = req.apiVersion;
    // Before 2.75 unknown parameters (name among them) are stripped; 2.75-2.101 reject them; 2.102 adds name.
    const query = v.atLeast("2.102")
      ? novaParse(listQueryV2102, rawQuery, "querystring")
      : v.atLeast("2.75")
        ? novaParse(listQueryV275, rawQuery, "querystring")
        : rawQuery;
    const q = query as Record<string, string | string[] | undefined>;
    const limitRaw = last(q.limit);
    const limit = pageLimit(limitRaw);
    const minRam = last(q.minRam);
    const minDisk = last(q.minDisk);
    const parse = (what: string, v: string | undefined) => {
      if (v === undefined) return undefined;
      const n = pyInt(v);
      if (n === null) throw new Invalid(`Invalid ${what} filter [${v}]`);
      return n;
    };
    const list = await flavors.list(ctx, {
      isPublic: ctx.isAdmin ? parseIsPublic(last(q.is_public)) : true,
      minMemoryMb: parse("minRam", minRam),
      minRootGb: parse("minDisk", minDisk),
      name: v.atLeast("2.102") ? last(q.name) : undefined,
      sortKey: (last(q.sort_key) || "flavorid") as SortKey,
      sortDir: (last(q.sort_dir) || "asc") as "asc" | "desc",
      limit,
      marker: last(q.marker),
    });
    return { ctx, list, query: q, limit: limitRaw === undefined ? MAX_LIMIT : limit };
  }

  app.get(
    "/flavors",
    {
      schema: {
        operationId: "compute.flavors.list",
        tags,
        summary: "List flavors",
        description:
          "Filters minRam, minDisk, is_public (admins: true, false or none), name (a regular expression, from 2.102); " +
          "sort_key/sort_dir; marker/limit pagination. Unknown parameters are ignored before 2.75 and rejected from 2.75.",
        querystring: listQuery,
        response: { 200: flavorListResponse },
      },
    },
    async (req) => {
      const { ctx, list, query, limit } = await listFlavors(req, req.query);
      const v = viewCtx(req, ctx);
      const links = novaNextLinks({ base: v.baseUrl, collection: "flavors", query, count: list.length, limit, lastId: list.at(-1)?.flavorId });
      return { flavors: list.map((f) => flavorBriefView(f, v)), ...(links.length ? { flavors_links: links } : {}) };
    },
  );

  app.get(
    "/flavors/detail",
    {
      schema: {
        operationId: "compute.flavors.detail",
        tags,
        summary: "List flavors with details",
        description: "Same filters as GET /flavors. From 2.61 each flavor carries its extra_specs.",
        querystring: listQuery,
        response: { 200: flavorDetailListResponse },
      },
    },
    async (req) => {
      const { ctx, list, query, limit } = await listFlavors(req, req.query);
      const v = viewCtx(req, ctx);
      const links = novaNextLinks({ base: v.baseUrl, collection: "flavors/detail", query, count: list.length, limit, lastId: list.at(-1)?.flavorId });
      return { flavors: list.map((f) => flavorDetailView(f, v)), ...(links.length ? { flavors_links: links } : {}) };
    },
  );

  app.get(
    "/flavors/:flavor_id",
    {
      config: { noQuery: STRICT_QUERY_FROM },
      schema: {
        operationId: "compute.flavors.show",
        tags,
        summary: "Show a flavor",
        params: flavorIdParams,
        querystring: anyQuery,
        response: { 200: flavorResponse },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const flavor = await flavors.get(ctx, req.params.flavor_id);
      return { flavor: flavorDetailView(flavor, viewCtx(req, ctx)) };
    },
  );

  app.post(
    "/flavors",
    {
      validatorCompiler: versionedBodyValidator,
      schema: {
        operationId: "compute.flavors.create",
        tags,
        summary: "Create a flavor (admin)",
        description:
          "Policy os_compute_api:os-flavor-manage:create. `id` is generated (a UUID) when absent or null; " +
          "`description` from 2.55; `rxtx_factor` until 2.101. Answers 200, as Nova does.",
        body: createFlavorV255,
        response: { 200: flavorResponse },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const body = parseVersionedBody(req, createFlavorBody).flavor;
      authorize(ctx, `${MANAGE}:create`, "admin_api");
      const rxtxFactor = Number(body.rxtx_factor ?? 1.0);
      // nova/compute/flavors.py: what the schema lets through as a string ("0.0") is checked here.
      if (!(rxtxFactor > 0 && rxtxFactor <= 3.40282e38)) {
        throw new Invalid("Invalid input received: 'rxtx_factor' argument must be a float between 0 and 3.40282e+38");
      }
      const flavor = await flavors.create({
        flavorId: body.id === undefined || body.id === null ? null : String(body.id),
        name: body.name,
        memoryMb: Number(body.ram),
        vcpus: Number(body.vcpus),
        rootGb: Number(body.disk),
        ephemeralGb: Number(body["OS-FLV-EXT-DATA:ephemeral"] ?? 0),
        swapMb: Number(body.swap ?? 0),
        rxtxFactor,
        isPublic: body["os-flavor-access:is_public"] === undefined ? true : toBool(body["os-flavor-access:is_public"]),
        description: req.apiVersion.atLeast("2.55") ? (body.description ?? null) : null,
      });
      // A new flavor has no extra specs yet; from 2.61 the view shows the empty set.
      return { flavor: flavorDetailView(flavor, viewCtx(req, ctx)) };
    },
  );

  app.put(
    "/flavors/:flavor_id",
    {
      config: { versions: { min: "2.55" } },
      schema: {
        operationId: "compute.flavors.update",
        tags,
        summary: "Update a flavor's description (admin)",
        description: "Policy os_compute_api:os-flavor-manage:update. Only the description can change.",
        params: flavorIdParams,
        body: updateFlavorBody,
        response: { 200: flavorResponse },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      authorize(ctx, `${MANAGE}:update`, "admin_api");
      const flavor = await flavors.updateDescription(req.params.flavor_id, req.body.flavor.description);
      return { flavor: flavorDetailView(flavor, viewCtx(req, ctx)) };
    },
  );

  app.delete(
    "/flavors/:flavor_id",
    {
      schema: {
        operationId: "compute.flavors.delete",
        tags,
        summary: "Delete a flavor (admin)",
        description: "Policy os_compute_api:os-flavor-manage:delete. Answers 202 with no body, as Nova does.",
        params: flavorIdParams,
        response: { 202: z.undefined().describe("No body") },
      },
    },
    async (req, reply) => {
      const ctx = authOf(req);
      authorize(ctx, `${MANAGE}:delete`, "admin_api");
      await flavors.delete(req.params.flavor_id);
      return reply.code(202).send(undefined);
    },
  );

  // ------------------------------------------------------------ extra specs
  const readSpecs = (ctx: AuthContext, action: "index" | "show") =>
    authorize(ctx, `${EXTRA_SPECS}:${action}`, "project_reader_or_admin", { projectId: ctx.projectId });

  /** Nova stores every value as text: numbers as Python's str() would print them. */
  const asText = (specs: Record<string, string | number>) =>
    Object.fromEntries(Object.entries(specs).map(([k, v]) => [k, String(v)]));

  app.get(
    "/flavors/:flavor_id/os-extra_specs",
    {
      config: { noQuery: STRICT_QUERY_FROM },
      schema: {
        operationId: "compute.flavors.extraSpecs.list",
        tags,
        summary: "List a flavor's extra specs",
        params: flavorIdParams,
        querystring: anyQuery,
        response: { 200: extraSpecsResponse },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      readSpecs(ctx, "index");
      const flavor = await flavors.get(ctx, req.params.flavor_id);
      return { extra_specs: flavor.extraSpecs };
    },
  );

  app.post(
    "/flavors/:flavor_id/os-extra_specs",
    {
      schema: {
        operationId: "compute.flavors.extraSpecs.create",
        tags,
        summary: "Create or update extra specs (admin)",
        description: "Policy os_compute_api:os-flavor-extra-specs:create. Echoes the request body.",
        params: flavorIdParams,
        body: createExtraSpecsBody,
        response: { 200: extraSpecsEchoResponse },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      authorize(ctx, `${EXTRA_SPECS}:create`, "admin_api");
      const specs = req.body.extra_specs;
      await flavors.setExtraSpecs(ctx, req.params.flavor_id, asText(specs));
      return { extra_specs: specs };
    },
  );

  app.get(
    "/flavors/:flavor_id/os-extra_specs/:key",
    {
      config: { noQuery: STRICT_QUERY_FROM },
      schema: {
        operationId: "compute.flavors.extraSpecs.show",
        tags,
        summary: "Show one extra spec",
        params: extraSpecParams,
        querystring: anyQuery,
        response: { 200: extraSpecResponse },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      readSpecs(ctx, "show");
      const { flavor_id, key } = req.params;
      const flavor = await flavors.get(ctx, flavor_id);
      if (!Object.hasOwn(flavor.extraSpecs, key)) {
        throw new NotFound(`Flavor ${flavor_id} has no extra specs with key ${key}.`);
      }
      return { [key]: flavor.extraSpecs[key]! };
    },
  );

  app.put(
    "/flavors/:flavor_id/os-extra_specs/:key",
    {
      schema: {
        operationId: "compute.flavors.extraSpecs.update",
        tags,
        summary: "Set one extra spec (admin)",
        description: "Policy os_compute_api:os-flavor-extra-specs:update. The body's only key must be the one in the URL.",
        params: extraSpecParams,
        body: updateExtraSpecBody,
        response: { 200: extraSpecResponse },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      authorize(ctx, `${EXTRA_SPECS}:update`, "admin_api");
      const { flavor_id, key } = req.params;
      if (!Object.hasOwn(req.body, key)) throw new Invalid("Request body and URI mismatch");
      await flavors.setExtraSpecs(ctx, flavor_id, asText(req.body));
      return req.body;
    },
  );

  app.delete(
    "/flavors/:flavor_id/os-extra_specs/:key",
    {
      schema: {
        operationId: "compute.flavors.extraSpecs.delete",
        tags,
        summary: "Delete one extra spec (admin)",
        description: "Policy os_compute_api:os-flavor-extra-specs:delete. Answers 200 with no body, as Nova does.",
        params: extraSpecParams,
        response: { 200: z.undefined().describe("No body") },
      },
    },
    async (req, reply) => {
      const ctx = authOf(req);
      authorize(ctx, `${EXTRA_SPECS}:delete`, "admin_api");
      await flavors.deleteExtraSpec(ctx, req.params.flavor_id, req.params.key);
      return reply.code(200).send(undefined);
    },
  );

  // ------------------------------------------------------------ flavor access
  const accessBody = (f: Flavor, projects: string[]) => ({
    flavor_access: projects.map((p) => ({ flavor_id: f.flavorId, tenant_id: p })),
  });

  app.get(
    "/flavors/:flavor_id/os-flavor-access",
    {
      config: { noQuery: STRICT_QUERY_FROM },
      schema: {
        operationId: "compute.flavors.access.list",
        tags,
        summary: "List the projects granted a private flavor (admin)",
        description: "Policy os_compute_api:os-flavor-access. A public flavor has no access list (404).",
        params: flavorIdParams,
        querystring: anyQuery,
        response: { 200: flavorAccessResponse },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      authorize(ctx, ACCESS, "admin_api");
      const flavor = await flavors.get(ctx, req.params.flavor_id);
      if (flavor.isPublic) throw new NotFound("Access list not available for public flavors.");
      return accessBody(flavor, await flavors.accessList(flavor));
    },
  );

  app.post(
    "/flavors/:flavor_id/action",
    {
      schema: {
        operationId: "compute.flavors.action",
        tags,
        summary: "Grant or revoke a project's access to a flavor (admin)",
        description:
          "`addTenantAccess` (policy os_compute_api:os-flavor-access:add_tenant_access) or `removeTenantAccess` " +
          "(os_compute_api:os-flavor-access:remove_tenant_access), each `{tenant}`. From 2.7 a public flavor cannot be granted (409).",
        params: flavorIdParams,
        body: flavorActionBody,
        response: { 200: flavorAccessResponse },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const keys = Object.keys(req.body);
      // nova/api/openstack/wsgi.py: exactly one action per request, and a known one.
      if (keys.length !== 1) throw new Invalid("Malformed request body");
      const action = keys[0]!;
      if (action === "addTenantAccess") {
        const tenant = novaParse(addTenantAccessBody, req.body).addTenantAccess.tenant;
        authorize(ctx, `${ACCESS}:add_tenant_access`, "admin_api");
        if (!(await flavors.projectExists(tenant))) throw new Invalid(`Project ID ${tenant} is not a valid project.`);
        const flavor = await flavors.get(ctx, req.params.flavor_id);
        if (req.apiVersion.atLeast("2.7") && flavor.isPublic) throw new Conflict("Can not add access to a public flavor.");
        return accessBody(flavor, await flavors.addAccess(flavor, tenant));
      }
      if (action === "removeTenantAccess") {
        const tenant = novaParse(removeTenantAccessBody, req.body).removeTenantAccess.tenant;
        authorize(ctx, `${ACCESS}:remove_tenant_access`, "admin_api");
        // Whether the project still exists does not matter for removal.
        const flavor = await flavors.get(ctx, req.params.flavor_id);
        return accessBody(flavor, await flavors.removeAccess(flavor, tenant));
      }
      throw new Invalid(`There is no such action: ${action}`);
    },
  );
}
