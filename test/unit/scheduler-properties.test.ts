import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadHostStates } from "../../src/scheduler/claims.js";
import { selectHosts } from "../../src/scheduler/filter-scheduler.js";
import { NoValidHost, scheduleAndClaim } from "../../src/scheduler/index.js";
import { buildFilters, buildWeighers } from "../../src/scheduler/registry.js";
import { seededRng } from "../../src/scheduler/rng.js";
import { host, overCapacity, tempSchedulerDatabase } from "./scheduler-fixtures.js";

const arbHost = (id: number) =>
  fc.record({
    vcpus: fc.integer({ min: 1, max: 64 }),
    memoryMb: fc.integer({ min: 1024, max: 262144 }),
    diskGb: fc.integer({ min: 10, max: 4096 }),
    reservedMemoryMb: fc.integer({ min: 0, max: 1024 }),
    cpuAllocationRatio: fc.constantFrom(1, 4, 16),
    ramAllocationRatio: fc.constantFrom(1, 1.5),
    diskAllocationRatio: fc.constantFrom(1, 2),
    usedVcpus: fc.integer({ min: 0, max: 128 }),
    usedMemoryMb: fc.integer({ min: 0, max: 200000 }),
    usedDiskGb: fc.integer({ min: 0, max: 4000 }),
    availabilityZone: fc.constantFrom("nova", "az2"),
    serviceDisabled: fc.boolean(),
    serviceUp: fc.boolean(),
  }).map((o) => host({ id, ...o }));
const arbHosts = fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbHost(i + 1))));
const arbSpec = fc.record({
  consumerId: fc.uuid(),
  vcpus: fc.integer({ min: 1, max: 16 }),
  memoryMb: fc.integer({ min: 64, max: 32768 }),
  diskGb: fc.integer({ min: 0, max: 200 }),
  availabilityZone: fc.option(fc.constantFrom("nova", "az2"), { nil: undefined }),
});

const filters = buildFilters();
const weighers = buildWeighers();

describe("filter scheduler properties", () => {
  it("the chosen host and every alternate pass every filter; what is dropped fails one", () => {
    fc.assert(
      fc.property(arbHosts, arbSpec, fc.integer(), fc.integer({ min: 1, max: 4 }), (hosts, s, seed, subset) => {
        const { candidates } = selectHosts(hosts, s, { filters, weighers, hostSubsetSize: subset, rng: seededRng(seed) });
        const ids = new Set(candidates.map((h) => h.id));
        for (const h of hosts) {
          const passes = filters.every((f) => f.filter(h, s).pass);
          expect(ids.has(h.id)).toBe(passes);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("seeded runs repeat", () => {
    fc.assert(
      fc.property(arbHosts, arbSpec, fc.integer(), fc.integer({ min: 1, max: 4 }), (hosts, s, seed, subset) => {
        const run = () => selectHosts(hosts, s, { filters, weighers, hostSubsetSize: subset, rng: seededRng(seed) }).candidates.map((h) => h.id);
        expect(run()).toEqual(run());
      }),
      { numRuns: 200 },
    );
  });
});

/** The same properties through the database: sequences of placements never overfill a host. */
describe("scheduleAndClaim properties (SQLite)", () => {
  const temp = tempSchedulerDatabase("novasim-prop-");

  it("no host is ever over capacity; a placement lands on a host that passed every filter; NoValidHost only when none did", async () => {
    await fc.assert(
      fc.asyncProperty(arbHosts, fc.array(arbSpec, { minLength: 1, maxLength: 25 }), fc.integer(), async (hosts, specs, seed) => {
        const p = temp.db().prisma;
        await p.allocation.deleteMany({});
        await p.host.deleteMany({});
        await p.host.createMany({
          data: hosts.map((h) => ({
            uuid: h.uuid, hostname: h.hostname, hypervisorHostname: h.nodename, serviceId: `${h.uuid}-svc`, hostIp: "192.168.1.10",
            availabilityZone: h.availabilityZone, vcpus: h.vcpus, memoryMb: h.memoryMb, localGb: h.diskGb,
            reservedHostMemoryMb: h.reservedMemoryMb, cpuAllocationRatio: h.cpuAllocationRatio, ramAllocationRatio: h.ramAllocationRatio,
            diskAllocationRatio: h.diskAllocationRatio, serviceDisabled: h.serviceDisabled, serviceUp: h.serviceUp,
          })),
        });
        for (const [i, s] of specs.entries()) {
          const before = await loadHostStates(p);
          const passing = before.filter((h) => filters.every((f) => f.filter(h, s).pass)).map((h) => h.hostname);
          try {
            const placed = await scheduleAndClaim(p, s, { seed: seed + i, hostSubsetSize: 2 });
            expect(passing).toContain(placed.host.hostname);
          } catch (err) {
            if (!(err instanceof NoValidHost)) throw err;
            expect(passing).toEqual([]);
          }
          for (const h of await loadHostStates(p)) expect(overCapacity(h)).toBe(false);
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
