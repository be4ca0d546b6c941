import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import { InvalidInput } from "../../volume/errors.js";
import type { VolumeWithAttachments } from "../../volume/service.js";
import { boolish, lastOf, link, metadata, noBody, projectParams, tags, viewContext, volumeParams } from "./common.js";
import { volumeDetail, volumeSummary } from "./views.js";

/**
 * /volume/v3/{project_id}/volumes (cinder/api/v3/volumes.py) and the volume
 * actions (cinder/api/contrib/volume_actions.py: os-extend). The project in
 * the path only shapes the links: as in Cinder, the token's project is the
 * scope, and another project's volume is 404.
 */

const size = z.union([z.number().int().min(1).max(2147483647), z.string().regex(/^[0-9]+$/)]);
const text = z.string().max(255).nullable().optional();
const createBody = z.strictObject({
  volume: z.looseObject({
    name: text,
    description: text,
    display_name: text,
    display_description: text,
    volume_type: z.string().max(255).nullable().optional(),
    metadata: metadata.nullable().optional(),
    snapshot_id: z.string().uuid().nullable().optional(),
    source_volid: z.string().uuid().nullable().optional(),
    consistencygroup_id: z.string().uuid().nullable().optional(),
    size: size.nullable().optional(),
    availability_zone: z.string().min(1).max(255).nullable().optional(),
    multiattach: z.union([z.boolean(), z.string()]).nullable().optional(),
    image_id: z.string().max(255).nullable().optional(),
    imageRef: z.string().max(255).nullable().optional(),
  }),
  "OS-SCH-HNT:scheduler_hints": z.record(z.string(), z.unknown()).nullable().optional(),
});
const updateBody = z.strictObject({
  volume: z.strictObject({
    name: text,
    description: text,
    display_name: text,
    display_description: text,
    metadata: metadata.nullable().optional(),
  }),
});
const actionBody = z.looseObject({
  "os-extend": z.strictObject({ new_size: size }).optional(),
});

const attachment = z.object({
  id: z.string(),
  attachment_id: z.string(),
  volume_id: z.string(),
  server_id: z.string(),
  host_name: z.string().nullable(),
  device: z.string().nullable(),
  attached_at: z.string().nullable(),
});
const volume = z.looseObject({
  id: z.string(),
  status: z.string(),
  size: z.number(),
  availability_zone: z.string(),
  created_at: z.string(),
  updated_at: z.string().nullable(),
  name: z.string().nullable(),
  description: z.string().nullable(),
  volume_type: z.string().nullable(),
  snapshot_id: z.string().nullable(),
  source_volid: z.string().nullable(),
  metadata,
  links: z.array(link),
  user_id: z.string(),
  bootable: z.string(),
  encrypted: z.boolean(),
  replication_status: z.string().nullable(),
  consistencygroup_id: z.string().nullable(),
  multiattach: z.boolean(),
  attachments: z.array(attachment),
});
const summary = z.object({ id: z.string(), name: z.string().nullable(), links: z.array(link) });
const listQuery = z.looseObject({
  all_tenants: z.union([z.string(), z.array(z.string())]).optional(),
  limit: z.union([z.string(), z.array(z.string())]).optional(),
  marker: z.union([z.string(), z.array(z.string())]).optional(),
  with_count: z.union([z.string(), z.array(z.string())]).optional(),
  name: z.union([z.string(), z.array(z.string())]).optional(),
  status: z.union([z.string(), z.array(z.string())]).optional(),
  bootable: z.union([z.string(), z.array(z.string())]).optional(),
});

