import ipaddr from "ipaddr.js";
import { schedulerHint } from "../hints.js";
import { PASS, type Filter, type RequestSpec } from "../types.js";

/**
 * Nova's SimpleCIDRAffinityFilter: with the build_near_host_ip hint, only
 * hosts whose address is in build_near_host_ip + cidr (default "/24") pass.
 */
type Wanted = { network: string; net: [ipaddr.IPv4 | ipaddr.IPv6, number] | null } | null;
const memo = new WeakMap<RequestSpec, Wanted>();

/** The network asked for, parsed once per request; null without the hint. */
function wanted(spec: RequestSpec): Wanted {
  if (memo.has(spec)) return memo.get(spec)!;
  const near = schedulerHint(spec, "build_near_host_ip");
  let w: Wanted = null;
  if (near) {
    const network = `${String(near)}${String(schedulerHint(spec, "cidr", "/24"))}`;
    let net: [ipaddr.IPv4 | ipaddr.IPv6, number] | null = null;
    try {
      net = ipaddr.parseCIDR(network);
    } catch {
      net = null;
    }
    w = { network, net };
  }
  memo.set(spec, w);
  return w;
}

export const simpleCidrAffinityFilter = (): Filter => ({
  name: "SimpleCIDRAffinityFilter",
  skip: (spec) => wanted(spec) === null,
  filter(host, spec) {
    const w = wanted(spec);
    if (!w) return PASS;
    const { network, net } = w;
    if (!net) return { pass: false, reason: `build_near_host_ip and cidr make no network: ${network}` };
    let addr: ipaddr.IPv4 | ipaddr.IPv6;
    try {
      addr = ipaddr.parse(host.hostIp ?? "");
    } catch {
      return { pass: false, reason: `host address ${host.hostIp ?? "(none)"} is not an IP address` };
    }
    if (addr.kind() === net[0].kind() && addr.match(net)) return PASS;
    return { pass: false, reason: `host address ${host.hostIp} is not in ${network}` };
  },
});
