import { describe, expect, it } from "vitest";
import { MAX_IDS_PER_QUERY, inChunks, inChunksOf } from "../../src/db/repositories/bounded.js";

describe("bounded IN lists", () => {
  it("inChunks runs once for a short list and in chunks of at most the bound for a long one, without duplicates", async () => {
    const calls: number[] = [];
    const ids = Array.from({ length: 2 * MAX_IDS_PER_QUERY + 5 }, (_, i) => `id-${i}`);
    const rows = await inChunks([...ids, ...ids.slice(0, 10)], async (chunk) => {
      calls.push(chunk.length);
      return chunk;
    });
    expect(calls).toEqual([MAX_IDS_PER_QUERY, MAX_IDS_PER_QUERY, 5]);
    expect(rows).toEqual(ids);
    expect(await inChunks(["a"], async (c) => c)).toEqual(["a"]);
  });

  it("inChunksOf keeps every query's lists within the bound, matches what one query would, in order", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ id: `r${String(i).padStart(5, "0")}`, dev: `d${i % 900}`, net: `n${i % 7}` }));
    const lists = { ids: rows.filter((_, i) => i % 2 === 0).map((r) => r.id), devs: rows.slice(0, 1000).map((r) => r.dev), nets: ["n1", "n2", "n3"], none: undefined };
    const sizes: number[] = [];
    const query = async (w: typeof lists) => {
      sizes.push((w.ids?.length ?? 0) + (w.devs?.length ?? 0) + (w.nets?.length ?? 0));
      const has = (list: readonly string[] | undefined, v: string) => list === undefined || list.includes(v);
      return rows.filter((r) => has(w.ids, r.id) && has(w.devs, r.dev) && has(w.nets, r.net)).reverse();
    };
    const got = await inChunksOf(lists, query, (a, b) => (a.id < b.id ? -1 : 1));
    const expected = rows.filter((r) => lists.ids.includes(r.id) && lists.devs.includes(r.dev) && lists.nets.includes(r.net));
    expect(got).toEqual(expected);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_IDS_PER_QUERY);
    // Short lists: one query as given.
    sizes.length = 0;
    await inChunksOf({ ids: ["r00001"], devs: undefined as string[] | undefined, nets: ["n1"], none: undefined }, query as never, () => 0);
    expect(sizes).toEqual([2]);
    // An empty list matches nothing, as `in: []` does.
    expect(await inChunksOf({ ids: [] as string[], devs: lists.devs, nets: lists.nets, none: undefined }, query, () => 0)).toEqual([]);
  });
});
