import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { Forbidden, Invalid } from "../../errors.js";
import { authOf, baseUrlOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import { QuotaError } from "../../volume/errors.js";
import type { SnapshotRow, VolumeTypeRow, VolumeWithAttachments } from "../../volume/service.js";
import { naiveTime } from "../../time-formats.js";
import { boolean } from "./schemas/parameter-types.js";

/**
 * Nova's block storage proxies up to 2.35 (404 above): /os-volumes and
 * /os-snapshots (nova/api/openstack/compute/volumes.py, snapshots.py), in
 * Nova's camelCase shapes over the simulated Cinder. Cinder's quota errors
 * come back as Nova's 403.
 */
const tags = ["compute"];
const PROXY = { versions: { max: "2.35" } };

const attachment = z.object({ id: z.string().optional(), volumeId: z.string().optional(), serverId: z.string().optional(), device: z.string().optional() });
const volume = z.object({
  id: z.string(),
  status: z.string(),
  size: z.number(),
  availabilityZone: z.string(),
  createdAt: z.string(),
  attachments: z.array(attachment),
  displayName: z.string().nullable(),
  displayDescription: z.string().nullable(),
  volumeType: z.string().nullable(),
  snapshotId: z.string().nullable(),
  metadata: z.record(z.string(), z.string()),
});
const snapshot = z.object({
  id: z.string(),
  volumeId: z.string(),
  status: z.string(),
  size: z.number(),
  createdAt: z.string(),
  displayName: z.string().nullable(),
  displayDescription: z.string().nullable(),
});
const idParams = z.object({ id: z.string() });
const listQuery = z.looseObject({ limit: z.union([z.string(), z.array(z.string())]).optional(), offset: z.union([z.string(), z.array(z.string())]).optional() });
const volumeCreate = z.strictObject({
  volume: z.strictObject({
    volume_type: z.string().optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
    snapshot_id: z.string().optional(),
    size: z.union([z.number().int().min(1), z.string().regex(/^[0-9]+$/)]),
    availability_zone: z.string().optional(),
    display_name: z.string().optional(),
    display_description: z.string().optional(),
  }),
});
const snapshotCreate = z.strictObject({
  snapshot: z.strictObject({
    volume_id: z.string(),
    force: boolean.optional(),
    display_name: z.string().optional(),
    display_description: z.string().optional(),
  }),
});

/** _translate_volume_summary_view: one attachment (or [{}]), Cinder's created_at as it came. */
function volumeView(v: VolumeWithAttachments, types: Map<string, VolumeTypeRow>): z.infer<typeof volume> {
  const a = v.attachments.find((x) => x.attachStatus === "attached");
  return {
    id: v.id,
    status: v.status,
    size: v.size,
    availabilityZone: v.availabilityZone,
    createdAt: naiveTime(v.createdAt),
    attachments: a ? [{ id: v.id, volumeId: v.id, serverId: a.instanceUuid, ...(a.mountpoint ? { device: a.mountpoint } : {}) }] : [{}],
    displayName: v.name,
    displayDescription: v.description,
    volumeType: types.get(v.volumeTypeId)?.name ?? v.volumeTypeId,
    snapshotId: v.snapshotId,
    metadata: JSON.parse(v.metadata) as Record<string, string>,
  };
}

function snapshotView(s: SnapshotRow): z.infer<typeof snapshot> {
  return { id: s.id, volumeId: s.volumeId, status: s.status, size: s.size, createdAt: naiveTime(s.createdAt), displayName: s.name, displayDescription: s.description };
}

/** common.limited: offset and limit (at most 1000). */
function limited<T>(list: T[], q: Record<string, unknown>): T[] {
  const int = (name: string) => {
    const raw = q[name];
    const s = Array.isArray(raw) ? raw.at(-1) : raw;
    if (s === undefined) return undefined;
    if (typeof s !== "string" || !/^[0-9]+$/.test(s)) throw new Invalid(`Invalid input for query parameters ${name}. Value: ${String(s)}. '${String(s)}' does not match '^[0-9]*$'`);
    return Number(s);
  };
  const offset = int("offset") ?? 0;
  const limit = Math.min(int("limit") ?? 1000, 1000);
  return list.slice(offset, offset + limit);
}

/** Cinder's 413 quota errors reach Nova's users as 403 (nova.volume.cinder translates OverLimit to OverQuota). */
async function asNovaQuota<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof QuotaError) throw new Forbidden(e.message);
    throw e;
  }
}

