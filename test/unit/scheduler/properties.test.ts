import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import { loadConfig } from "../../../src/config.js";
import { claim, loadHostStates, release } from "../../../src/scheduler/claims.js";
import { best, selectHosts } from "../../../src/scheduler/filter-scheduler.js";
import { NoValidHost } from "../../../src/scheduler/errors.js";
import { buildFilters, buildWeighers, FILTERS } from "../../../src/scheduler/registry.js";
import { seededRng } from "../../../src/scheduler/rng.js";
import { Scheduler, schedulerSettingsOf } from "../../../src/scheduler/scheduler.js";
import type { RequestSpec } from "../../../src/scheduler/types.js";
import { host, overCapacity, tempSchedulerDatabase } from "../scheduler-fixtures.js";

const ALL = Object.keys(FILTERS);
const allFilters = buildFilters(ALL, { maxIoOpsPerHost: 4, maxInstancesPerHost: 6 });
const weighers = buildWeighers();

const arbAggregate = fc.record({
  uuid: fc.constantFrom("a1", "a2", "a3"),
  name: fc.constantFrom("agg1", "agg2"),
  availabilityZone: fc.constant(null),
  metadata: fc.dictionary(fc.constantFrom("ssd", "filter_tenant_id", "ram_weight_multiplier", "tier"), fc.constantFrom("true", "p1", "p1,p2", "-1", "gold"), { maxKeys: 3 }),
});
const arbHost = (id: number) =>
  fc
    .record({
      vcpus: fc.integer({ min: 1, max: 32 }),
      memoryMb: fc.integer({ min: 1024, max: 65536 }),
      diskGb: fc.integer({ min: 10, max: 1024 }),
      cpuAllocationRatio: fc.constantFrom(1, 4, 16),
      usedVcpus: fc.integer({ min: 0, max: 64 }),
      usedMemoryMb: fc.integer({ min: 0, max: 60000 }),
      usedDiskGb: fc.integer({ min: 0, max: 1000 }),
      availabilityZone: fc.constantFrom("nova", "az2"),
      serviceDisabled: fc.boolean(),
      numInstances: fc.integer({ min: 0, max: 8 }),
      numIoOps: fc.integer({ min: 0, max: 6 }),
      failedBuilds: fc.integer({ min: 0, max: 2 }),
      hostIp: fc.constantFrom("10.0.0.5", "10.0.1.7", "192.168.0.9"),
      hypervisorType: fc.constantFrom("fake", "QEMU"),
      aggregates: fc.array(arbAggregate, { maxLength: 2 }),
    })
    .map((o) => host({ id, ...o }));
const arbHosts = fc.integer({ min: 1, max: 10 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbHost(i + 1))));
const hostName = fc.integer({ min: 1, max: 10 }).map((i) => `compute${i}`);
const arbSpec: fc.Arbitrary<RequestSpec> = fc.record(
  {
    consumerId: fc.constantFrom("me", "other"),
    vcpus: fc.integer({ min: 1, max: 8 }),
    memoryMb: fc.integer({ min: 64, max: 16384 }),
    diskGb: fc.integer({ min: 0, max: 100 }),
    availabilityZone: fc.option(fc.constantFrom("nova", "az2"), { nil: undefined }),
    projectId: fc.constantFrom("p1", "p2", "p3"),
    flavorExtraSpecs: fc.dictionary(fc.constantFrom("ssd", "capabilities:hypervisor_type", "tier", "hw:cpu_policy"), fc.constantFrom("true", "s== QEMU", "gold", "dedicated"), { maxKeys: 2 }),
    imageProperties: fc.dictionary(fc.constantFrom("hw_architecture", "img_hv_type"), fc.constantFrom("x86_64", "qemu", "fake"), { maxKeys: 2 }),
    schedulerHints: fc.dictionary(fc.constantFrom("same_host", "different_host", "build_near_host_ip", "cidr"), fc.constantFrom("i1", ["i1", "i2"], "10.0.0.1", "/16"), { maxKeys: 2 }),
    instanceHosts: fc.dictionary(fc.constantFrom("i1", "i2", "me"), hostName, { maxKeys: 3 }),
    group: fc.option(
      fc.record({
        uuid: fc.constant("g1"),
        policy: fc.constantFrom("affinity", "anti-affinity", "soft-affinity", "soft-anti-affinity"),
        rules: fc.option(fc.record({ max_server_per_host: fc.integer({ min: 1, max: 3 }) }), { nil: undefined }).map((r) => r ?? {}),
        hostCounts: fc.dictionary(hostName, fc.integer({ min: 0, max: 3 }), { maxKeys: 4 }),
      }),
      { nil: null },
    ),
  },
  { requiredKeys: ["consumerId", "vcpus", "memoryMb", "diskGb"] },
);

