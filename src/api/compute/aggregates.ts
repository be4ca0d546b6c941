import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { Invalid } from "../../errors.js";
import { authOf } from "../../http/context.js";
import { novaParse, versionedBodyValidator } from "../../http/versioned.js";
import { authorize } from "../../identity/policy.js";
import * as aggSchemas from "./schemas/aggregates.js";
import { aggregateView } from "./views/aggregates.js";

/**
 * Nova's utils.validate_integer(id, 'id'): Python's int() of the path segment.
 * An integer too large for any row simply matches none.
 */
function aggregateId(raw: string): number {
  if (!/^\s*[+-]?\d+\s*$/.test(raw)) throw new Invalid("Invalid input received: id must be an integer");
  const n = Number(raw.trim());
  return Number.isSafeInteger(n) && Math.abs(n) <= 2_147_483_647 ? n : -1;
}

/** os-aggregates (nova/api/openstack/compute/aggregates.py): host aggregates and the availability zones they make. Admin only. */
export default async function aggregateRoutes(app: App, deps: RouteDeps) {
  const aggregates = deps.services.aggregates;
  const tags = ["compute"];
  const policy = (action: string) => `os_compute_api:os-aggregates:${action}`;

  app.get(
    "/os-aggregates",
    {
      schema: {
        operationId: "compute.aggregates.list",
        tags,
        summary: "List aggregates",
        description: "Admin only. `uuid` from 2.41.",
        querystring: aggSchemas.anyQuery,
        response: { 200: aggSchemas.aggregateList },
      },
    },
    async (req) => {
      authorize(authOf(req), policy("index"), "admin_api");
      const list = await aggregates.list();
      return { aggregates: list.map((a) => aggregateView({ ...a, withMembers: true }, req.apiVersion)) } as z.input<typeof aggSchemas.aggregateList>;
    },
  );

  app.post(
    "/os-aggregates",
    {
      schema: {
        operationId: "compute.aggregates.create",
        tags,
        summary: "Create an aggregate",
        description:
          "Admin only. 200 (not 201, as Nova). The answer has no hosts or metadata. 409 when the name is taken. " +
          "An availability_zone puts the aggregate's future hosts in that zone.",
        body: aggSchemas.createBody,
        response: { 200: aggSchemas.aggregateCreated },
      },
    },
    async (req) => {
      authorize(authOf(req), policy("create"), "admin_api");
      const { name, availability_zone } = req.body.aggregate;
      const created = await aggregates.create(name.trim(), availability_zone ? availability_zone.trim() : null);
      return { aggregate: aggregateView(created, req.apiVersion) };
    },
  );

  app.get(
    "/os-aggregates/:aggregate_id",
    {
      schema: {
        operationId: "compute.aggregates.show",
        tags,
        summary: "Show an aggregate",
        description: "Admin only. 400 when the id is not an integer.",
        params: aggSchemas.idParams,
        querystring: aggSchemas.anyQuery,
        response: { 200: aggSchemas.aggregateShow },
      },
    },
    async (req) => {
      authorize(authOf(req), policy("show"), "admin_api");
      const a = await aggregates.get(aggregateId(req.params.aggregate_id));
      return { aggregate: aggregateView({ ...a, withMembers: true }, req.apiVersion) } as z.input<typeof aggSchemas.aggregateShow>;
    },
  );

  app.put(
    "/os-aggregates/:aggregate_id",
    {
      schema: {
        operationId: "compute.aggregates.update",
        tags,
        summary: "Update an aggregate",
        description:
          "Admin only. Renames it and/or sets its availability zone (the `availability_zone` metadata key). " +
          "400 when the zone would put a host in two zones, or change under hosts that have instances; 409 when the name is taken.",
        params: aggSchemas.idParams,
        body: aggSchemas.updateBody,
        response: { 200: aggSchemas.aggregateShow },
      },
    },
    async (req) => {
      authorize(authOf(req), policy("update"), "admin_api");
      const id = aggregateId(req.params.aggregate_id);
      const body = req.body.aggregate;
      const changes: { name?: string; availabilityZone?: string | null } = {};
      if (body.name !== undefined) changes.name = body.name.trim();
      if ("availability_zone" in body) changes.availabilityZone = body.availability_zone ?? null;
      return { aggregate: aggregateView(await aggregates.update(id, changes), req.apiVersion) } as z.input<typeof aggSchemas.aggregateShow>;
    },
  );

  app.delete(
    "/os-aggregates/:aggregate_id",
    {
      schema: {
        operationId: "compute.aggregates.delete",
        tags,
        summary: "Delete an aggregate",
        description: "Admin only. 200 with no body (as Nova). 400 while it still has hosts.",
        params: aggSchemas.idParams,
        response: { 200: z.undefined().describe("No body") },
      },
    },
    async (req, reply) => {
      authorize(authOf(req), policy("delete"), "admin_api");
      await aggregates.delete(aggregateId(req.params.aggregate_id));
      return reply.code(200).send(undefined);
    },
  );

  app.post(
    "/os-aggregates/:aggregate_id/action",
    {
      validatorCompiler: versionedBodyValidator,
      schema: {
        operationId: "compute.aggregates.action",
        tags,
        summary: "Run an aggregate action",
        description:
          "Admin only. The body names one action: `add_host` (404 unknown host, 409 already there or in another zone), " +
          "`remove_host` (404 when the aggregate does not hold the host) or `set_metadata` (merges keys; null removes one). " +
          "Each answers 200 with the aggregate.",
        params: aggSchemas.idParams,
        body: aggSchemas.actionBodyDoc,
        response: { 200: aggSchemas.aggregateShow },
      },
    },
    async (req) => {
      const body = req.body as unknown;
      if (body === null || typeof body !== "object" || Array.isArray(body)) throw new Invalid("Malformed request body");
      // Nova's action_peek: exactly one key, naming a known action.
      const keys = Object.keys(body);
      if (keys.length !== 1) throw new Invalid("Malformed request body");
      const key = keys[0]!;
      if (!(key in aggSchemas.actionBodies)) throw new Invalid(`There is no such action: ${key}`);
      const parsed = novaParse(aggSchemas.actionBodies[key as keyof typeof aggSchemas.actionBodies], body) as Record<string, Record<string, unknown>>;
      authorize(authOf(req), policy(key), "admin_api");
      const raw = req.params.aggregate_id;
      const id = aggregateId(raw);
      const args = parsed[key]!;
      const result =
        key === "add_host"
          ? await aggregates.addHost(id, args.host as string)
          : key === "remove_host"
            ? await aggregates.removeHost(id, args.host as string, raw)
            : await aggregates.setMetadata(id, args.metadata as Record<string, string | null>);
      return { aggregate: aggregateView(result, req.apiVersion) } as z.input<typeof aggSchemas.aggregateShow>;
    },
  );

  app.post(
    "/os-aggregates/:aggregate_id/images",
    {
      config: { versions: { min: "2.81" } },
      schema: {
        operationId: "compute.aggregates.images",
        tags,
        summary: "Request image pre-caching on an aggregate's hosts",
        description: "Admin only. 202 with no body; the simulated hosts need no cache, so nothing else happens.",
        params: aggSchemas.idParams,
        body: aggSchemas.imagesBody,
        response: { 202: z.undefined().describe("No body") },
      },
    },
    async (req, reply) => {
      authorize(authOf(req), "compute:aggregates:images", "admin_api");
      const id = aggregateId(req.params.aggregate_id);
      const ids = req.body.cache.map((c) => c.id);
      if (new Set(ids).size !== ids.length) throw new Invalid("Duplicate images in request");
      await aggregates.get(id);
      return reply.code(202).send(undefined);
    },
  );
}
