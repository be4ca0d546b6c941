import type { App, RouteDeps } from "../../composition.js";
import type { Caller } from "../../network/common.js";
import { NeutronErrors } from "../../network/errors.js";
import { values, type Query } from "../../network/query.js";
import * as networks from "../../network/networks.js";
import * as subnets from "../../network/subnets.js";
import * as ports from "../../network/ports.js";
import * as sg from "../../network/security-groups.js";
import { checkCreateQuota, type QuotaResource } from "../../network/quotas.js";
import { registerCollection } from "./collection.js";
import extensions from "./extensions.js";
import ipAvailability from "./ip-availability.js";
import quotas from "./quotas.js";
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
  const db = deps.db.prisma;
  const now = () => deps.clock.now();
  // Push the cheapest filters down to the database; the rest are applied on the bodies.
  const ids = (q: Query) => values(q, "id");
  // Creates are checked against the owning project's Neutron quota first.
  const reserve = (resource: QuotaResource) => (c: Caller, items: { project_id?: string; tenant_id?: string }[]) =>
    checkCreateQuota(db, c, resource, items);

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
      (await networks.listNetworks(db, c, { ids: ids(q), name: values(q, "name") })).map((n) => networkView(n, { admin })),
    show: async (c, id, admin) => networkView(await networks.getNetwork(db, c, id), { admin }),
    create: async (c, b, admin) => networkView(await networks.createNetwork(db, c, b, now()), { admin }),
    update: async (c, id, b, admin) => networkView(await networks.updateNetwork(db, c, id, b, now()), { admin }),
    remove: (c, id) => networks.deleteNetwork(db, c, id),
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
    list: async (c, q) => (await subnets.listSubnets(db, c, { ids: ids(q), networkIds: values(q, "network_id") })).map(subnetView),
    show: async (c, id) => subnetView(await subnets.getSubnet(db, c, id)),
    create: async (c, b) => subnetView(await subnets.createSubnet(db, c, b as subnets.SubnetInput, now())),
    update: async (c, id, b) => subnetView(await subnets.updateSubnet(db, c, id, b as subnets.SubnetInput, now())),
    remove: (c, id) => subnets.deleteSubnet(db, c, id, now()),
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
        await ports.listPorts(db, c, {
          ids: ids(q),
          networkIds: values(q, "network_id"),
          deviceIds: values(q, "device_id"),
          name: values(q, "name"),
          macs: values(q, "mac_address"),
        })
      ).map((p) => portView(p, { admin })),
    show: async (c, id, admin) => portView(await ports.getPort(db, c, id), { admin }),
    create: async (c, b, admin) => portView(await ports.createPort(db, c, b as ports.PortInput, now()), { admin }),
    update: async (c, id, b, admin) => portView(await ports.updatePort(db, c, id, b as ports.PortInput, now()), { admin }),
    remove: (c, id) => ports.deletePort(db, c, id),
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
    list: async (c, q) =>
      (await sg.listGroups(db, c, now(), { ids: ids(q), name: values(q, "name"), projectIds: values(q, "project_id") ?? values(q, "tenant_id") })).map(
        groupView,
      ),
    show: async (c, id) => groupView(await sg.getGroup(db, c, id, now())),
    create: async (c, b) => groupView(await sg.createGroup(db, c, b as sg.GroupInput, now())),
    update: async (c, id, b) => groupView(await sg.updateGroup(db, c, id, b as sg.GroupInput, now())),
    remove: (c, id) => sg.deleteGroup(db, c, id, now()),
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
    list: async (c, q) => (await sg.listRules(db, c, { ids: ids(q), groupIds: values(q, "security_group_id") })).map(ruleView),
    show: async (c, id) => ruleView(await sg.getRule(db, c, id)),
    create: async (c, b) => ruleView(await sg.createRule(db, c, b as sg.RuleInput, now())),
    // Rules are immutable in Neutron (no attribute allows PUT but description).
    update: async (c, id, b) => {
      const extra = Object.keys(b).filter((k) => k !== "description");
      if (extra.length) throw NeutronErrors.invalidInput(`Cannot update read-only attribute ${extra[0]}`);
      return ruleView(await sg.getRule(db, c, id));
    },
    remove: (c, id) => sg.deleteRule(db, c, id, now()),
  });

  await app.register((i: App) => extensions(i, deps));
  await app.register((i: App) => ipAvailability(i, deps));
  await app.register((i: App) => quotas(i, deps));
}
