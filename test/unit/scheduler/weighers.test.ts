import { describe, expect, it } from "vitest";
import { normalize, selectHosts } from "../../../src/scheduler/filter-scheduler.js";
import { buildWeighers, DEFAULT_WEIGHERS, WEIGHERS } from "../../../src/scheduler/registry.js";
import { seededRng } from "../../../src/scheduler/rng.js";
import type { HostState, RequestSpec, ServerGroupSpec, Weigher } from "../../../src/scheduler/types.js";
import { buildFailureWeigher } from "../../../src/scheduler/weighers/build-failure-weigher.js";
import { cpuWeigher } from "../../../src/scheduler/weighers/cpu-weigher.js";
import { diskWeigher } from "../../../src/scheduler/weighers/disk-weigher.js";
import { hypervisorVersionWeigher } from "../../../src/scheduler/weighers/hypervisor-version-weigher.js";
import { ioOpsWeigher } from "../../../src/scheduler/weighers/io-ops-weigher.js";
import { numInstancesWeigher } from "../../../src/scheduler/weighers/num-instances-weigher.js";
import { ramWeigher } from "../../../src/scheduler/weighers/ram-weigher.js";
import { serverGroupSoftAffinityWeigher } from "../../../src/scheduler/weighers/server-group-soft-affinity-weigher.js";
import { serverGroupSoftAntiAffinityWeigher } from "../../../src/scheduler/weighers/server-group-soft-anti-affinity-weigher.js";
import { host, spec } from "../scheduler-fixtures.js";

type Case = [name: string, h: Partial<HostState>, s: Partial<RequestSpec>, weight: number];
const group = (policy: string, hostCounts: Record<string, number>): ServerGroupSpec => ({ uuid: "g1", policy, rules: {}, hostCounts });

/** Raw weights, before normalisation: what Nova's _weigh_object returns. */
function table(w: Weigher, multiplier: number, cases: Case[]) {
  describe(`${w.name} (default multiplier ${multiplier})`, () => {
    it("has Nova's default multiplier", () => expect(w.multiplier).toBe(multiplier));
    it.each(cases)("%s", (_n, h, s, weight) => expect(w.weigh(host(h), spec(s))).toBe(weight));
  });
}

table(ramWeigher(), 1.0, [
  ["empty host: total - reserved", {}, {}, 65536 - 512],
  ["usage taken off", { usedMemoryMb: 1024 }, {}, 65536 - 512 - 1024],
  ["negative with overcommit (clamped to minval 0 when weighed)", { usedMemoryMb: 90000 }, {}, 65536 - 512 - 90000],
]);
table(cpuWeigher(), 1.0, [
  ["vcpus * ratio", {}, {}, 256],
  ["minus used", { usedVcpus: 6 }, {}, 250],
  ["reserved CPUs do not count (vcpus_used excludes them)", { reservedVcpus: 4 }, {}, 256],
]);
table(diskWeigher(), 1.0, [
  ["free disk in MB", {}, {}, 1024 * 1024],
  ["minus used and reserved", { usedDiskGb: 24, reservedDiskGb: 1000 }, {}, 0],
]);
table(numInstancesWeigher(), 0.0, [
  ["instances", { numInstances: 7 }, {}, 7],
  ["unknown is none", {}, {}, 0],
]);
table(ioOpsWeigher(), -1.0, [["I/O operations", { numIoOps: 3 }, {}, 3]]);
table(buildFailureWeigher(), 1000000.0, [["failed builds", { failedBuilds: 2 }, {}, 2]]);
table(hypervisorVersionWeigher(), 1.0, [["version", { hypervisorVersion: 6002000 }, {}, 6002000]]);
table(serverGroupSoftAffinityWeigher(), 1.0, [
  ["members on the host", { hostname: "compute1" }, { group: group("soft-affinity", { compute1: 3 }) }, 3],
  ["another policy", { hostname: "compute1" }, { group: group("soft-anti-affinity", { compute1: 3 }) }, 0],
  ["no group", {}, {}, 0],
]);
table(serverGroupSoftAntiAffinityWeigher(), 1.0, [
  ["members on the host, negated", { hostname: "compute1" }, { group: group("soft-anti-affinity", { compute1: 2 }) }, -2],
  ["another policy", { hostname: "compute1" }, { group: group("soft-affinity", { compute1: 2 }) }, 0],
]);

describe("normalize with minval (nova.weights.normalize)", () => {
  it.each([
    [[10, 20], 0, [0.5, 1]],
    [[5, 5], 0, [1, 1]],
    [[0, 0], 0, [0, 0]],
  ])("%j from %j -> %j", (input, minval, out) => expect(normalize(input, minval)).toEqual(out));
});

const pick = (hosts: HostState[], weighers: Weigher[], s: Partial<RequestSpec> = {}) =>
  selectHosts(hosts, spec(s), { filters: [], weighers, hostSubsetSize: 1, rng: seededRng(7) });

