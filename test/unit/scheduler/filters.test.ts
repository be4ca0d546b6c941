import { describe, expect, it } from "vitest";
import { matchExtraSpec } from "../../../src/scheduler/extra-specs-ops.js";
import { aggregateInstanceExtraSpecsFilter } from "../../../src/scheduler/filters/aggregate-instance-extra-specs-filter.js";
import { aggregateMultiTenancyIsolation } from "../../../src/scheduler/filters/aggregate-multi-tenancy-isolation.js";
import { computeCapabilitiesFilter } from "../../../src/scheduler/filters/compute-capabilities-filter.js";
import { differentHostFilter } from "../../../src/scheduler/filters/different-host-filter.js";
import { imagePropertiesFilter, versionSatisfies, versionString } from "../../../src/scheduler/filters/image-properties-filter.js";
import { ioOpsFilter } from "../../../src/scheduler/filters/io-ops-filter.js";
import { numInstancesFilter } from "../../../src/scheduler/filters/num-instances-filter.js";
import { sameHostFilter } from "../../../src/scheduler/filters/same-host-filter.js";
import { serverGroupAffinityFilter } from "../../../src/scheduler/filters/server-group-affinity-filter.js";
import { serverGroupAntiAffinityFilter } from "../../../src/scheduler/filters/server-group-anti-affinity-filter.js";
import { simpleCidrAffinityFilter } from "../../../src/scheduler/filters/simple-cidr-affinity-filter.js";
import { FILTERS } from "../../../src/scheduler/registry.js";
import type { Filter, HostState, RequestSpec, ServerGroupSpec } from "../../../src/scheduler/types.js";
import { host, spec } from "../scheduler-fixtures.js";

type Case = [name: string, h: Partial<HostState>, s: Partial<RequestSpec>, pass: boolean, reason?: RegExp | string];

/** Each case through `filter` and, when the filter says it has nothing to ask (skip), the case must pass. */
function table(filter: Filter, cases: Case[]) {
  describe(filter.name, () => {
    it.each(cases)("%s", (_name, h, s, pass, reason) => {
      const sp = spec(s);
      const r = filter.filter(host(h), sp);
      expect(r.pass).toBe(pass);
      if (!r.pass && reason) expect(r.reason).toMatch(reason);
      if (filter.skip?.(sp)) expect(r.pass).toBe(true);
    });
  });
}

const agg = (metadata: Record<string, string>, name = "agg1") => ({ uuid: `uuid-${name}`, name, availabilityZone: null, metadata });
const group = (policy: string, hostCounts: Record<string, number>, rules: ServerGroupSpec["rules"] = {}): ServerGroupSpec => ({ uuid: "g1", policy, rules, hostCounts });

describe("extra_specs_ops.match", () => {
  it.each([
    ["1", "1", true],
    ["1", "2", false],
    ["4", "= 2", true],
    ["1", "= 2", false],
    ["2", "== 2.0", true],
    ["2", "!= 2", false],
    ["3", ">= 3", true],
    ["3", "<= 2", false],
    ["abc", "s== abc", true],
    ["abc", "s!= abc", false],
    ["abc", "s< abd", true],
    ["b", "s>= a", true],
    ["12311321", "<in> 11", true],
    ["12311321", "<in> 55", false],
    ["sse avx", "<all-in> sse avx", true],
    ["sse", "<all-in> sse avx", false],
    ["12", "<or> 11 <or> 12", true],
    ["13", "<or> 11 <or> 12", false],
    ["x", "<or>", false],
    ["abc", "= ", false],
    [null, "= 1", false],
    [null, "x", false],
  ] as [string | null, string, boolean][])("%j against %j -> %j", (value, req, out) => {
    expect(matchExtraSpec(value, req)).toBe(out);
  });
});

