import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";
import { neutron } from "./network-helpers.js";

let t: TestApp;
let req: ReturnType<typeof neutron>;
beforeAll(async () => {
  t = await startApp();
  req = neutron(t);
});
afterAll(() => t.close());

describe("IP allocation under concurrency", () => {
  it("50 concurrent port creates on a /26 get 50 distinct addresses and MACs; exhaustion is 409", { timeout: 120_000 }, async () => {
    await t.token("demo");
    const net = (await req("demo", "POST", "/networks", { network: { name: "crowd" } })).json().network.id;
    const subnet = (await req("demo", "POST", "/subnets", { subnet: { network_id: net, ip_version: 4, cidr: "10.60.0.0/26" } })).json().subnet;
    expect(subnet.allocation_pools).toEqual([{ start: "10.60.0.2", end: "10.60.0.62" }]);

    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => req("demo", "POST", "/ports", { port: { network_id: net, name: `p${i}` } })));
    expect(results.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    const ports = results.map((r) => r.json().port);
    const ips = ports.map((p) => p.fixed_ips[0].ip_address);
    expect(new Set(ips).size).toBe(50);
    expect(new Set(ports.map((p) => p.mac_address)).size).toBe(50);
    for (const ip of ips) {
      const last = Number(ip.split(".")[3]);
      expect(last).toBeGreaterThanOrEqual(2);
      expect(last).toBeLessThanOrEqual(62);
    }

    // 61 addresses in the pool: 11 more fit, then the network is full.
    const more = await Promise.all(Array.from({ length: 13 }, () => req("demo", "POST", "/ports", { port: { network_id: net } })));
    const codes = more.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(11);
    const refused = more.filter((r) => r.statusCode === 409);
    expect(refused).toHaveLength(2);
    expect(refused[0]!.json()).toEqual({
      NeutronError: { type: "IpAddressGenerationFailure", message: `No more IP addresses available on network ${net}.`, detail: "" },
    });
    const all = (await req("demo", "GET", `/ports?network_id=${net}`)).json().ports;
    expect(new Set(all.map((p: { fixed_ips: { ip_address: string }[] }) => p.fixed_ips[0]!.ip_address)).size).toBe(61);
  });
});
