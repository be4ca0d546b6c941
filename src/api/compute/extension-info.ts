import type { App, RouteDeps } from "../../composition.js";
import { NotFound } from "../../errors.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import * as extSchemas from "./schemas/extension-info.js";
import { EXTENSIONS } from "./views/extensions.js";

/** /extensions (nova/api/openstack/compute/extension_info.py): the frozen v2 extension list, for old clients. */
export default async function extensionRoutes(app: App, _deps: RouteDeps) {
  const tags = ["compute"];

  app.get(
    "/extensions",
    {
      schema: {
        operationId: "compute.extensions.list",
        tags,
        summary: "List extensions",
        description: "Any authenticated user. The fixed list Nova's v2.1 API returns.",
        querystring: extSchemas.anyQuery,
        response: { 200: extSchemas.extensionList },
      },
    },
    async (req) => {
      authorize(authOf(req), "os_compute_api:extensions", "any_authenticated");
      return { extensions: [...EXTENSIONS] };
    },
  );

  app.get(
    "/extensions/:alias",
    {
      schema: {
        operationId: "compute.extensions.show",
        tags,
        summary: "Show an extension",
        description: "Any authenticated user. 404 for an alias not in the list.",
        params: extSchemas.aliasParams,
        querystring: extSchemas.anyQuery,
        response: { 200: extSchemas.extensionShow },
      },
    },
    async (req) => {
      authorize(authOf(req), "os_compute_api:extensions", "any_authenticated");
      const ext = EXTENSIONS.find((e) => e.alias === req.params.alias);
      if (!ext) throw new NotFound("The resource could not be found.");
      return { extension: ext };
    },
  );
}
