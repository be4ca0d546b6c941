import { matchExtraSpec } from "../extra-specs-ops.js";
import { capabilitiesOf, FLOAT_ATTRS, pyStr } from "../host-capabilities.js";
import { PASS, type Filter, type HostState } from "../types.js";

/** Walk `scope` into the host's capabilities (ComputeCapabilitiesFilter._get_capabilities); undefined when absent. */
function lookup(caps: Record<string, unknown>, scope: string[]): { value: unknown; float: boolean } | undefined {
  let cap: unknown = caps;
  for (const [i, part] of scope.entries()) {
    if (typeof cap === "string") {
      try {
        cap = JSON.parse(cap);
      } catch {
        return undefined;
      }
    }
    if (cap === null || typeof cap !== "object" || Array.isArray(cap)) return undefined;
    const obj = cap as Record<string, unknown>;
    // At the top, a name the host does not have is looked up in its stats.
    cap = i === 0 && !(part in obj) ? (obj.stats as Record<string, unknown>)[part] : obj[part];
    if (cap === undefined || cap === null) return undefined;
  }
  return { value: cap, float: scope.length === 1 && FLOAT_ATTRS.has(scope[0]!) };
}

/**
 * Nova's ComputeCapabilitiesFilter: flavor extra specs in the capabilities:
 * scope (and unscoped keys naming a host attribute) must match
 * (extra_specs_ops) the host's capability of that name, e.g.
 * capabilities:hypervisor_type="s== QEMU", capabilities:cpu_info:arch=x86_64.
 * hw:maxphysaddr_bits asks for cpu_info:maxphysaddr:bits of at least that.
 */
export const computeCapabilitiesFilter = (): Filter => ({
  name: "ComputeCapabilitiesFilter",
  // Only capabilities:* keys, hw:maxphysaddr_bits and unscoped keys can ask anything of a host.
  skip: (spec) => !Object.keys(spec.flavorExtraSpecs ?? {}).some((k) => !k.includes(":") || k.startsWith("capabilities:") || k === "hw:maxphysaddr_bits"),
  filter(host: HostState, spec) {
    const given = spec.flavorExtraSpecs;
    if (!given) return PASS;
    const specs: Record<string, string> = { ...given };
    const bits = specs["hw:maxphysaddr_bits"];
    if (bits !== undefined) {
      specs["capabilities:cpu_info:maxphysaddr:bits"] = `>= ${bits}`;
      delete specs["hw:maxphysaddr_bits"];
    }
    let caps: Record<string, unknown> | undefined;
    for (const [key, req] of Object.entries(specs)) {
      let scope = key.split(":");
      caps ??= capabilitiesOf(host);
      if (scope.length === 1) {
        if (!(key in caps) && !(key in (caps.stats as object))) continue;
      } else if (scope[0] !== "capabilities") {
        continue;
      } else {
        scope = scope.slice(1);
      }
      const found = lookup(caps, scope);
      if (!found) return { pass: false, reason: `has no capability ${scope.join(":")} (extra spec ${key})` };
      const value = pyStr(found.value, found.float);
      if (!matchExtraSpec(value, req)) return { pass: false, reason: `capability ${scope.join(":")}=${value} does not match extra spec ${key}=${req}` };
    }
    return PASS;
  },
});
