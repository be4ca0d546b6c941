import { uuidsHint } from "../hints.js";
import { PASS, type Filter } from "../types.js";

/**
 * Nova's DifferentHostFilter: with the different_host hint (instance uuids),
 * the hosts running any of those instances are left out.
 */
export const differentHostFilter = (): Filter => ({
  name: "DifferentHostFilter",
  skip: (spec) => uuidsHint(spec, "different_host").length === 0,
  filter(host, spec) {
    const uuids = uuidsHint(spec, "different_host");
    const here = uuids.filter((u) => spec.instanceHosts?.[u] === host.hostname);
    if (!here.length) return PASS;
    return { pass: false, reason: `runs different_host instance ${here.join(", ")}` };
  },
});
