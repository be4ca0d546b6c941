import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prepareDatabase } from "../../../src/bootstrap.js";
import { ManualClock } from "../../../src/clock.js";
import { loadConfig } from "../../../src/config.js";
import type { Database } from "../../../src/db/client.js";
import { createLogger } from "../../../src/logger.js";
import { aggregatesStamp, changesSince } from "../../../src/db/repositories/scheduler.js";
import { noteBuild } from "../../../src/scheduler/attached.js";
import { claim, release, scheduleAndClaim } from "../../../src/scheduler/claims.js";
import { NoValidHost } from "../../../src/scheduler/errors.js";
import { HostStateCache } from "../../../src/scheduler/host-state-cache.js";
import { createScheduler, Scheduler, schedulerSettingsOf } from "../../../src/scheduler/scheduler.js";
import { freshDatabaseUrl } from "../../helpers.js";

/** A cache that stops reading changes once filled: what a replica sees between two looks. */
class FrozenCache extends HostStateCache {
  frozen = false;
  override async refresh(): Promise<void> {
    if (!this.frozen) await super.refresh();
  }
}

/** On SQLite, or on PostgreSQL with TEST_DATABASE_URL (the per-decision queries are raw SQL for both). */
let db: Database;
let drop: () => Promise<void>;
const settings = (over: Partial<ReturnType<typeof schedulerSettingsOf>> = {}) => ({ ...schedulerSettingsOf(loadConfig({})), ...over });
const FLAVOR = { vcpus: 4, memoryMb: 1024, diskGb: 10 };

beforeAll(async () => {
  const fresh = await freshDatabaseUrl();
  drop = fresh.drop;
  db = await prepareDatabase(loadConfig({ NOVASIM_LOG_LEVEL: "silent", NOVASIM_HOST_COUNT: "0", DATABASE_URL: fresh.url }), createLogger("silent"));
});
afterAll(async () => {
  await db.close();
  await drop();
});
beforeEach(async () => {
  const p = db.prisma;
  await p.allocation.deleteMany({});
  await p.host.deleteMany({});
  // Three hosts with room for two 4-vCPU instances each.
  await p.host.createMany({
    data: [1, 2, 3].map((i) => ({
      uuid: `00000000-0000-4000-8000-00000000000${i}`, hostname: `compute${i}`, hypervisorHostname: `compute${i}`, serviceId: `svc-${i}`,
      hostIp: `10.0.0.${i}`, vcpus: 8, memoryMb: 16384, localGb: 100, cpuAllocationRatio: 1, ramAllocationRatio: 1, diskAllocationRatio: 1, reservedHostMemoryMb: 0,
    })),
  });
});

const ids = async () => (await db.prisma.host.findMany({ select: { id: true, hostname: true }, orderBy: { id: "asc" } })).map((h) => h.id);

