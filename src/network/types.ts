import type { GroupRow, NetworkRow, PortRow, RuleRow, SubnetRow } from "../db/repositories/network.js";

/**
 * The networking entities as the domain hands them out (the repository's
 * rows). Routes and views use these names, never the database module.
 */
export type Network = NetworkRow;
export type Subnet = SubnetRow;
export type Port = PortRow;
export type SecurityGroup = GroupRow;
export type SecurityGroupRule = RuleRow;
