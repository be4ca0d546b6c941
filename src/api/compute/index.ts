import type { App, RouteDeps } from "../../composition.js";
import flavors from "./flavors.js";
import keypairs from "./keypairs.js";
import quotas from "./quotas.js";
import hosts from "./hosts.js";
import servers from "./servers.js";
import serverMetadata from "./server-metadata.js";
import serverTags from "./server-tags.js";
import ips from "./ips.js";
import instanceActions from "./instance-actions.js";
import proxies from "./proxies.js";
import images from "./images.js";
import serverActions from "./server-actions.js";
import migrations from "./migrations.js";
import serverSecurityGroups from "./server-security-groups.js";
import remoteConsoles from "./remote-consoles.js";
import serverPassword from "./server-password.js";
import attachInterfaces from "./attach-interfaces.js";
import serverDiagnostics from "./server-diagnostics.js";
import usage from "./usage.js";

/** Nova's v2.1 API, mounted at /compute/v2.1. One module per resource family. */
export default async function computeRoutes(app: App, deps: RouteDeps) {
  for (const plugin of [flavors, keypairs, quotas, hosts, servers, serverMetadata, serverTags, ips, instanceActions, serverActions, migrations, serverSecurityGroups, remoteConsoles, serverPassword, attachInterfaces, serverDiagnostics, usage, proxies, images]) {
    await app.register((i: App) => plugin(i, deps));
  }
}