describe("HostStateCache", () => {
  it("reads only what changed: claims and releases elsewhere, a disabled service, a new host, a deleted one (at the full refresh)", async () => {
    let now = Date.now();
    const cache = new HostStateCache(db.prisma, { now: () => now });
    const [h1, h2] = await ids();
    expect((await cache.hosts()).map((h) => [h.hostname, h.usedVcpus])).toEqual([["compute1", 0], ["compute2", 0], ["compute3", 0]]);
    await claim(db.prisma, h1!, "a", FLAVOR);
    await db.prisma.host.update({ where: { id: h2! }, data: { serviceDisabled: true } });
    const seen = await cache.hosts();
    expect(seen.map((h) => [h.hostname, h.usedVcpus, h.numInstances, h.serviceDisabled])).toEqual([
      ["compute1", 4, 1, false], ["compute2", 0, 0, true], ["compute3", 0, 0, false],
    ]);
    await release(db.prisma, "a");
    await db.prisma.host.create({ data: { uuid: "00000000-0000-4000-8000-000000000009", hostname: "compute9", hypervisorHostname: "compute9", serviceId: "svc-9", hostIp: "10.0.0.9", vcpus: 8, memoryMb: 1, localGb: 1, cpuAllocationRatio: 1, ramAllocationRatio: 1, diskAllocationRatio: 1 } });
    expect((await cache.hosts()).map((h) => [h.hostname, h.usedVcpus])).toEqual([["compute1", 0], ["compute2", 0], ["compute3", 0], ["compute9", 0]]);
    // A deleted host leaves no changed row behind: the periodic full read drops it.
    await db.prisma.host.delete({ where: { hostname: "compute9" } });
    expect((await cache.hosts()).length).toBe(4);
    now += 61_000;
    await cache.hosts(); // starts the full read in the background
    await new Promise((r) => setImmediate(r));
    await cache.refresh();
    await (cache as unknown as { background: Promise<void> | null }).background;
    expect((await cache.hosts()).map((h) => h.hostname)).toEqual(["compute1", "compute2", "compute3"]);
  });

  it("counts I/O operations per host (building, resizing, snapshotting…), no older than ioOpsMaxAgeMs", async () => {
    let now = Date.now();
    const cache = new HostStateCache(db.prisma, { now: () => now, ioOpsMaxAgeMs: 1000 });
    await cache.hosts();
    const base = { displayName: "x", projectId: "p", userId: "u", flavorId: "1", flavor: "{}", reservationId: "r" };
    await db.prisma.instance.createMany({
      data: [
        { ...base, id: "i1", vmState: "building", taskState: "spawning", host: "compute1" },
        { ...base, id: "i2", vmState: "active", taskState: "image_snapshot", host: "compute1" },
        { ...base, id: "i3", vmState: "active", taskState: "rebooting", host: "compute1" },
        { ...base, id: "i4", vmState: "resized", taskState: "resize_migrating", host: "compute2" },
      ],
    });
    try {
      expect((await cache.hosts()).map((h) => h.numIoOps)).toEqual([0, 0, 0]);
      now += 1001;
      expect((await cache.hosts()).map((h) => h.numIoOps)).toEqual([2, 1, 0]);
    } finally {
      await db.prisma.instance.deleteMany({ where: { id: { in: ["i1", "i2", "i3", "i4"] } } });
    }
  });

  it("aggregates and their metadata reach the hosts as they change", async () => {
    const cache = new HostStateCache(db.prisma);
    await cache.hosts();
    const agg = await db.prisma.aggregate.create({ data: { uuid: "agg-uuid", name: "fast", availabilityZone: null } });
    await db.prisma.aggregateHost.create({ data: { aggregateId: agg.id, host: "compute2" } });
    await db.prisma.aggregateMetadata.create({ data: { aggregateId: agg.id, key: "ssd", value: "true" } });
    try {
      expect((await cache.hosts()).map((h) => h.aggregates)).toEqual([[], [{ uuid: "agg-uuid", name: "fast", availabilityZone: null, metadata: { ssd: "true" } }], []]);
      // The stamp of the full read and of the per-decision read agree (else every decision would read the aggregates again).
      expect((await changesSince(db.prisma, new Date(Date.now() + 60_000))).aggregatesStamp).toBe(await aggregatesStamp(db.prisma));
      // Same length, other value: still seen.
      await db.prisma.aggregateMetadata.update({ where: { aggregateId_key: { aggregateId: agg.id, key: "ssd" } }, data: { value: "nope" } });
      expect((await cache.hosts())[1]!.aggregates![0]!.metadata).toEqual({ ssd: "nope" });
      await db.prisma.aggregateHost.deleteMany({});
      expect((await cache.hosts()).map((h) => h.aggregates)).toEqual([[], [], []]);
    } finally {
      await db.prisma.aggregate.deleteMany({});
    }
  });
});

