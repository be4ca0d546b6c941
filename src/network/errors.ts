import { Invalid, Conflict, Forbidden, NotFound } from "../errors.js";

/**
 * Neutron's exceptions (neutron_lib.exceptions, neutron.extensions.securitygroup)
 * with their messages, as typed errors the central handler renders as
 * {"NeutronError": {"type", "message", "detail"}}.
 */
export const NeutronErrors = {
  networkNotFound: (id: string) => new NotFound(`Network ${id} could not be found.`, "NetworkNotFound"),
  subnetNotFound: (id: string) => new NotFound(`Subnet ${id} could not be found.`, "SubnetNotFound"),
  portNotFound: (id: string) => new NotFound(`Port ${id} could not be found.`, "PortNotFound"),
  groupNotFound: (id: string) => new NotFound(`Security group ${id} does not exist`, "SecurityGroupNotFound"),
  ruleNotFound: (id: string) => new NotFound(`Security group rule ${id} does not exist`, "SecurityGroupRuleNotFound"),
  extensionNotFound: (alias: string) => new NotFound(`Extension with alias ${alias} does not exist`, "ExtensionNotFound"),

  networkInUse: (id: string) =>
    new Conflict(
      `Unable to complete operation on network ${id}. There are one or more ports still in use on the network.`,
      "NetworkInUse",
    ),
  subnetInUse: (id: string) =>
    new Conflict(
      `Unable to complete operation on subnet ${id}: One or more ports have an IP allocation from this subnet.`,
      "SubnetInUse",
    ),
  ipAlreadyAllocated: (ip: string, subnetId: string) =>
    new Conflict(`IP address ${ip} already allocated in subnet ${subnetId}`, "IpAddressAlreadyAllocated"),
  ipGenerationFailure: (networkId: string) =>
    new Conflict(`No more IP addresses available on network ${networkId}.`, "IpAddressGenerationFailure"),
  macInUse: (networkId: string, mac: string) =>
    new Conflict(`Unable to complete operation for network ${networkId}. The mac address ${mac} is in use.`, "MacAddressInUse"),
  invalidIpForNetwork: (ip: string) =>
    new Invalid(`IP address ${ip} is not a valid IP for any of the subnets on the specified network.`, "InvalidIpForNetwork"),
  invalidIpForSubnet: (ip: string) =>
    new Invalid(`IP address ${ip} is not a valid IP for the specified subnet.`, "InvalidIpForSubnet"),
  invalidInput: (message: string) => new Invalid(`Invalid input for operation: ${message}.`, "InvalidInput"),
  badRequest: (resource: string, msg: string) => new Invalid(`Bad ${resource} request: ${msg}.`, "BadRequest"),
  policy: (rule: string) => new Forbidden(`${rule} is disallowed by policy`, "PolicyNotAuthorized"),
  adminRequired: (reason: string) => new Forbidden(`User does not have admin privileges: ${reason}.`, "AdminRequired"),
  overQuota: (resources: string[]) =>
    new Conflict(`Quota exceeded for resources: [${[...resources].sort().map((r) => `'${r}'`).join(", ")}].`, "OverQuota"),
  quotaNotFound: (projectId: string) => new NotFound(`Quota for project ${projectId} could not be found.`, "TenantQuotaNotFound"),
  adminForProject: () =>
    new Invalid(
      "Specifying 'project_id' or 'tenant_id' other than the authenticated project in request requires admin privileges",
      "HTTPBadRequest",
    ),

  groupInUse: (id: string) => new Conflict(`Security Group ${id} in use.`, "SecurityGroupInUse"),
  cannotRemoveDefault: () =>
    new Conflict("Insufficient rights for removing default security group.", "SecurityGroupCannotRemoveDefault"),
  cannotUpdateDefault: () => new Conflict("Updating default security group not allowed.", "SecurityGroupCannotUpdateDefault"),
  defaultExists: () => new Conflict("Default security group already exists.", "SecurityGroupDefaultAlreadyExists"),
  ruleExists: (ruleId: string) =>
    new Conflict(`Security group rule already exists. Rule id is ${ruleId}.`, "SecurityGroupRuleExists"),
  sgInvalidPortRange: () =>
    new Invalid("For TCP/UDP protocols, port_range_min must be <= port_range_max", "SecurityGroupInvalidPortRange"),
  sgInvalidPortValue: (port: unknown) => new Invalid(`Invalid value for port ${port}`, "SecurityGroupInvalidPortValue"),
  sgInvalidIcmpValue: (field: string, attr: string, value: number) =>
    new Invalid(`Invalid value for ICMP ${field} (${attr}) ${value}. It must be 0 to 255.`, "SecurityGroupInvalidIcmpValue"),
  sgMissingIcmpType: (value: number) =>
    new Invalid(
      `ICMP code (port-range-max) ${value} is provided but ICMP type (port-range-min) is missing.`,
      "SecurityGroupMissingIcmpType",
    ),
  sgProtocolRequiredWithPorts: () =>
    new Invalid("Must also specify protocol if port range is given.", "SecurityGroupProtocolRequiredWithPorts"),
  sgInvalidProtocolForPort: (protocol: string | number) =>
    new Invalid(
      `Ports cannot be specified for protocol ${protocol}. Ports are only supported for TCP, UDP, UDPLITE, SCTP, DCCP.`,
      "SecurityGroupInvalidProtocolForPort",
    ),
  sgInvalidProtocol: (protocol: unknown, values: string) =>
    new Invalid(
      `Security group rule protocol ${protocol} not supported. Only protocol values ${values} and integer representations [0 to 255] are supported.`,
      "SecurityGroupRuleInvalidProtocol",
    ),
  sgInvalidEthertype: (ethertype: unknown) =>
    new Invalid(
      `Security group rule for ethertype '${ethertype}' not supported. Allowed values are ['IPv4', 'IPv6'].`,
      "SecurityGroupRuleInvalidEtherType",
    ),
  invalidCidr: (input: unknown) => new Invalid(`Invalid CIDR ${String(input)} given as IP prefix.`, "InvalidCIDR"),
  sgParameterConflict: (ethertype: string, cidr: string) =>
    new Invalid(`Conflicting value ethertype ${ethertype} for CIDR ${cidr}`, "SecurityGroupRuleParameterConflict"),
  sgEthertypeConflict: (ethertype: string, protocol: string) =>
    new Invalid(`Invalid ethertype ${ethertype} for protocol ${protocol}.`, "SecurityGroupEthertypeConflictWithProtocol"),
  sgMultipleRemotes: () =>
    new Invalid(
      "Only one of remote_ip_prefix or remote_group_id or remote_address_group_id may be provided.",
      "SecurityGroupMultipleRemoteEntites",
    ),
};