table(computeCapabilitiesFilter(), [
  ["no extra specs", {}, {}, true],
  ["other scopes are not the filter's", {}, { flavorExtraSpecs: { "hw:cpu_policy": "dedicated", "quota:cpu_shares": "10" } }, true],
  ["hypervisor type matches", {}, { flavorExtraSpecs: { "capabilities:hypervisor_type": "s== fake" } }, true],
  ["hypervisor type differs", { hypervisorType: "fake" }, { flavorExtraSpecs: { "capabilities:hypervisor_type": "s== QEMU" } }, false, "capability hypervisor_type=fake does not match extra spec capabilities:hypervisor_type=s== QEMU"],
  ["nested in cpu_info (a JSON string)", {}, { flavorExtraSpecs: { "capabilities:cpu_info:arch": "x86_64" } }, true],
  ["nested topology", { vcpus: 8 }, { flavorExtraSpecs: { "capabilities:cpu_info:topology:cores": ">= 16" } }, false, /cores=8/],
  ["unknown capability", {}, { flavorExtraSpecs: { "capabilities:no_such": "1" } }, false, /has no capability no_such/],
  ["unscoped key naming a host attribute", { vcpus: 16 }, { flavorExtraSpecs: { vcpus_total: ">= 8" } }, true],
  ["unscoped key naming a host attribute, not matched", { vcpus: 4 }, { flavorExtraSpecs: { vcpus_total: ">= 8" } }, false],
  ["unscoped key the host does not have is ignored", {}, { flavorExtraSpecs: { foo: "bar" } }, true],
  ["floats as Python prints them", { cpuAllocationRatio: 16 }, { flavorExtraSpecs: { "capabilities:cpu_allocation_ratio": "16.0" } }, true],
  ["free RAM", { usedMemoryMb: 60000 }, { flavorExtraSpecs: { "capabilities:free_ram_mb": ">= 8192" } }, false],
  ["hw:maxphysaddr_bits needs cpu_info.maxphysaddr", {}, { flavorExtraSpecs: { "hw:maxphysaddr_bits": "42" } }, false, /maxphysaddr/],
]);

table(imagePropertiesFilter(), [
  ["no properties", {}, {}, true],
  ["matching architecture", {}, { imageProperties: { hw_architecture: "x86_64" } }, true],
  ["amd64 is x86_64", {}, { imageProperties: { hw_architecture: "AMD64" } }, true],
  ["other architecture", {}, { imageProperties: { hw_architecture: "aarch64" } }, false, /supports x86_64\/fake\/hvm, not aarch64/],
  ["invalid architecture", {}, { imageProperties: { hw_architecture: "z80" } }, false, /architecture name 'z80' is not valid/],
  ["hypervisor type of the fake driver", { hypervisorType: "fake" }, { imageProperties: { img_hv_type: "fake" } }, true],
  ["kvm image on a fake host", { hypervisorType: "fake" }, { imageProperties: { img_hv_type: "kvm" } }, false],
  ["kvm image on a QEMU host", { hypervisorType: "QEMU" }, { imageProperties: { img_hv_type: "kvm", hw_vm_mode: "hvm" } }, true],
  ["vm mode hv is hvm", {}, { imageProperties: { hw_vm_mode: "hv" } }, true],
  ["vm mode xen", {}, { imageProperties: { hw_vm_mode: "xen" } }, false],
  ["requested version met", { hypervisorVersion: 6002000 }, { imageProperties: { img_hv_type: "fake", img_hv_requested_version: ">= 6.0" } }, true],
  ["requested version not met", { hypervisorVersion: 1000 }, { imageProperties: { img_hv_type: "fake", img_hv_requested_version: ">= 6.0" } }, false, /version 1\.0/],
  ["a version alone asks nothing", { hypervisorVersion: 1000 }, { imageProperties: { img_hv_requested_version: ">= 6.0" } }, true],
  ["Glance's older names: architecture, hypervisor_type", {}, { imageProperties: { architecture: "aarch64" } }, false, /not aarch64/],
  ["an older name wins over the new one, as in Nova", { hypervisorType: "QEMU" }, { imageProperties: { hypervisor_type: "kvm", img_hv_type: "xen" } }, true],
]);

describe("ImagePropertiesFilter helpers", () => {
  it.each([[1000, "1.0"], [6002000, "6.2.0"], [2011, "2.11"]])("versionString(%i) = %s", (v, s) => expect(versionString(v)).toBe(s));
  it.each([[">= 6.0", "6.2.0", true], [">= 6.0, < 7", "7.0", false], ["== 1.0", "1.0.0", true], ["junk", "1.0", false]] as [string, string, boolean][])(
    "%s satisfied by %s: %j",
    (p, v, ok) => expect(versionSatisfies(p, v)).toBe(ok),
  );
  it("image_properties_default_architecture applies when the image names none", () => {
    const f = imagePropertiesFilter({ imageDefaultArchitecture: "aarch64" });
    expect(f.filter(host(), spec()).pass).toBe(false);
    expect(f.filter(host(), spec({ imageProperties: { hw_architecture: "x86_64" } })).pass).toBe(true);
  });
});

