import { PASS, type Filter } from "../types.js";

/**
 * Nova's ServerGroupAntiAffinityFilter: for a group with the anti-affinity
 * policy, a host passes while it holds fewer of the group's members than the
 * group's max_server_per_host rule (default 1). A host the instance itself is
 * already on passes (a move may stay where it is), as in Nova.
 */
export const serverGroupAntiAffinityFilter = (): Filter => ({
  name: "ServerGroupAntiAffinityFilter",
  skip: (spec) => spec.group?.policy !== "anti-affinity",
  filter(host, spec) {
    const g = spec.group;
    if (!g || g.policy !== "anti-affinity") return PASS;
    if (spec.instanceHosts?.[spec.consumerId] === host.hostname) return PASS;
    const max = g.rules.max_server_per_host ?? 1;
    const n = g.hostCounts[host.hostname] ?? 0;
    if (n < max) return PASS;
    return { pass: false, reason: `holds ${n} member(s) of server group ${g.uuid} (anti-affinity, max_server_per_host ${max})` };
  },
});
