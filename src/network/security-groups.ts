import type { Db } from "../db/client.js";
import { networkRepo, type GroupRow, type RuleRow } from "../db/repositories/network.js";
import { Invalid } from "../errors.js";
import { adminOrMemberOf, isUniqueViolation, newId, owningProject, scopeOf, type Caller } from "./common.js";
import { NeutronErrors } from "./errors.js";
import { parseCidr } from "./ip.js";

/**
 * Neutron security groups and rules (neutron/db/securitygroups_db.py): the
 * per-project `default` group made on first use, rule normalisation and
 * validation, duplicate detection, in-use checks.
 */

export const PROTOCOLS: Record<string, number> = {
  ah: 51, dccp: 33, egp: 8, esp: 50, gre: 47, hopopt: 0, icmp: 1, igmp: 2, ip: 0, ipip: 4,
  "ipv6-encap": 41, "ipv6-frag": 44, "ipv6-icmp": 58, icmpv6: 58, "ipv6-nonxt": 59, "ipv6-opts": 60,
  "ipv6-route": 43, ospf: 89, pgm: 113, rsvp: 46, sctp: 132, tcp: 6, udp: 17, udplite: 136, vrrp: 112,
};
const NUM_TO_NAME: Record<string, string> = {};
for (const [k, v] of Object.entries(PROTOCOLS)) if (k !== "icmpv6" && !(String(v) in NUM_TO_NAME)) NUM_TO_NAME[String(v)] = k;
const SUPPORTED = `[None, 'any', ${Object.keys(PROTOCOLS).map((p) => `'${p}'`).join(", ")}]`;
const PORT_PROTOS = new Set([33, 132, 6, 17, 136]);
const IPV6_ONLY = new Set(["ipv6-encap", "ipv6-frag", "ipv6-icmp", "icmpv6", "ipv6-nonxt", "ipv6-opts", "ipv6-route", "41", "44", "58", "59", "60", "43"]);

export interface GroupInput {
  name?: string;
  description?: string;
  stateful?: boolean;
  project_id?: string;
  tenant_id?: string;
}

export interface RuleInput {
  security_group_id?: string;
  direction?: string;
  ethertype?: string;
  protocol?: string | number | null;
  port_range_min?: number | string | null;
  port_range_max?: number | string | null;
  remote_ip_prefix?: string | null;
  remote_group_id?: string | null;
  remote_address_group_id?: string | null;
  description?: string;
  project_id?: string;
  tenant_id?: string;
}

function templateRules(groupId: string, projectId: string, now: Date, isDefault: boolean) {
  const r = (direction: string, ethertype: string, remoteGroupId: string | null) => ({
    id: newId(),
    projectId,
    direction,
    ethertype,
    remoteGroupId,
    createdAt: now,
    updatedAt: now,
  });
  const rules = [r("egress", "IPv4", null), r("egress", "IPv6", null)];
  if (isDefault) rules.push(r("ingress", "IPv4", groupId), r("ingress", "IPv6", groupId));
  return rules;
}

/**
 * The project's `default` group, created with Neutron's default rules on first
 * use. Two concurrent first uses race on the unique `defaultFor` key; the
 * loser reads the winner's group.
 */
