import crypto from "node:crypto";
import { z } from "zod";
import type { RebuildParams } from "../../../compute/effects/rebuild-delete.js";
import { baseUrlOf } from "../../../http/context.js";
import { versioned } from "../../../http/versioned.js";
import { authorize } from "../../../identity/policy.js";
import * as t from "../schemas/parameter-types.js";
import { serverView, shortServerView, type ServerViewContext } from "../views/servers.js";
import type { ActionInput, ServerAction } from "./types.js";

/**
 * rebuild (servers.py _rebuild) and the deferred-delete actions restore and
 * forceDelete (deferred_delete.py). Soft delete itself is DELETE /servers/{id}
 * when reclaim_instance_interval is set.
 */

const adminPassword = () =>
  Array.from(crypto.randomBytes(12), (b) => "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"[b % 57]).join("");

const personality = z.array(z.strictObject({ path: z.string().optional(), contents: t.base64.optional() }));
const rebuildV21 = z.strictObject({
  name: t.name.optional(),
  imageRef: t.uuid,
  adminPass: z.string().optional(),
  metadata: t.metadata.optional(),
  preserve_ephemeral: t.boolean.optional(),
  "OS-DCF:diskConfig": z.enum(["AUTO", "MANUAL"]).optional(),
  accessIPv4: t.ipv4.optional(),
  accessIPv6: t.ipv6.optional(),
  personality: personality.optional(),
});
const rebuildV219 = rebuildV21.extend({ description: t.description.optional() });
const rebuildV254 = rebuildV219.extend({ key_name: z.string().min(1).max(255).nullable().optional() });
const rebuildV257 = rebuildV254.omit({ personality: true }).extend({ user_data: t.base64.nullable().optional() });
const rebuildV263 = rebuildV257.extend({
  trusted_image_certificates: z
    .array(z.string().min(1))
    .min(1)
    .max(50)
    .refine((a) => new Set(a).size === a.length, "has non-unique elements")
    .nullable()
    .optional(),
});
const rebuildV290 = rebuildV263.extend({ hostname: t.hostname.optional() });
const rebuildV294 = rebuildV263.extend({ hostname: t.fqdn.optional() });
const wrap = <S extends z.ZodType>(s: S) => z.strictObject({ rebuild: s });
type RebuildBody = z.output<typeof rebuildV294> & { personality?: unknown };

async function rebuildView({ req, ctx, deps }: ActionInput, id: string) {
  const resources = deps.services.serverResources;
  const inst = await resources.current(id);
  const v = req.apiVersion;
  const data = await resources.viewData([inst], {
    hostStatus: v.atLeast("2.16") && ctx.isAdmin,
    imageProperties: v.atLeast("2.98") && !!inst.imageRef,
    serverGroups: v.atLeast("2.71") ? ctx : undefined,
  });
  const vc: ServerViewContext = { base: baseUrlOf(req, deps.config.publicUrl), version: v, isAdmin: ctx.isAdmin, ...data };
  const full = serverView(inst, vc, { showServerGroups: true, showUserData: false });
  if (v.atLeast("2.75")) return { server: full, userData: inst.userData };
  // Before 2.75 Nova answers with the short view (plus key_name from 2.54 for rebuild).
  const server = shortServerView(full, v, [["2.54", "key_name"]]);
  return { server, userData: inst.userData };
}

const rebuild: ServerAction = {
  key: "rebuild",
  summary: "Rebuild a server from an image (description 2.19, key_name 2.54, user_data 2.57 replacing personality, trusted certificates 2.63, hostname 2.90)",
  schema: versioned([
    { from: "2.1", schema: wrap(rebuildV21) },
    { from: "2.19", schema: wrap(rebuildV219) },
    { from: "2.54", schema: wrap(rebuildV254) },
    { from: "2.57", schema: wrap(rebuildV257) },
    { from: "2.63", schema: wrap(rebuildV263) },
    { from: "2.90", schema: wrap(rebuildV290) },
    { from: "2.94", schema: wrap(rebuildV294) },
  ]),
  status: 202,
  response: z.object({ server: z.looseObject({ id: z.string(), status: z.string() }) }),
  async handle(input) {
    const { req, reply, ctx, inst, body, deps } = input;
    const r = body.rebuild as RebuildBody;
    authorize(ctx, "os_compute_api:servers:rebuild", "project_member_or_admin", { projectId: inst.projectId });
    const v = req.apiVersion;
    if (v.atLeast("2.63") && "trusted_image_certificates" in r) {
      authorize(ctx, "os_compute_api:servers:rebuild:trusted_certs", "project_member_or_admin", { projectId: inst.projectId });
    }
    const password = r.adminPass ?? adminPassword();
    const params: RebuildParams = { imageRef: r.imageRef };
    if (r.name !== undefined) params.name = r.name.trim();
    if (r.metadata !== undefined) params.metadata = r.metadata;
    if (r["OS-DCF:diskConfig"] !== undefined) params.autoDiskConfig = r["OS-DCF:diskConfig"] === "AUTO";
    if (r.accessIPv4 !== undefined) params.accessIPv4 = r.accessIPv4;
    if (r.accessIPv6 !== undefined) params.accessIPv6 = r.accessIPv6;
    if (v.atLeast("2.19") && r.description !== undefined) params.description = r.description;
    if (v.atLeast("2.54") && "key_name" in r) params.keyName = r.key_name ?? null;
    if (v.atLeast("2.57") && "user_data" in r) params.userData = r.user_data ?? null;
    if (v.atLeast("2.90") && r.hostname !== undefined) params.hostname = r.hostname;
    await deps.services.actions.start(ctx, req.id, inst, "rebuild", params as unknown as Record<string, unknown>);
    // Metadata is replaced as a whole (instance.update(metadata=...)); the state change has been won.
    if (params.metadata) await deps.services.serverResources.replaceMetadata(inst, params.metadata);
    const { server, userData } = await rebuildView(input, inst.id);
    // [api]enable_instance_password defaults to True: the password is in the body.
    server.adminPass = password;
    if (v.atLeast("2.57")) server.user_data = userData;
    const self = (server.links as { rel: string; href: string }[]).find((l) => l.rel === "self");
    if (self) reply.header("Location", self.href);
    return { server };
  },
};

const restore: ServerAction = {
  key: "restore",
  summary: "Restore a soft-deleted server",
  schema: z.strictObject({ restore: z.unknown() }),
  status: 202,
  async handle({ req, ctx, inst, deps }) {
    authorize(ctx, "os_compute_api:os-deferred-delete:restore", "project_member_or_admin", { projectId: inst.projectId });
    await deps.services.actions.start(ctx, req.id, inst, "restore");
    return null;
  },
};

const forceDelete: ServerAction = {
  key: "forceDelete",
  summary: "Delete a server now, soft-deleted or not",
  schema: z.strictObject({ forceDelete: z.unknown() }),
  status: 202,
  async handle({ req, ctx, inst, deps }) {
    authorize(ctx, "os_compute_api:os-deferred-delete:force", "project_member_or_admin", { projectId: inst.projectId });
    // compute API force_delete: the lock applies, any vm_state, no task in progress; done when the call returns.
    await deps.services.actions.start(ctx, req.id, inst, "forceDelete");
    return null;
  },
};

export const REBUILD_DELETE_ACTIONS: readonly ServerAction[] = [rebuild, restore, forceDelete];
