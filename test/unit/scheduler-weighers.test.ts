import { describe, expect, it } from "vitest";
import { normalize, selectHosts } from "../../src/scheduler/filter-scheduler.js";
import { buildFilters, buildWeighers } from "../../src/scheduler/registry.js";
import { seededRng } from "../../src/scheduler/rng.js";
import { ramWeigher } from "../../src/scheduler/weighers/ram-weigher.js";
import { host, spec } from "./scheduler-fixtures.js";

describe("normalize (nova.weights.normalize)", () => {
  it.each([
    [[], []],
    [[5], [0]],
    [[3, 3, 3], [0, 0, 0]],
    [[0, 5, 10], [0, 0.5, 1]],
    [[-10, 0, 10], [0, 0.5, 1]],
  ])("%j -> %j", (input, out) => {
    expect(normalize(input)).toEqual(out);
  });
});

describe("RAMWeigher", () => {
  it.each([
    ["free RAM, reservation and usage taken off", { usedMemoryMb: 1024 }, 65536 - 512 - 1024],
    ["physical free RAM can go negative with overcommit", { usedMemoryMb: 90000 }, 65536 - 512 - 90000],
    ["empty host", {}, 65024],
  ])("%s", (_n, h, w) => {
    expect(ramWeigher().weigh(host(h), spec())).toBe(w);
  });

  it("more free RAM wins (spreading); a negative multiplier stacks", () => {
    const hosts = [host({ id: 1, usedMemoryMb: 4096 }), host({ id: 2 }), host({ id: 3, usedMemoryMb: 1024 })];
    const opts = { filters: buildFilters(), hostSubsetSize: 1, rng: seededRng(1) };
    const spread = selectHosts(hosts, spec(), { ...opts, weighers: buildWeighers(["RAMWeigher"]) });
    expect(spread.candidates.map((h) => h.hostname)).toEqual(["compute2", "compute3", "compute1"]);
    // Normalised from 0 (the RAMWeigher's minval), not from the smallest weight: free / max free.
    expect(spread.decision.weighed.map((w) => w.weight)).toEqual([1, 0.984252, 0.937008]);
    const stack = selectHosts(hosts, spec(), { ...opts, weighers: [ramWeigher(-1)] });
    expect(stack.candidates[0]!.hostname).toBe("compute1");
  });
});
