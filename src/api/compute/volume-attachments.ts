import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import type { AttachmentRow } from "../../compute/volume-attachments.js";
import { Invalid } from "../../errors.js";
import { authOf } from "../../http/context.js";
import { additionalProperties, STRICT_QUERY_FROM, type ApiVersion } from "../../http/microversion.js";
import { parseVersionedBody, versioned, versionedBodyValidator } from "../../http/versioned.js";
import { authorize } from "../../identity/policy.js";
import { boolean, tag, uuid } from "./schemas/parameter-types.js";

/**
 * /servers/{server_id}/os-volume_attachments[/{volume_id}]: list, show,
 * attach, detach, and PUT (swap, admin; from 2.85 also delete_on_termination)
 * (nova/api/openstack/compute/volume_attachments.py).
 */
const tags = ["compute"];
const serverParams = z.object({ server_id: z.string() });
const attachmentParams = z.object({ server_id: z.string(), volume_id: z.string() });
const device = z.string().regex(/(^\/dev\/x{0,1}[a-z]{0,1}d{0,1})([a-z]+)[0-9]*$/).nullable();

const createBody = (extra: Record<string, z.ZodType>) =>
  z.strictObject({ volumeAttachment: z.strictObject({ volumeId: uuid, device: device.optional(), ...extra }) });
type CreateBody = { volumeAttachment: { volumeId: string; device?: string | null; tag?: string; delete_on_termination?: boolean } };
const createSchemas = versioned<CreateBody>([
  { from: "2.1", schema: createBody({}) },
  { from: "2.49", schema: createBody({ tag: tag.optional() }) },
  { from: "2.79", schema: createBody({ tag: tag.optional(), delete_on_termination: boolean.optional() }) },
]);
type UpdateBody = { volumeAttachment: { volumeId: string; device?: string | null; tag?: string; delete_on_termination?: boolean; serverId?: string; id?: string } };
const updateSchemas = versioned<UpdateBody>([
  { from: "2.1", schema: z.strictObject({ volumeAttachment: z.strictObject({ volumeId: uuid }) }) },
  {
    from: "2.85",
    schema: z.strictObject({
      volumeAttachment: z.strictObject({
        volumeId: uuid,
        device: device.optional(),
        tag: tag.optional(),
        delete_on_termination: boolean.optional(),
        serverId: uuid.optional(),
        id: uuid.optional(),
      }),
    }),
  },
]);

const attachment = z.object({
  id: z.string().optional().describe("Before 2.89 (the volume id)."),
  volumeId: z.string(),
  serverId: z.string(),
  device: z.string().nullable().optional(),
  tag: z.string().nullable().optional().describe("From 2.70."),
  delete_on_termination: z.boolean().optional().describe("From 2.79."),
  attachment_id: z.string().optional().describe("From 2.89."),
  bdm_uuid: z.string().optional().describe("From 2.89."),
});

/** _translate_attachment_detail_view: the fields of each microversion. */
function attachmentView(a: AttachmentRow, v: ApiVersion) {
  const newest = v.atLeast("2.89");
  const out: z.infer<typeof attachment> = newest ? { volumeId: a.volumeId, serverId: a.instanceUuid } : { id: a.volumeId, volumeId: a.volumeId, serverId: a.instanceUuid };
  if (a.mountpoint) out.device = a.mountpoint;
  if (v.atLeast("2.70")) out.tag = a.tag;
  if (v.atLeast("2.79")) out.delete_on_termination = a.deleteOnTermination;
  if (newest) {
    out.attachment_id = a.id;
    out.bdm_uuid = a.bdmUuid;
  }
  return out;
}

const indexQuery = z.looseObject({ limit: z.union([z.string(), z.array(z.string())]).optional(), offset: z.union([z.string(), z.array(z.string())]).optional() });
const lastInt = (v: unknown, name: string): number | undefined => {
  const s = Array.isArray(v) ? v.at(-1) : v;
  if (s === undefined) return undefined;
  if (typeof s !== "string" || !/^[0-9]+$/.test(s)) throw new Invalid(`Invalid input for query parameters ${name}. Value: ${String(s)}. '${String(s)}' does not match '^[0-9]*$'`);
  return Number(s);
};

