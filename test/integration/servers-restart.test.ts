import { describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";

/** Boot `n` servers as demo through the API, returning their ids. */
async function bootMany(t: TestApp, n: number, flavorRef = "1", user: "admin" | "demo" = "demo") {
  const image = await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } });
  const token = await t.token(user);
  const res = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      t.app.inject({
        method: "POST",
        url: "/compute/v2.1/servers",
        headers: { "x-auth-token": token },
        payload: { server: { name: `c-${i}`, imageRef: image.id, flavorRef } },
      }),
    ),
  );
  for (const r of res) expect(r.statusCode).toBe(202);
  return res.map((r) => r.json().server.id as string);
}

async function settle(t: TestApp, ms = 1000) {
  await t.app.services.worker.idle();
  t.clock.advance(ms);
  await t.app.services.worker.tick();
  await t.app.services.worker.idle();
}

describe("claims and restarts (SQLite, and PostgreSQL with TEST_DATABASE_URL)", () => {
  // 100 creates and their builds take about 17 s on an idle 2-core machine: the limit leaves room for a busy one.
  it("100 concurrent creates onto hosts that fit fewer: no host over capacity, the rest ERROR with a fault", { timeout: 180_000 }, async () => {
    // Two hosts of 2 vCPUs (x16 overcommit = 32 instances of m1.small's 1 vCPU each would fit), so RAM decides:
    // 4096 MiB - 512 reserved = 3584 x 1.5 = 5376 MiB per host -> 2 m1.small (2048 MiB) each: 4 fit in all.
    const t = await startApp({
      env: { NOVASIM_HOST_COUNT: "2", NOVASIM_HOST_VCPUS: "2", NOVASIM_HOST_RAM_MB: "4096", NOVASIM_BOOT_TIME_MS: "0" },
    });
    try {
      const admin = await t.db.prisma.project.findFirstOrThrow({ where: { name: "admin" }, select: { id: true } });
      await t.db.prisma.quotaLimit.createMany({
        data: ["instances", "cores", "ram"].map((resource) => ({ projectId: admin.id, resource, hardLimit: -1 })),
      });
      const ids = await bootMany(t, 100, "2", "admin");
      await settle(t, 0);
      const rows = await t.db.prisma.instance.findMany({ where: { id: { in: ids } }, select: { vmState: true, faultMessage: true, host: true } });
      const active = rows.filter((r) => r.vmState === "active");
      const errored = rows.filter((r) => r.vmState === "error");
      expect(active).toHaveLength(4);
      expect(errored).toHaveLength(96);
      expect(errored.every((r) => r.faultMessage?.startsWith("No valid host was found."))).toBe(true);
      const usage = await t.db.prisma.allocation.groupBy({ by: ["hostId", "resourceClass"], _sum: { used: true } });
      const ram = usage.filter((u) => u.resourceClass === "MEMORY_MB").map((u) => u._sum.used!);
      expect(ram.sort()).toEqual([4096, 4096]);
      // Only the active servers hold claims.
      expect(new Set((await t.db.prisma.allocation.findMany({ select: { consumerId: true } })).map((a) => a.consumerId)).size).toBe(4);
    } finally {
      await t.close();
    }
  });

  it("servers caught mid-build or mid-delete by a restart finish cleanly, without leaked claims or ports", async () => {
    const first = await startApp({ env: { NOVASIM_BOOT_TIME_MS: "5000" } });
    const url = first.url;
    const [a, b, c] = await bootMany(first, 3);
    await first.app.services.worker.idle();
    // a: spawning when the process stops; b: back to an interrupted network step; c: deleting.
    await first.db.prisma.instance.update({ where: { id: b! }, data: { taskState: "networking" } });
    await first.db.prisma.instance.update({ where: { id: c! }, data: { taskState: "deleting" } });
    // d: stopped right after its claim, before networking finished.
    const [d] = await bootMany(first, 1);
    await first.app.services.worker.idle();
    await first.db.prisma.instance.update({ where: { id: d! }, data: { taskState: "block_device_mapping" } });
    await first.close({ drop: false });

    const second = await startApp({ url, env: { NOVASIM_BOOT_TIME_MS: "5000" } });
    try {
      await second.app.services.worker.recover();
      await second.app.services.worker.tick();
      await settle(second, 5000);
      const rows = await second.db.prisma.instance.findMany({ where: { id: { in: [a!, b!, c!, d!] } }, select: { id: true, vmState: true, taskState: true, deletedAt: true } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(byId.get(a!)).toMatchObject({ vmState: "active", taskState: null });
      expect(byId.get(b!)).toMatchObject({ vmState: "active", taskState: null });
      expect(byId.get(d!)).toMatchObject({ vmState: "active", taskState: null });
      expect(byId.get(c!)!.vmState).toBe("deleted");
      expect(byId.get(c!)!.deletedAt).not.toBeNull();
      // Exactly one set of allocations per live server, none for the deleted one.
      for (const id of [a!, b!, d!]) {
        expect(await second.db.prisma.allocation.count({ where: { consumerId: id, resourceClass: "MEMORY_MB" } })).toBe(1);
        expect(await second.db.prisma.port.count({ where: { deviceId: id } })).toBe(1);
      }
      expect(await second.db.prisma.allocation.count({ where: { consumerId: c! } })).toBe(0);
      expect(await second.db.prisma.port.count({ where: { deviceId: c! } })).toBe(0);
    } finally {
      await second.close();
      // The restart reused the first app's database: drop it now that nothing holds it.
      await first.drop();
    }
  });
});
