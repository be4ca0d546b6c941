import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { defaultGateway, defaultPools, freeAddresses, fromBig, overlaps, parseCidr, parseIp, poolSize, randomMac } from "../../src/network/ip.js";

describe("CIDR arithmetic", () => {
  it.each([
    ["10.0.0.0/26", "10.0.0.1", [{ start: "10.0.0.2", end: "10.0.0.62" }]],
    ["172.24.4.0/24", "172.24.4.1", [{ start: "172.24.4.2", end: "172.24.4.254" }]],
    ["192.168.1.0/30", "192.168.1.1", [{ start: "192.168.1.2", end: "192.168.1.2" }]],
    ["fd00::/64", "fd00::1", [{ start: "fd00::2", end: "fd00::ffff:ffff:ffff:ffff" }]],
  ])("%s: gateway %s, pools %j", (cidr, gw, pools) => {
    const c = parseCidr(cidr)!;
    expect(defaultGateway(c)).toBe(gw);
    expect(defaultPools(c, gw)).toEqual(pools);
  });
  it("splits the pool around a gateway in the middle and spans all hosts without one", () => {
    const c = parseCidr("10.0.0.0/29")!;
    expect(defaultPools(c, "10.0.0.4")).toEqual([
      { start: "10.0.0.1", end: "10.0.0.3" },
      { start: "10.0.0.5", end: "10.0.0.6" },
    ]);
    expect(defaultPools(c, null)).toEqual([{ start: "10.0.0.1", end: "10.0.0.6" }]);
    expect(poolSize(defaultPools(c, null))).toBe(6n);
  });
  it("detects host bits, bad input and overlap", () => {
    expect(parseCidr("10.0.0.5/24")).toMatchObject({ hostBitsSet: true, canonical: "10.0.0.0/24" });
    for (const bad of ["10.0.0.0/33", "10.0.0/24", "banana", "1.2.3.4/x", "::g/64", 7]) expect(parseCidr(bad)).toBeNull();
    expect(parseIp("01.2.3.4")).toBeNull();
    expect(overlaps(parseCidr("10.0.0.0/24")!, parseCidr("10.0.0.128/25")!)).toBe(true);
    expect(overlaps(parseCidr("10.0.0.0/25")!, parseCidr("10.0.0.128/25")!)).toBe(false);
    expect(overlaps(parseCidr("10.0.0.0/8")!, parseCidr("::/0")!)).toBe(false);
  });
  it("free addresses skip the used ones, in order", () => {
    const pools = [{ start: "10.0.0.2", end: "10.0.0.6" }];
    expect(freeAddresses(pools, 4, new Set(["10.0.0.2", "10.0.0.4"]), 10)).toEqual(["10.0.0.3", "10.0.0.5", "10.0.0.6"]);
    expect(freeAddresses(pools, 4, new Set(["10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6"]), 10)).toEqual([]);
  });
  it("round-trips addresses through BigInt (property)", () => {
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        const p = parseIp(ip)!;
        expect(fromBig(p.value, 4)).toBe(ip);
      }),
    );
    fc.assert(
      fc.property(fc.ipV6(), (ip) => {
        const p = parseIp(ip);
        if (p && p.version === 6) expect(parseIp(fromBig(p.value, 6))!.value).toBe(p.value);
      }),
    );
  });
  it("MACs use OpenStack's fa:16:3e prefix", () => {
    expect(randomMac(() => 0.999)).toBe("fa:16:3e:ff:ff:ff");
    expect(randomMac()).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);
  });
});
