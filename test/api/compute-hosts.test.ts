import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { release, scheduleAndClaim } from "../../src/scheduler/index.js";
import { startApp, type TestApp } from "../helpers.js";

let t: TestApp;
let admin: string;
let demo: string;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CONSUMER = "6a1f6e62-0000-4000-8000-000000000001";

beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_HOST_COUNT: "3" } });
  admin = await t.token("admin");
  demo = await t.token("demo");
  // One instance's worth of usage on some host, so used numbers are not all zero.
  await scheduleAndClaim(t.db.prisma, { consumerId: CONSUMER, vcpus: 2, memoryMb: 2048, diskGb: 20 }, { seed: 1 });
});
afterAll(() => t.close());

const get = (url: string, opts: { mv?: string; token?: string } = {}) =>
  t.app.inject({
    method: "GET",
    url: `/compute/v2.1${url}`,
    headers: { "x-auth-token": opts.token ?? admin, ...(opts.mv ? { "openstack-api-version": `compute ${opts.mv}` } : {}) },
  });

describe("GET /os-hypervisors", () => {
  it("2.1: integer ids, summary fields only", async () => {
    const res = await get("/os-hypervisors");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body)).toEqual(["hypervisors"]);
    expect(body.hypervisors).toHaveLength(3);
    expect(body.hypervisors[0]).toEqual({ id: 1, hypervisor_hostname: "compute1", state: "up", status: "enabled" });
  });

  it("2.53: UUID ids; hypervisor_hostname_pattern and with_servers", async () => {
    const res = await get("/os-hypervisors?hypervisor_hostname_pattern=compute2&with_servers=true", { mv: "2.53" });
    expect(res.statusCode).toBe(200);
    const [h] = res.json().hypervisors;
    expect(h.id).toMatch(UUID);
    expect(h.hypervisor_hostname).toBe("compute2");
    // Before 2.75 an empty server list is left out.
    expect(h).not.toHaveProperty("servers");
    const later = await get("/os-hypervisors?hypervisor_hostname_pattern=compute2&with_servers=true", { mv: "2.75" });
    expect(later.json().hypervisors[0].servers).toEqual([]);
  });

  it("2.53: a pattern matching nothing is 404; paging with a pattern is 400; unknown params 400", async () => {
    const none = await get("/os-hypervisors?hypervisor_hostname_pattern=nosuch", { mv: "2.53" });
    expect(none.statusCode).toBe(404);
    expect(none.json()).toEqual({ itemNotFound: { code: 404, message: "No hypervisor matching 'nosuch' could be found." } });
    const paged = await get("/os-hypervisors?hypervisor_hostname_pattern=compute&limit=1", { mv: "2.53" });
    expect(paged.statusCode).toBe(400);
    expect(paged.json().badRequest.message).toBe("Paging over hypervisors with the hypervisor_hostname_pattern query parameter is not supported.");
    const unknown = await get("/os-hypervisors?foo=1", { mv: "2.53" });
    expect(unknown.statusCode).toBe(400);
    // Before 2.53 unknown parameters are ignored.
    expect((await get("/os-hypervisors?foo=1", { mv: "2.1" })).statusCode).toBe(200);
  });

  it("2.33: limit and marker page by id with a next link", async () => {
    const first = await get("/os-hypervisors?limit=2", { mv: "2.33" });
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body.hypervisors.map((h: { id: number }) => h.id)).toEqual([1, 2]);
    expect(body.hypervisors_links).toEqual([{ rel: "next", href: "http://localhost:80/compute/v2.1/os-hypervisors?limit=2&marker=2" }]);
    const second = await get("/os-hypervisors?limit=2&marker=2", { mv: "2.33" });
    expect(second.json().hypervisors.map((h: { id: number }) => h.id)).toEqual([3]);
    expect(second.json()).not.toHaveProperty("hypervisors_links");
    const bad = await get("/os-hypervisors?marker=99", { mv: "2.33" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ badRequest: { code: 400, message: "marker [99] not found" } });
  });

  it("2.53: the marker is a UUID", async () => {
    const all = (await get("/os-hypervisors", { mv: "2.53" })).json().hypervisors;
    const res = await get(`/os-hypervisors?marker=${all[0].id}`, { mv: "2.53" });
    expect(res.json().hypervisors.map((h: { id: string }) => h.id)).toEqual([all[1].id, all[2].id]);
  });

  it("is admin only", async () => {
    const res = await get("/os-hypervisors", { token: demo });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ forbidden: { code: 403, message: "Policy doesn't allow os_compute_api:os-hypervisors:list to be performed." } });
  });
});

