import { supportedInstancesOf } from "../host-capabilities.js";
import { PASS, type Filter, type FilterOptions, type RequestSpec } from "../types.js";

/** The names nova.objects.fields accepts, after canonicalisation. */
const ARCHES = new Set(
  "alpha armv6 armv7l armv7b aarch64 cris i686 ia64 lm32 m68k microblaze microblazeel mips mipsel mips64 mips64el openrisc parisc parisc64 ppc ppcle ppc64 ppc64le ppcemb s390 s390x sh4 sh4eb sparc sparc64 unicore32 x86_64 xtensa xtensaeb".split(" "),
);
const HV_TYPES = new Set("baremetal bhyve docker fake hyperv ironic kqemu kvm lxc lxd openvz parallels vz phyp qemu test uml vbox vmware xen zvm prsm".split(" "));
const VM_MODES = new Set(["hvm", "xen", "uml", "exe"]);

class InvalidName extends Error {}

function canonArch(v: unknown): string | null {
  if (v == null) return null;
  let n = String(v).toLowerCase();
  if (["i386", "i486", "i586", "x86_32", "x86_32p"].includes(n)) n = "i686";
  if (n === "amd64") n = "x86_64";
  if (!ARCHES.has(n)) throw new InvalidName(`architecture name '${String(v)}' is not valid`);
  return n;
}
function canonHv(v: unknown): string | null {
  if (v == null) return null;
  let n = String(v).toLowerCase();
  if (n === "xapi") n = "xen";
  if (!HV_TYPES.has(n)) throw new InvalidName(`hypervisor virt type '${String(v)}' is not valid`);
  return n;
}
function canonMode(v: unknown): string | null {
  if (v == null) return null;
  let n = String(v).toLowerCase();
  if (n === "pv") n = "xen";
  if (n === "hv" || n === "baremetal") n = "hvm";
  if (!VM_MODES.has(n)) throw new InvalidName(`virtual machine mode '${String(v)}' is not valid`);
  return n;
}

/** Glance's older property names, which Nova's ImageMetaProps reads as the new ones (and prefers when both are set). */
const LEGACY: Record<string, string> = {
  architecture: "hw_architecture",
  hypervisor_type: "img_hv_type",
  vm_mode: "hw_vm_mode",
  hypervisor_version_requires: "img_hv_requested_version",
};
function withLegacyNames(props: Record<string, unknown>): Record<string, unknown> {
  if (!Object.keys(LEGACY).some((k) => k in props)) return props;
  const out = { ...props };
  for (const [old, name] of Object.entries(LEGACY)) if (old in props) out[name] = props[old];
  return out;
}

/** oslo's convert_version_to_str: 1000 -> "1.0", 6002000 -> "6.2.0". */
export function versionString(v: number): string {
  const parts: number[] = [];
  for (let x = Math.trunc(v); x !== 0; x = Math.floor(x / 1000)) parts.unshift(x % 1000);
  return parts.join(".");
}

const cmp = (a: string, b: string) => {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
};

/** oslo's VersionPredicate(">= 6.0, < 7").satisfied_by(version). */
export function versionSatisfies(predicate: string, version: string): boolean {
  for (const part of predicate.split(",")) {
    const m = /^\s*(<=|>=|<|>|!=|==)\s*([^\s,]+)\s*$/.exec(part);
    if (!m) return false;
    const d = cmp(version, m[2]!);
    const ok = { "<=": d <= 0, ">=": d >= 0, "<": d < 0, ">": d > 0, "!=": d !== 0, "==": d === 0 }[m[1] as "<="];
    if (!ok) return false;
  }
  return true;
}

/**
 * Nova's ImagePropertiesFilter: an image asking for an architecture
 * (hw_architecture), a hypervisor type (img_hv_type) or a vm mode
 * (hw_vm_mode) runs only on hosts whose supported_instances offer all of
 * them, and with img_hv_requested_version on a hypervisor of that version.
 */
export const imagePropertiesFilter = (o: Pick<FilterOptions, "imageDefaultArchitecture"> = {}): Filter => {
  const memo = new WeakMap<RequestSpec, { wanted: (string | null)[]; invalid: string | null }>();
  /** What the image asks for, canonicalised once per request. */
  const asked = (spec: RequestSpec) => {
    let a = memo.get(spec);
    if (!a) {
      const props = withLegacyNames(spec.imageProperties ?? {});
      try {
        a = { wanted: [canonArch(props.hw_architecture ?? o.imageDefaultArchitecture ?? null), canonHv(props.img_hv_type), canonMode(props.hw_vm_mode)], invalid: null };
      } catch (err) {
        if (!(err instanceof InvalidName)) throw err;
        a = { wanted: [], invalid: err.message };
      }
      memo.set(spec, a);
    }
    return a;
  };
  return {
    name: "ImagePropertiesFilter",
    skip: (spec) => {
      const a = asked(spec);
      return !a.invalid && !a.wanted.some(Boolean);
    },
    filter(host, spec) {
      const { wanted, invalid } = asked(spec);
      if (invalid) return { pass: false, reason: `image: ${invalid}` };
      if (!wanted.some(Boolean)) return PASS;
      const required = withLegacyNames(spec.imageProperties ?? {}).img_hv_requested_version;
      const version = host.hypervisorVersion;
      const supported = supportedInstancesOf(host);
      for (const s of supported) {
        if (!wanted.every((w) => !w || s.includes(w))) continue;
        if (required && version && !versionSatisfies(String(required), versionString(version))) continue;
        return PASS;
      }
      const what = wanted.filter(Boolean).join("/");
      return {
        pass: false,
        reason: `supports ${supported.map((s) => s.join("/")).join(", ")}${required ? ` (version ${versionString(version ?? 0)})` : ""}, not ${what}${required ? ` ${String(required)}` : ""}`,
      };
    },
  };
};
