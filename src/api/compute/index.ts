import type { App, RouteDeps } from "../../composition.js";
import flavors from "./flavors.js";
import keypairs from "./keypairs.js";
import quotas from "./quotas.js";
import hypervisors from "./hypervisors.js";
import services from "./services.js";
import availabilityZones from "./availability-zones.js";
import servers from "./servers.js";
import serverMetadata from "./server-metadata.js";
import serverTags from "./server-tags.js";
import ips from "./ips.js";
import instanceActions from "./instance-actions.js";
import serverActions from "./server-actions.js";
import migrations from "./migrations.js";
import serverSecurityGroups from "./server-security-groups.js";
import remoteConsoles from "./remote-consoles.js";
import serverPassword from "./server-password.js";
import attachInterfaces from "./attach-interfaces.js";
import serverDiagnostics from "./server-diagnostics.js";
import usage from "./usage.js";
import networks from "./networks.js";
import tenantNetworks from "./tenant-networks.js";
import floatingIps from "./floating-ips.js";
import securityGroups from "./security-groups.js";
import images from "./images.js";
import serverGroups from "./server-groups.js";
import aggregates from "./aggregates.js";
import hosts from "./hosts.js";
import instanceUsageAuditLog from "./instance-usage-audit-log.js";
import extensionInfo from "./extension-info.js";
import serverExternalEvents from "./server-external-events.js";
import volumeAttachments from "./volume-attachments.js";
import volumes from "./volumes.js";

/**
 * Nova's v2.1 API, mounted at /compute/v2.1: one module per Nova API module
 * (nova/api/openstack/compute/<name>.py), registered in this order.
 */
const PLUGINS = [
  flavors, keypairs, quotas, hypervisors, services, availabilityZones,
  servers, serverMetadata, serverTags, ips, instanceActions, serverActions, migrations,
  serverSecurityGroups, remoteConsoles, serverPassword, attachInterfaces, serverDiagnostics,
  usage, networks, tenantNetworks, floatingIps, securityGroups, images,
  serverGroups,
  aggregates, hosts, instanceUsageAuditLog, extensionInfo, serverExternalEvents,
  volumeAttachments, volumes,
];

export default async function computeRoutes(app: App, deps: RouteDeps) {
  for (const plugin of PLUGINS) await app.register((i: App) => plugin(i, deps));
}
