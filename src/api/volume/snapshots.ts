import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import { InvalidInput } from "../../volume/errors.js";
import { boolish, lastOf, metadata, noBody, projectParams, snapshotParams, tags, viewContext } from "./common.js";
import { snapshotView } from "./views.js";

/** /volume/v3/{project_id}/snapshots (cinder/api/v3/snapshots.py). */
const text = z.string().max(255).nullable().optional();
const createBody = z.strictObject({
  snapshot: z.looseObject({
    volume_id: z.string(),
    force: z.union([z.boolean(), z.string()]).optional(),
    name: text,
    description: text,
    display_name: text,
    display_description: text,
    metadata: metadata.nullable().optional(),
  }),
});
const updateBody = z.strictObject({
  snapshot: z.strictObject({ name: text, description: text, display_name: text, display_description: text }),
});
const snapshot = z.looseObject({
  id: z.string(),
  created_at: z.string(),
  updated_at: z.string().nullable(),
  name: z.string().nullable(),
  description: z.string().nullable(),
  volume_id: z.string(),
  status: z.string(),
  size: z.number(),
  metadata,
});
const listQuery = z.looseObject({
  all_tenants: z.union([z.string(), z.array(z.string())]).optional(),
  volume_id: z.union([z.string(), z.array(z.string())]).optional(),
  limit: z.union([z.string(), z.array(z.string())]).optional(),
});

export default async function snapshotRoutes(app: App, deps: RouteDeps) {
  const volumes = deps.services.volumes;
  const vctx = (req: FastifyRequest) => viewContext(req, deps, new Map());

  for (const detail of [false, true]) {
    app.get(
      detail ? "/v3/:project_id/snapshots/detail" : "/v3/:project_id/snapshots",
      {
        schema: {
          operationId: detail ? "volume.snapshots.detail" : "volume.snapshots.list",
          tags,
          summary: detail ? "List snapshots with details" : "List snapshots",
          params: projectParams,
          querystring: listQuery,
          response: { 200: z.object({ snapshots: z.array(snapshot) }) },
        },
      },
      async (req) => {
        const ctx = authOf(req);
        authorize(ctx, "volume:get_all_snapshots", "project_reader_or_admin");
        const q = req.query;
        const limit = lastOf(q.limit) !== undefined ? Number(lastOf(q.limit)) : undefined;
        if (limit !== undefined && !(limit >= 0)) throw new InvalidInput("limit param must be positive");
        const list = await volumes.snapshots(ctx, { allTenants: boolish(lastOf(q.all_tenants)), volumeId: lastOf(q.volume_id), limit });
        const c = vctx(req);
        return { snapshots: list.map((s) => snapshotView(s, c)) };
      },
    );
  }

  app.post(
    "/v3/:project_id/snapshots",
    {
      schema: {
        operationId: "volume.snapshots.create",
        tags,
        summary: "Snapshot a volume",
        description: "202, `creating` then `available`. An in-use volume needs `force` before 3.66.",
        params: projectParams,
        body: createBody,
        response: { 202: z.object({ snapshot }) },
      },
    },
    async (req, reply) => {
      const ctx = authOf(req);
      const b = req.body.snapshot;
      const v = await volumes.get(ctx, b.volume_id);
      authorize(ctx, "volume:create_snapshot", "project_member_or_admin", { projectId: v.projectId });
      if (b.force !== undefined && typeof b.force === "string" && !["true", "false", "1", "0", "on", "off", "yes", "no", "y", "n", "t", "f"].includes(b.force.toLowerCase())) {
        throw new InvalidInput(`Invalid value '${b.force}' for force.`);
      }
      const s = await volumes.createSnapshot(ctx, {
        volumeId: v.id,
        force: boolish(b.force),
        inUseAllowed: req.apiVersion.atLeast("3.66"),
        name: b.name ?? b.display_name ?? null,
        description: b.description ?? b.display_description ?? null,
        metadata: b.metadata,
      });
      reply.code(202);
      return { snapshot: snapshotView(s, vctx(req)) };
    },
  );

  app.get(
    "/v3/:project_id/snapshots/:snapshot_id",
    { schema: { operationId: "volume.snapshots.show", tags, summary: "Show a snapshot", params: snapshotParams, response: { 200: z.object({ snapshot }) } } },
    async (req) => {
      const ctx = authOf(req);
      const s = await volumes.snapshot(ctx, req.params.snapshot_id);
      authorize(ctx, "volume:get_snapshot", "project_reader_or_admin", { projectId: s.projectId });
      return { snapshot: snapshotView(s, vctx(req)) };
    },
  );

  app.put(
    "/v3/:project_id/snapshots/:snapshot_id",
    { schema: { operationId: "volume.snapshots.update", tags, summary: "Rename or describe a snapshot", params: snapshotParams, body: updateBody, response: { 200: z.object({ snapshot }) } } },
    async (req) => {
      const ctx = authOf(req);
      const s = await volumes.snapshot(ctx, req.params.snapshot_id);
      authorize(ctx, "volume:update_snapshot", "project_member_or_admin", { projectId: s.projectId });
      const b = req.body.snapshot;
      const updated = await volumes.updateSnapshot(ctx, s.id, {
        ...(b.name !== undefined || b.display_name !== undefined ? { name: b.name ?? b.display_name ?? null } : {}),
        ...(b.description !== undefined || b.display_description !== undefined ? { description: b.description ?? b.display_description ?? null } : {}),
      });
      return { snapshot: snapshotView(updated, vctx(req)) };
    },
  );

  app.delete(
    "/v3/:project_id/snapshots/:snapshot_id",
    { schema: { operationId: "volume.snapshots.delete", tags, summary: "Delete a snapshot", params: snapshotParams, response: { 202: noBody } } },
    async (req, reply) => {
      const ctx = authOf(req);
      const s = await volumes.snapshot(ctx, req.params.snapshot_id);
      authorize(ctx, "volume:delete_snapshot", "project_member_or_admin", { projectId: s.projectId });
      await volumes.deleteSnapshot(ctx, s.id);
      return reply.code(202).send(undefined);
    },
  );
}
