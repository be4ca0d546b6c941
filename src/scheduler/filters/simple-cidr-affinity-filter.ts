import ipaddr from "ipaddr.js";
import { schedulerHint } from "../hints.js";
import type { Filter } from "../types.js";

/**
 * Nova's SimpleCIDRAffinityFilter: with the build_near_host_ip hint, only
 * hosts whose address is in build_near_host_ip + cidr (default "/24") pass.
 */
export const simpleCidrAffinityFilter = (): Filter => ({
  name: "SimpleCIDRAffinityFilter",
  filter(host, spec) {
    const near = schedulerHint(spec, "build_near_host_ip");
    if (!near) return { pass: true };
    const cidr = String(schedulerHint(spec, "cidr", "/24"));
    const network = `${String(near)}${cidr}`;
    let net: [ipaddr.IPv4 | ipaddr.IPv6, number];
    try {
      net = ipaddr.parseCIDR(network);
    } catch {
      return { pass: false, reason: `build_near_host_ip and cidr make no network: ${network}` };
    }
    let addr: ipaddr.IPv4 | ipaddr.IPv6;
    try {
      addr = ipaddr.parse(host.hostIp ?? "");
    } catch {
      return { pass: false, reason: `host address ${host.hostIp ?? "(none)"} is not an IP address` };
    }
    if (addr.kind() === net[0].kind() && addr.match(net)) return { pass: true };
    return { pass: false, reason: `host address ${host.hostIp} is not in ${network}` };
  },
});
