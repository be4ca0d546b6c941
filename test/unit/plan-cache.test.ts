import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachePlans, planCacheStats } from "../../src/db/plan-cache.js";
import { startApp, type TestApp } from "../helpers.js";

describe("Prisma query plan cache", () => {
  it("keeps a query's plan from its second sighting on, frozen, and wraps a class only once", () => {
    const compiled: string[] = [];
    class FakeCompiler {
      compile(q: string) {
        compiled.push(q);
        return { query: q, nodes: [{ args: [1, 2] }] };
      }
    }
    cachePlans(FakeCompiler);
    cachePlans(FakeCompiler);
    const c = new FakeCompiler();
    const first = c.compile('{"a":1}');
    const a = c.compile('{"a":1}');
    const b = c.compile('{"a":1}');
    c.compile('{"a":2}');
    expect(compiled).toEqual(['{"a":1}', '{"a":1}', '{"a":2}']);
    expect(Object.isFrozen(first)).toBe(false);
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen((a as { nodes: { args: number[] }[] }).nodes[0]!.args)).toBe(true);
  });

  describe("with the real client", () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startApp();
    });
    afterAll(async () => t?.close());

    it("a repeated query hits the cache and still reads the rows as they are now", async () => {
      const q = () => t.db.prisma.quotaLimit.findMany({ where: { projectId: "plan-cache-p" }, select: { resource: true, hardLimit: true } });
      expect(await q()).toEqual([]);
      expect(await q()).toEqual([]);
      const hits = planCacheStats.hits;
      await t.db.prisma.quotaLimit.create({ data: { projectId: "plan-cache-p", resource: "cores", hardLimit: 7 } });
      expect(await q()).toEqual([{ resource: "cores", hardLimit: 7 }]);
      expect(planCacheStats.hits).toBeGreaterThan(hits);
    });
  });
});
