import type { FastifyRequest } from "fastify";
import { STRICT_QUERY_FROM } from "../../http/microversion.js";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { LIVE_IN_PROGRESS, type MigrationFilter, type MigrationRecord } from "../../compute/migrations.js";
import { authOf, baseUrlOf } from "../../http/context.js";
import { Invalid } from "../../errors.js";
import type { ApiVersion } from "../../http/microversion.js";
import { novaParse, versioned } from "../../http/versioned.js";
import { authorize } from "../../identity/policy.js";
import { MAX_LIMIT, collectionLinks } from "./paging.js";
import { naiveTime, naiveTimeOrNull } from "../../time-formats.js";

/**
 * GET /os-migrations (migrations.py) and /servers/{id}/migrations
 * (server_migrations.py): Nova's migration records, plus force_complete and
 * abort of a running live migration.
 */


const link = z.object({ rel: z.string(), href: z.string() });
const osMigration = z.object({
  created_at: z.string(),
  dest_compute: z.string().nullable(),
  dest_host: z.string().nullable(),
  dest_node: z.string().nullable(),
  id: z.number().int(),
  instance_uuid: z.string(),
  new_instance_type_id: z.number().int().nullable(),
  old_instance_type_id: z.number().int().nullable(),
  source_compute: z.string().nullable(),
  source_node: z.string().nullable(),
  status: z.string(),
  updated_at: z.string().nullable(),
  migration_type: z.string().optional().describe("2.23"),
  links: z.array(link).optional().describe("2.23, in-progress live migrations"),
  uuid: z.string().optional().describe("2.59"),
  user_id: z.string().optional().describe("2.80"),
  project_id: z.string().optional().describe("2.80"),
});
const osMigrationsResponse = z.object({ migrations: z.array(osMigration), migrations_links: z.array(link).optional() });

const serverMigration = z.object({
  created_at: z.string(),
  dest_compute: z.string().nullable(),
  dest_host: z.string().nullable(),
  dest_node: z.string().nullable(),
  disk_processed_bytes: z.number().int().nullable(),
  disk_remaining_bytes: z.number().int().nullable(),
  disk_total_bytes: z.number().int().nullable(),
  id: z.number().int(),
  memory_processed_bytes: z.number().int().nullable(),
  memory_remaining_bytes: z.number().int().nullable(),
  memory_total_bytes: z.number().int().nullable(),
  server_uuid: z.string(),
  source_compute: z.string().nullable(),
  source_node: z.string().nullable(),
  status: z.string(),
  updated_at: z.string().nullable(),
  uuid: z.string().optional().describe("2.59"),
  user_id: z.string().optional().describe("2.80"),
  project_id: z.string().optional().describe("2.80"),
});

const multi = z.union([z.string(), z.array(z.string())]);
const single = <T extends z.ZodType>(s: T) => z.union([s, z.array(s).transform((a) => a.at(-1))]);
const baseQuery = { hidden: multi, host: multi, instance_uuid: multi, source_compute: multi, status: multi, migration_type: multi };
const dateTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), "is not a 'date-time'");
const pageQuery = { limit: single(z.string().regex(/^[0-9]+$/, "is not a non-negative integer")), marker: single(z.string()), "changes-since": single(dateTime) };
type Query = Partial<Record<keyof typeof baseQuery | "marker" | "limit" | "changes-since" | "changes-before" | "user_id" | "project_id", string | string[]>>;
const indexQuery = versioned<Query>([
  { from: "2.1", schema: z.looseObject(partial(baseQuery)) },
  { from: "2.59", schema: z.strictObject(partial({ ...baseQuery, ...pageQuery })) },
  { from: "2.66", schema: z.strictObject(partial({ ...baseQuery, ...pageQuery, "changes-before": single(dateTime) })) },
  { from: "2.80", schema: z.strictObject(partial({ ...baseQuery, ...pageQuery, "changes-before": single(dateTime), user_id: single(z.string()), project_id: single(z.string()) })) },
]);
function partial<T extends z.ZodRawShape>(shape: T) {
  return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, (v as z.ZodType).optional()])) as unknown as { [K in keyof T]: z.ZodOptional<T[K]> };
}
const lastOf = (v: string | string[] | undefined) => (Array.isArray(v) ? v.at(-1) : v);

