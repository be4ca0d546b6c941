import crypto from "node:crypto";
import { z } from "zod";
import { baseUrlOf } from "../../../http/context.js";
import { versioned } from "../../../http/versioned.js";
import { authorize } from "../../../identity/policy.js";
import * as t from "../schemas/parameter-types.js";
import type { ActionInput, ServerAction } from "./types.js";

/**
 * createImage, createBackup (nova/api/openstack/compute/servers.py
 * _create_image, create_backup.py) and shelve, shelveOffload, unshelve
 * (shelve.py). The work itself is in src/compute/effects/images-shelve.ts.
 */

/** Before 2.39 the image metadata counts against the metadata_items quota (common.check_img_metadata_properties_quota). */
async function checkImageMetadataQuota({ req, inst, deps }: ActionInput, metadata: Record<string, string> | undefined) {
  if (req.apiVersion.atLeast("2.39") || !metadata || !Object.keys(metadata).length) return;
  await deps.services.serverResources.checkImageMetadataQuota(inst, metadata);
}

const imageIdBody = z.strictObject({ image_id: z.string() });

const createImage: ServerAction = {
  key: "createImage",
  summary: "Snapshot a server into a new image (Location header before 2.45, image_id body from 2.45)",
  schema: z.strictObject({
    createImage: z.strictObject({ name: t.name, metadata: t.metadata.optional() }),
  }),
  status: 202,
  response: z.union([z.null(), imageIdBody]),
  async handle(input) {
    const { req, reply, ctx, inst, body, deps } = input;
    authorize(ctx, "os_compute_api:servers:create_image", "project_member_or_admin", { projectId: inst.projectId });
    const entity = body.createImage as { name: string; metadata?: Record<string, string> };
    await checkImageMetadataQuota(input, entity.metadata);
    const imageId = crypto.randomUUID();
    await deps.services.actions.start(ctx, req.id, inst, "createImage", { imageId, name: entity.name.trim(), metadata: entity.metadata ?? {} });
    if (req.apiVersion.atLeast("2.45")) return { image_id: imageId };
    // glance.API().generate_image_url: the image endpoint (version stripped) + /images/<id>.
    reply.header("Location", `${baseUrlOf(req, deps.config.publicUrl)}/image/images/${imageId}`);
    // Nova answers with a bare webob.Response: an empty body.
    await reply.code(202).send();
    return null;
  },
};

const createBackup: ServerAction = {
  key: "createBackup",
  summary: "Back up a server into an image, keeping the newest `rotation` backups of its type (image_id body from 2.45)",
  schema: z.strictObject({
    createBackup: z.strictObject({
      name: t.name,
      backup_type: z.string(),
      rotation: z.union([t.integer().min(0), z.string().regex(/^[0-9]*$/).min(1)]).transform(Number),
      metadata: t.metadata.optional(),
    }),
  }),
  status: 202,
  response: z.union([z.null(), imageIdBody]),
  async handle(input) {
    const { req, reply, ctx, inst, body, deps } = input;
    authorize(ctx, "os_compute_api:os-create-backup", "project_member_or_admin", { projectId: inst.projectId });
    const entity = body.createBackup as { name: string; backup_type: string; rotation: number; metadata?: Record<string, string> };
    await checkImageMetadataQuota(input, entity.metadata);
    const imageId = crypto.randomUUID();
    await deps.services.actions.start(ctx, req.id, inst, "createBackup", {
      imageId,
      name: entity.name.trim(),
      backupType: entity.backup_type,
      rotation: entity.rotation,
      metadata: entity.metadata ?? {},
    });
    if (req.apiVersion.atLeast("2.45")) return { image_id: imageId };
    // Before 2.45 the compute URL of the image, and only when backups are kept.
    if (entity.rotation > 0) reply.header("Location", `${baseUrlOf(req, deps.config.publicUrl)}/compute/v2.1/images/${imageId}`);
    await reply.code(202).send();
    return null;
  },
};

const shelve: ServerAction = {
  key: "shelve",
  summary: "Shelve a server: snapshot it as <name>-shelved and (shelved_offload_time 0) free its host",
  schema: z.strictObject({ shelve: z.unknown() }),
  status: 202,
  async handle({ req, ctx, inst, deps }) {
    authorize(ctx, "os_compute_api:os-shelve:shelve", "project_member_or_admin", { projectId: inst.projectId });
    await deps.services.actions.start(ctx, req.id, inst, "shelve", { imageId: crypto.randomUUID() });
    return null;
  },
};

const shelveOffload: ServerAction = {
  key: "shelveOffload",
  summary: "Offload a shelved server from its host (admin)",
  schema: z.strictObject({ shelveOffload: z.unknown() }),
  status: 202,
  async handle({ req, ctx, inst, deps }) {
    authorize(ctx, "os_compute_api:os-shelve:shelve_offload", "admin_api", { projectId: inst.projectId });
    await deps.services.actions.start(ctx, req.id, inst, "shelveOffload");
    return null;
  },
};

const unshelve: ServerAction = {
  key: "unshelve",
  summary: "Unshelve a server (availability_zone from 2.77; host and availability_zone null from 2.91)",
  schema: versioned([
    { from: "2.1", schema: z.strictObject({ unshelve: z.unknown() }) },
    { from: "2.77", schema: z.strictObject({ unshelve: z.union([z.null(), z.strictObject({ availability_zone: t.name })]) }) },
    {
      from: "2.91",
      schema: z.strictObject({
        unshelve: z.union([z.null(), z.strictObject({ availability_zone: z.string().nullable().optional(), host: z.string().optional() })]),
      }),
    },
  ]),
  status: 202,
  async handle({ req, ctx, inst, body, deps }) {
    authorize(ctx, "os_compute_api:os-shelve:unshelve", "project_member_or_admin", { projectId: inst.projectId });
    const params: Record<string, unknown> = {};
    const u = body.unshelve as { availability_zone?: string | null; host?: string } | null | undefined;
    if (u && typeof u === "object" && req.apiVersion.atLeast("2.77")) {
      if ("availability_zone" in u) params.availabilityZone = u.availability_zone ?? null;
      if (req.apiVersion.atLeast("2.91") && u.host) {
        authorize(ctx, "os_compute_api:os-shelve:unshelve_to_host", "admin_api", { projectId: inst.projectId });
        params.host = u.host;
      }
    }
    await deps.services.actions.start(ctx, req.id, inst, "unshelve", params);
    return null;
  },
};

export const IMAGES_SHELVE_ACTIONS: readonly ServerAction[] = [createImage, createBackup, shelve, shelveOffload, unshelve];
