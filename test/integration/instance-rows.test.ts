import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instanceRowsByIds, instanceSelect } from "../../src/db/repositories/instances.js";
import { startApp, type TestApp } from "../helpers.js";

/**
 * Long server pages read their rows through the fast reader (instanceRowsByIds)
 * instead of Prisma: the two must give the same values, column for column, on
 * SQLite and on PostgreSQL (CI runs this file on both).
 */
let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(async () => t.close());

async function insert(fields: Record<string, unknown>, metadata: Record<string, string> = {}, tags: string[] = []) {
  const id = crypto.randomUUID();
  await t.db.prisma.instance.create({
    data: {
      id,
      displayName: `row-${id.slice(0, 8)}`,
      projectId: "p",
      userId: "u",
      flavorId: "1",
      flavor: JSON.stringify({ id: "1", name: "m1.tiny", vcpus: 1, ram: 512, disk: 1, ephemeral: 0, swap: 0, extra_specs: { a: "b" } }),
      vmState: "active",
      reservationId: `r-${id.slice(0, 8)}`,
      ...fields,
      metadata: { create: Object.entries(metadata).map(([key, value]) => ({ key, value })) },
      tags: { create: tags.map((tag) => ({ tag })) },
    },
  });
  return id;
}

describe("instanceRowsByIds", () => {
  it("gives exactly what Prisma gives for instanceSelect, in the order of the ids", async () => {
    const at = new Date("2026-03-04T05:06:07.089Z");
    const ids = [
      await insert({}),
      await insert(
        {
          displayDescription: "désc ✓",
          host: "compute1",
          node: "compute1",
          availabilityZone: "nova",
          locked: true,
          lockedBy: "admin",
          lockedReason: "why",
          autoDiskConfig: true,
          taskState: "rebooting",
          taskDueAt: new Date(at.getTime() + 1),
          faultCode: 500,
          faultMessage: "boom",
          faultDetails: "trace",
          faultCreatedAt: at,
          launchedAt: at,
          terminatedAt: new Date(at.getTime() + 2),
          deletedAt: new Date(at.getTime() + 3),
          powerState: 4,
          progress: 42,
          userData: "dXNlcg==",
          keyName: "k",
          keyData: "ssh-ed25519 AAAA",
          pendingAction: "reboot",
          pendingStep: 2,
          pendingParams: JSON.stringify({ type: "HARD" }),
          previousState: JSON.stringify({ vmState: "active" }),
          createdAt: at,
          updatedAt: at,
        },
        { zeta: "1", alpha: "2", Mid: "3" },
        ["t2", "t1"],
      ),
      await insert({ createdAt: new Date(at.getTime() - 1000) }, { only: "x" }),
    ];
    const asked = [ids[2]!, crypto.randomUUID(), ids[0]!, ids[1]!];
    const prisma = await t.db.prisma.instance.findMany({ where: { id: { in: ids } }, select: instanceSelect });
    const byId = new Map(prisma.map((r) => [r.id, r]));
    const fast = await instanceRowsByIds(t.db.fast, asked);
    expect(fast.map((r) => r.id)).toEqual([ids[2], ids[0], ids[1]]);
    expect(fast).toEqual([byId.get(ids[2]!), byId.get(ids[0]!), byId.get(ids[1]!)]);
    expect(fast[2]!.taskDueAt).toEqual(new Date(at.getTime() + 1));
    expect(fast[2]!.tags).toEqual([{ tag: "t1" }, { tag: "t2" }]);
  });

  it("reads lists longer than one query's bound", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 450; i++) ids.push(crypto.randomUUID());
    await t.db.prisma.instance.createMany({
      data: ids.map((id, i) => ({ id, displayName: `bulk-${i}`, projectId: "p", userId: "u", flavorId: "1", flavor: "{}", vmState: "active", reservationId: `r-b${i}` })),
    });
    const got = await instanceRowsByIds(t.db.fast, [...ids].reverse());
    expect(got.map((r) => r.id)).toEqual([...ids].reverse());
  });

  it("reads nothing for no ids (an empty page)", async () => {
    expect(await instanceRowsByIds(t.db.fast, [])).toEqual([]);
  });
});