const serverParams = z.object({ server_id: z.string() });
const migrationParams = z.object({ server_id: z.string(), migration_id: z.string() });

const time = naiveTimeOrNull;

function osMigrationView(m: MigrationRecord, v: ApiVersion, base: string) {
  const out: z.infer<typeof osMigration> = {
    created_at: naiveTime(m.createdAt),
    dest_compute: m.destCompute,
    dest_host: m.destHost,
    dest_node: m.destNode,
    id: m.id,
    instance_uuid: m.instanceUuid,
    new_instance_type_id: m.newInstanceTypeId,
    old_instance_type_id: m.oldInstanceTypeId,
    source_compute: m.sourceCompute,
    source_node: m.sourceNode,
    status: m.status,
    updated_at: time(m.updatedAt),
  };
  if (v.atLeast("2.23")) {
    out.migration_type = m.migrationType;
    if (m.migrationType === "live-migration" && LIVE_IN_PROGRESS.includes(m.status)) {
      const path = `servers/${m.instanceUuid}/migrations/${m.id}`;
      out.links = [
        { rel: "self", href: `${base}/compute/v2.1/${path}` },
        { rel: "bookmark", href: `${base}/compute/${path}` },
      ];
    }
  }
  if (v.atLeast("2.59")) out.uuid = m.uuid;
  if (v.atLeast("2.80")) {
    out.user_id = m.userId;
    out.project_id = m.projectId;
  }
  return out;
}

function serverMigrationView(m: MigrationRecord, v: ApiVersion) {
  const out: z.infer<typeof serverMigration> = {
    created_at: naiveTime(m.createdAt),
    dest_compute: m.destCompute,
    dest_host: m.destHost,
    dest_node: m.destNode,
    disk_processed_bytes: null,
    disk_remaining_bytes: null,
    disk_total_bytes: null,
    id: m.id,
    memory_processed_bytes: null,
    memory_remaining_bytes: null,
    memory_total_bytes: null,
    server_uuid: m.instanceUuid,
    source_compute: m.sourceCompute,
    source_node: m.sourceNode,
    status: m.status,
    updated_at: time(m.updatedAt),
  };
  if (v.atLeast("2.59")) out.uuid = m.uuid;
  if (v.atLeast("2.80")) {
    out.user_id = m.userId;
    out.project_id = m.projectId;
  }
  return out;
}