export async function ensureDefaultGroup(db: Db, projectId: string, now: Date): Promise<GroupRow> {
  const repo = networkRepo(db);
  const existing = await repo.findDefaultGroup(projectId);
  if (existing) return existing;
  const id = newId();
  try {
    return await repo.createGroup({
      id,
      projectId,
      name: "default",
      description: "Default security group",
      defaultFor: projectId,
      createdAt: now,
      updatedAt: now,
      rules: { create: templateRules(id, projectId, now, true).map(({ id: rid, ...rest }) => ({ id: rid, ...rest })) },
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    return (await repo.findDefaultGroup(projectId))!;
  }
}

export async function getGroup(db: Db, caller: Caller, id: string, now: Date): Promise<GroupRow> {
  await ensureDefaultGroup(db, caller.projectId, now);
  const g = await networkRepo(db).findGroup(id);
  if (!g || !(caller.isAdmin || g.projectId === caller.projectId)) throw NeutronErrors.groupNotFound(id);
  return g;
}

export async function listGroups(
  db: Db,
  caller: Caller,
  now: Date,
  where: { ids?: string[]; name?: string[]; projectIds?: string[] } = {},
): Promise<GroupRow[]> {
  await ensureDefaultGroup(db, caller.projectId, now);
  return networkRepo(db).listGroups(scopeOf(caller), where);
}

function checkName(name: unknown): string {
  if (typeof name !== "string") throw new Invalid(`Invalid input for name. Reason: '${name}' is not a valid string.`);
  if (name.length > 255) throw new Invalid(`Invalid input for name. Reason: '${name}' exceeds maximum length of 255.`);
  if (name.toLowerCase() === "default") throw NeutronErrors.defaultExists();
  return name;
}

export async function createGroup(db: Db, caller: Caller, body: GroupInput, now: Date): Promise<GroupRow> {
  const name = checkName(body.name ?? "");
  const projectId = owningProject(caller, body);
  // create_security_group: ADMIN_OR_PROJECT_MEMBER.
  if (!adminOrMemberOf(caller, projectId)) throw NeutronErrors.policy("rule:create_security_group");
  await ensureDefaultGroup(db, projectId, now);
  const id = newId();
  return networkRepo(db).createGroup({
    id,
    projectId,
    name,
    description: body.description ?? "",
    stateful: body.stateful ?? true,
    createdAt: now,
    updatedAt: now,
    rules: { create: templateRules(id, projectId, now, false) },
  });
}

export async function updateGroup(db: Db, caller: Caller, id: string, body: GroupInput, now: Date): Promise<GroupRow> {
  const g = await getGroup(db, caller, id, now);
  // update_security_group: ADMIN_OR_PROJECT_MEMBER (a reader sees the group: 403).
  if (!adminOrMemberOf(caller, g.projectId)) throw NeutronErrors.policy("rule:update_security_group");
  if (body.project_id !== undefined || body.tenant_id !== undefined) {
    throw NeutronErrors.invalidInput("Cannot update read-only attribute project_id");
  }
  if (body.name !== undefined) {
    if (g.defaultFor) throw NeutronErrors.cannotUpdateDefault();
    checkName(body.name);
  }
  const repo = networkRepo(db);
  if (body.stateful !== undefined && body.stateful !== g.stateful && (await repo.portsUsingGroup(id)) > 0) {
    throw NeutronErrors.groupInUse(id);
  }
  return repo.updateGroup(id, { name: body.name, description: body.description, stateful: body.stateful, updatedAt: now });
}

export async function deleteGroup(db: Db, caller: Caller, id: string, now: Date): Promise<void> {
  const repo = networkRepo(db);
  const g = await getGroup(db, caller, id, now);
  if (!adminOrMemberOf(caller, g.projectId)) throw NeutronErrors.policy("rule:delete_security_group");
  if ((await repo.portsUsingGroup(id)) > 0) throw NeutronErrors.groupInUse(id);
  if (g.name === "default" && !caller.isAdmin) throw NeutronErrors.cannotRemoveDefault();
  await repo.deleteGroup(id);
}

// ------------------------------------------------------------------ rules

interface NormalRule {
  direction: string;
  ethertype: string;
  protocol: string | null;
  portRangeMin: number | null;
  portRangeMax: number | null;
  remoteIpPrefix: string | null;
  remoteGroupId: string | null;
}

function protoNumber(p: string): number {
  return p in PROTOCOLS ? PROTOCOLS[p]! : Number(p);
}

function convertPort(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  const n = typeof v === "number" ? v : typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw NeutronErrors.sgInvalidPortValue(v);
  return n;
}

/** Normalise and validate a rule as Neutron does before it is stored. */
export function normaliseRule(body: RuleInput): NormalRule {
  if (body.direction !== "ingress" && body.direction !== "egress") {
    throw new Invalid(`Invalid input for direction. Reason: '${body.direction ?? "None"}' is not in ['ingress', 'egress'].`);
  }
  let ethertype = "IPv4";
  if (body.ethertype !== undefined) {
    const e = typeof body.ethertype === "string" ? ["IPv4", "IPv6"].find((x) => x.toLowerCase() === body.ethertype!.toLowerCase()) : undefined;
    if (!e) throw NeutronErrors.sgInvalidEthertype(body.ethertype);
    ethertype = e;
  }
  let protocol: string | null = null;
  const p = body.protocol;
  if (p !== null && p !== undefined && p !== "any") {
    if (typeof p === "number" || (typeof p === "string" && /^\d+$/.test(p))) {
      const n = Number(p);
      if (!Number.isInteger(n) || n < 0 || n > 255) throw NeutronErrors.sgInvalidProtocol(p, SUPPORTED);
      protocol = String(p);
    } else if (typeof p === "string" && p.toLowerCase() in PROTOCOLS) {
      protocol = p.toLowerCase();
    } else {
      throw NeutronErrors.sgInvalidProtocol(p, SUPPORTED);
    }
  }
  // Legacy IPv6 ICMP names become ipv6-icmp.
  if (ethertype === "IPv6" && (protocol === "icmp" || protocol === "icmpv6")) protocol = "ipv6-icmp";
  else if (ethertype === "IPv6" && protocol === "1") protocol = "58";

  let min = convertPort(body.port_range_min);
  let max = convertPort(body.port_range_max);
  if (min === 1 && max === 65535) min = max = null;
  if (min !== null || max !== null) {
    if (!protocol) throw NeutronErrors.sgProtocolRequiredWithPorts();
    const num = protoNumber(protocol);
    if (PORT_PROTOS.has(num)) {
      if (min === 0 || max === 0) throw NeutronErrors.sgInvalidPortValue(0);
      if (min === null || max === null || min > max) throw NeutronErrors.sgInvalidPortRange();
    } else if (num === 1 || num === 58) {
      for (const [v, attr, field] of [[min, "port_range_min", "type"], [max, "port_range_max", "code"]] as const) {
        if (v !== null && (v < 0 || v > 255)) throw NeutronErrors.sgInvalidIcmpValue(field, attr, v);
      }
      if (min === null && max !== null) throw NeutronErrors.sgMissingIcmpType(max);
    } else {
      throw NeutronErrors.sgInvalidProtocolForPort(num);
    }
  }

  let remoteIpPrefix: string | null = null;
  if (body.remote_ip_prefix) {
    const c = parseCidr(body.remote_ip_prefix);
    if (!c) throw NeutronErrors.invalidCidr(body.remote_ip_prefix);
    // Neutron keeps the prefix as given (host bits too; a bare address gains /32 or /128): its
    // convert_ip_prefix_to_cidr is str(netaddr.IPNetwork(x)). The network address is normalized_cidr's.
    remoteIpPrefix = c.asGiven;
    if (ethertype !== `IPv${c.version}`) throw NeutronErrors.sgParameterConflict(ethertype, c.asGiven);
  }
  if (protocol && IPV6_ONLY.has(protocol) && ethertype === "IPv4") throw NeutronErrors.sgEthertypeConflict(ethertype, protocol);
  if (remoteIpPrefix && (body.remote_group_id || body.remote_address_group_id)) throw NeutronErrors.sgMultipleRemotes();
  if (body.remote_group_id && body.remote_address_group_id) throw NeutronErrors.sgMultipleRemotes();
  return {
    direction: body.direction,
    ethertype,
    protocol,
    portRangeMin: min,
    portRangeMax: max,
    remoteIpPrefix,
    remoteGroupId: body.remote_group_id ?? null,
  };
}

/** Neutron's duplicate key: protocol by number, any-address prefixes as none. */
function ruleKey(r: NormalRule | RuleRow): string {
  const anyPrefix = r.remoteIpPrefix === "0.0.0.0/0" || r.remoteIpPrefix === "::/0" ? null : r.remoteIpPrefix;
  const proto = r.protocol === null ? null : String(protoNumber(r.protocol));
  return JSON.stringify([r.direction, r.ethertype, r.portRangeMax, r.portRangeMin, proto, r.remoteGroupId, anyPrefix]);
}

export async function createRule(db: Db, caller: Caller, body: RuleInput, now: Date): Promise<RuleRow> {
  const rule = normaliseRule(body);
  const projectId = owningProject(caller, body);
  if (!body.security_group_id) throw new Invalid("Invalid input for security_group_id. Reason: 'None' is not a valid string.");
  if (rule.remoteGroupId) await getGroup(db, caller, rule.remoteGroupId, now);
  const group = await getGroup(db, caller, body.security_group_id, now);
  // create_security_group_rule: ADMIN_OR_SG_OWNER_MEMBER.
  if (!adminOrMemberOf(caller, group.projectId)) throw NeutronErrors.policy("rule:create_security_group_rule");
  const dup = group.rules.find((r) => ruleKey(r) === ruleKey(rule));
  if (dup) throw NeutronErrors.ruleExists(dup.id);
  const repo = networkRepo(db);
  const row = await repo.createRule({
    id: newId(),
    securityGroup: { connect: { id: group.id } },
    projectId,
    ...rule,
    description: body.description ?? "",
    createdAt: now,
    updatedAt: now,
  });
  await repo.bumpGroup(group.id, now);
  return row;
}

/** A rule the caller may see (its own, or in a group of its project), with its group's owner; else RuleNotFound. */
async function visibleRule(db: Db, caller: Caller, id: string) {
  const r = await networkRepo(db).findRule(id);
  if (!r || !(caller.isAdmin || r.projectId === caller.projectId || r.securityGroup.projectId === caller.projectId)) {
    throw NeutronErrors.ruleNotFound(id);
  }
  return r;
}

export async function getRule(db: Db, caller: Caller, id: string): Promise<RuleRow> {
  const { securityGroup: _sg, ...rule } = await visibleRule(db, caller, id);
  return rule;
}

export function listRules(db: Db, caller: Caller, where: { ids?: string[]; groupIds?: string[] } = {}) {
  return networkRepo(db).listRules(scopeOf(caller), where);
}

export async function deleteRule(db: Db, caller: Caller, id: string, now: Date): Promise<void> {
  const r = await visibleRule(db, caller, id);
  // delete_security_group_rule: ADMIN_OR_SG_OWNER_MEMBER.
  if (!adminOrMemberOf(caller, r.securityGroup.projectId)) throw NeutronErrors.policy("rule:delete_security_group_rule");
  const repo = networkRepo(db);
  await repo.deleteRule(id);
  await repo.bumpGroup(r.securityGroupId, now);
}
