import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { startApp, type TestApp } from "../helpers.js";
import { computeHelpers } from "../compute-helpers.js";

/**
 * The smaller operator APIs: os-hosts (deprecated), os-instance_usage_audit_log,
 * /extensions, os-server-external-events, and the hypervisor uptime route.
 */

let t: TestApp;
let imageId: string;
let serverId: string;
beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_BOOT_TIME_MS: "0", NOVASIM_HOST_COUNT: "2" }, clock: new ManualClock(Date.UTC(2026, 11, 3, 15, 0, 0)) });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
  const res = await t.app.inject({
    method: "POST",
    url: "/compute/v2.1/servers",
    headers: await as("admin"),
    payload: { server: { name: "on-c1", imageRef: imageId, flavorRef: "2", availability_zone: "nova:compute1" } },
  });
  expect(res.statusCode).toBe(202);
  serverId = res.json().server.id;
  await settle(0);
});
afterAll(() => t.close());

const { as, settle } = computeHelpers(() => t, () => imageId);

const call = async (method: "GET" | "PUT" | "POST", url: string, payload?: unknown, opts: { mv?: string; user?: "admin" | "demo" } = {}) =>
  t.app.inject({ method, url: `/compute/v2.1${url}`, headers: await as(opts.user ?? "admin", opts.mv ?? "2.1"), ...(payload !== undefined ? { payload: payload as object } : {}) });

describe("os-hosts (until 2.42)", () => {
  it("lists enabled services with their topic and zone; ?zone filters; 404 from 2.43", async () => {
    const res = await call("GET", "/os-hosts");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      hosts: [
        { host_name: "controller", service: "conductor", zone: "internal" },
        { host_name: "controller", service: "scheduler", zone: "internal" },
        { host_name: "compute1", service: "compute", zone: "nova" },
        { host_name: "compute2", service: "compute", zone: "nova" },
      ],
    });
    expect((await call("GET", "/os-hosts?zone=nova")).json().hosts.map((h: { host_name: string }) => h.host_name)).toEqual(["compute1", "compute2"]);
    // A disabled service is left out.
    await call("PUT", "/os-services/disable", { host: "compute2", binary: "nova-compute" });
    expect((await call("GET", "/os-hosts?zone=nova")).json().hosts.map((h: { host_name: string }) => h.host_name)).toEqual(["compute1"]);
    await call("PUT", "/os-services/enable", { host: "compute2", binary: "nova-compute" });
    expect((await call("GET", "/os-hosts", undefined, { mv: "2.43" })).statusCode).toBe(404);
    expect((await call("GET", "/os-hosts", undefined, { user: "demo" })).json()).toEqual({
      forbidden: { code: 403, message: "Policy doesn't allow os_compute_api:os-hosts:list to be performed." },
    });
  });

  it("show: totals, used now, the instances' sum and per project", async () => {
    const res = await call("GET", "/os-hosts/compute1");
    expect(res.statusCode).toBe(200);
    // m1.small: 1 vCPU, 2048 MiB, 20 GB; the host reserves 512 MiB.
    expect(res.json()).toEqual({
      host: [
        { resource: { host: "compute1", project: "(total)", cpu: 16, memory_mb: 65536, disk_gb: 1024 } },
        { resource: { host: "compute1", project: "(used_now)", cpu: 1, memory_mb: 512 + 2048, disk_gb: 20 } },
        { resource: { host: "compute1", project: "(used_max)", cpu: 1, memory_mb: 2048, disk_gb: 20 } },
        { resource: { host: "compute1", project: expect.any(String), cpu: 1, memory_mb: 2048, disk_gb: 20 } },
      ],
    });
    expect((await call("GET", "/os-hosts/controller")).json()).toEqual({ itemNotFound: { code: 404, message: "Host 'controller' is not mapped to any cell" } });
    expect((await call("GET", "/os-hosts/compute1", undefined, { mv: "2.43" })).statusCode).toBe(404);
  });

  it("update and power actions answer as the fake driver; unknown hosts 404; bad bodies 400", async () => {
    const both = await call("PUT", "/os-hosts/compute2", { status: "Disable", maintenance_mode: "enable" });
    expect(both.json()).toEqual({ host: "compute2", status: "disabled", maintenance_mode: "on_maintenance" });
    expect((await call("PUT", "/os-hosts/compute2", { status: "ENABLE" })).json()).toEqual({ host: "compute2", status: "enabled" });
    // Nothing changed on the service.
    const svc = (await call("GET", "/os-services?host=compute2")).json().services[0];
    expect(svc.status).toBe("enabled");
    expect((await call("PUT", "/os-hosts/compute2", {})).json().badRequest.message).toBe("{} is not valid under any of the given schemas");
    expect((await call("PUT", "/os-hosts/compute2", { status: "on" })).statusCode).toBe(400);
    expect((await call("PUT", "/os-hosts/nosuch", { status: "enable" })).json()).toEqual({
      itemNotFound: { code: 404, message: "Host 'nosuch' is not mapped to any cell" },
    });
    for (const action of ["startup", "shutdown", "reboot"]) {
      const res = await call("GET", `/os-hosts/compute1/${action}`);
      expect(res.json()).toEqual({ host: "compute1", power_action: action });
    }
    expect((await call("GET", "/os-hosts/compute1/startup", undefined, { user: "demo" })).json().forbidden.message).toBe(
      "Policy doesn't allow os_compute_api:os-hosts:start to be performed.",
    );
    expect((await call("GET", "/os-hosts/compute1/reboot", undefined, { mv: "2.43" })).statusCode).toBe(404);
  });
});

