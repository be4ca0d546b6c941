import type { Db } from "../db/client.js";
import { networkRepo, type GroupRow, type RuleRow } from "../db/repositories/network.js";
import { parseCidr } from "./ip.js";
import type { RuleInput } from "./security-groups.js";

/**
 * Nova's picture of Neutron security groups (nova/network/security_group_api.py
 * and nova/api/openstack/compute/security_groups.py): only ingress rules, ports
 * widened to 1-65535 / -1 when absent, `ip_range` or `group` for the remote.
 */

export interface NovaRule {
  id: string;
  parent_group_id: string;
  ip_protocol: string | null;
  from_port: number | null;
  to_port: number | null;
  group: { name?: string; tenant_id?: string };
  ip_range: { cidr?: string };
}

export interface NovaGroup {
  id: string;
  name: string;
  description: string;
  tenant_id: string;
  rules: NovaRule[];
}

export type GroupNames = Map<string, { name: string; tenant_id: string }>;

export function novaRuleView(r: RuleRow, names: GroupNames): NovaRule | null {
  let from = r.portRangeMin;
  let to = r.portRangeMax;
  if (r.protocol && from === null && to === null) {
    const wide = ["TCP", "UDP"].includes(r.protocol.toUpperCase());
    from = wide ? 1 : -1;
    to = wide ? 65535 : -1;
  }
  const base = { id: r.id, parent_group_id: r.securityGroupId, ip_protocol: r.protocol, from_port: from, to_port: to };
  if (r.remoteGroupId) {
    const g = names.get(r.remoteGroupId);
    // A rule naming a group the caller cannot see is left out, as Nova does.
    if (!g) return null;
    return { ...base, group: { name: g.name, tenant_id: g.tenant_id }, ip_range: {} };
  }
  return { ...base, group: {}, ip_range: { cidr: r.remoteIpPrefix ?? "0.0.0.0/0" } };
}

export function novaGroupView(g: GroupRow, names: GroupNames): NovaGroup {
  return {
    id: g.id,
    description: g.description,
    name: g.name,
    tenant_id: g.projectId,
    rules: g.rules
      .filter((r) => r.direction === "ingress")
      .map((r) => novaRuleView({ ...r, securityGroupId: g.id }, names))
      .filter((r): r is NovaRule => r !== null),
  };
}

/** Names of the groups the rules refer to, in one query; only groups `scope` may see. */
export async function remoteGroupNames(db: Db, groups: GroupRow[], scope: string | null): Promise<GroupNames> {
  const names: GroupNames = new Map(groups.map((g) => [g.id, { name: g.name, tenant_id: g.projectId }]));
  const missing = [...new Set(groups.flatMap((g) => g.rules.map((r) => r.remoteGroupId).filter((x): x is string => !!x)))].filter(
    (id) => !names.has(id),
  );
  if (missing.length) {
    for (const g of await networkRepo(db).listGroups(scope, { ids: missing })) names.set(g.id, { name: g.name, tenant_id: g.projectId });
  }
  return names;
}