describe("the pipeline with every filter enabled", () => {
  it("the chosen host and every alternate pass every filter; with enough hosts left, filtering may stop early", () => {
    fc.assert(
      fc.property(arbHosts, arbSpec, fc.integer(), fc.integer({ min: 1, max: 3 }), fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), (hosts, s, seed, subset, maxCandidates) => {
        const { candidates, decision } = selectHosts(hosts, s, { filters: allFilters, weighers, hostSubsetSize: subset, rng: seededRng(seed), limit: 3, maxCandidates });
        for (const h of candidates) for (const f of allFilters) expect(f.filter(h, s), `${f.name} on ${h.hostname}`).toEqual({ pass: true });
        const passing = hosts.filter((h) => allFilters.every((f) => f.filter(h, s).pass));
        // NoValidHost only when no host passes; never more candidates than asked.
        expect(candidates.length === 0).toBe(passing.length === 0);
        expect(candidates.length).toBeLessThanOrEqual(3);
        if (maxCandidates === undefined) expect(candidates.length).toBe(Math.min(3, passing.length));
        if (candidates.length) expect(decision.chosen === null && decision.weighed[0]!.host === candidates[0]!.hostname).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("seeded runs repeat, decision record included", () => {
    fc.assert(
      fc.property(arbHosts, arbSpec, fc.integer(), fc.integer({ min: 1, max: 4 }), (hosts, s, seed, subset) => {
        const run = () => selectHosts(hosts, s, { filters: allFilters, weighers, hostSubsetSize: subset, rng: seededRng(seed), limit: 3, maxCandidates: 4 });
        expect(run()).toEqual(run());
      }),
      { numRuns: 200 },
    );
  });

  it("best(k) is the k best weights, best first, whatever the ties", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 70 }), fc.integer(), (ws, k, seed) => {
        const weights = Float64Array.from(ws);
        const got = best(weights, k, seededRng(seed));
        expect(new Set(got).size).toBe(got.length);
        expect(got.map((i) => weights[i])).toEqual([...ws].sort((a, b) => b - a).slice(0, k));
      }),
      { numRuns: 300 },
    );
  });
});

describe("server group anti-affinity", () => {
  it("members placed one after another never share a host beyond max_server_per_host; NoValidHost only when every host holds that many", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 15 }), fc.integer(), (nHosts, max, members, seed) => {
        const hosts = Array.from({ length: nHosts }, (_, i) => host({ id: i + 1 }));
        const hostCounts: Record<string, number> = {};
        const filters = buildFilters(["ComputeFilter", "RamFilter", "ServerGroupAntiAffinityFilter"]);
        for (let m = 0; m < members; m++) {
          const s: RequestSpec = { consumerId: `m${m}`, vcpus: 1, memoryMb: 512, diskGb: 1, group: { uuid: "g", policy: "anti-affinity", rules: { max_server_per_host: max }, hostCounts: { ...hostCounts } } };
          const { candidates } = selectHosts(hosts, s, { filters, weighers, hostSubsetSize: 2, rng: seededRng(seed + m) });
          if (!candidates.length) {
            expect(hosts.every((h) => (hostCounts[h.hostname] ?? 0) >= max)).toBe(true);
            continue;
          }
          const h = candidates[0]!;
          hostCounts[h.hostname] = (hostCounts[h.hostname] ?? 0) + 1;
          h.usedMemoryMb += 512;
          expect(hostCounts[h.hostname]).toBeLessThanOrEqual(max);
        }
        expect(Object.values(hostCounts).reduce((a, b) => a + b, 0)).toBe(Math.min(members, nHosts * max));
      }),
      { numRuns: 200 },
    );
  });
});

