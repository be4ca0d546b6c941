import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";

/** GET /sim/v1/scheduler/decisions: the scheduler's recent decisions, admin only. */
let t: TestApp;
let imageId: string;
let serverId: string;

beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_HOST_COUNT: "3", NOVASIM_BOOT_TIME_MS: "0" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
  const res = await t.app.inject({
    method: "POST",
    url: "/compute/v2.1/servers",
    headers: { "x-auth-token": await t.token("demo") },
    payload: { server: { name: "explained", imageRef: imageId, flavorRef: "1" } },
  });
  expect(res.statusCode).toBe(202);
  serverId = res.json().server.id;
  await t.app.services.worker.idle();
});
afterAll(() => t.close());

const get = async (url: string, user: "admin" | "demo" = "admin") => t.app.inject({ url, headers: { "x-auth-token": await t.token(user) } });

describe("GET /sim/v1/scheduler/decisions", () => {
  it("lists the decision that placed a new server, with each filter's hosts and the weights", async () => {
    const res = await get("/sim/v1/scheduler/decisions");
    expect(res.statusCode).toBe(200);
    const [d] = res.json().decisions.filter((x: { instance_uuid: string }) => x.instance_uuid === serverId);
    const server = (await t.app.inject({ url: `/compute/v2.1/servers/${serverId}`, headers: { "x-auth-token": await t.token("admin") } })).json().server;
    expect(server.status).toBe("ACTIVE");
    expect(d).toMatchObject({ outcome: "placed", host: server["OS-EXT-SRV-ATTR:host"], chosen: server["OS-EXT-SRV-ATTR:host"], hosts_considered: 3 });
    expect(d.request).toEqual({ vcpus: 1, memory_mb: 512, disk_gb: 1, availability_zone: null, forced_host: null, group: null });
    expect(d.filters.map((f: { filter: string }) => f.filter)).toEqual([
      "ComputeFilter", "AvailabilityZoneFilter", "RamFilter", "CoreFilter", "DiskFilter",
      "ComputeCapabilitiesFilter", "ImagePropertiesFilter", "ServerGroupAntiAffinityFilter", "ServerGroupAffinityFilter",
    ]);
    expect(d.filters.every((f: { hosts_before: number; hosts_after: number }) => f.hosts_before === 3 && f.hosts_after === 3)).toBe(true);
    expect(d.weighed).toHaveLength(3);
    expect(d.weighed[0].host).toBe(d.chosen);
    expect(Object.keys(d.weighed[0].weighers)).toContain("RAMWeigher");
    expect(d.attempts).toEqual([{ host: d.chosen, outcome: "claimed" }]);
    expect(d.summary).toMatch(/^3 host\(s\) considered\. claim on compute\d: claimed\.$/);
    expect(Date.parse(d.time)).not.toBeNaN();

    const one = await get(`/sim/v1/scheduler/decisions/${d.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json().decision).toEqual(d);
    const byInstance = await get(`/sim/v1/scheduler/decisions?instance_uuid=${serverId}`);
    expect(byInstance.json().decisions.map((x: { id: string }) => x.id)).toEqual([d.id]);
  });

  it("records NoValidHost with the filter that left no host and why", async () => {
    const admin = { "x-auth-token": await t.token("admin") };
    const flavor = await t.app.inject({ method: "POST", url: "/compute/v2.1/flavors", headers: admin, payload: { flavor: { name: "qemu-only", ram: 512, vcpus: 1, disk: 1 } } });
    expect(flavor.statusCode).toBe(200);
    const flavorId = flavor.json().flavor.id;
    const specs = await t.app.inject({
      method: "POST",
      url: `/compute/v2.1/flavors/${flavorId}/os-extra_specs`,
      headers: admin,
      payload: { extra_specs: { "capabilities:hypervisor_type": "s== QEMU" } },
    });
    expect(specs.statusCode).toBe(200);
    const res = await t.app.inject({ method: "POST", url: "/compute/v2.1/servers", headers: admin, payload: { server: { name: "nowhere", imageRef: imageId, flavorRef: flavorId } } });
    expect(res.statusCode).toBe(202);
    const id = res.json().server.id;
    await t.app.services.worker.idle();
    const [d] = (await get(`/sim/v1/scheduler/decisions?instance_uuid=${id}`)).json().decisions;
    expect(d).toMatchObject({ outcome: "no_valid_host", host: null, chosen: null, attempts: [], weighed: [] });
    expect(d.filters.at(-1)).toMatchObject({ filter: "ComputeCapabilitiesFilter", hosts_before: 3, hosts_after: 0, rejected_count: 3 });
    expect(d.filters.at(-1).rejected[0].reason).toBe("capability hypervisor_type=fake does not match extra spec capabilities:hypervisor_type=s== QEMU");
    const fault = (await t.app.inject({ url: `/compute/v2.1/servers/${id}`, headers: admin })).json().server.fault;
    expect(fault.message).toBe("No valid host was found. There are not enough hosts available.");
    expect(fault.details).toBe(d.summary);
  });

  it("is admin only: 403 for a member, 401 without a token, 404 for an unknown decision", async () => {
    const member = await get("/sim/v1/scheduler/decisions", "demo");
    expect(member.statusCode).toBe(403);
    expect(member.json()).toEqual({
      error: { code: 403, message: "Policy doesn't allow novasim:scheduler:decisions:list to be performed.", title: "Forbidden" },
    });
    expect((await get("/sim/v1/scheduler/decisions/x", "demo")).statusCode).toBe(403);
    expect((await t.app.inject({ url: "/sim/v1/scheduler/decisions" })).statusCode).toBe(401);
    const missing = await get("/sim/v1/scheduler/decisions/no-such-id");
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe("Scheduler decision no-such-id could not be found.");
  });
});
