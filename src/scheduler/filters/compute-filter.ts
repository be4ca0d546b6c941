import { PASS, type Filter } from "../types.js";

/** Nova's ComputeFilter: the host's nova-compute service is enabled and up. */
export const computeFilter = (): Filter => ({
  name: "ComputeFilter",
  filter(host) {
    if (host.serviceDisabled) return { pass: false, reason: "compute service is disabled" };
    if (host.forcedDown) return { pass: false, reason: "compute service is forced down" };
    if (!host.serviceUp) return { pass: false, reason: "compute service is down" };
    return PASS;
  },
});
