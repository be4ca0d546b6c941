import fs from "node:fs";
import ipaddr from "ipaddr.js";
import { z } from "zod";

/**
 * The simulated hosts: either `hostCount` identical hosts compute1..N, or the
 * groups of a topology file (NOVASIM_TOPOLOGY_FILE), so hundreds of hosts can be
 * described in a few lines:
 *
 *   [{ "count": 200, "az": "az1" }, { "name": "big", "count": 4, "vcpus": 128, "ramMb": 1048576 }]
 *
 * A group with `count` > 1 uses `name` as a prefix (big1..big4); without a name
 * the hosts continue the computeN sequence.
 */
const int = z.number().int();
const group = z.strictObject({
  name: z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]*$/, "must be a host name (letters, digits, '.', '_', '-')").max(200).optional(),
  count: int.min(0).max(100_000).optional(),
  az: z.string().min(1).max(255).optional(),
  vcpus: int.min(1).optional(),
  ramMb: int.min(1).optional(),
  diskGb: int.min(1).optional(),
  cpuAllocationRatio: z.number().positive().optional(),
  ramAllocationRatio: z.number().positive().optional(),
  diskAllocationRatio: z.number().positive().optional(),
  reservedHostMemoryMb: int.min(0).optional(),
});
export type TopologyGroup = z.infer<typeof group>;
const topology = z.union([z.array(group), z.strictObject({ hosts: z.array(group) })]).transform((t) => (Array.isArray(t) ? t : t.hosts));

/** The config setting: a path, read and validated when the configuration loads. */
export const topologyFile = z
  .string()
  .min(1)
  .transform((path, ctx) => {
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(path, "utf8"));
    } catch (err) {
      ctx.addIssue({ code: "custom", message: `cannot read topology: ${(err as Error).message.split("\n")[0]}` });
      return z.NEVER;
    }
    const r = topology.safeParse(raw);
    if (!r.success) {
      // Of a union, report the list form's issue: it is the documented one.
      let issue = r.error.issues[0]!;
      if (issue.code === "invalid_union" && Array.isArray(raw)) issue = (issue.errors[0] ?? [issue])[0] ?? issue;
      const where = issue.path.length ? issue.path.join(".") : "topology";
      ctx.addIssue({ code: "custom", message: `${where}: ${issue.message}` });
      return z.NEVER;
    }
    const dup = duplicateName(r.data);
    if (dup) {
      ctx.addIssue({ code: "custom", message: `host ${dup} is described twice` });
      return z.NEVER;
    }
    return { path, groups: r.data };
  });

export interface HostSpec {
  hostname: string;
  availabilityZone: string;
  hostIp: string;
  vcpus: number;
  memoryMb: number;
  localGb: number;
  cpuAllocationRatio: number;
  ramAllocationRatio: number;
  diskAllocationRatio: number;
  reservedHostMemoryMb: number;
}

export interface TopologySettings {
  hostCount: number;
  hostVcpus: number;
  hostRamMb: number;
  hostDiskGb: number;
  cpuAllocationRatio: number;
  ramAllocationRatio: number;
  diskAllocationRatio: number;
  reservedHostMemoryMb: number;
  availabilityZone: string;
  topologyFile?: { path: string; groups: TopologyGroup[] } | undefined;
}

const FIRST_IP = ipaddr.IPv4.parse("192.168.1.10").toByteArray();
const FIRST_IP_INT = FIRST_IP.reduce((a, b) => a * 256 + b, 0);

/** The i-th host's management address: 192.168.1.10, .11, … (continuing into 192.168.2.x). */
export function hostIpOf(i: number): string {
  const n = FIRST_IP_INT + i;
  return ipaddr.fromByteArray([(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]).toString();
}

/** Host names of the groups, in order: computeN for unnamed groups, name or name1..nameN for named ones. */
function* hostnames(groups: TopologyGroup[]): Generator<string> {
  let seq = 0;
  for (const g of groups) {
    const n = g.count ?? 1;
    for (let k = 1; k <= n; k++) {
      yield g.name === undefined ? `compute${++seq}` : n === 1 ? g.name : `${g.name}${k}`;
    }
  }
}

function duplicateName(groups: TopologyGroup[]): string | undefined {
  const seen = new Set<string>();
  for (const h of hostnames(groups)) {
    if (seen.has(h)) return h;
    seen.add(h);
  }
  return undefined;
}

/** Expand the settings into the list of hosts. */
export function resolveHosts(s: TopologySettings): HostSpec[] {
  const groups: TopologyGroup[] = s.topologyFile ? s.topologyFile.groups : [{ count: s.hostCount }];
  const dup = duplicateName(groups);
  if (dup) throw new Error(`topology: host ${dup} is described twice`);
  const names = hostnames(groups);
  const out: HostSpec[] = [];
  for (const g of groups) {
    for (let k = 1; k <= (g.count ?? 1); k++) {
      const hostname = names.next().value as string;
      out.push({
        hostname,
        availabilityZone: g.az ?? s.availabilityZone,
        hostIp: hostIpOf(out.length),
        vcpus: g.vcpus ?? s.hostVcpus,
        memoryMb: g.ramMb ?? s.hostRamMb,
        localGb: g.diskGb ?? s.hostDiskGb,
        cpuAllocationRatio: g.cpuAllocationRatio ?? s.cpuAllocationRatio,
        ramAllocationRatio: g.ramAllocationRatio ?? s.ramAllocationRatio,
        diskAllocationRatio: g.diskAllocationRatio ?? s.diskAllocationRatio,
        reservedHostMemoryMb: g.reservedHostMemoryMb ?? s.reservedHostMemoryMb,
      });
    }
  }
  return out;
}