describe("weighing", () => {
  it("sums multiplier x normalised weight per weigher, and records each share", () => {
    const hosts = [host({ id: 1, usedMemoryMb: 32512, usedVcpus: 0 }), host({ id: 2, usedMemoryMb: 0, usedVcpus: 128 })];
    const { decision } = pick(hosts, [ramWeigher(1), cpuWeigher(2)]);
    // RAM: 32512/65024 = 0.5 and 1 (from minval 0); CPU: 256/256 and 128/256, times 2.
    expect(decision.weights).toEqual([
      { host: "compute1", total: 2.5, by: { RAMWeigher: 0.5, CPUWeigher: 2 } },
      { host: "compute2", total: 2, by: { RAMWeigher: 1, CPUWeigher: 1 } },
    ]);
  });

  it("IoOpsWeigher's default -1.0 prefers idle hosts; NumInstancesWeigher's 0.0 changes nothing", () => {
    const hosts = [host({ id: 1, numIoOps: 4, numInstances: 0 }), host({ id: 2, numIoOps: 0, numInstances: 9 })];
    expect(pick(hosts, [ioOpsWeigher()]).candidates[0]!.hostname).toBe("compute2");
    expect(pick(hosts, [numInstancesWeigher()]).decision.weighed.map((w) => w.weight)).toEqual([0, 0]);
    expect(pick(hosts, [numInstancesWeigher(-1)]).candidates[0]!.hostname).toBe("compute1");
  });

  it("BuildFailureWeigher sinks a failing host below any resource difference", () => {
    const hosts = [host({ id: 1, failedBuilds: 1 }), host({ id: 2, usedMemoryMb: 60000, failedBuilds: 0 })];
    expect(pick(hosts, [ramWeigher(), buildFailureWeigher()]).candidates.map((h) => h.hostname)).toEqual(["compute2", "compute1"]);
  });

  it("soft affinity prefers the group's hosts, soft anti-affinity the others", () => {
    const hosts = [host({ id: 1 }), host({ id: 2 }), host({ id: 3 })];
    const counts = { compute2: 2, compute3: 1 };
    expect(pick(hosts, [serverGroupSoftAffinityWeigher()], { group: group("soft-affinity", counts) }).candidates[0]!.hostname).toBe("compute2");
    expect(pick(hosts, [serverGroupSoftAntiAffinityWeigher()], { group: group("soft-anti-affinity", counts) }).candidates[0]!.hostname).toBe("compute1");
  });

  it("an aggregate's <name>_weight_multiplier overrides the setting for its hosts (the smallest of several)", () => {
    const agg = (v: string, name = "a") => ({ uuid: name, name, availabilityZone: null, metadata: { ram_weight_multiplier: v } });
    const hosts = [host({ id: 1, usedMemoryMb: 0, aggregates: [agg("-1.0")] }), host({ id: 2, usedMemoryMb: 32512 })];
    const { candidates, decision } = pick(hosts, [ramWeigher(1)]);
    expect(candidates[0]!.hostname).toBe("compute2");
    expect(decision.weights!.map((w) => [w.host, w.total])).toEqual([["compute2", 0.5], ["compute1", -1]]);
    const two = [host({ id: 1, aggregates: [agg("3", "a"), agg("0.5", "b")] }), host({ id: 2, usedMemoryMb: 65024 })];
    expect(pick(two, [ramWeigher(1)]).decision.weights![0]).toEqual({ host: "compute1", total: 0.5, by: { RAMWeigher: 0.5 } });
    // Not a number: the setting applies.
    const bad = [host({ id: 1, aggregates: [agg("lots")] }), host({ id: 2, usedMemoryMb: 65024 })];
    expect(pick(bad, [ramWeigher(2)]).decision.weights![0]!.total).toBe(2);
  });

  it("one host is not weighed (Nova returns it with weight 0)", () => {
    expect(pick([host()], [ramWeigher()]).decision.weighed).toEqual([{ host: "compute1", weight: 0 }]);
  });
});

describe("the registry", () => {
  it("all weighers by default, each with its multiplier from the settings", () => {
    expect(DEFAULT_WEIGHERS).toEqual(Object.keys(WEIGHERS));
    const ws = buildWeighers(undefined, { ram_weight_multiplier: -2, build_failure_weight_multiplier: 5 });
    expect(ws.map((w) => [w.name, w.multiplier])).toEqual([
      ["RAMWeigher", -2], ["CPUWeigher", 1], ["DiskWeigher", 1], ["NumInstancesWeigher", 0], ["IoOpsWeigher", -1],
      ["ServerGroupSoftAffinityWeigher", 1], ["ServerGroupSoftAntiAffinityWeigher", 1], ["BuildFailureWeigher", 5], ["HypervisorVersionWeigher", 1],
    ]);
    expect(() => buildWeighers(["NoSuchWeigher"])).toThrow(/unknown scheduler weigher NoSuchWeigher/);
  });
});