export default async function volumeProxyRoutes(app: App, deps: RouteDeps) {
  const volumes = deps.services.volumes;
  const policy = (req: FastifyRequest, action: string, write = false) => {
    const ctx = authOf(req);
    authorize(ctx, `os_compute_api:os-volumes:${action}`, write ? "project_member_or_admin" : "project_reader_or_admin", { projectId: ctx.projectId });
    return ctx;
  };
  const typesOf = (list: VolumeWithAttachments[]) => volumes.typeNames([...new Set(list.map((v) => v.volumeTypeId))]);

  for (const detail of [false, true]) {
    app.get(
      detail ? "/os-volumes/detail" : "/os-volumes",
      {
        config: PROXY,
        schema: {
          operationId: detail ? "compute.os-volumes.detail" : "compute.os-volumes.list",
          tags,
          summary: detail ? "List volumes with details (proxy to Cinder)" : "List volumes (proxy to Cinder)",
          querystring: listQuery,
          response: { 200: z.object({ volumes: z.array(volume) }) },
        },
      },
      async (req) => {
        const ctx = policy(req, detail ? "detail" : "list");
        const list = limited(await volumes.list(ctx, { allTenants: false }), req.query as Record<string, unknown>);
        const types = await typesOf(list);
        return { volumes: list.map((v) => volumeView(v, types)) };
      },
    );
  }

  app.get(
    "/os-volumes/:id",
    { config: PROXY, schema: { operationId: "compute.os-volumes.show", tags, summary: "Show a volume (proxy to Cinder)", params: idParams, response: { 200: z.object({ volume }) } } },
    async (req) => {
      const ctx = policy(req, "show");
      const v = await volumes.get(ctx, req.params.id);
      return { volume: volumeView(v, await typesOf([v])) };
    },
  );

  app.post(
    "/os-volumes",
    {
      config: PROXY,
      schema: {
        operationId: "compute.os-volumes.create",
        tags,
        summary: "Create a volume (proxy to Cinder)",
        description: "200 with the volume and a Location header; 403 over Cinder's quota.",
        body: volumeCreate,
        response: { 200: z.object({ volume }) },
      },
    },
    async (req, reply) => {
      const ctx = policy(req, "create", true);
      const b = req.body.volume;
      const v = await asNovaQuota(() =>
        volumes.create(ctx, {
          size: Number(b.size),
          name: b.display_name ?? null,
          description: b.display_description ?? null,
          volumeType: b.volume_type,
          availabilityZone: b.availability_zone,
          metadata: b.metadata ? Object.fromEntries(Object.entries(b.metadata).map(([k, x]) => [k, String(x)])) : undefined,
          snapshotId: b.snapshot_id,
        }),
      );
      reply.header("location", `${baseUrlOf(req, deps.config.publicUrl)}/compute/v2.1/os-volumes/${v.id}`);
      return { volume: volumeView(v, await typesOf([v])) };
    },
  );

  app.delete(
    "/os-volumes/:id",
    { config: PROXY, schema: { operationId: "compute.os-volumes.delete", tags, summary: "Delete a volume (proxy to Cinder)", params: idParams, response: { 202: z.undefined().describe("No body") } } },
    async (req, reply) => {
      const ctx = policy(req, "delete", true);
      await volumes.delete(ctx, req.params.id);
      return reply.code(202).send(undefined);
    },
  );

  for (const detail of [false, true]) {
    app.get(
      detail ? "/os-snapshots/detail" : "/os-snapshots",
      {
        config: PROXY,
        schema: {
          operationId: detail ? "compute.os-snapshots.detail" : "compute.os-snapshots.list",
          tags,
          summary: detail ? "List volume snapshots with details (proxy to Cinder)" : "List volume snapshots (proxy to Cinder)",
          querystring: listQuery,
          response: { 200: z.object({ snapshots: z.array(snapshot) }) },
        },
      },
      async (req) => {
        const ctx = policy(req, detail ? "snapshots:detail" : "snapshots:list");
        return { snapshots: limited(await volumes.snapshots(ctx, { allTenants: false }), req.query as Record<string, unknown>).map(snapshotView) };
      },
    );
  }

  app.get(
    "/os-snapshots/:id",
    { config: PROXY, schema: { operationId: "compute.os-snapshots.show", tags, summary: "Show a volume snapshot (proxy to Cinder)", params: idParams, response: { 200: z.object({ snapshot }) } } },
    async (req) => {
      const ctx = policy(req, "snapshots:show");
      return { snapshot: snapshotView(await volumes.snapshot(ctx, req.params.id)) };
    },
  );

  app.post(
    "/os-snapshots",
    {
      config: PROXY,
      schema: {
        operationId: "compute.os-snapshots.create",
        tags,
        summary: "Snapshot a volume (proxy to Cinder)",
        description: "An in-use volume needs `force`. 403 over Cinder's quota.",
        body: snapshotCreate,
        response: { 200: z.object({ snapshot }) },
      },
    },
    async (req) => {
      const ctx = policy(req, "snapshots:create", true);
      const b = req.body.snapshot;
      const s = await asNovaQuota(() =>
        volumes.createSnapshot(ctx, { volumeId: b.volume_id, force: b.force ?? false, inUseAllowed: false, name: b.display_name ?? null, description: b.display_description ?? null }),
      );
      return { snapshot: snapshotView(s) };
    },
  );

  app.delete(
    "/os-snapshots/:id",
    { config: PROXY, schema: { operationId: "compute.os-snapshots.delete", tags, summary: "Delete a volume snapshot (proxy to Cinder)", params: idParams, response: { 202: z.undefined().describe("No body") } } },
    async (req, reply) => {
      const ctx = policy(req, "snapshots:delete", true);
      await volumes.deleteSnapshot(ctx, req.params.id);
      return reply.code(202).send(undefined);
    },
  );
}
