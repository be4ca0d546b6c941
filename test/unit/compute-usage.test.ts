import { describe, expect, it } from "vitest";
import { hoursIn, naiveMicros, parseUsageTime, usagePeriod } from "../../src/compute/usage.js";

const NOW = Date.UTC(2026, 5, 1, 12) * 1000;
const us = (iso: string) => Date.parse(iso) * 1000;

describe("parseUsageTime (Nova's three strptime formats, UTC)", () => {
  it.each([
    ["2026-01-02T03:04:05", us("2026-01-02T03:04:05Z")],
    ["2026-1-2T3:4:5", us("2026-01-02T03:04:05Z")],
    ["2026-01-02t03:04:05", us("2026-01-02T03:04:05Z")],
    ["2026-01-02T03:04:05.5", us("2026-01-02T03:04:05Z") + 500_000],
    ["2026-01-02T03:04:05.000123", us("2026-01-02T03:04:05Z") + 123],
    ["2026-01-02 03:04:05.123456", us("2026-01-02T03:04:05Z") + 123_456],
    ["2024-02-29T00:00:00", us("2024-02-29T00:00:00Z")],
    ["0050-01-01T00:00:00", new Date(0).setUTCFullYear(50, 0, 1) * 1000],
  ])("%s", (s, want) => expect(parseUsageTime(s, NOW)).toBe(want));

  it.each(["2026-02-29T00:00:00", "2026-01-01T00:00:60", "2026-01-01", "2026-01-01 00:00:00", "2026-01-01T00:00:00Z", "0000-01-01T00:00:00", "x"])(
    "refuses %s",
    (s) => expect(() => parseUsageTime(s, NOW)).toThrow("Invalid datetime string: Datetime is in invalid format"),
  );

  it("empty or absent is now", () => {
    expect(parseUsageTime(undefined, NOW)).toBe(NOW);
    expect(parseUsageTime("", NOW)).toBe(NOW);
  });
});

describe("naiveMicros", () => {
  it("prints six fractional digits", () => {
    expect(naiveMicros(us("2026-01-02T03:04:05Z") + 7)).toBe("2026-01-02T03:04:05.000007");
    expect(naiveMicros(us("2026-01-02T03:04:05.120Z"))).toBe("2026-01-02T03:04:05.120000");
  });
});

describe("usage period and hours", () => {
  const p = { start: us("2026-01-01T00:00:00Z"), stop: us("2026-01-02T00:00:00Z") };
  it.each([
    ["ran all period", us("2025-12-01T00:00:00Z"), null, 24],
    ["launched inside", us("2026-01-01T18:00:00Z"), null, 6],
    ["terminated inside", us("2025-12-01T00:00:00Z"), us("2026-01-01T01:30:00Z"), 1.5],
    ["terminated before", us("2025-12-01T00:00:00Z"), us("2025-12-31T00:00:00Z"), 0],
    ["launched after", us("2026-01-03T00:00:00Z"), null, 0],
    ["never launched", null, null, 0],
  ] as const)("%s", (_, launched, terminated, hours) => expect(hoursIn(launched, terminated, p)).toBe(hours));

  it("clips the end to now and refuses an empty or reversed period", () => {
    expect(usagePeriod({ start: "2026-05-01T00:00:00", end: "2026-07-01T00:00:00" }, NOW)).toEqual({ start: us("2026-05-01T00:00:00Z"), stop: NOW });
    expect(() => usagePeriod({ start: "2026-05-02T00:00:00", end: "2026-05-01T00:00:00" }, NOW)).toThrow(/cannot occur after/);
    expect(() => usagePeriod({ start: "2026-05-01T00:00:00", end: "2026-05-01T00:00:00" }, NOW)).toThrow(/cannot occur after/);
    // No bounds: Nova reads the clock twice, the end just after the start.
    expect(usagePeriod({}, NOW)).toEqual({ start: NOW, stop: NOW + 1 });
  });
});
