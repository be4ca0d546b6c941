import { uuidsHint } from "../hints.js";
import { PASS, type Filter } from "../types.js";

/**
 * Nova's SameHostFilter: with the same_host hint (instance uuids), only the
 * hosts running one of those instances pass.
 */
export const sameHostFilter = (): Filter => ({
  name: "SameHostFilter",
  skip: (spec) => uuidsHint(spec, "same_host").length === 0,
  filter(host, spec) {
    const uuids = uuidsHint(spec, "same_host");
    if (!uuids.length) return PASS;
    if (uuids.some((u) => spec.instanceHosts?.[u] === host.hostname)) return PASS;
    return { pass: false, reason: `runs none of the same_host instances ${uuids.join(", ")}` };
  },
});
