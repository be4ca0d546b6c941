import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { hostIpOf, resolveHosts } from "../../src/simulator/topology.js";
import { stableUuid, uptimeText } from "../../src/simulator/services.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-topo-"));
const file = (name: string, body: unknown) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, typeof body === "string" ? body : JSON.stringify(body));
  return p;
};

describe("host settings", () => {
  it("defaults: 4 hosts of 16 vCPUs, 64 GiB, 1 TiB, Nova's initial ratios, zone nova", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ hostCount: 4, hostVcpus: 16, hostRamMb: 65536, hostDiskGb: 1024, cpuAllocationRatio: 16, ramAllocationRatio: 1.5, diskAllocationRatio: 1, reservedHostMemoryMb: 512, availabilityZone: "nova", bootTimeMs: 1000 });
    const hosts = resolveHosts(c);
    expect(hosts.map((h) => h.hostname)).toEqual(["compute1", "compute2", "compute3", "compute4"]);
    expect(hosts.map((h) => h.hostIp)).toEqual(["192.168.1.10", "192.168.1.11", "192.168.1.12", "192.168.1.13"]);
  });

  it("boot time 0 is allowed; a negative one is not", () => {
    expect(loadConfig({ NOVASIM_BOOT_TIME_MS: "0" }).bootTimeMs).toBe(0);
    expect(() => loadConfig({ NOVASIM_BOOT_TIME_MS: "-1" })).toThrow(/NOVASIM_BOOT_TIME_MS/);
  });

  it("addresses continue past .255", () => {
    expect(hostIpOf(245)).toBe("192.168.1.255");
    expect(hostIpOf(246)).toBe("192.168.2.0");
  });
});

describe("topology file", () => {
  it("expands groups: unnamed continue computeN, named ones get a suffix when counted", () => {
    const p = file("ok.json", { hosts: [{ count: 2, az: "az1" }, { name: "big", count: 3, vcpus: 128, ramMb: 1048576 }, { name: "solo" }, { count: 1 }] });
    const c = loadConfig({ NOVASIM_TOPOLOGY_FILE: p, NOVASIM_HOST_COUNT: "99" });
    const hosts = resolveHosts(c);
    expect(hosts.map((h) => h.hostname)).toEqual(["compute1", "compute2", "big1", "big2", "big3", "solo", "compute3"]);
    expect(hosts[0]).toMatchObject({ availabilityZone: "az1", vcpus: 16 });
    expect(hosts[2]).toMatchObject({ availabilityZone: "nova", vcpus: 128, memoryMb: 1048576, localGb: 1024, cpuAllocationRatio: 16 });
  });

  it("describes hundreds of hosts in one line", () => {
    const c = loadConfig({ NOVASIM_TOPOLOGY_FILE: file("big.json", [{ count: 500 }]) });
    expect(resolveHosts(c)).toHaveLength(500);
  });

  it.each([
    ["bad.json", [{ count: 2, vcpus: "many" }], /^invalid NOVASIM_TOPOLOGY_FILE=".*bad\.json": 0\.vcpus: /],
    ["unknown.json", [{ cpus: 4 }], /^invalid NOVASIM_TOPOLOGY_FILE=.*: 0: Unrecognized key/],
    ["dup.json", [{ name: "a" }, { name: "a" }], /host a is described twice/],
    ["notjson.json", "{", /cannot read topology/],
  ])("%s fails with one line naming the setting", (name, body, message) => {
    const p = file(name, body);
    let err: unknown;
    try {
      loadConfig({ NOVASIM_TOPOLOGY_FILE: p });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain("\n");
  });

  it("a missing file fails the same way", () => {
    expect(() => loadConfig({ NOVASIM_TOPOLOGY_FILE: path.join(dir, "nope.json") })).toThrow(/^invalid NOVASIM_TOPOLOGY_FILE=.*cannot read topology: ENOENT/);
  });
});

describe("simulated services", () => {
  it("controller UUIDs are stable name-based UUIDs", () => {
    expect(stableUuid("x")).toBe(stableUuid("x"));
    expect(stableUuid("x")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
  it("uptime reads like uptime(1)", () => {
    const since = new Date(Date.UTC(2026, 0, 1, 0, 0, 0));
    expect(uptimeText(since, new Date(Date.UTC(2026, 0, 3, 5, 7, 9)))).toBe(" 05:07:09 up 2 days,  5:07,  0 users,  load average: 0.00, 0.00, 0.00");
    expect(uptimeText(since, new Date(Date.UTC(2026, 0, 1, 0, 12, 0)))).toBe(" 00:12:00 up 12 min,  0 users,  load average: 0.00, 0.00, 0.00");
  });
});