export default async function volumeRoutes(app: App, deps: RouteDeps) {
  const volumes = deps.services.volumes;

  async function render(req: FastifyRequest, list: VolumeWithAttachments[]) {
    const types = await volumes.typeNames([...new Set(list.map((v) => v.volumeTypeId))]);
    return viewContext(req, deps, types);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async function listed(req: FastifyRequest, detail: boolean): Promise<any> {
    const ctx = authOf(req);
    authorize(ctx, "volume:get_all", "project_reader_or_admin");
    const q = req.query as z.infer<typeof listQuery>;
    const rawLimit = lastOf(q.limit);
    let limit: number | undefined;
    if (rawLimit !== undefined) {
      limit = Number(rawLimit);
      if (!/^-?\d+$/.test(rawLimit)) throw new InvalidInput("limit param must be an integer");
      if (limit < 0) throw new InvalidInput("limit param must be positive");
    }
    const bootable = lastOf(q.bootable);
    const list = await volumes.list(ctx, {
      allTenants: boolish(lastOf(q.all_tenants)),
      limit: limit !== undefined ? Math.min(limit, 1000) : undefined,
      marker: lastOf(q.marker),
      name: lastOf(q.name),
      status: lastOf(q.status),
      bootable: bootable === undefined ? undefined : boolish(bootable),
    });
    const vctx = await render(req, list);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const body: Record<string, any> = { volumes: list.map((v) => (detail ? volumeDetail(v, vctx) : volumeSummary(v, vctx))) };
    if (limit !== undefined && list.length && list.length >= limit) {
      const params = new URLSearchParams(Object.entries(req.query as Record<string, string>).filter(([k]) => k !== "marker").map(([k, v]) => [k, String(lastOf(v))]));
      params.set("marker", list.at(-1)!.id);
      body.volumes_links = [{ rel: "next", href: `${vctx.base}/${vctx.projectId}/volumes${detail ? "/detail" : ""}?${params}` }];
    }
    if (req.apiVersion.atLeast("3.45") && boolish(lastOf(q.with_count))) body.count = list.length;
    return body;
  }

  app.get(
    "/v3/:project_id/volumes",
    {
      schema: {
        operationId: "volume.volumes.list",
        tags,
        summary: "List volumes (id, name, links)",
        description: "The caller's project; `all_tenants=1` for admins. Filters `name`, `status`, `bootable`. `limit`/`marker` paging with `volumes_links`; `with_count` from 3.45.",
        params: projectParams,
        querystring: listQuery,
        response: { 200: z.object({ volumes: z.array(summary), volumes_links: z.array(link).optional(), count: z.number().optional() }) },
      },
    },
    async (req) => listed(req, false),
  );

  app.get(
    "/v3/:project_id/volumes/detail",
    {
      schema: {
        operationId: "volume.volumes.detail",
        tags,
        summary: "List volumes with details",
        params: projectParams,
        querystring: listQuery,
        response: { 200: z.object({ volumes: z.array(volume), volumes_links: z.array(link).optional(), count: z.number().optional() }) },
      },
    },
    async (req) => listed(req, true),
  );

  app.post(
    "/v3/:project_id/volumes",
    {
      schema: {
        operationId: "volume.volumes.create",
        tags,
        summary: "Create a volume",
        description:
          "202 with the volume in `creating`; it becomes `available` after NOVASIM_VOLUME_ACTION_TIME_MS. From a snapshot or another volume when `snapshot_id` or `source_volid` is given (the size defaults to theirs). 413 over the volumes or gigabytes quota.",
        params: projectParams,
        body: createBody,
        response: { 202: z.object({ volume }) },
      },
    },
    async (req, reply) => {
      const ctx = authOf(req);
      authorize(ctx, "volume:create", "project_member_or_admin", { projectId: ctx.projectId });
      const b = req.body.volume;
      if (b.multiattach !== undefined && b.multiattach !== null && boolish(b.multiattach)) {
        throw new InvalidInput("multiattach parameter has been removed. The default behavior is to use multiattach enabled volume types. Contact your administrator to create a multiattach enabled volume type and use it to create multiattach volumes.");
      }
      const created = await volumes.create(ctx, {
        size: b.size === undefined || b.size === null ? undefined : Number(b.size),
        name: b.name ?? b.display_name ?? null,
        description: b.description ?? b.display_description ?? null,
        availabilityZone: b.availability_zone,
        volumeType: b.volume_type,
        metadata: b.metadata,
        snapshotId: b.snapshot_id,
        sourceVolid: b.source_volid,
        imageRef: b.imageRef ?? b.image_id,
      });
      reply.code(202);
      return { volume: volumeDetail(created, await render(req, [created]), { extensions: false }) };
    },
  );

  app.get(
    "/v3/:project_id/volumes/:volume_id",
    {
      schema: {
        operationId: "volume.volumes.show",
        tags,
        summary: "Show a volume",
        params: volumeParams,
        response: { 200: z.object({ volume }) },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const v = await volumes.get(ctx, req.params.volume_id);
      authorize(ctx, "volume:get", "project_reader_or_admin", { projectId: v.projectId });
      return { volume: volumeDetail(v, await render(req, [v])) };
    },
  );

  app.put(
    "/v3/:project_id/volumes/:volume_id",
    {
      schema: {
        operationId: "volume.volumes.update",
        tags,
        summary: "Update a volume's name, description or metadata",
        params: volumeParams,
        body: updateBody,
        response: { 200: z.object({ volume }) },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const v = await volumes.get(ctx, req.params.volume_id);
      authorize(ctx, "volume:update", "project_member_or_admin", { projectId: v.projectId });
      const b = req.body.volume;
      if (Object.keys(b).length === 0) throw new InvalidInput("Missing required element 'volume' in request body.");
      const updated = await volumes.update(ctx, v.id, {
        name: b.name !== undefined ? b.name : b.display_name,
        description: b.description !== undefined ? b.description : b.display_description,
        metadata: b.metadata,
      });
      return { volume: volumeDetail(updated, await render(req, [updated]), { extensions: false }) };
    },
  );

  app.delete(
    "/v3/:project_id/volumes/:volume_id",
    {
      schema: {
        operationId: "volume.volumes.delete",
        tags,
        summary: "Delete a volume",
        description: "202; the volume is `deleting`, then gone. 400 while it is attached, has snapshots (unless `cascade=true`) or is not available or in error.",
        params: volumeParams,
        querystring: z.looseObject({ cascade: z.union([z.string(), z.array(z.string())]).optional() }),
        response: { 202: noBody },
      },
    },
    async (req, reply) => {
      const ctx = authOf(req);
      const v = await volumes.get(ctx, req.params.volume_id);
      authorize(ctx, "volume:delete", "project_member_or_admin", { projectId: v.projectId });
      await volumes.delete(ctx, v.id, { cascade: boolish(lastOf(req.query.cascade)) });
      return reply.code(202).send(undefined);
    },
  );

  app.post(
    "/v3/:project_id/volumes/:volume_id/action",
    {
      schema: {
        operationId: "volume.volumes.action",
        tags,
        summary: "Run a volume action",
        description: "`os-extend` ({new_size}): an available volume, or from 3.42 an in-use one; 202.",
        params: volumeParams,
        body: actionBody,
        response: { 202: noBody },
      },
    },
    async (req, reply) => {
      const ctx = authOf(req);
      const b = req.body;
      const v = await volumes.get(ctx, req.params.volume_id);
      if (b["os-extend"]) {
        const attached = v.status === "in-use" && req.apiVersion.atLeast("3.42");
        authorize(ctx, attached ? "volume:extend_attached_volume" : "volume:extend", "project_member_or_admin", { projectId: v.projectId });
        await volumes.extend(ctx, v.id, Number(b["os-extend"].new_size), req.apiVersion.atLeast("3.42"));
        return reply.code(202).send(undefined);
      }
      throw new InvalidInput("There is no such action");
    },
  );
}