export default async function routes(app: App, deps: RouteDeps) {
  const migrations = deps.services.migrations;
  const tags = ["compute"];

  const visible = (req: FastifyRequest, id: string) => deps.services.compute.visible(authOf(req), id);

  app.get(
    "/os-migrations",
    {
      schema: {
        operationId: "compute.migrations.list",
        tags,
        summary: "List migrations (admin)",
        description:
          "Filters instance_uuid, host (source or destination), source_compute, status, migration_type. 2.23 adds migration_type and links; " +
          "2.59 limit/marker (uuid), changes-since, uuid and migrations_links; 2.66 changes-before; 2.80 user_id/project_id filters and fields.",
        querystring: z.looseObject({}),
        response: { 200: osMigrationsResponse },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const v = req.apiVersion;
      authorize(ctx, "os_compute_api:os-migrations:index", "admin_api");
      const q = novaParse(indexQuery.at(v), req.query, "querystring");
      const f: MigrationFilter = { hidden: false };
      const s = (k: keyof Query) => lastOf(q[k]);
      if (s("instance_uuid") !== undefined) f.instanceUuid = s("instance_uuid");
      if (s("host") !== undefined) f.host = s("host");
      if (s("source_compute") !== undefined) f.sourceCompute = s("source_compute");
      if (s("status") !== undefined) f.status = s("status");
      if (s("migration_type") !== undefined) f.migrationType = s("migration_type");
      if (v.atLeast("2.80")) {
        if (s("user_id") !== undefined) f.userId = s("user_id");
        if (s("project_id") !== undefined) f.projectId = s("project_id");
      }
      const paged = v.atLeast("2.59");
      let limit: number | undefined;
      let marker: string | undefined;
      if (paged) {
        if (s("changes-since")) f.changesSince = new Date(s("changes-since")!);
        if (v.atLeast("2.66") && s("changes-before")) f.changesBefore = new Date(s("changes-before")!);
        if (f.changesSince && f.changesBefore && f.changesBefore < f.changesSince) {
          throw new Invalid("The value of changes-since must be less than or equal to changes-before.");
        }
        limit = Math.min(MAX_LIMIT, s("limit") !== undefined ? Number(s("limit")) : MAX_LIMIT);
        marker = s("marker");
      }
      const rows = await migrations.list(f, { limit, marker });
      const base = baseUrlOf(req, deps.config.publicUrl);
      const body: z.infer<typeof osMigrationsResponse> = { migrations: rows.map((m) => osMigrationView(m, v, base)) };
      if (paged) {
        const links = collectionLinks(`${base}/compute/v2.1`, "os-migrations", req.query as Record<string, unknown>, rows.length, limit, MAX_LIMIT, rows.at(-1)?.uuid);
        if (links.length) body.migrations_links = links;
      }
      return body;
    },
  );

  app.get(
    "/servers/:server_id/migrations",
    {
      schema: {
        operationId: "compute.servers.migrations.list",
        tags,
        summary: "List a server's in-progress live migrations",
        params: serverParams,
        querystring: z.looseObject({}),
        response: { 200: z.object({ migrations: z.array(serverMigration) }) },
      },
      config: { noQuery: STRICT_QUERY_FROM, versions: { min: "2.23" } },
    },
    async (req) => {
      const inst = await visible(req, req.params.server_id);
      authorize(authOf(req), "os_compute_api:servers:migrations:index", "admin_api", { projectId: inst.projectId });
      const rows = await migrations.liveOf(inst);
      return { migrations: rows.map((m) => serverMigrationView(m, req.apiVersion)) };
    },
  );

  app.get(
    "/servers/:server_id/migrations/:migration_id",
    {
      schema: {
        operationId: "compute.servers.migrations.show",
        tags,
        summary: "Show a server's in-progress live migration",
        params: migrationParams,
        querystring: z.looseObject({}),
        response: { 200: z.object({ migration: serverMigration }) },
      },
      config: { noQuery: STRICT_QUERY_FROM, versions: { min: "2.23" } },
    },
    async (req) => {
      const { server_id: sid, migration_id: mid } = req.params;
      const inst = await visible(req, sid);
      authorize(authOf(req), "os_compute_api:servers:migrations:show", "admin_api", { projectId: inst.projectId });
      const m = await migrations.showLive(inst, mid, sid);
      return { migration: serverMigrationView(m, req.apiVersion) };
    },
  );

  app.post(
    "/servers/:server_id/migrations/:migration_id/action",
    {
      schema: {
        operationId: "compute.servers.migrations.force_complete",
        tags,
        summary: "Force a running live migration to complete",
        params: migrationParams,
        body: z.strictObject({ force_complete: z.null() }),
        response: { 202: z.null() },
      },
      config: { versions: { min: "2.22" } },
    },
    async (req, reply) => {
      const { server_id: sid, migration_id: mid } = req.params;
      const ctx = authOf(req);
      const inst = await visible(req, sid);
      authorize(ctx, "os_compute_api:servers:migrations:force_complete", "admin_api", { projectId: inst.projectId });
      await migrations.forceComplete(ctx, inst, mid, sid);
      reply.code(202);
      return null;
    },
  );

  app.delete(
    "/servers/:server_id/migrations/:migration_id",
    {
      schema: {
        operationId: "compute.servers.migrations.abort",
        tags,
        summary: "Abort a live migration (back on the source host)",
        params: migrationParams,
        response: { 202: z.null() },
      },
      config: { versions: { min: "2.24" } },
    },
    async (req, reply) => {
      const { server_id: sid, migration_id: mid } = req.params;
      const ctx = authOf(req);
      const inst = await visible(req, sid);
      authorize(ctx, "os_compute_api:servers:migrations:delete", "admin_api", { projectId: inst.projectId });
      const abortable = req.apiVersion.atLeast("2.65") ? ["running", "queued", "preparing"] : ["running"];
      await migrations.abort(ctx, inst, mid, sid, abortable);
      reply.code(202);
      return null;
    },
  );
}
