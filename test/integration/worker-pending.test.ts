import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instancesRepo } from "../../src/db/repositories/instances.js";
import { startApp, type TestApp } from "../helpers.js";

/** The worker's poll (instancesRepo.pending): exactly the instances it must advance, oldest first, at most 500. */
let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(async () => t.close());

const NOW = new Date("2026-05-01T12:00:00Z");
async function insert(name: string, fields: Record<string, unknown>, createdAt: Date) {
  const id = crypto.randomUUID();
  await t.db.prisma.instance.create({
    data: { id, displayName: name, projectId: "p", userId: "u", flavorId: "1", flavor: "{}", vmState: "active", reservationId: `r-${name}`, createdAt, ...fields },
  });
  return id;
}

describe("instancesRepo.pending", () => {
  it("returns building, due and deleting instances, oldest first, and nothing else", async () => {
    const at = (s: number) => new Date(Date.parse("2026-05-01T00:00:00Z") + s * 1000);
    const building = await insert("building", { vmState: "building", taskState: "scheduling" }, at(3));
    const due = await insert("due", { vmState: "active", taskState: "rebooting", taskDueAt: new Date(NOW.getTime() - 1) }, at(2));
    const deleting = await insert("deleting", { vmState: "active", taskState: "deleting" }, at(1));
    await insert("later", { vmState: "active", taskState: "rebooting", taskDueAt: new Date(NOW.getTime() + 60_000) }, at(4));
    await insert("idle", { vmState: "active", taskState: null }, at(5));
    await insert("gone", { vmState: "building", taskState: "scheduling", deletedAt: at(6) }, at(6));
    // Due time passed but no task: nothing to do.
    await insert("stale-due", { vmState: "active", taskState: null, taskDueAt: at(0) }, at(7));
    const got = await instancesRepo(t.db.prisma).pending(NOW);
    expect(got.map((p) => p.id)).toEqual([deleting, due, building]);
    expect(got[1]).toMatchObject({ vmState: "active", taskState: "rebooting" });
  });
});

describe("instancesRepo.pendingAmong", () => {
  it("returns, of the ids given, those pending as the poll finds them, oldest first", async () => {
    const at = (s: number) => new Date(Date.parse("2026-05-02T00:00:00Z") + s * 1000);
    const building = await insert("b2", { vmState: "building", taskState: "scheduling" }, at(3));
    const due = await insert("d2", { vmState: "active", taskState: "rebooting", taskDueAt: new Date(NOW.getTime() - 1) }, at(2));
    const deleting = await insert("x2", { vmState: "active", taskState: "deleting" }, at(1));
    const later = await insert("l2", { vmState: "active", taskState: "rebooting", taskDueAt: new Date(NOW.getTime() + 60_000) }, at(4));
    const idle = await insert("i2", { vmState: "active", taskState: null }, at(5));
    const gone = await insert("g2", { vmState: "building", taskState: "scheduling", deletedAt: at(6) }, at(6));
    // Pending, but not asked about.
    await insert("other", { vmState: "building", taskState: "scheduling" }, at(0));
    const got = await instancesRepo(t.db.prisma).pendingAmong([building, due, deleting, later, idle, gone, crypto.randomUUID()], NOW);
    expect(got.map((p) => p.id)).toEqual([deleting, due, building]);
    expect(await instancesRepo(t.db.prisma).pendingAmong([], NOW)).toEqual([]);
  });
});
