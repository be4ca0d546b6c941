import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import { PlacementErrors, providerNotFoundMessage } from "../../placement/errors.js";
import { cacheHeaders, checkAccept, tags } from "./common.js";
import { inventories, inventoryParams, oneInventory, providerParams } from "./schemas.js";
import { inventoriesView, oneInventoryView } from "./views.js";

/** /resource_providers/{uuid}/inventories (placement/handlers/inventory.py), read-only. */
export default async function inventoryRoutes(app: App, deps: RouteDeps) {
  const placement = deps.services.placement;

  /** The provider, or the 404 these handlers word themselves. */
  async function provider(uuid: string) {
    const p = await placement.provider(uuid);
    if (!p) {
      const m = providerNotFoundMessage(uuid);
      throw PlacementErrors.notFound(`No resource provider with uuid ${uuid} found : ${m}`);
    }
    return p;
  }

  app.get(
    "/resource_providers/:uuid/inventories",
    {
      exposeHeadRoute: false,
      schema: {
        operationId: "placement.inventories.list",
        tags,
        summary: "List a resource provider's inventories",
        description: "Admin or service role. VCPU, MEMORY_MB and DISK_GB of the host (max_unit = total, as the fake driver reports). Microversions 1.0 to latest.",
        params: providerParams,
        response: { 200: inventories },
      },
    },
    async (req, reply) => {
      checkAccept(req);
      authorize(authOf(req), "placement:resource_providers:inventories:list", "placement_admin_or_service");
      const p = await provider(req.params.uuid);
      cacheHeaders(req, reply, p.updatedAt);
      return inventoriesView(p);
    },
  );

  app.get(
    "/resource_providers/:uuid/inventories/:resource_class",
    {
      exposeHeadRoute: false,
      schema: {
        operationId: "placement.inventories.show",
        tags,
        summary: "Show one inventory of a resource provider",
        description: "Admin or service role. resource_provider_generation only when it is not 0, as Placement. Microversions 1.0 to latest.",
        params: inventoryParams,
        response: { 200: oneInventory },
      },
    },
    async (req, reply) => {
      checkAccept(req);
      authorize(authOf(req), "placement:resource_providers:inventories:show", "placement_admin_or_service");
      const p = await provider(req.params.uuid);
      const inv = p.inventories.get(req.params.resource_class);
      if (!inv) throw PlacementErrors.notFound(`No inventory of class ${req.params.resource_class} for ${req.params.uuid}`);
      cacheHeaders(req, reply, p.updatedAt);
      return oneInventoryView(p, inv);
    },
  );
}
