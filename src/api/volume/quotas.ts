import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import { InvalidInput } from "../../volume/errors.js";
import { boolish, lastOf, projectParams, tags } from "./common.js";

/**
 * /volume/v3/{project_id}/os-quota-sets/{target} (cinder/api/contrib/quotas.py)
 * and /limits (cinder/api/v3/limits.py): volumes, snapshots, gigabytes (which
 * snapshots count against too), backups, groups, per_volume_gigabytes, and the
 * per-type `<resource>_<type name>` limits.
 */
const targetParams = z.object({ project_id: z.string(), target_id: z.string() });
const entry = z.object({ limit: z.number(), in_use: z.number(), reserved: z.number() });
const quotaSet = z.record(z.string(), z.union([z.number(), z.string(), entry]));
const NON_QUOTA_KEYS = ["tenant_id", "id"];
const updateBody = z.strictObject({ quota_set: z.record(z.string(), z.union([z.number().int(), z.string().regex(/^-?\d+$/)])) });

export default async function quotaRoutes(app: App, deps: RouteDeps) {
  const volumes = deps.services.volumes;

  app.get(
    "/v3/:project_id/os-quota-sets/:target_id",
    {
      schema: {
        operationId: "volume.quota-sets.show",
        tags,
        summary: "Show a project's volume quotas",
        description: "`usage=true` gives {limit, in_use, reserved} per resource. Readers of the project or admins.",
        params: targetParams,
        querystring: z.looseObject({ usage: z.union([z.string(), z.array(z.string())]).optional() }),
        response: { 200: z.object({ quota_set: quotaSet }) },
      },
    },
    async (req) => {
      const target = req.params.target_id;
      authorize(authOf(req), "volume_extension:quotas:show", "project_reader_or_admin", { projectId: target });
      const q = await volumes.quotas(target);
      const usage = boolish(lastOf(req.query.usage));
      const body: Record<string, unknown> = Object.fromEntries(Object.entries(q).map(([k, e]) => [k, usage ? e : e.limit]));
      return { quota_set: { ...body, id: target } };
    },
  );

  app.get(
    "/v3/:project_id/os-quota-sets/:target_id/defaults",
    {
      schema: { operationId: "volume.quota-sets.defaults", tags, summary: "Show the default volume quotas", params: targetParams, response: { 200: z.object({ quota_set: quotaSet }) } },
    },
    async (req) => {
      const target = req.params.target_id;
      authorize(authOf(req), "volume_extension:quotas:show", "project_reader_or_admin", { projectId: target });
      return { quota_set: { ...(await volumes.defaultQuotas()), id: target } };
    },
  );

  app.put(
    "/v3/:project_id/os-quota-sets/:target_id",
    {
      schema: {
        operationId: "volume.quota-sets.update",
        tags,
        summary: "Set a project's volume quotas (admin)",
        description: "400 for an unknown resource, a limit below -1, or one below what the project uses.",
        params: targetParams,
        body: updateBody,
        response: { 200: z.object({ quota_set: quotaSet }) },
      },
    },
    async (req) => {
      const target = req.params.target_id;
      authorize(authOf(req), "volume_extension:quotas:update", "admin_api", { projectId: target });
      if (target.length > 255) throw new InvalidInput("quota_set_name has more than 255 characters.");
      const values = Object.fromEntries(Object.entries(req.body.quota_set).filter(([k]) => !NON_QUOTA_KEYS.includes(k)).map(([k, v]) => [k, Number(v)]));
      await volumes.setQuotas(target, values);
      const q = await volumes.quotas(target);
      return { quota_set: Object.fromEntries(Object.entries(q).map(([k, e]) => [k, e.limit])) };
    },
  );

  app.delete(
    "/v3/:project_id/os-quota-sets/:target_id",
    {
      schema: { operationId: "volume.quota-sets.delete", tags, summary: "Back to the default volume quotas (admin)", params: targetParams, response: { 200: z.undefined().describe("No body") } },
    },
    async (req, reply) => {
      const target = req.params.target_id;
      authorize(authOf(req), "volume_extension:quotas:delete", "admin_api", { projectId: target });
      await volumes.clearQuotas(target);
      return reply.code(200).send(undefined);
    },
  );

  app.get(
    "/v3/:project_id/limits",
    {
      schema: {
        operationId: "volume.limits.show",
        tags,
        summary: "Absolute limits and usage of the caller's project",
        params: projectParams,
        response: { 200: z.object({ limits: z.object({ rate: z.array(z.unknown()), absolute: z.record(z.string(), z.number()) }) }) },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      authorize(ctx, "limits_extension:used_limits", "project_reader_or_admin");
      const q = await volumes.quotas(ctx.projectId!);
      const lim = (k: string) => q[k]?.limit ?? -1;
      const used = (k: string) => q[k]?.in_use ?? 0;
      return {
        limits: {
          rate: [],
          absolute: {
            totalSnapshotsUsed: used("snapshots"),
            maxTotalBackups: lim("backups"),
            maxTotalVolumeGigabytes: lim("gigabytes"),
            maxTotalSnapshots: lim("snapshots"),
            maxTotalBackupGigabytes: lim("backup_gigabytes"),
            totalBackupGigabytesUsed: used("backup_gigabytes"),
            maxTotalVolumes: lim("volumes"),
            totalVolumesUsed: used("volumes"),
            totalBackupsUsed: used("backups"),
            totalGigabytesUsed: used("gigabytes"),
          },
        },
      };
    },
  );
}
