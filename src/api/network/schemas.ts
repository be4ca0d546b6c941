import { z } from "zod";

/**
 * zod schemas of the Neutron v2.0 resources. Response bodies are `.partial()`
 * because `fields=` may ask for any subset; request bodies list every writable
 * attribute (unknown ones are refused by `unrecognized()` with Neutron's message).
 */

const str = z.string();
const nstr = z.string().nullable();
const tagsEtc = {
  tags: z.array(str),
  created_at: str,
  updated_at: str,
  revision_number: z.number().int(),
};

export const networkBody = z
  .object({
    id: str,
    name: str,
    tenant_id: str,
    project_id: str,
    admin_state_up: z.boolean(),
    mtu: z.number().int(),
    status: str,
    subnets: z.array(str),
    shared: z.boolean(),
    availability_zone_hints: z.array(str),
    availability_zones: z.array(str),
    ipv4_address_scope: nstr,
    ipv6_address_scope: nstr,
    "router:external": z.boolean(),
    description: str,
    port_security_enabled: z.boolean(),
    is_default: z.boolean(),
    l2_adjacency: z.boolean(),
    ...tagsEtc,
    "provider:network_type": str,
    "provider:physical_network": nstr,
    "provider:segmentation_id": z.number().int().nullable(),
  })
  .partial();

const pool = z.object({ start: str, end: str });
const route = z.object({ destination: str, nexthop: str });

export const subnetBody = z
  .object({
    id: str,
    name: str,
    tenant_id: str,
    project_id: str,
    network_id: str,
    ip_version: z.number().int(),
    subnetpool_id: nstr,
    enable_dhcp: z.boolean(),
    ipv6_ra_mode: nstr,
    ipv6_address_mode: nstr,
    gateway_ip: nstr,
    cidr: str,
    allocation_pools: z.array(pool),
    host_routes: z.array(route),
    dns_nameservers: z.array(str),
    description: str,
    service_types: z.array(str),
    ...tagsEtc,
  })
  .partial();

const fixedIp = z.object({ subnet_id: str, ip_address: str });
const pair = z.object({ ip_address: str, mac_address: str });
const dhcpOpt = z.object({ opt_name: str, opt_value: nstr, ip_version: z.number().int() });

export const portBody = z
  .object({
    id: str,
    name: str,
    network_id: str,
    tenant_id: str,
    project_id: str,
    mac_address: str,
    admin_state_up: z.boolean(),
    status: str,
    device_id: str,
    device_owner: str,
    fixed_ips: z.array(fixedIp),
    allowed_address_pairs: z.array(pair),
    extra_dhcp_opts: z.array(dhcpOpt),
    security_groups: z.array(str),
    description: str,
    "binding:vnic_type": str,
    port_security_enabled: z.boolean(),
    ip_allocation: str,
    ...tagsEtc,
    "binding:host_id": str,
    "binding:vif_type": str,
    "binding:vif_details": z.record(str, z.unknown()),
    "binding:profile": z.record(str, z.unknown()),
  })
  .partial();

export const ruleBody = z
  .object({
    id: str,
    tenant_id: str,
    project_id: str,
    security_group_id: str,
    ethertype: str,
    direction: str,
    protocol: nstr,
    port_range_min: z.number().int().nullable(),
    port_range_max: z.number().int().nullable(),
    remote_ip_prefix: nstr,
    remote_address_group_id: nstr,
    normalized_cidr: nstr,
    remote_group_id: nstr,
    description: str,
    created_at: str,
    updated_at: str,
    revision_number: z.number().int(),
  })
  .partial();

export const groupBody = z
  .object({
    id: str,
    name: str,
    stateful: z.boolean(),
    tenant_id: str,
    project_id: str,
    description: str,
    shared: z.boolean(),
    security_group_rules: z.array(ruleBody),
    ...tagsEtc,
  })
  .partial();

export const links = z.array(z.object({ rel: str, href: str }));

const multi = z.union([str, z.array(str)]).optional();
/** Collection query: reserved paging keys plus a filter on any attribute. */
export const listQuery = z.looseObject({
  fields: multi,
  sort_key: multi,
  sort_dir: multi,
  limit: multi,
  marker: multi,
  page_reverse: multi,
});
export const showQuery = z.looseObject({ fields: multi });
export const idParams = z.object({ id: str });

// ---------------------------------------------------------------- request bodies
const anyObj = z.looseObject({});
const b = z.boolean();
const projectKeys = { project_id: str.optional(), tenant_id: str.optional() };

export const networkInput = z.looseObject({
  name: str.max(255).optional(),
  description: str.max(255).optional(),
  admin_state_up: b.optional(),
  shared: b.optional(),
  "router:external": b.optional(),
  mtu: z.number().int().min(68).max(65535).optional(),
  port_security_enabled: b.optional(),
  is_default: b.optional(),
  "provider:network_type": str.optional(),
  "provider:physical_network": nstr.optional(),
  "provider:segmentation_id": z.number().int().nullable().optional(),
  availability_zone_hints: z.array(str).optional(),
  ...projectKeys,
});
export const NETWORK_WRITABLE = Object.keys(networkInput.shape);

export const subnetInput = z.looseObject({
  name: str.max(255).optional(),
  description: str.max(255).optional(),
  network_id: str.optional(),
  ip_version: z.number().int().optional(),
  cidr: str.optional(),
  gateway_ip: nstr.optional(),
  allocation_pools: z.array(anyObj).optional(),
  enable_dhcp: b.optional(),
  dns_nameservers: z.array(str).optional(),
  host_routes: z.array(anyObj).optional(),
  ipv6_ra_mode: nstr.optional(),
  ipv6_address_mode: nstr.optional(),
  subnetpool_id: nstr.optional(),
  service_types: z.array(str).optional(),
  ...projectKeys,
});
export const SUBNET_WRITABLE = Object.keys(subnetInput.shape);

export const portInput = z.looseObject({
  name: str.max(255).optional(),
  description: str.max(255).optional(),
  network_id: str.optional(),
  admin_state_up: b.optional(),
  mac_address: str.optional(),
  fixed_ips: z.array(anyObj).optional(),
  device_id: str.max(255).optional(),
  device_owner: str.max(255).optional(),
  "binding:host_id": str.optional(),
  "binding:vnic_type": str.optional(),
  "binding:profile": z.record(str, z.unknown()).nullable().optional(),
  security_groups: z.array(str).nullable().optional(),
  port_security_enabled: b.optional(),
  allowed_address_pairs: z.array(anyObj).nullable().optional(),
  extra_dhcp_opts: z.array(anyObj).nullable().optional(),
  ...projectKeys,
});
export const PORT_WRITABLE = Object.keys(portInput.shape);

export const groupInput = z.looseObject({
  name: str.optional(),
  description: str.max(255).optional(),
  stateful: b.optional(),
  ...projectKeys,
});
export const GROUP_WRITABLE = Object.keys(groupInput.shape);

export const ruleInput = z.looseObject({
  security_group_id: str.optional(),
  direction: str.optional(),
  ethertype: str.optional(),
  protocol: z.union([str, z.number()]).nullable().optional(),
  port_range_min: z.union([z.number(), str]).nullable().optional(),
  port_range_max: z.union([z.number(), str]).nullable().optional(),
  remote_ip_prefix: nstr.optional(),
  remote_group_id: nstr.optional(),
  remote_address_group_id: nstr.optional(),
  description: str.max(255).optional(),
  ...projectKeys,
});
export const RULE_WRITABLE = Object.keys(ruleInput.shape);
