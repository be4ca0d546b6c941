import type { Network as NetworkRow, Port as PortRow, SecurityGroup as GroupRow, SecurityGroupRule as RuleRow, Subnet as SubnetRow } from "../../network/types.js";
import { parseJson } from "../../network/common.js";
import { parseCidr } from "../../network/ip.js";
import { portStatus } from "../../network/ports.js";
import { isotime } from "../../time-formats.js";

/** Pure views: database rows -> Neutron v2.0 bodies. `admin` shows the admin-only attributes. */

export interface ViewCtx {
  admin: boolean;
}

/** Neutron's standard-attr timestamps: second precision, Z. */
export const ts = isotime;

const std = (r: { createdAt: Date; updatedAt: Date; revision: number; tags?: string }) => ({
  tags: parseJson<string[]>(r.tags ?? "[]", []),
  created_at: ts(r.createdAt),
  updated_at: ts(r.updatedAt),
  revision_number: r.revision,
});

export function networkView(n: NetworkRow, ctx: ViewCtx) {
  return {
    id: n.id,
    name: n.name,
    tenant_id: n.projectId,
    project_id: n.projectId,
    admin_state_up: n.adminStateUp,
    mtu: n.mtu,
    status: n.status,
    subnets: n.subnets.map((s) => s.id),
    shared: n.shared,
    availability_zone_hints: [] as string[],
    availability_zones: ["nova"],
    ipv4_address_scope: null,
    ipv6_address_scope: null,
    "router:external": n.external,
    description: n.description,
    port_security_enabled: n.portSecurity,
    is_default: n.isDefault,
    l2_adjacency: true,
    ...std(n),
    ...(ctx.admin
      ? {
          "provider:network_type": n.providerNetworkType,
          "provider:physical_network": n.providerPhysicalNetwork,
          "provider:segmentation_id": n.providerSegmentationId,
        }
      : {}),
  };
}

export function subnetView(s: SubnetRow) {
  return {
    id: s.id,
    name: s.name,
    tenant_id: s.projectId,
    project_id: s.projectId,
    network_id: s.networkId,
    ip_version: s.ipVersion,
    subnetpool_id: null,
    enable_dhcp: s.enableDhcp,
    ipv6_ra_mode: null,
    ipv6_address_mode: null,
    gateway_ip: s.gatewayIp,
    cidr: s.cidr,
    allocation_pools: parseJson<{ start: string; end: string }[]>(s.allocationPools, []),
    host_routes: parseJson<{ destination: string; nexthop: string }[]>(s.hostRoutes, []),
    dns_nameservers: parseJson<string[]>(s.dnsNameservers, []),
    description: s.description,
    service_types: [] as string[],
    ...std(s),
  };
}

const VIF_DETAILS = { port_filter: true, connectivity: "l2", ovs_hybrid_plug: false, datapath_type: "system", bridge_name: "br-int" };

export function portView(p: PortRow, ctx: ViewCtx) {
  const bound = !!p.bindingHostId;
  return {
    id: p.id,
    name: p.name,
    network_id: p.networkId,
    tenant_id: p.projectId,
    project_id: p.projectId,
    mac_address: p.macAddress,
    admin_state_up: p.adminStateUp,
    status: portStatus(p),
    device_id: p.deviceId,
    device_owner: p.deviceOwner,
    fixed_ips: [...p.fixedIps]
      .sort((a, b) => (a.subnetId === b.subnetId ? 0 : a.subnetId < b.subnetId ? -1 : 1))
      .map((f) => ({ subnet_id: f.subnetId, ip_address: f.ipAddress })),
    allowed_address_pairs: parseJson<{ ip_address: string; mac_address?: string }[]>(p.allowedAddressPairs, []).map((a) => ({
      ip_address: a.ip_address,
      mac_address: a.mac_address ?? p.macAddress,
    })),
    extra_dhcp_opts: parseJson<{ opt_name: string; opt_value: string | null; ip_version?: number }[]>(p.extraDhcpOpts, []).map((o) => ({
      opt_name: o.opt_name,
      opt_value: o.opt_value,
      ip_version: o.ip_version ?? 4,
    })),
    security_groups: p.securityGroups.map((g) => g.securityGroupId),
    description: p.description,
    "binding:vnic_type": p.vnicType,
    port_security_enabled: p.portSecurity,
    ip_allocation: "immediate",
    ...std(p),
    ...(ctx.admin
      ? {
          "binding:host_id": p.bindingHostId,
          "binding:vif_type": bound ? "ovs" : "unbound",
          "binding:vif_details": bound ? VIF_DETAILS : {},
          "binding:profile": parseJson<Record<string, unknown>>(p.bindingProfile, {}),
        }
      : {}),
  };
}

export function ruleView(r: RuleRow) {
  return {
    id: r.id,
    tenant_id: r.projectId,
    project_id: r.projectId,
    security_group_id: r.securityGroupId,
    ethertype: r.ethertype,
    direction: r.direction,
    protocol: r.protocol,
    port_range_min: r.portRangeMin,
    port_range_max: r.portRangeMax,
    remote_ip_prefix: r.remoteIpPrefix,
    remote_address_group_id: null,
    // Neutron's normalized_cidr: the prefix's network address (remote_ip_prefix stays as given).
    normalized_cidr: r.remoteIpPrefix === null ? null : (parseCidr(r.remoteIpPrefix)?.canonical ?? r.remoteIpPrefix),
    remote_group_id: r.remoteGroupId,
    description: r.description,
    created_at: ts(r.createdAt),
    updated_at: ts(r.updatedAt),
    revision_number: r.revision,
  };
}

export function groupView(g: GroupRow) {
  return {
    id: g.id,
    name: g.name,
    stateful: g.stateful,
    tenant_id: g.projectId,
    project_id: g.projectId,
    description: g.description,
    shared: false,
    security_group_rules: g.rules.map((r) => ruleView({ ...r, securityGroupId: g.id })),
    ...std(g),
  };
}
