import type { App, RouteDeps } from "../../composition.js";
import flavors from "./flavors.js";
import keypairs from "./keypairs.js";
import quotas from "./quotas.js";
import hypervisors from "./hypervisors.js";
import services from "./services.js";
import availabilityZones from "./availability-zones.js";
import servers from "./servers.js";
import networks from "./networks.js";
import tenantNetworks from "./tenant-networks.js";
import securityGroups from "./security-groups.js";
import images from "./images.js";
import serverActions from "./server-actions.js";
import migrations from "./migrations.js";
import serverExtras from "./server-extras.js";
import usage from "./usage.js";

/** Nova's v2.1 API, mounted at /compute/v2.1. One module per resource family. */
export default async function computeRoutes(app: App, deps: RouteDeps) {
  for (const plugin of [flavors, keypairs, quotas, hypervisors, services, availabilityZones, servers, serverActions, migrations, serverExtras, usage, networks, tenantNetworks, securityGroups, images]) {
    await app.register((i: App) => plugin(i, deps));
  }
}