describe("os-instance_usage_audit_log", () => {
  it("index: the last completed month; no host has run the audit", async () => {
    const res = await call("GET", "/os-instance_usage_audit_log");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      instance_usage_audit_logs: {
        period_beginning: "2026-11-01 00:00:00",
        period_ending: "2026-12-01 00:00:00",
        num_hosts: 2,
        num_hosts_done: 0,
        num_hosts_running: 0,
        num_hosts_not_run: 2,
        hosts_not_run: ["compute1", "compute2"],
        total_instances: 0,
        total_errors: 0,
        overall_status: "0 of 2 hosts done. 0 errors.",
        log: {},
      },
    });
  });

  it("show: the period completed before a timestamp; a bad timestamp is 400", async () => {
    const at = await call("GET", `/os-instance_usage_audit_log/${encodeURIComponent("2026-03-01 00:00:00")}`);
    expect(at.json().instance_usage_audit_log).toMatchObject({ period_beginning: "2026-01-01 00:00:00", period_ending: "2026-02-01 00:00:00" });
    const jan = await call("GET", `/os-instance_usage_audit_log/${encodeURIComponent("2026-01-15 10:00:00.123")}`);
    expect(jan.json().instance_usage_audit_log).toMatchObject({ period_beginning: "2025-12-01 00:00:00", period_ending: "2026-01-01 00:00:00" });
    const bad = await call("GET", "/os-instance_usage_audit_log/yesterday");
    expect(bad.json()).toEqual({ badRequest: { code: 400, message: "Invalid timestamp for date yesterday" } });
    expect((await call("GET", `/os-instance_usage_audit_log/${encodeURIComponent("2026-02-30 00:00:00")}`)).statusCode).toBe(400);
    expect((await call("GET", "/os-instance_usage_audit_log", undefined, { user: "demo" })).json().forbidden.message).toBe(
      "Policy doesn't allow os_compute_api:os-instance-usage-audit-log:list to be performed.",
    );
  });
});

describe("/extensions", () => {
  it("lists Nova's frozen extension list to anyone; show by alias; unknown alias 404", async () => {
    const res = await call("GET", "/extensions", undefined, { user: "demo" });
    expect(res.statusCode).toBe(200);
    const exts = res.json().extensions;
    expect(exts).toHaveLength(99);
    expect(exts[0]).toEqual({
      alias: "NMN",
      description: "Multiple network support.",
      links: [],
      name: "Multinic",
      namespace: "http://docs.openstack.org/compute/ext/fake_xml",
      updated: "2014-12-03T00:00:00Z",
    });
    expect(exts.map((e: { alias: string }) => e.alias)).toContain("os-aggregates");
    const one = await call("GET", "/extensions/os-aggregates", undefined, { user: "demo" });
    expect(one.json()).toEqual({ extension: exts.find((e: { alias: string }) => e.alias === "os-aggregates") });
    expect((await call("GET", "/extensions/nosuch")).json()).toEqual({ itemNotFound: { code: 404, message: "The resource could not be found." } });
  });
});