export default async function volumeAttachmentRoutes(app: App, deps: RouteDeps) {
  const attachments = deps.services.volumeAttachments;
  const server = (req: FastifyRequest) => deps.services.compute.visible(authOf(req), (req.params as { server_id: string }).server_id);

  app.get(
    "/servers/:server_id/os-volume_attachments",
    {
      schema: {
        operationId: "compute.servers.volume-attachments.list",
        tags,
        summary: "List the volumes attached to a server",
        description: "`limit`/`offset`; unknown query parameters are 400 from 2.75. tag from 2.70, delete_on_termination from 2.79, attachment_id and bdm_uuid (and no id) from 2.89.",
        params: serverParams,
        querystring: indexQuery,
        response: { 200: z.object({ volumeAttachments: z.array(attachment) }) },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const v = req.apiVersion;
      const q = req.query as Record<string, unknown>;
      if (v.atLeast("2.75")) {
        const extra = Object.keys(q).filter((k) => k !== "limit" && k !== "offset");
        if (extra.length) throw new Invalid(additionalProperties(extra));
      }
      const limit = lastInt(q.limit, "limit");
      const offset = lastInt(q.offset, "offset") ?? 0;
      const inst = await server(req);
      authorize(ctx, "os_compute_api:os-volumes-attachments:index", "project_reader_or_admin", { projectId: inst.projectId });
      const list = (await attachments.list(inst)).slice(offset, limit !== undefined ? offset + Math.min(limit, 1000) : offset + 1000);
      return { volumeAttachments: list.map((a) => attachmentView(a, v)) };
    },
  );

  app.get(
    "/servers/:server_id/os-volume_attachments/:volume_id",
    {
      config: { noQuery: STRICT_QUERY_FROM },
      schema: {
        operationId: "compute.servers.volume-attachments.show",
        tags,
        summary: "Show one volume attachment of a server",
        params: attachmentParams,
        response: { 200: z.object({ volumeAttachment: attachment }) },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const inst = await server(req);
      authorize(ctx, "os_compute_api:os-volumes-attachments:show", "project_reader_or_admin", { projectId: inst.projectId });
      return { volumeAttachment: attachmentView(await attachments.show(inst, req.params.volume_id), req.apiVersion) };
    },
  );

  app.post(
    "/servers/:server_id/os-volume_attachments",
    {
      validatorCompiler: versionedBodyValidator,
      schema: {
        operationId: "compute.servers.volume-attachments.create",
        tags,
        summary: "Attach a volume to a server",
        description:
          "The volume must be available; it becomes in-use, and the server gets the next free /dev/vdX. tag from 2.49, delete_on_termination from 2.79; " +
          "a shelved server takes volumes from 2.20. 200 with the attachment; from 2.101 202 without a body. Recorded as the instance action attach_volume.",
        params: serverParams,
        body: createSchemas.latest,
        response: {
          200: z.object({ volumeAttachment: z.object({ id: z.string(), serverId: z.string(), volumeId: z.string(), device: z.string().nullable(), tag: z.string().nullable().optional(), delete_on_termination: z.boolean().optional() }) }),
          202: z.undefined().describe("No body (2.101)"),
        },
      },
    },
    async (req, reply) => {
      const ctx = authOf(req);
      const v = req.apiVersion;
      const { volumeAttachment: b } = parseVersionedBody(req, createSchemas);
      const inst = await server(req);
      authorize(ctx, "os_compute_api:os-volumes-attachments:create", "project_member_or_admin", { projectId: inst.projectId });
      const a = await attachments.attach(ctx, req.id, inst, { volumeId: b.volumeId, device: b.device, tag: b.tag, deleteOnTermination: b.delete_on_termination ?? false }, v.atLeast("2.20"));
      if (v.atLeast("2.101")) return reply.code(202).send(undefined);
      const body: { id: string; serverId: string; volumeId: string; device: string | null; tag?: string | null; delete_on_termination?: boolean } = {
        id: b.volumeId,
        serverId: inst.id,
        volumeId: b.volumeId,
        device: a.mountpoint,
      };
      if (v.atLeast("2.70")) body.tag = b.tag ?? null;
      if (v.atLeast("2.79")) body.delete_on_termination = b.delete_on_termination ?? false;
      return reply.code(200).send({ volumeAttachment: body });
    },
  );

  app.put(
    "/servers/:server_id/os-volume_attachments/:volume_id",
    {
      validatorCompiler: versionedBodyValidator,
      schema: {
        operationId: "compute.servers.volume-attachments.update",
        tags,
        summary: "Swap the attached volume (admin) or, from 2.85, update delete_on_termination",
        description: "202. Swapping is Cinder's call during a volume migration: without one it is 409, as in Nova.",
        params: attachmentParams,
        body: updateSchemas.latest,
        response: { 202: z.undefined().describe("No body") },
      },
    },
    async (req, reply) => {
      const ctx = authOf(req);
      const v = req.apiVersion;
      const { volumeAttachment: b } = parseVersionedBody(req, updateSchemas);
      const inst = await server(req);
      const id = req.params.volume_id;
      const onlySwap = !v.atLeast("2.85");
      if (onlySwap || id !== b.volumeId) authorize(ctx, "os_compute_api:os-volumes-attachments:swap", "admin_api");
      else authorize(ctx, "os_compute_api:os-volumes-attachments:update", "project_member_or_admin", { projectId: inst.projectId });
      if (!onlySwap) await attachments.update(inst, id, b);
      if (onlySwap || id !== b.volumeId) await attachments.swap(ctx, req.id, inst, id, b.volumeId);
      return reply.code(202).send(undefined);
    },
  );

  app.delete(
    "/servers/:server_id/os-volume_attachments/:volume_id",
    {
      schema: {
        operationId: "compute.servers.volume-attachments.delete",
        tags,
        summary: "Detach a volume from a server",
        description: "202; the volume goes detaching, then available. 400 for the root volume. Recorded as the instance action detach_volume.",
        params: attachmentParams,
        response: { 202: z.undefined().describe("No body") },
      },
    },
    async (req, reply) => {
      const ctx = authOf(req);
      const inst = await server(req);
      authorize(ctx, "os_compute_api:os-volumes-attachments:delete", "project_member_or_admin", { projectId: inst.projectId });
      await attachments.detach(ctx, req.id, inst, req.params.volume_id, req.apiVersion.atLeast("2.20"));
      return reply.code(202).send(undefined);
    },
  );

}
