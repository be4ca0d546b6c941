import { describe, expect, it } from "vitest";
import { describeDecision, selectHosts } from "../../src/scheduler/filter-scheduler.js";
import { NoValidHost } from "../../src/scheduler/errors.js";
import { buildFilters, buildWeighers } from "../../src/scheduler/registry.js";
import { seededRng } from "../../src/scheduler/rng.js";
import { host, spec } from "./scheduler-fixtures.js";

const opts = (seed = 1, hostSubsetSize = 1) => ({ filters: buildFilters(), weighers: buildWeighers(), hostSubsetSize, rng: seededRng(seed) });

describe("selectHosts", () => {
  it("records hosts before and after each filter, and why", () => {
    const hosts = [host({ id: 1, serviceDisabled: true }), host({ id: 2, availabilityZone: "az2" }), host({ id: 3, usedVcpus: 256 }), host({ id: 4 })];
    const { candidates, decision } = selectHosts(hosts, spec({ availabilityZone: "nova" }), opts());
    expect(candidates.map((h) => h.hostname)).toEqual(["compute4"]);
    expect(decision.steps.map((s) => [s.filter, s.before, s.after])).toEqual([
      ["ComputeFilter", 4, 3],
      ["AvailabilityZoneFilter", 3, 2],
      ["RamFilter", 2, 2],
      ["CoreFilter", 2, 1],
      ["DiskFilter", 1, 1],
      // Nova's default enabled_filters that the ones above do not cover.
      ["ComputeCapabilitiesFilter", 1, 1],
      ["ImagePropertiesFilter", 1, 1],
      ["ServerGroupAntiAffinityFilter", 1, 1],
      ["ServerGroupAffinityFilter", 1, 1],
    ]);
    expect(decision.steps[0]!.rejected).toEqual([{ host: "compute1", reason: "compute service is disabled" }]);
  });

  it("stops at the first filter that leaves nothing, and NoValidHost explains", () => {
    const { candidates, decision } = selectHosts([host({ id: 1, memoryMb: 1024 })], spec({ memoryMb: 4096 }), opts());
    expect(candidates).toEqual([]);
    expect(decision.steps.at(-1)!.filter).toBe("RamFilter");
    const err = new NoValidHost(decision);
    expect(err.message).toBe("No valid host was found. There are not enough hosts available.");
    expect(err.details).toMatch(/RamFilter returned 0 of 1 host\(s\) \[compute1: needs 4096 MB RAM/);
    expect(describeDecision(decision)).toBe(err.details);
  });

  it("ignore_hosts are left out before filtering", () => {
    const { candidates, decision } = selectHosts([host({ id: 1 }), host({ id: 2 })], spec({ ignoreHosts: ["compute1"] }), opts());
    expect(candidates.map((h) => h.hostname)).toEqual(["compute2"]);
    expect(decision.excluded).toEqual([{ host: "compute1", reason: "in ignore_hosts" }]);
  });

  it("a forced host skips the filters (its claim still checks capacity)", () => {
    const hosts = [host({ id: 1, serviceDisabled: true }), host({ id: 2 })];
    const { candidates, decision } = selectHosts(hosts, spec({ forcedHost: "compute1" }), opts());
    expect(candidates.map((h) => h.hostname)).toEqual(["compute1"]);
    expect(decision.steps).toEqual([]);
    expect(selectHosts(hosts, spec({ forcedNode: "compute2" }), opts()).candidates.map((h) => h.hostname)).toEqual(["compute2"]);
    expect(selectHosts(hosts, spec({ forcedHost: "nosuch" }), opts()).candidates).toEqual([]);
  });

  it("ties are shuffled by the seeded RNG: the same seed repeats, seeds differ", () => {
    const hosts = Array.from({ length: 8 }, (_, i) => host({ id: i + 1 }));
    const order = (seed: number) => selectHosts(hosts, spec(), opts(seed)).candidates.map((h) => h.id);
    expect(order(42)).toEqual(order(42));
    const seen = new Set(Array.from({ length: 20 }, (_, s) => order(s)[0]));
    expect(seen.size).toBeGreaterThan(1);
  });

  it("host_subset_size picks among the best N only", () => {
    const hosts = [host({ id: 1 }), host({ id: 2, usedMemoryMb: 1000 }), host({ id: 3, usedMemoryMb: 2000 }), host({ id: 4, usedMemoryMb: 3000 })];
    const firsts = new Set(Array.from({ length: 40 }, (_, s) => selectHosts(hosts, spec(), opts(s, 2)).candidates[0]!.id));
    expect([...firsts].sort()).toEqual([1, 2]);
    // The chosen host leads; every other candidate follows as an alternate.
    expect(selectHosts(hosts, spec(), opts(3, 2)).candidates).toHaveLength(4);
  });
});
