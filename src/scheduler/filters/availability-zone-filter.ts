import { PASS, type Filter } from "../types.js";

/** Nova's AvailabilityZoneFilter: the host is in the requested zone (any zone when none is requested). */
export const availabilityZoneFilter = (): Filter => ({
  name: "AvailabilityZoneFilter",
  skip: (spec) => !spec.availabilityZone,
  filter(host, spec) {
    if (!spec.availabilityZone || spec.availabilityZone === host.availabilityZone) return PASS;
    return { pass: false, reason: `in availability zone ${host.availabilityZone}, not ${spec.availabilityZone}` };
  },
});
