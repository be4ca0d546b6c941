import type { App, RouteDeps } from "../../composition.js";
import type { Caller } from "../../network/common.js";
import { NeutronErrors } from "../../network/errors.js";
import { values, type Query } from "./query.js";
import type { SubnetInput } from "../../network/subnets.js";
import type { PortInput } from "../../network/ports.js";
import type { GroupInput, RuleInput } from "../../network/security-groups.js";
import type { QuotaResource } from "../../network/quotas.js";
import { registerCollection } from "./collection.js";
import extensions from "./extensions.js";
import ipAvailability from "./ip-availability.js";
import quotas from "./quotas.js";
import routerRoutes from "./routers.js";
import floatingIpRoutes from "./floatingips.js";
import {
  GROUP_WRITABLE,
  NETWORK_WRITABLE,
  PORT_WRITABLE,
  RULE_WRITABLE,
  SUBNET_WRITABLE,
  groupBody,
  groupInput,
  networkBody,
  networkInput,
  portBody,
  portInput,
  ruleBody,
  ruleInput,
  subnetBody,
  subnetInput,
} from "./schemas.js";
import { groupView, networkView, portView, ruleView, subnetView } from "./views.js";

/**
 * Neutron v2.0, mounted at /networking (GET /networking itself is in
 * src/api/versions.ts). Core resources: networks, subnets, ports, security
 * groups and rules; plus extensions and network-ip-availabilities.
 */
