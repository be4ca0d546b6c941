import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../../src/bootstrap.js";
import { loadConfig } from "../../src/config.js";
import type { Database } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { freshDatabaseUrl } from "../helpers.js";

/** Availability zones at start: topology zones become aggregates, every host's zone is recomputed, evacuations are cleaned up. */
describe("zones and evacuations across restarts", () => {
  let fresh: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let db: Database | undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-zones-"));
  const topology = path.join(dir, "topology.json");
  fs.writeFileSync(topology, JSON.stringify([{ count: 2, az: "az1" }, { count: 1 }]));
  afterAll(async () => {
    await db?.close();
    await fresh?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const start = async (env: Record<string, string> = {}) => {
    await db?.close();
    db = await prepareDatabase(loadConfig({ NOVASIM_LOG_LEVEL: "silent", DATABASE_URL: fresh.url, NOVASIM_TOPOLOGY_FILE: topology, ...env }), createLogger("silent"));
    return db.prisma;
  };
  const zones = async () =>
    Object.fromEntries((await db!.prisma.host.findMany({ select: { hostname: true, availabilityZone: true }, orderBy: { id: "asc" } })).map((h) => [h.hostname, h.availabilityZone]));
  const aggregates = async () =>
    (await db!.prisma.aggregate.findMany({ select: { name: true, availabilityZone: true, hosts: { select: { host: true }, orderBy: { host: "asc" } } }, orderBy: { id: "asc" } })).map(
      (a) => ({ name: a.name, zone: a.availabilityZone, hosts: a.hosts.map((h) => h.host) }),
    );

  it("puts topology zones in aggregates once, keeps an operator's moves, follows the default zone", async () => {
    fresh = await freshDatabaseUrl();
    const p = await start();
    expect(await zones()).toEqual({ compute1: "az1", compute2: "az1", compute3: "nova" });
    expect(await aggregates()).toEqual([{ name: "az1", zone: "az1", hosts: ["compute1", "compute2"] }]);
    const meta = await p.aggregateMetadata.findMany({ select: { key: true, value: true } });
    expect(meta).toEqual([{ key: "availability_zone", value: "az1" }]);

    // Again: nothing new.
    await start();
    expect(await aggregates()).toEqual([{ name: "az1", zone: "az1", hosts: ["compute1", "compute2"] }]);

    // An operator moves compute2 into another zone's aggregate; a restart keeps it there.
    const q = db!.prisma;
    const az1 = await q.aggregate.findUniqueOrThrow({ where: { name: "az1" } });
    await q.aggregateHost.delete({ where: { aggregateId_host: { aggregateId: az1.id, host: "compute2" } } });
    await q.aggregate.create({
      data: { uuid: crypto.randomUUID(), name: "b", availabilityZone: "zone-b", hosts: { create: [{ host: "compute2" }] }, metadata: { create: [{ key: "availability_zone", value: "zone-b" }] } },
    });
    await start();
    expect(await zones()).toEqual({ compute1: "az1", compute2: "zone-b", compute3: "nova" });

    // A new default zone reaches the hosts in no zoned aggregate, and their instances.
    const project = (await db!.prisma.project.findFirstOrThrow({ where: { name: "demo" }, select: { id: true } })).id;
    await db!.prisma.instance.create({
      data: {
        id: crypto.randomUUID(), displayName: "x", projectId: project, userId: "u", flavorId: "1", flavor: "{}", vmState: "active",
        host: "compute3", node: "compute3", availabilityZone: "nova", reservationId: "r-1",
      },
    });
    await start({ NOVASIM_AVAILABILITY_ZONE: "elsewhere" });
    expect(await zones()).toEqual({ compute1: "az1", compute2: "zone-b", compute3: "elsewhere" });
    expect((await db!.prisma.instance.findFirstOrThrow({ where: { host: "compute3" } })).availabilityZone).toBe("elsewhere");
  });

  it("a restarted nova-compute completes the evacuations away from it", async () => {
    const p = db!.prisma;
    const m = await p.migration.create({
      data: { uuid: crypto.randomUUID(), instanceUuid: crypto.randomUUID(), migrationType: "evacuation", status: "done", sourceCompute: "compute1", userId: "u", projectId: "p", createdAt: new Date() },
    });
    await start({ NOVASIM_AVAILABILITY_ZONE: "elsewhere" });
    expect((await db!.prisma.migration.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("completed");
  });
});
