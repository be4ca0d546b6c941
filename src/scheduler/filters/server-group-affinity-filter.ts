import { PASS, type Filter } from "../types.js";

/**
 * Nova's ServerGroupAffinityFilter: for a group with the affinity policy
 * whose members are already placed, only the hosts of those members pass.
 */
export const serverGroupAffinityFilter = (): Filter => ({
  name: "ServerGroupAffinityFilter",
  skip: (spec) => spec.group?.policy !== "affinity",
  filter(host, spec) {
    const g = spec.group;
    if (!g || g.policy !== "affinity") return PASS;
    const hosts = Object.keys(g.hostCounts).filter((h) => g.hostCounts[h]! > 0);
    if (!hosts.length || hosts.includes(host.hostname)) return PASS;
    return { pass: false, reason: `server group ${g.uuid} (affinity) is on ${hosts.join(", ")}` };
  },
});
