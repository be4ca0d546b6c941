import type { ApiVersion } from "../../../http/microversion.js";
import type { Details, QuotaResource } from "../../../compute/quotas.js";

/** GET /limits (nova/api/openstack/compute/views/limits.py). */

const LIMIT_NAMES: Partial<Record<QuotaResource, string[]>> = {
  ram: ["maxTotalRAMSize"],
  instances: ["maxTotalInstances"],
  cores: ["maxTotalCores"],
  key_pairs: ["maxTotalKeypairs"],
  floating_ips: ["maxTotalFloatingIps"],
  metadata_items: ["maxServerMeta", "maxImageMeta"],
  injected_files: ["maxPersonality"],
  injected_file_content_bytes: ["maxPersonalitySize"],
  security_groups: ["maxSecurityGroups"],
  security_group_rules: ["maxSecurityGroupRules"],
  server_groups: ["maxServerGroups"],
  server_group_members: ["maxServerGroupMembers"],
};

const USED_NAMES: Record<string, QuotaResource> = {
  totalRAMUsed: "ram",
  totalCoresUsed: "cores",
  totalInstancesUsed: "instances",
  totalFloatingIpsUsed: "floating_ips",
  totalSecurityGroupsUsed: "security_groups",
  totalServerGroupsUsed: "server_groups",
};

/** Limits hidden from 2.36 (network proxies) and from 2.57 (personality files); maxImageMeta goes in 2.39. */
function filtered(v: ApiVersion): QuotaResource[] {
  const f: QuotaResource[] = [];
  if (v.atLeast("2.36")) f.push("floating_ips", "security_groups", "security_group_rules");
  if (v.atLeast("2.57")) f.push("injected_files", "injected_file_content_bytes");
  return f;
}

export function limitsView(quotas: Details, v: ApiVersion) {
  const drop = filtered(v);
  const absolute: Record<string, number> = {};
  for (const [resource, names] of Object.entries(LIMIT_NAMES) as [QuotaResource, string[]][]) {
    if (drop.includes(resource)) continue;
    for (const n of names) if (!(n === "maxImageMeta" && v.atLeast("2.39"))) absolute[n] = quotas[resource].limit;
  }
  for (const [n, resource] of Object.entries(USED_NAMES)) if (!drop.includes(resource)) absolute[n] = quotas[resource].in_use;
  return { limits: { rate: [] as never[], absolute } };
}