/** Through the database, with the scheduler's cache: claims, releases, and claims the cache does not see (another replica). */
describe("the cached scheduler (SQLite)", () => {
  const temp = tempSchedulerDatabase("novasim-prop-cache-");
  const arbOp = fc.oneof(
    fc.record({ op: fc.constant("place" as const), vcpus: fc.integer({ min: 1, max: 8 }), memoryMb: fc.integer({ min: 256, max: 8192 }), diskGb: fc.integer({ min: 0, max: 40 }) }),
    fc.record({ op: fc.constant("release" as const), which: fc.nat() }),
    fc.record({ op: fc.constant("elsewhere" as const), host: fc.nat(), vcpus: fc.integer({ min: 1, max: 8 }) }),
    fc.record({ op: fc.constant("disable" as const), host: fc.nat() }),
  );

  it("no host is ever over capacity, placements pass the filters as the database has them, and the cache ends equal to the database", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5 }), fc.array(arbOp, { minLength: 1, maxLength: 30 }), fc.integer(), async (nHosts, ops, seed) => {
        const p = temp.db().prisma;
        await p.allocation.deleteMany({});
        await p.host.deleteMany({});
        await p.host.createMany({
          data: Array.from({ length: nHosts }, (_, i) => ({
            uuid: `00000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}`, hostname: `compute${i + 1}`, hypervisorHostname: `compute${i + 1}`,
            serviceId: `svc-${i + 1}`, hostIp: "10.0.0.1", vcpus: 8, memoryMb: 16384, localGb: 100, cpuAllocationRatio: 1, ramAllocationRatio: 1, diskAllocationRatio: 1, reservedHostMemoryMb: 0,
          })),
        });
        const hostIds = (await p.host.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((h) => h.id);
        const settings = { ...schedulerSettingsOf(loadConfig({})), filters: ["ComputeFilter", "RamFilter", "CoreFilter", "DiskFilter"] };
        const scheduler = new Scheduler({ db: p, clock: new ManualClock(), settings });
        const placed: string[] = [];
        for (const [i, o] of ops.entries()) {
          if (o.op === "place") {
            const s = { consumerId: `c${i}`, vcpus: o.vcpus, memoryMb: o.memoryMb, diskGb: o.diskGb };
            const before = await loadHostStates(p);
            const passing = before.filter((h) => buildFilters(settings.filters).every((f) => f.filter(h, s).pass)).map((h) => h.hostname);
            try {
              const r = await scheduler.scheduleAndClaim(s, { seed: seed + i });
              expect(passing).toContain(r.host.hostname);
              placed.push(s.consumerId);
            } catch (err) {
              if (!(err instanceof NoValidHost)) throw err;
              expect(passing).toEqual([]);
            }
          } else if (o.op === "release" && placed.length) {
            await release(p, placed.splice(o.which % placed.length, 1)[0]!);
          } else if (o.op === "elsewhere") {
            await claim(p, hostIds[o.host % hostIds.length]!, `x${i}`, { vcpus: o.vcpus, memoryMb: 1, diskGb: 0 });
          } else if (o.op === "disable") {
            await p.host.update({ where: { id: hostIds[o.host % hostIds.length]! }, data: { serviceDisabled: true } });
          }
          for (const h of await loadHostStates(p)) expect(overCapacity(h)).toBe(false);
        }
        const fromDb = (await loadHostStates(p)).map((h) => [h.hostname, h.generation, h.usedVcpus, h.usedMemoryMb, h.usedDiskGb, h.serviceDisabled]);
        const cached = (await scheduler.cache.hosts()).map((h) => [h.hostname, h.generation, h.usedVcpus, h.usedMemoryMb, h.usedDiskGb, h.serviceDisabled]);
        expect(cached).toEqual(fromDb);
      }),
      { numRuns: 15 },
    );
  }, 180_000);
});