describe("os-server-external-events", () => {
  it("answers each event: 200 placed, 404 unknown server, 400 missing tag, 422 no host; 207 unless all passed", async () => {
    const ok = await call("POST", "/os-server-external-events", { events: [{ name: "network-vif-plugged", server_uuid: serverId, tag: "port-1" }] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ events: [{ name: "network-vif-plugged", server_uuid: serverId, tag: "port-1", status: "completed", code: 200 }] });

    // A server not placed on a host (a copy of the row without one).
    const unplaced = crypto.randomUUID();
    const src = await t.db.prisma.instance.findUniqueOrThrow({ where: { id: serverId } });
    await t.db.prisma.instance.create({
      data: { ...src, id: unplaced, host: null, node: null, reservationId: "r-x", createdAt: new Date(), updatedAt: new Date() },
    });
    const unknown = crypto.randomUUID();
    const mixed = await call(
      "POST",
      "/os-server-external-events",
      {
        events: [
          { name: "network-changed", server_uuid: unknown },
          { name: "power-update", server_uuid: serverId },
          { name: "network-vif-deleted", server_uuid: unplaced, status: "failed" },
          { server_uuid: serverId, name: "power-update", tag: "POWER_OFF", status: "in-progress" },
        ],
      },
      { mv: "2.76" },
    );
    expect(mixed.statusCode).toBe(207);
    expect(mixed.json()).toEqual({
      events: [
        { name: "network-changed", server_uuid: unknown, status: "failed", code: 404 },
        { name: "power-update", server_uuid: serverId, status: "failed", code: 400 },
        { name: "network-vif-deleted", server_uuid: unplaced, status: "failed", code: 422 },
        { server_uuid: serverId, name: "power-update", tag: "POWER_OFF", status: "completed", code: 200 },
      ],
    });
    await t.db.prisma.instance.delete({ where: { id: unplaced } });
  });

  it("event names follow the microversion; bodies are checked; admin (or service) only", async () => {
    const early = await call("POST", "/os-server-external-events", { events: [{ name: "power-update", server_uuid: serverId, tag: "POWER_ON" }] }, { mv: "2.75" });
    expect(early.statusCode).toBe(400);
    expect(early.json().badRequest.message).toMatch(/^Invalid input for field\/attribute name\. Value: power-update\. 'power-update' is not one of /);
    expect((await call("POST", "/os-server-external-events", { events: [] })).statusCode).toBe(400);
    expect((await call("POST", "/os-server-external-events", { events: [{ name: "network-changed", server_uuid: "nope" }] })).statusCode).toBe(400);
    const member = await call("POST", "/os-server-external-events", { events: [{ name: "network-changed", server_uuid: serverId }] }, { user: "demo" });
    expect(member.json()).toEqual({ forbidden: { code: 403, message: "Policy doesn't allow os_compute_api:os-server-external-events:create to be performed." } });
  });
});

describe("hypervisor uptime", () => {
  it("the uptime route answers 400 for a host whose nova-compute is down; 2.88's show gives null", async () => {
    expect((await call("GET", "/os-hypervisors/2/uptime")).json().hypervisor.uptime).toMatch(/ up .*load average/);
    await call("PUT", "/os-services/force-down", { host: "compute2", binary: "nova-compute", forced_down: true }, { mv: "2.11" });
    expect((await call("GET", "/os-hypervisors/2/uptime")).json()).toEqual({
      badRequest: { code: 400, message: "Compute service of compute2 is unavailable at this time." },
    });
    const list = (await call("GET", "/os-hypervisors", undefined, { mv: "2.88" })).json().hypervisors;
    const h2 = list.find((h: { hypervisor_hostname: string }) => h.hypervisor_hostname === "compute2");
    expect((await call("GET", `/os-hypervisors/${h2.id}`, undefined, { mv: "2.88" })).json().hypervisor.uptime).toBeNull();
    await call("PUT", "/os-services/force-down", { host: "compute2", binary: "nova-compute", forced_down: false }, { mv: "2.11" });
    expect((await call("GET", "/os-hypervisors/2/uptime")).statusCode).toBe(200);
  });
});
