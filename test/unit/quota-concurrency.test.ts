import crypto from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { enforceServerQuota, withProjectLock } from "../../src/compute/quotas.js";
import { startApp, type TestApp } from "../helpers.js";

/**
 * 30 concurrent creations against an instances quota of 10: the check and the
 * insert share one transaction holding the project's lock, so exactly 10 win
 * (on SQLite by its single writer, on PostgreSQL by the advisory lock).
 */
let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(async () => {
  await t?.close();
});

it("admits exactly the quota under 30 concurrent creates", async () => {
  const projectId = crypto.randomUUID().replace(/-/g, "");
  const userId = crypto.randomUUID().replace(/-/g, "");
  const createOne = () =>
    withProjectLock(t.db, projectId, async (tx) => {
      await enforceServerQuota(tx, { projectId, userId, instances: 1, cores: 1, ramMb: 64 });
      await tx.instance.create({
        data: {
          id: crypto.randomUUID(),
          displayName: "race",
          projectId,
          userId,
          flavorId: "1",
          flavor: "{}",
          vcpus: 1,
          memoryMb: 64,
          vmState: "building",
          reservationId: "r-race",
        },
      });
    });
  const results = await Promise.allSettled(Array.from({ length: 30 }, createOne));
  const ok = results.filter((r) => r.status === "fulfilled").length;
  const refused = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason);
  expect(ok).toBe(10);
  expect(refused).toHaveLength(20);
  for (const err of refused) {
    expect(err).toMatchObject({ code: 403, message: "Quota exceeded for instances: Requested 1, but already used 10 of 10 instances" });
  }
  expect(await t.db.prisma.instance.count({ where: { projectId } })).toBe(10);
});