describe("GET /os-hypervisors/detail", () => {
  it("2.1: resource fields from the allocations, cpu_info as a string", async () => {
    const res = await get("/os-hypervisors/detail");
    expect(res.statusCode).toBe(200);
    const hs = res.json().hypervisors as Record<string, unknown>[];
    expect(Object.keys(hs[0]!)).toEqual([
      "id", "hypervisor_hostname", "state", "status", "hypervisor_type", "hypervisor_version", "host_ip", "service",
      "vcpus", "memory_mb", "local_gb", "vcpus_used", "memory_mb_used", "local_gb_used", "free_ram_mb", "free_disk_gb",
      "current_workload", "running_vms", "disk_available_least", "cpu_info",
    ]);
    expect(hs[0]).toMatchObject({ id: 1, hypervisor_type: "fake", hypervisor_version: 1000, host_ip: "192.168.1.10", service: { id: 3, host: "compute1", disabled_reason: null } });
    expect(typeof hs[0]!.cpu_info).toBe("string");
    expect(JSON.parse(hs[0]!.cpu_info as string).arch).toBe("x86_64");
    const used = hs.find((h) => h.vcpus_used === 2)!;
    expect(used).toMatchObject({ vcpus: 16, memory_mb: 65536, local_gb: 1024, memory_mb_used: 512 + 2048, local_gb_used: 20, free_ram_mb: 65536 - 2560, free_disk_gb: 1004, running_vms: 1 });
    const idle = hs.filter((h) => h !== used);
    for (const h of idle) expect(h).toMatchObject({ vcpus_used: 0, memory_mb_used: 512, local_gb_used: 0, running_vms: 0 });
  });

  it("2.28: cpu_info is an object; 2.53: UUID ids and service ids", async () => {
    const a = (await get("/os-hypervisors/detail", { mv: "2.28" })).json().hypervisors[0];
    expect(a.cpu_info).toMatchObject({ arch: "x86_64", topology: { sockets: 1 } });
    const b = (await get("/os-hypervisors/detail", { mv: "2.53" })).json().hypervisors[0];
    expect(b.id).toMatch(UUID);
    expect(b.service.id).toMatch(UUID);
    expect(b).toHaveProperty("vcpus");
    expect(b).not.toHaveProperty("uptime");
  });

  it("2.88: resource fields gone, uptime in", async () => {
    const res = await get("/os-hypervisors/detail", { mv: "2.88" });
    const h = res.json().hypervisors[0];
    expect(Object.keys(h)).toEqual(["id", "hypervisor_hostname", "state", "status", "hypervisor_type", "hypervisor_version", "host_ip", "service", "uptime"]);
    expect(h.uptime).toMatch(/ up .*load average/);
  });

  it("is admin only", async () => {
    expect((await get("/os-hypervisors/detail", { token: demo })).statusCode).toBe(403);
  });
});

describe("GET /os-hypervisors/{id}", () => {
  it("2.1 by integer id; a UUID or unknown id is 404", async () => {
    const res = await get("/os-hypervisors/2");
    expect(res.statusCode).toBe(200);
    expect(res.json().hypervisor).toMatchObject({ id: 2, hypervisor_hostname: "compute2", vcpus: 16 });
    const uuid = (await get("/os-hypervisors", { mv: "2.53" })).json().hypervisors[0].id;
    const wrong = await get(`/os-hypervisors/${uuid}`);
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json()).toEqual({ itemNotFound: { code: 404, message: `Hypervisor with ID '${uuid}' could not be found.` } });
    expect((await get("/os-hypervisors/99")).statusCode).toBe(404);
  });

  it("2.53 by UUID, with_servers; an integer is 400", async () => {
    const list = (await get("/os-hypervisors", { mv: "2.53" })).json().hypervisors;
    const res = await get(`/os-hypervisors/${list[0].id}?with_servers=1`, { mv: "2.53" });
    expect(res.statusCode).toBe(200);
    expect(res.json().hypervisor.id).toBe(list[0].id);
    const bad = await get("/os-hypervisors/1", { mv: "2.53" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ badRequest: { code: 400, message: "Invalid uuid 1" } });
    expect((await get("/os-hypervisors/00000000-0000-4000-8000-000000000000", { mv: "2.53" })).statusCode).toBe(404);
  });

  it("2.88 shows uptime, no resources", async () => {
    const list = (await get("/os-hypervisors", { mv: "2.88" })).json().hypervisors;
    const h = (await get(`/os-hypervisors/${list[0].id}`, { mv: "2.88" })).json().hypervisor;
    expect(h).toHaveProperty("uptime");
    expect(h).not.toHaveProperty("memory_mb");
  });

  it("is admin only", async () => {
    expect((await get("/os-hypervisors/1", { token: demo })).statusCode).toBe(403);
  });
});