/** Nova's sort of group lists: by (tenant_id, name). */
export const sortNovaGroups = (list: NovaGroup[]) =>
  list.sort((a, b) => (a.tenant_id < b.tenant_id ? -1 : a.tenant_id > b.tenant_id ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/** The attributes Nova compares to find a duplicate rule (security_group_api._rule_exists). */
export interface NovaRuleKey {
  group_id: string | null;
  cidr: string | null;
  from_port: number | null;
  to_port: number | null;
  protocol: string | null;
}

/** An existing rule's key, as Nova converts Neutron's rule (cidr is never empty there). */
export function novaRuleKey(r: RuleRow): NovaRuleKey {
  const v = novaRuleView(r, new Map(r.remoteGroupId ? [[r.remoteGroupId, { name: "", tenant_id: "" }]] : []))!;
  return { group_id: r.remoteGroupId, cidr: r.remoteIpPrefix ?? "0.0.0.0/0", from_port: v.from_port, to_port: v.to_port, protocol: r.protocol };
}

export const sameNovaRule = (a: NovaRuleKey, b: NovaRuleKey) =>
  a.group_id === b.group_id && a.cidr === b.cidr && a.from_port === b.from_port && a.to_port === b.to_port && a.protocol === b.protocol;

/**
 * Nova's os-security-group-rules request -> a Neutron rule request, with
 * Nova's validation (security_group_api._new_ingress_rule, parse_cidr).
 * Errors are (status 400, message) pairs for the compute route to throw.
 */
export function novaRuleRequest(
  r: { group_id?: string | null; ip_protocol?: unknown; from_port?: unknown; to_port?: unknown; cidr?: unknown },
  parentId: string,
): { ok: true; rule: RuleInput; key: NovaRuleKey } | { ok: false; message: string } {
  let from = r.from_port ?? null;
  let to = r.to_port ?? null;
  const proto = r.ip_protocol === undefined || r.ip_protocol === null ? null : String(r.ip_protocol);
  let cidr: string | null = null;
  if (!r.group_id) {
    const raw = r.cidr === undefined || r.cidr === null || r.cidr === "" ? "0.0.0.0/0" : String(r.cidr);
    let decoded = raw;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return { ok: false, message: `${raw} is not a valid IP network.` };
    }
    if (!isValidCidr(decoded)) return { ok: false, message: `${decoded} is not a valid IP network.` };
    cidr = decoded;
  }
  const upper = proto ? proto.toUpperCase() : "";
  if (r.group_id) {
    if (upper === "ICMP" && from === null && to === null) from = to = -1;
    else if ((upper === "TCP" || upper === "UDP") && from === null && to === null) {
      from = 1;
      to = 65535;
    }
  }
  let fromN: number | null = null;
  let toN: number | null = null;
  if (proto && from !== null && to !== null) {
    const toInt = (v: unknown) => (typeof v === "number" && Number.isInteger(v) ? v : typeof v === "string" && /^\s*[-+]?\d+\s*$/.test(v) ? Number(v) : NaN);
    fromN = toInt(from);
    toN = toInt(to);
    if (Number.isNaN(fromN) || Number.isNaN(toN)) {
      return {
        ok: false,
        message: `Invalid input received: ${upper === "ICMP" ? "Type and Code must be integers for ICMP protocol type" : "To and From ports must be integers"}`,
      };
    }
    if (!["TCP", "UDP", "ICMP"].includes(upper)) return { ok: false, message: `Invalid IP protocol ${proto}.` };
    if ((upper === "TCP" || upper === "UDP") && fromN > toN) {
      return { ok: false, message: `Invalid port range ${fromN}:${toN}. Former value cannot be greater than the later` };
    }
    if ((upper === "TCP" || upper === "UDP") && (fromN < 1 || toN > 65535)) {
      return { ok: false, message: `Invalid port range ${fromN}:${toN}. Valid ${upper} ports should be between 1-65535` };
    }
    if (upper === "ICMP" && (fromN < -1 || fromN > 255 || toN < -1 || toN > 255)) {
      return { ok: false, message: `Invalid port range ${fromN}:${toN}. For ICMP, the type:code must be valid` };
    }
  } else if (cidr !== null) {
    return { ok: false, message: "Not enough parameters to build a valid rule." };
  }
  if (cidr) {
    const [net, len] = cidr.split("/");
    if (net !== "0.0.0.0" && net !== "::" && len === "0") return { ok: false, message: `Bad prefix for network in cidr ${cidr}` };
  }
  const ethertype = cidr && cidr.includes(":") ? "IPv6" : "IPv4";
  const hasPorts = proto !== null && fromN !== null;
  return {
    ok: true,
    key: {
      group_id: r.group_id ?? null,
      cidr,
      from_port: hasPorts ? fromN : null,
      to_port: hasPorts ? toN : null,
      protocol: hasPorts ? proto : null,
    },
    rule: {
      security_group_id: parentId,
      direction: "ingress",
      ethertype,
      protocol: proto,
      port_range_min: fromN !== null && fromN !== -1 ? fromN : null,
      port_range_max: toN !== null && toN !== -1 ? toN : null,
      remote_ip_prefix: cidr,
      remote_group_id: r.group_id ?? null,
    },
  };
}

/** oslo netutils.is_valid_cidr: an address with a /prefix. */
function isValidCidr(s: string): boolean {
  return s.includes("/") && parseCidr(s) !== null;
}