table(aggregateInstanceExtraSpecsFilter(), [
  ["no extra specs", {}, {}, true],
  ["scoped key matched", { aggregates: [agg({ ssd: "true" })] }, { flavorExtraSpecs: { "aggregate_instance_extra_specs:ssd": "true" } }, true],
  ["unscoped key matched", { aggregates: [agg({ ssd: "true" })] }, { flavorExtraSpecs: { ssd: "true" } }, true],
  ["key missing from the aggregates", { aggregates: [] }, { flavorExtraSpecs: { ssd: "true" } }, false, /extra spec ssd is not in its aggregates' metadata/],
  ["value differs", { aggregates: [agg({ ssd: "false" })] }, { flavorExtraSpecs: { ssd: "true" } }, false, /ssd=false does not match/],
  ["other scopes ignored", { aggregates: [] }, { flavorExtraSpecs: { "hw:cpu_policy": "dedicated", "capabilities:x": "1" } }, true],
  ["comma-separated values, any matches", { aggregates: [agg({ tier: "gold, silver" })] }, { flavorExtraSpecs: { tier: "silver" } }, true],
  ["values merged over aggregates", { aggregates: [agg({ tier: "gold" }, "a"), agg({ tier: "bronze" }, "b")] }, { flavorExtraSpecs: { tier: "bronze" } }, true],
  ["operators", { aggregates: [agg({ cores: "32" })] }, { flavorExtraSpecs: { cores: ">= 16" } }, true],
]);

table(aggregateMultiTenancyIsolation(), [
  ["host in no aggregate", {}, { projectId: "p1" }, true],
  ["aggregate without tenant keys", { aggregates: [agg({ ssd: "true" })] }, { projectId: "p1" }, true],
  ["tenant listed", { aggregates: [agg({ filter_tenant_id: "p1,p2" })] }, { projectId: "p2" }, true],
  ["tenant not listed", { aggregates: [agg({ filter_tenant_id: "p1" })] }, { projectId: "p3" }, false, "its aggregates take projects p1 only"],
  ["any key starting filter_tenant_id", { aggregates: [agg({ filter_tenant_id: "p1", filter_tenant_id2: "p4" })] }, { projectId: "p4" }, true],
]);

table(serverGroupAffinityFilter(), [
  ["no group", {}, {}, true],
  ["another policy", { hostname: "compute2" }, { group: group("anti-affinity", { compute1: 1 }) }, true],
  ["first member goes anywhere", { hostname: "compute2" }, { group: group("affinity", {}) }, true],
  ["on the group's host", { hostname: "compute1" }, { group: group("affinity", { compute1: 2 }) }, true],
  ["elsewhere", { hostname: "compute2" }, { group: group("affinity", { compute1: 2 }) }, false, "server group g1 (affinity) is on compute1"],
]);

table(serverGroupAntiAffinityFilter(), [
  ["no group", {}, {}, true],
  ["another policy", { hostname: "compute1" }, { group: group("affinity", { compute1: 1 }) }, true],
  ["empty host", { hostname: "compute2" }, { group: group("anti-affinity", { compute1: 1 }) }, true],
  ["a member there already", { hostname: "compute1" }, { group: group("anti-affinity", { compute1: 1 }) }, false, /holds 1 member\(s\) of server group g1 \(anti-affinity, max_server_per_host 1\)/],
  ["max_server_per_host 2, one there", { hostname: "compute1" }, { group: group("anti-affinity", { compute1: 1 }, { max_server_per_host: 2 }) }, true],
  ["max_server_per_host 2, two there", { hostname: "compute1" }, { group: group("anti-affinity", { compute1: 2 }, { max_server_per_host: 2 }) }, false],
  ["the instance itself is there (a move may stay)", { hostname: "compute1" }, { consumerId: "me", instanceHosts: { me: "compute1" }, group: group("anti-affinity", { compute1: 1 }) }, true],
]);

table(sameHostFilter(), [
  ["no hint", {}, {}, true],
  ["runs the instance", { hostname: "compute1" }, { schedulerHints: { same_host: "i1" }, instanceHosts: { i1: "compute1" } }, true],
  ["a list of one", { hostname: "compute1" }, { schedulerHints: { same_host: ["i1"] }, instanceHosts: { i1: "compute1" } }, true],
  ["runs one of several", { hostname: "compute1" }, { schedulerHints: { same_host: ["i1", "i2"] }, instanceHosts: { i1: "compute2", i2: "compute1" } }, true],
  ["runs none", { hostname: "compute3" }, { schedulerHints: { same_host: ["i1", "i2"] }, instanceHosts: { i1: "compute2", i2: "compute1" } }, false, "runs none of the same_host instances i1, i2"],
  ["the instance has no host", { hostname: "compute1" }, { schedulerHints: { same_host: "i9" }, instanceHosts: {} }, false],
  ["an empty hint is none", {}, { schedulerHints: { same_host: [] } }, true],
]);

table(differentHostFilter(), [
  ["no hint", {}, {}, true],
  ["runs the instance", { hostname: "compute1" }, { schedulerHints: { different_host: ["i1"] }, instanceHosts: { i1: "compute1" } }, false, "runs different_host instance i1"],
  ["runs none of them", { hostname: "compute3" }, { schedulerHints: { different_host: ["i1", "i2"] }, instanceHosts: { i1: "compute1", i2: "compute2" } }, true],
  ["unplaced instances exclude nothing", { hostname: "compute1" }, { schedulerHints: { different_host: "i1" }, instanceHosts: {} }, true],
]);

table(simpleCidrAffinityFilter(), [
  ["no hint", { hostIp: "10.0.0.5" }, {}, true],
  ["in the default /24", { hostIp: "10.0.0.5" }, { schedulerHints: { build_near_host_ip: "10.0.0.200" } }, true],
  ["outside the default /24", { hostIp: "10.0.1.5" }, { schedulerHints: { build_near_host_ip: "10.0.0.200" } }, false, "host address 10.0.1.5 is not in 10.0.0.200/24"],
  ["a wider cidr", { hostIp: "10.0.1.5" }, { schedulerHints: { build_near_host_ip: "10.0.0.200", cidr: "/16" } }, true],
  ["hints as lists of one", { hostIp: "10.0.1.5" }, { schedulerHints: { build_near_host_ip: ["10.0.0.200"], cidr: ["/16"] } }, true],
  ["IPv6", { hostIp: "fd00::5" }, { schedulerHints: { build_near_host_ip: "fd00::1", cidr: "/64" } }, true],
  ["families differ", { hostIp: "10.0.0.5" }, { schedulerHints: { build_near_host_ip: "fd00::1", cidr: "/64" } }, false],
  ["no network", { hostIp: "10.0.0.5" }, { schedulerHints: { build_near_host_ip: "nonsense" } }, false, /make no network/],
]);

table(numInstancesFilter({ maxInstancesPerHost: 2 }), [
  ["none", { numInstances: 0 }, {}, true],
  ["below", { numInstances: 1 }, {}, true],
  ["at the limit", { numInstances: 2 }, {}, false, "has 2 instances, max_instances_per_host is 2"],
]);

table(ioOpsFilter({ maxIoOpsPerHost: 8 }), [
  ["idle", {}, {}, true],
  ["busy below", { numIoOps: 7 }, {}, true],
  ["at the limit", { numIoOps: 8 }, {}, false, "has 8 I/O operations, max_io_ops_per_host is 8"],
]);

describe("the registry", () => {
  it("builds every filter it names, under that name, with Nova's defaults for their options", () => {
    expect(Object.keys(FILTERS).sort()).toEqual([
      "AggregateInstanceExtraSpecsFilter", "AggregateMultiTenancyIsolation", "AvailabilityZoneFilter", "ComputeCapabilitiesFilter", "ComputeFilter",
      "CoreFilter", "DifferentHostFilter", "DiskFilter", "ImagePropertiesFilter", "IoOpsFilter", "NumInstancesFilter", "RamFilter", "SameHostFilter",
      "ServerGroupAffinityFilter", "ServerGroupAntiAffinityFilter", "SimpleCIDRAffinityFilter",
    ]);
    expect(FILTERS.NumInstancesFilter!().filter(host({ numInstances: 50 }), spec()).pass).toBe(false);
    expect(FILTERS.IoOpsFilter!().filter(host({ numIoOps: 7 }), spec()).pass).toBe(true);
  });
});
