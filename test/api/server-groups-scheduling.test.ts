import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { RequestSpec } from "../../src/scheduler/index.js";
import { serverGroupSpecOf } from "../../src/compute/server-groups.js";
import { startApp, type TestApp } from "../helpers.js";
import { computeHelpers } from "../compute-helpers.js";

/**
 * What the scheduler is told of a server's group (RequestSpec.group) at boot,
 * cold migration and unshelve. The real scheduler runs; every spec it gets is
 * recorded, so these tests check the contract, not where the filters place.
 */
const asked = vi.hoisted(() => [] as RequestSpec[]);
vi.mock("../../src/scheduler/index.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/scheduler/index.js")>();
  return {
    ...real,
    scheduleAndClaim: (db: Parameters<typeof real.scheduleAndClaim>[0], spec: RequestSpec, opts: Parameters<typeof real.scheduleAndClaim>[2]) => {
      asked.push(structuredClone(spec));
      return real.scheduleAndClaim(db, spec, opts);
    },
  };
});

let t: TestApp;
let imageId: string;
beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_BOOT_TIME_MS: "0", NOVASIM_ACTION_TIME_MS: "1000", NOVASIM_HOST_COUNT: "4" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
});
afterAll(() => t.close());
beforeEach(async () => {
  asked.length = 0;
  await t.db.prisma.instance.deleteMany({});
  await t.db.prisma.serverGroup.deleteMany({});
});

const { as, settle, act } = computeHelpers(() => t, () => imageId);
const specsFor = (id: string) => asked.filter((s) => s.consumerId === id);
const hostOf = async (id: string) =>
  (await t.db.prisma.instance.findUniqueOrThrow({ where: { id }, select: { host: true } })).host!;

async function newGroup(policy: string, rules: Record<string, number> = {}) {
  const res = await t.app.inject({
    method: "POST",
    url: "/compute/v2.1/os-server-groups",
    headers: await as("demo", "2.64"),
    payload: { server_group: { name: "sched", policy, rules } },
  });
  expect(res.statusCode).toBe(200);
  return res.json().server_group.id as string;
}
async function bootInto(group: string | null, name: string) {
  const res = await t.app.inject({
    method: "POST",
    url: "/compute/v2.1/servers",
    headers: await as("demo"),
    payload: { server: { name, imageRef: imageId, flavorRef: "1" }, ...(group ? { "os:scheduler_hints": { group } } : {}) },
  });
  expect(res.statusCode).toBe(202);
  await settle(0);
  return res.json().server.id as string;
}

describe("the group in the scheduler's RequestSpec", () => {
  it("at boot: policy, rules, and the hosts of the members already placed (the one being placed excluded)", async () => {
    const g = await newGroup("anti-affinity", { max_server_per_host: 2 });
    const a = await bootInto(g, "a");
    expect(specsFor(a)).toEqual([expect.objectContaining({ group: { uuid: g, policy: "anti-affinity", rules: { max_server_per_host: 2 }, hostCounts: {} } })]);
    const hostA = await hostOf(a);
    const b = await bootInto(g, "b");
    expect(specsFor(b)[0]!.group).toEqual({ uuid: g, policy: "anti-affinity", rules: { max_server_per_host: 2 }, hostCounts: { [hostA]: 1 } });
    const hostB = await hostOf(b);
    const c = await bootInto(g, "c");
    const expected: Record<string, number> = {};
    for (const h of [hostA, hostB]) expected[h] = (expected[h] ?? 0) + 1;
    expect(specsFor(c)[0]!.group!.hostCounts).toEqual(expected);
  });

  it("no group without the hint", async () => {
    const id = await bootInto(null, "plain");
    expect(specsFor(id)[0]!.group).toBeNull();
    expect(await serverGroupSpecOf(t.db.prisma, id)).toBeNull();
  });

  it("at cold migration: the group with the other members' hosts, not the moving server's own", async () => {
    const g = await newGroup("affinity");
    const a = await bootInto(g, "a");
    const b = await bootInto(g, "b");
    asked.length = 0;
    expect((await act(b, { migrate: null }, "admin")).statusCode).toBe(202);
    for (let i = 0; i < 4; i++) await settle();
    const specs = specsFor(b);
    expect(specs.length).toBeGreaterThan(0);
    for (const s of specs) expect(s.group).toEqual({ uuid: g, policy: "affinity", rules: {}, hostCounts: { [await hostOf(a)]: 1 } });
  });

  it("at unshelve", async () => {
    const g = await newGroup("soft-anti-affinity");
    const a = await bootInto(g, "a");
    const b = await bootInto(g, "b");
    expect((await act(b, { shelve: null })).statusCode).toBe(202);
    for (let i = 0; i < 3; i++) await settle();
    expect((await t.db.prisma.instance.findUniqueOrThrow({ where: { id: b }, select: { vmState: true } })).vmState).toBe("shelved_offloaded");
    asked.length = 0;
    expect((await act(b, { unshelve: null })).statusCode).toBe(202);
    await settle();
    expect(specsFor(b).map((s) => s.group)).toEqual([{ uuid: g, policy: "soft-anti-affinity", rules: {}, hostCounts: { [await hostOf(a)]: 1 } }]);
  });

  it("deleted members and members without a host do not count", async () => {
    const g = await newGroup("anti-affinity");
    const a = await bootInto(g, "a");
    const b = await bootInto(g, "b");
    const c = await bootInto(g, "c");
    await t.db.prisma.instance.update({ where: { id: b }, data: { host: null } });
    await t.db.prisma.instance.update({ where: { id: c }, data: { deletedAt: new Date() } });
    expect((await serverGroupSpecOf(t.db.prisma, a))!.hostCounts).toEqual({});
    expect((await serverGroupSpecOf(t.db.prisma, b))!.hostCounts).toEqual({ [await hostOf(a)]: 1 });
  });
});
