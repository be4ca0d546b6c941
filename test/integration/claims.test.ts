import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../../src/bootstrap.js";
import { loadConfig } from "../../src/config.js";
import { openDatabase, type Database } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { NoValidHost, hostUsage, release, scheduleAndClaim } from "../../src/scheduler/index.js";
import { freshDatabaseUrl, pgBase } from "../helpers.js";

/**
 * 100 concurrent placements onto 2 hosts with room for 10 each: exactly 20
 * succeed, no host goes over, and the allocations add up. On PostgreSQL the
 * calls are spread over two Prisma clients with their own pools, as two API
 * replicas would be.
 */
const ENV = {
  NOVASIM_LOG_LEVEL: "silent",
  NOVASIM_HOST_COUNT: "2",
  NOVASIM_HOST_VCPUS: "10",
  NOVASIM_CPU_ALLOCATION_RATIO: "1.0",
};
const FLAVOR = { vcpus: 1, memoryMb: 512, diskGb: 1 };
const N = 100;

async function setUp(url: string): Promise<Database> {
  const config = loadConfig({ ...ENV, DATABASE_URL: url });
  return prepareDatabase(config, createLogger("silent"));
}

async function burst(clients: Database[]) {
  const consumers = Array.from({ length: N }, () => crypto.randomUUID());
  const results = await Promise.allSettled(
    consumers.map((consumerId, i) => scheduleAndClaim(clients[i % clients.length]!.prisma, { consumerId, ...FLAVOR })),
  );
  return { consumers, results };
}

async function check(db: Database, { consumers, results }: Awaited<ReturnType<typeof burst>>) {
  const ok = results.filter((r) => r.status === "fulfilled");
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  for (const f of failed) expect(f.reason).toBeInstanceOf(NoValidHost);
  expect(ok).toHaveLength(20);
  expect(failed).toHaveLength(80);
  expect((failed[0]!.reason as NoValidHost).details).toMatch(/CoreFilter|VCPU/);

  const usage = await hostUsage(db.prisma);
  const hosts = await db.prisma.host.findMany({ select: { id: true, hostname: true, vcpus: true, generation: true } });
  for (const h of hosts) {
    const u = usage.get(h.id)!;
    expect(u.VCPU).toBeLessThanOrEqual(h.vcpus);
    expect(u.VCPU).toBe(10);
    expect(u.MEMORY_MB).toBe(10 * FLAVOR.memoryMb);
    expect(u.consumers).toBe(10);
  }
  // Each placed consumer holds exactly one VCPU, MEMORY_MB and DISK_GB row, on the host it was told.
  const rows = await db.prisma.allocation.findMany({ select: { consumerId: true, hostId: true, resourceClass: true, used: true } });
  expect(rows).toHaveLength(20 * 3);
  const byConsumer = new Map<string, Set<number>>();
  for (const r of rows) byConsumer.set(r.consumerId, (byConsumer.get(r.consumerId) ?? new Set()).add(r.hostId));
  expect(byConsumer.size).toBe(20);
  for (const [consumer, hostIds] of byConsumer) {
    expect(consumers).toContain(consumer);
    expect(hostIds.size).toBe(1);
  }
  results.forEach((r, i) => {
    if (r.status === "fulfilled") expect([...byConsumer.get(consumers[i]!)!]).toEqual([r.value.host.id]);
    else expect(byConsumer.has(consumers[i]!)).toBe(false);
  });
  expect(rows.reduce((s, r) => s + (r.resourceClass === "VCPU" ? r.used : 0), 0)).toBe(20);

  // Releasing everything frees both hosts; releasing again is a no-op.
  for (const c of byConsumer.keys()) await release(db.prisma, c);
  expect(await release(db.prisma, [...byConsumer.keys()][0]!)).toEqual([]);
  expect((await hostUsage(db.prisma)).size).toBe(0);
}

describe("claims under concurrency: SQLite", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-claims-"));
  let db: Database;
  afterAll(async () => {
    await db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("100 concurrent placements onto 2×10: exactly 20 succeed, no host over capacity", async () => {
    db = await setUp(`file:${path.join(dir, "novasim.db")}`);
    await check(db, await burst([db]));
  }, 120_000);
});

describe.skipIf(!pgBase)("claims under concurrency: PostgreSQL, two replicas", () => {
  let fresh: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let a: Database;
  let b: Database;
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await fresh?.drop();
  });

  it("100 concurrent placements over two clients onto 2×10: exactly 20 succeed, no host over capacity", async () => {
    fresh = await freshDatabaseUrl();
    a = await setUp(fresh.url);
    b = await openDatabase(fresh.url);
    await check(a, await burst([a, b]));
  }, 120_000);
});
