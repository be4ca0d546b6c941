import { describe, expect, it } from "vitest";
import { availabilityZoneFilter } from "../../src/scheduler/filters/availability-zone-filter.js";
import { computeFilter } from "../../src/scheduler/filters/compute-filter.js";
import { coreFilter, diskFilter, ramFilter } from "../../src/scheduler/filters/resource-fit.js";
import { buildFilters, DEFAULT_FILTERS, FILTERS } from "../../src/scheduler/registry.js";
import type { Filter, HostState, RequestSpec } from "../../src/scheduler/types.js";
import { host, spec } from "./scheduler-fixtures.js";

type Case = [name: string, h: Partial<HostState>, s: Partial<RequestSpec>, pass: boolean, reason?: RegExp];

function table(filter: Filter, cases: Case[]) {
  describe(filter.name, () => {
    it.each(cases)("%s", (_name, h, s, pass, reason) => {
      const r = filter.filter(host(h), spec(s));
      expect(r.pass).toBe(pass);
      if (!r.pass && reason) expect(r.reason).toMatch(reason);
    });
  });
}

table(computeFilter(), [
  ["enabled and up", {}, {}, true],
  ["disabled", { serviceDisabled: true }, {}, false, /disabled/],
  ["forced down", { forcedDown: true }, {}, false, /forced down/],
  ["down", { serviceUp: false }, {}, false, /is down/],
]);

table(availabilityZoneFilter(), [
  ["no zone requested", { availabilityZone: "az1" }, {}, true],
  ["null zone requested", { availabilityZone: "az1" }, { availabilityZone: null }, true],
  ["same zone", { availabilityZone: "az1" }, { availabilityZone: "az1" }, true],
  ["other zone", { availabilityZone: "az1" }, { availabilityZone: "az2" }, false, /az1, not az2/],
]);

// RAM capacity = (65536 - 512) * 1.5 = 97536 MB.
table(ramFilter(), [
  ["fits empty host", {}, { memoryMb: 2048 }, true],
  ["fits exactly with overcommit", { usedMemoryMb: 97536 - 2048 }, { memoryMb: 2048 }, true],
  ["one MB over", { usedMemoryMb: 97536 - 2047 }, { memoryMb: 2048 }, false, /needs 2048 MB RAM, 2047 MB free of 97536/],
  ["reserved RAM counts", { memoryMb: 1024, reservedMemoryMb: 512, ramAllocationRatio: 1 }, { memoryMb: 1024 }, false],
  ["ratio 1.0 without overcommit", { ramAllocationRatio: 1, usedMemoryMb: 65024 }, { memoryMb: 1 }, false],
]);

// vCPU capacity = 16 * 16 = 256.
table(coreFilter(), [
  ["fits", {}, { vcpus: 8 }, true],
  ["fits exactly", { usedVcpus: 248 }, { vcpus: 8 }, true],
  ["over", { usedVcpus: 249 }, { vcpus: 8 }, false, /needs 8 vCPUs, 7 free of 256/],
  ["ratio 1.0", { cpuAllocationRatio: 1, usedVcpus: 16 }, { vcpus: 1 }, false],
  ["reserved CPUs count", { cpuAllocationRatio: 1, reservedVcpus: 4, usedVcpus: 12 }, { vcpus: 1 }, false],
]);

// Disk capacity = 1024 * 1.0.
table(diskFilter(), [
  ["fits", {}, { diskGb: 1024 }, true],
  ["over", { usedDiskGb: 1 }, { diskGb: 1024 }, false, /needs 1024 GB disk, 1023 GB free of 1024/],
  ["zero disk (boot from volume) always fits", { usedDiskGb: 1024 }, { diskGb: 0 }, true],
  ["overcommitted disk", { diskAllocationRatio: 2, usedDiskGb: 1024 }, { diskGb: 1024 }, true],
]);

describe("registry", () => {
  it("builds every default filter by name, in order", () => {
    expect(buildFilters().map((f) => f.name)).toEqual(DEFAULT_FILTERS);
    for (const [name, make] of Object.entries(FILTERS)) expect(make().name).toBe(name);
  });
  it("rejects unknown names", () => {
    expect(() => buildFilters(["NoSuchFilter"])).toThrow(/unknown scheduler filter NoSuchFilter/);
  });
});
