import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import { metadata, projectParams, tags } from "./common.js";
import { typeView } from "./views.js";

/** /volume/v3/{project_id}/types (cinder/api/v2/types.py): read-only here, with the seeded `__DEFAULT__`. */
const type = z.object({
  id: z.string(),
  name: z.string(),
  is_public: z.boolean(),
  description: z.string().nullable(),
  extra_specs: metadata,
  qos_specs_id: z.string().nullable().optional(),
  "os-volume-type-access:is_public": z.boolean(),
});

export default async function typeRoutes(app: App, deps: RouteDeps) {
  const volumes = deps.services.volumes;
  app.get(
    "/v3/:project_id/types",
    {
      schema: { operationId: "volume.types.list", tags, summary: "List volume types", params: projectParams, querystring: z.looseObject({}), response: { 200: z.object({ volume_types: z.array(type) }) } },
    },
    async (req) => {
      const ctx = authOf(req);
      authorize(ctx, "volume_extension:type_get_all", "any_authenticated");
      return { volume_types: (await volumes.types()).map((t) => typeView(t, ctx)) };
    },
  );
  app.get(
    "/v3/:project_id/types/default",
    {
      schema: { operationId: "volume.types.default", tags, summary: "Show the default volume type", params: projectParams, response: { 200: z.object({ volume_type: type }) } },
    },
    async (req) => {
      const ctx = authOf(req);
      authorize(ctx, "volume_extension:type_get", "any_authenticated");
      return { volume_type: typeView(await volumes.defaultType(), ctx) };
    },
  );
  app.get(
    "/v3/:project_id/types/:type_id",
    {
      schema: {
        operationId: "volume.types.show",
        tags,
        summary: "Show a volume type (by id or name)",
        params: z.object({ project_id: z.string(), type_id: z.string() }),
        response: { 200: z.object({ volume_type: type }) },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      authorize(ctx, "volume_extension:type_get", "any_authenticated");
      return { volume_type: typeView(await volumes.type(req.params.type_id), ctx) };
    },
  );
}