describe("the scheduler with its cache", () => {
  it("a claim lost to a change it had not seen yet: the host is read again and the alternate takes it", async () => {
    const cache = new FrozenCache(db.prisma);
    const s = new Scheduler({ db: db.prisma, clock: new ManualClock(), settings: settings({ weighers: ["RAMWeigher"] }), cache });
    // compute3 has the least RAM: weighed last, tried last.
    await db.prisma.host.update({ where: { hostname: "compute3" }, data: { memoryMb: 8192 } });
    await cache.hosts();
    cache.frozen = true;
    const [h1, h2] = await ids();
    // Another replica fills compute1 and compute2; this cache still sees them empty.
    await claim(db.prisma, h1!, "x1", { vcpus: 8, memoryMb: 1, diskGb: 0 });
    await claim(db.prisma, h2!, "x2", { vcpus: 8, memoryMb: 1, diskGb: 0 });
    const placed = await s.scheduleAndClaim({ consumerId: "c1", ...FLAVOR }, { seed: 1 });
    expect(placed.host.hostname).toBe("compute3");
    const [d] = s.decisions();
    expect(d!.decision.attempts.map((a) => a.host).sort()).toEqual(["compute1", "compute2", "compute3"]);
    expect(d!.decision.attempts.at(-1)!.host).toBe("compute3");
    expect(d!.decision.attempts.at(-1)!.outcome).toBe("claimed");
    expect(d!.decision.attempts.slice(0, -1).every((a) => /^capacity: VCPU: 4 requested, 0 of 8 available$/.test(a.outcome))).toBe(true);
    // What the failed claims found is in the cache now.
    expect((await cache.hosts()).map((h) => h.usedVcpus)).toEqual([8, 8, 4]);
  });

  it("max_attempts candidates, then NoValidHost with every attempt recorded", async () => {
    const cache = new FrozenCache(db.prisma);
    const s = new Scheduler({ db: db.prisma, clock: new ManualClock(), settings: settings({ maxAttempts: 2 }), cache });
    await cache.hosts();
    cache.frozen = true;
    for (const id of await ids()) await claim(db.prisma, id, `x${id}`, { vcpus: 8, memoryMb: 1, diskGb: 0 });
    await expect(s.scheduleAndClaim({ consumerId: "c1", ...FLAVOR }, { seed: 3 })).rejects.toBeInstanceOf(NoValidHost);
    const [d] = s.decisions();
    expect(d).toMatchObject({ outcome: "no_valid_host", instanceUuid: "c1", host: null });
    expect(d!.decision.attempts).toHaveLength(2);
    expect(d!.decision.chosen).toBeNull();
  });

  it("createScheduler attaches it: scheduleAndClaim(db, …) goes through it and keeps at most `keep` decisions, newest first", async () => {
    const s = createScheduler({ db: db.prisma, clock: new ManualClock(Date.UTC(2026, 0, 1)), settings: settings(), keep: 2 });
    for (const c of ["c1", "c2", "c3"]) await scheduleAndClaim(db.prisma, { consumerId: c, vcpus: 1, memoryMb: 1, diskGb: 0 }, { seed: 1 });
    expect(s.decisions().map((d) => d.instanceUuid)).toEqual(["c3", "c2"]);
    expect(s.decisions()[0]!.time.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(s.decision(s.decisions()[1]!.id)!.instanceUuid).toBe("c2");
    // Spread by the weighers: each lands on a host the ones before left empty.
    expect(new Set(s.decisions().map((d) => d.host)).size).toBe(2);
  });

  it("failed builds on a host (noteBuild) sink it below the others until a build succeeds there", async () => {
    const s = createScheduler({ db: db.prisma, clock: new ManualClock(), settings: settings() });
    noteBuild(db.prisma, "compute1", false);
    noteBuild(db.prisma, "compute1", false);
    expect((await s.cache.hosts()).map((h) => h.failedBuilds)).toEqual([2, 0, 0]);
    // compute1 is the emptiest, yet never chosen.
    await claim(db.prisma, (await ids())[1]!, "x2", { vcpus: 1, memoryMb: 4096, diskGb: 0 });
    await claim(db.prisma, (await ids())[2]!, "x3", { vcpus: 1, memoryMb: 4096, diskGb: 0 });
    for (let i = 0; i < 5; i++) {
      const placed = await scheduleAndClaim(db.prisma, { consumerId: `c${i}`, vcpus: 1, memoryMb: 1, diskGb: 0 }, { seed: i });
      expect(placed.host.hostname).not.toBe("compute1");
    }
    noteBuild(db.prisma, "compute1", true);
    expect((await s.cache.hosts())[0]!.failedBuilds).toBe(0);
    expect((await scheduleAndClaim(db.prisma, { consumerId: "c9", vcpus: 1, memoryMb: 1, diskGb: 0 }, { seed: 1 })).host.hostname).toBe("compute1");
  });
});