export default async function networkRoutes(app: App, deps: RouteDeps) {
  const { networks, subnets, ports, securityGroups, securityGroupRules, quotas: netQuotas } = deps.services.network;
  // Push the cheapest filters down to the database; the rest are applied on the bodies.
  const ids = (q: Query) => values(q, "id");
  // Creates are checked against the owning project's Neutron quota first.
  const reserve = (resource: QuotaResource) => (c: Caller, items: { project_id?: string; tenant_id?: string }[]) =>
    netQuotas.checkCreate(c, resource, items);

  registerCollection(app, deps, {
    collection: "networks",
    key: "networks",
    member: "network",
    reserve: reserve("network"),
    opPrefix: "network.networks",
    title: "network",
    body: networkBody,
    input: networkInput,
    writable: NETWORK_WRITABLE,
    sortable: ["id", "name", "status", "admin_state_up", "shared", "mtu", "project_id", "tenant_id", "created_at", "updated_at", "router:external", "description", "revision_number"],
    notFound: NeutronErrors.networkNotFound,
    list: async (c, q, admin) =>
      (await networks.list(c, { ids: ids(q), name: values(q, "name") })).map((n) => networkView(n, { admin })),
    show: async (c, id, admin) => networkView(await networks.get(c, id), { admin }),
    create: async (c, b, admin) => networkView(await networks.create(c, b), { admin }),
    update: async (c, id, b, admin) => networkView(await networks.update(c, id, b), { admin }),
    remove: (c, id) => networks.delete(c, id),
  });

  registerCollection(app, deps, {
    collection: "subnets",
    key: "subnets",
    member: "subnet",
    reserve: reserve("subnet"),
    opPrefix: "network.subnets",
    title: "subnet",
    body: subnetBody,
    input: subnetInput,
    writable: SUBNET_WRITABLE,
    sortable: ["id", "name", "network_id", "ip_version", "cidr", "gateway_ip", "enable_dhcp", "project_id", "tenant_id", "created_at", "updated_at", "description", "revision_number"],
    notFound: NeutronErrors.subnetNotFound,
    unknownMarker: "ignore",
    list: async (c, q) => (await subnets.list(c, { ids: ids(q), networkIds: values(q, "network_id") })).map(subnetView),
    show: async (c, id) => subnetView(await subnets.get(c, id)),
    create: async (c, b) => subnetView(await subnets.create(c, b as SubnetInput)),
    update: async (c, id, b) => subnetView(await subnets.update(c, id, b as SubnetInput)),
    remove: (c, id) => subnets.delete(c, id),
  });

  registerCollection(app, deps, {
    collection: "ports",
    key: "ports",
    member: "port",
    reserve: reserve("port"),
    opPrefix: "network.ports",
    title: "port",
    body: portBody,
    input: portInput,
    writable: PORT_WRITABLE,
    sortable: ["id", "name", "network_id", "mac_address", "status", "device_id", "device_owner", "admin_state_up", "project_id", "tenant_id", "created_at", "updated_at", "description", "revision_number", "binding:host_id"],
    notFound: NeutronErrors.portNotFound,
    list: async (c, q, admin) =>
      (
        await ports.list(c, {
          ids: ids(q),
          networkIds: values(q, "network_id"),
          deviceIds: values(q, "device_id"),
          name: values(q, "name"),
          macs: values(q, "mac_address"),
        })
      ).map((p) => portView(p, { admin })),
    show: async (c, id, admin) => portView(await ports.get(c, id), { admin }),
    create: async (c, b, admin) => portView(await ports.create(c, b as PortInput), { admin }),
    update: async (c, id, b, admin) => portView(await ports.update(c, id, b as PortInput), { admin }),
    remove: (c, id) => ports.delete(c, id),
  });

  registerCollection(app, deps, {
    collection: "security-groups",
    key: "security_groups",
    member: "security_group",
    reserve: reserve("security_group"),
    opPrefix: "network.security_groups",
    title: "security group",
    body: groupBody,
    input: groupInput,
    writable: GROUP_WRITABLE,
    sortable: ["id", "name", "project_id", "tenant_id", "created_at", "updated_at", "description", "revision_number", "stateful"],
    notFound: NeutronErrors.groupNotFound,
    unknownMarker: "ignore",
    list: async (c, q) =>
      (await securityGroups.list(c, { ids: ids(q), name: values(q, "name"), projectIds: values(q, "project_id") ?? values(q, "tenant_id") })).map(
        groupView,
      ),
    show: async (c, id) => groupView(await securityGroups.get(c, id)),
    create: async (c, b) => groupView(await securityGroups.create(c, b as GroupInput)),
    update: async (c, id, b) => groupView(await securityGroups.update(c, id, b as GroupInput)),
    remove: (c, id) => securityGroups.delete(c, id),
  });

  registerCollection(app, deps, {
    collection: "security-group-rules",
    key: "security_group_rules",
    member: "security_group_rule",
    reserve: reserve("security_group_rule"),
    opPrefix: "network.security_group_rules",
    title: "security group rule",
    body: ruleBody,
    input: ruleInput,
    writable: RULE_WRITABLE,
    sortable: ["id", "security_group_id", "direction", "ethertype", "protocol", "port_range_min", "port_range_max", "remote_ip_prefix", "remote_group_id", "project_id", "tenant_id", "created_at", "updated_at", "revision_number"],
    notFound: NeutronErrors.ruleNotFound,
    unknownMarker: "ignore",
    list: async (c, q) => (await securityGroupRules.list(c, { ids: ids(q), groupIds: values(q, "security_group_id") })).map(ruleView),
    show: async (c, id) => ruleView(await securityGroupRules.get(c, id)),
    create: async (c, b) => ruleView(await securityGroupRules.create(c, b as RuleInput)),
    // Rules are immutable in Neutron (no attribute allows PUT but description).
    update: async (c, id, b) => {
      const extra = Object.keys(b).filter((k) => k !== "description");
      if (extra.length) throw NeutronErrors.invalidInput(`Cannot update read-only attribute ${extra[0]}`);
      return ruleView(await securityGroupRules.get(c, id));
    },
    remove: (c, id) => securityGroupRules.delete(c, id),
  });

  await app.register((i: App) => routerRoutes(i, deps, reserve("router")));
  await app.register((i: App) => floatingIpRoutes(i, deps, reserve("floatingip")));
  await app.register((i: App) => extensions(i, deps));
  await app.register((i: App) => ipAvailability(i, deps));
  await app.register((i: App) => quotas(i, deps));
}
