import { afterAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../../src/bootstrap.js";
import { loadConfig } from "../../src/config.js";
import type { Database } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { hostUsage, scheduleAndClaim } from "../../src/scheduler/index.js";
import { freshDatabaseUrl } from "../helpers.js";

/** Seeding hosts is idempotent, keeps allocations, adds configured hosts and reports removed ones down. */
describe("host seeding across restarts", () => {
  let fresh: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let db: Database | undefined;
  afterAll(async () => {
    await db?.close();
    await fresh?.drop();
  });
  const start = async (env: Record<string, string>) => {
    await db?.close();
    db = await prepareDatabase(loadConfig({ NOVASIM_LOG_LEVEL: "silent", DATABASE_URL: fresh.url, ...env }), createLogger("silent"));
    return db.prisma.host.findMany({ select: { id: true, uuid: true, hostname: true, serviceUp: true, vcpus: true, generation: true }, orderBy: { id: "asc" } });
  };

  it("keeps hosts and allocations, adds new ones, marks dropped ones down", async () => {
    fresh = await freshDatabaseUrl();
    const first = await start({ NOVASIM_HOST_COUNT: "2" });
    expect(first.map((h) => h.hostname)).toEqual(["compute1", "compute2"]);
    const placed = await scheduleAndClaim(db!.prisma, { consumerId: "11111111-1111-4111-8111-111111111111", vcpus: 2, memoryMb: 1024, diskGb: 10 }, { seed: 7 });
    const gens = (await db!.prisma.host.findMany({ select: { generation: true }, orderBy: { id: "asc" } })).map((h) => h.generation);

    // The same configuration again changes nothing: same UUIDs, no inventory update, allocations kept.
    const again = await start({ NOVASIM_HOST_COUNT: "2" });
    expect(again.map((h) => h.uuid)).toEqual(first.map((h) => h.uuid));
    expect(again.map((h) => h.generation)).toEqual(gens);

    const grown = await start({ NOVASIM_HOST_COUNT: "3", NOVASIM_HOST_VCPUS: "32" });
    expect(grown.map((h) => h.hostname)).toEqual(["compute1", "compute2", "compute3"]);
    expect(grown.every((h) => h.vcpus === 32)).toBe(true);
    expect((await hostUsage(db!.prisma)).get(placed.host.id)).toMatchObject({ VCPU: 2, MEMORY_MB: 1024, DISK_GB: 10 });

    const shrunk = await start({ NOVASIM_HOST_COUNT: "1" });
    expect(shrunk.map((h) => [h.hostname, h.serviceUp])).toEqual([["compute1", true], ["compute2", false], ["compute3", false]]);
  });
});