describe("deprecated hypervisor routes", () => {
  it("statistics sums every host until 2.87, 404 from 2.88", async () => {
    const res = await get("/os-hypervisors/statistics");
    expect(res.statusCode).toBe(200);
    expect(res.json().hypervisor_statistics).toMatchObject({ count: 3, vcpus: 48, memory_mb: 3 * 65536, vcpus_used: 2, memory_mb_used: 3 * 512 + 2048, local_gb_used: 20, running_vms: 1 });
    expect((await get("/os-hypervisors/statistics", { mv: "2.88" })).statusCode).toBe(404);
    expect((await get("/os-hypervisors/statistics", { token: demo })).statusCode).toBe(403);
  });

  it("uptime until 2.87", async () => {
    const res = await get("/os-hypervisors/1/uptime");
    expect(res.statusCode).toBe(200);
    expect(res.json().hypervisor).toMatchObject({ id: 1, hypervisor_hostname: "compute1", state: "up", status: "enabled" });
    expect(res.json().hypervisor.uptime).toMatch(/load average/);
    const list = (await get("/os-hypervisors", { mv: "2.53" })).json().hypervisors;
    expect((await get(`/os-hypervisors/${list[0].id}/uptime`, { mv: "2.53" })).json().hypervisor.id).toBe(list[0].id);
    expect((await get("/os-hypervisors/1/uptime", { mv: "2.88" })).statusCode).toBe(404);
  });

  it("search and servers until 2.52", async () => {
    const s = await get("/os-hypervisors/compute/search");
    expect(s.statusCode).toBe(200);
    expect(s.json().hypervisors).toHaveLength(3);
    expect((await get("/os-hypervisors/nosuch/search")).statusCode).toBe(404);
    const sv = await get("/os-hypervisors/compute3/servers");
    expect(sv.json().hypervisors).toEqual([{ id: 3, hypervisor_hostname: "compute3", state: "up", status: "enabled" }]);
    expect((await get("/os-hypervisors/compute/search", { mv: "2.53" })).statusCode).toBe(404);
    expect((await get("/os-hypervisors/compute/servers", { mv: "2.53" })).statusCode).toBe(404);
  });
});

describe("GET /os-services", () => {
  it("2.1: controller services and one nova-compute per host, integer ids, no forced_down", async () => {
    const res = await get("/os-services");
    expect(res.statusCode).toBe(200);
    const svcs = res.json().services;
    expect(svcs.map((s: { binary: string; host: string }) => `${s.binary}@${s.host}`)).toEqual([
      "nova-conductor@controller", "nova-scheduler@controller", "nova-compute@compute1", "nova-compute@compute2", "nova-compute@compute3",
    ]);
    expect(Object.keys(svcs[2])).toEqual(["binary", "host", "id", "zone", "status", "state", "updated_at", "disabled_reason"]);
    expect(svcs[0]).toMatchObject({ id: 1, zone: "internal", status: "enabled", state: "up", disabled_reason: null });
    expect(svcs[2]).toMatchObject({ id: 3, zone: "nova" });
    expect(svcs[2].updated_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
  });

  it("2.11 adds forced_down; 2.53 UUID ids; host and binary filter", async () => {
    expect((await get("/os-services", { mv: "2.11" })).json().services[0].forced_down).toBe(false);
    const res = await get("/os-services?binary=nova-compute&host=compute2", { mv: "2.53" });
    const svcs = res.json().services;
    expect(svcs).toHaveLength(1);
    expect(svcs[0].id).toMatch(UUID);
    expect(svcs[0].host).toBe("compute2");
    // The same service UUID as the hypervisor's service.
    const hyp = (await get("/os-hypervisors/detail?hypervisor_hostname_pattern=compute2", { mv: "2.53" })).json().hypervisors[0];
    expect(hyp.service.id).toBe(svcs[0].id);
  });

  it("is admin only", async () => {
    const res = await get("/os-services", { token: demo });
    expect(res.statusCode).toBe(403);
    expect(res.json().forbidden.message).toBe("Policy doesn't allow os_compute_api:os-services:list to be performed.");
  });
});

describe("GET /os-availability-zone", () => {
  it("lists the compute zones to any user, without hosts and without the internal zone", async () => {
    for (const token of [demo, admin]) {
      const res = await get("/os-availability-zone", { token });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ availabilityZoneInfo: [{ zoneName: "nova", zoneState: { available: true }, hosts: null }] });
    }
  });

  it("detail: zones with hosts and their services, admin only", async () => {
    const res = await get("/os-availability-zone/detail");
    expect(res.statusCode).toBe(200);
    const zones = res.json().availabilityZoneInfo;
    expect(zones.map((z: { zoneName: string }) => z.zoneName)).toEqual(["internal", "nova"]);
    expect(Object.keys(zones[0].hosts.controller).sort()).toEqual(["nova-conductor", "nova-scheduler"]);
    expect(Object.keys(zones[1].hosts)).toEqual(["compute1", "compute2", "compute3"]);
    expect(zones[1].hosts.compute1["nova-compute"]).toMatchObject({ available: true, active: true });
    expect((await get("/os-availability-zone/detail", { token: demo })).statusCode).toBe(403);
  });
});

describe("usage follows the allocations", () => {
  it("release frees the host in the hypervisor view", async () => {
    await release(t.db.prisma, CONSUMER);
    const stats = (await get("/os-hypervisors/statistics")).json().hypervisor_statistics;
    expect(stats).toMatchObject({ vcpus_used: 0, local_gb_used: 0, running_vms: 0 });
  });
});
