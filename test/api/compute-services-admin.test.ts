import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";
import { computeHelpers } from "../compute-helpers.js";

/** os-services updates and deletes (nova/api/openstack/compute/services.py), and what the scheduler makes of them. */

let t: TestApp;
let imageId: string;
beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_BOOT_TIME_MS: "0", NOVASIM_HOST_COUNT: "3" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
});
afterAll(() => t.close());

const { as, settle } = computeHelpers(() => t, () => imageId);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const call = async (method: "GET" | "PUT" | "DELETE" | "POST", url: string, payload?: unknown, opts: { mv?: string; user?: "admin" | "demo" } = {}) =>
  t.app.inject({ method, url: `/compute/v2.1${url}`, headers: await as(opts.user ?? "admin", opts.mv ?? "2.1"), ...(payload !== undefined ? { payload: payload as object } : {}) });

type Svc = { id: number | string; binary: string; host: string; status: string; state: string; disabled_reason: string | null; forced_down?: boolean; zone: string };
const services = async (mv = "2.11") => (await call("GET", "/os-services", undefined, { mv })).json().services as Svc[];
const compute = async (host: string, mv = "2.11") => (await services(mv)).find((s) => s.binary === "nova-compute" && s.host === host)!;
const body = (host: string, extra: Record<string, unknown> = {}) => ({ host, binary: "nova-compute", ...extra });

describe("PUT /os-services/{action} (before 2.53)", () => {
  it("disable, disable-log-reason and enable answer host, binary and status; the list follows", async () => {
    const off = await call("PUT", "/os-services/disable", body("compute1"));
    expect(off.statusCode).toBe(200);
    expect(off.json()).toEqual({ service: { host: "compute1", binary: "nova-compute", status: "disabled" } });
    expect(await compute("compute1")).toMatchObject({ status: "disabled", disabled_reason: null });
    const why = await call("PUT", "/os-services/disable-log-reason", body("compute1", { disabled_reason: "maintenance" }));
    expect(why.json()).toEqual({ service: { host: "compute1", binary: "nova-compute", status: "disabled", disabled_reason: "maintenance" } });
    expect(await compute("compute1")).toMatchObject({ status: "disabled", disabled_reason: "maintenance" });
    // The hypervisor shows it too.
    const hv = (await call("GET", "/os-hypervisors/detail")).json().hypervisors.find((h: { hypervisor_hostname: string }) => h.hypervisor_hostname === "compute1");
    expect(hv).toMatchObject({ status: "disabled", service: { disabled_reason: "maintenance" } });
    const on = await call("PUT", "/os-services/enable", body("compute1"));
    expect(on.json()).toEqual({ service: { host: "compute1", binary: "nova-compute", status: "enabled" } });
    expect(await compute("compute1")).toMatchObject({ status: "enabled", disabled_reason: null });
  });

  it("errors: missing reason 400, unknown action 404, other binaries 400, unknown host 404, member 403", async () => {
    const noReason = await call("PUT", "/os-services/disable-log-reason", body("compute1"));
    expect(noReason.json()).toEqual({ badRequest: { code: 400, message: "Missing disabled reason field" } });
    const unknown = await call("PUT", "/os-services/reboot", body("compute1"));
    expect(unknown.json()).toEqual({ itemNotFound: { code: 404, message: "Unknown action" } });
    // force-down exists from 2.11; its field is not in the 2.1 schema.
    expect((await call("PUT", "/os-services/force-down", body("compute1"))).json()).toEqual({ itemNotFound: { code: 404, message: "Unknown action" } });
    const field = await call("PUT", "/os-services/force-down", body("compute1", { forced_down: true }));
    expect(field.statusCode).toBe(400);
    expect(field.json().badRequest.message).toMatch(/Additional properties are not allowed \('forced_down' was unexpected\)/);
    const sched = await call("PUT", "/os-services/disable", { host: "controller", binary: "nova-scheduler" });
    expect(sched.json()).toEqual({ badRequest: { code: 400, message: "Updating a nova-scheduler service is not supported. Only nova-compute services can be updated." } });
    const nohost = await call("PUT", "/os-services/disable", body("nosuch"));
    expect(nohost.json()).toEqual({ itemNotFound: { code: 404, message: "Host 'nosuch' is not mapped to any cell" } });
    const missing = await call("PUT", "/os-services/disable", { host: "compute1" });
    expect(missing.json()).toEqual({ badRequest: { code: 400, message: "'binary' is a required property" } });
    const member = await call("PUT", "/os-services/disable", body("compute1"), { user: "demo" });
    expect(member.json()).toEqual({ forbidden: { code: 403, message: "Policy doesn't allow os_compute_api:os-services:update to be performed." } });
  });

  it("2.11 force-down sets forced_down and the state; forcing up is refused while evacuations are `done`", async () => {
    const down = await call("PUT", "/os-services/force-down", body("compute2", { forced_down: true }), { mv: "2.11" });
    expect(down.json()).toEqual({ service: { host: "compute2", binary: "nova-compute", forced_down: true } });
    expect(await compute("compute2")).toMatchObject({ forced_down: true, state: "down" });
    expect((await call("PUT", "/os-services/force-down", body("compute2"), { mv: "2.11" })).json()).toEqual({
      badRequest: { code: 400, message: "Missing forced_down field" },
    });
    const m = await t.db.prisma.migration.create({
      data: { uuid: crypto.randomUUID(), instanceUuid: crypto.randomUUID(), migrationType: "evacuation", status: "done", sourceCompute: "compute2", userId: "u", projectId: "p", createdAt: new Date() },
    });
    const blocked = await call("PUT", "/os-services/force-down", body("compute2", { forced_down: "false" }), { mv: "2.11" });
    expect(blocked.json()).toEqual({
      badRequest: {
        code: 400,
        message:
          "Unable to force up host compute2 as `done` evacuation migration records remain associated with the host. Ensure the compute service " +
          "has been restarted, allowing these records to move to `completed` before retrying this request.",
      },
    });
    await t.db.prisma.migration.delete({ where: { id: m.id } });
    const up = await call("PUT", "/os-services/force-down", body("compute2", { forced_down: false }), { mv: "2.11" });
    expect(up.json()).toEqual({ service: { host: "compute2", binary: "nova-compute", forced_down: false } });
    expect(await compute("compute2")).toMatchObject({ forced_down: false, state: "up" });
  });

  it("the old actions are gone from 2.53 (the path must be a UUID)", async () => {
    const res = await call("PUT", "/os-services/disable", body("compute1"), { mv: "2.53" });
    expect(res.statusCode).toBe(400);
    expect(res.json().badRequest.message).toMatch(/Additional properties are not allowed/);
    const bare = await call("PUT", "/os-services/disable", { status: "disabled" }, { mv: "2.53" });
    expect(bare.json()).toEqual({ badRequest: { code: 400, message: "Invalid uuid disable" } });
  });
});

describe("PUT /os-services/{service_id} (2.53)", () => {
  it("status and forced_down by UUID; the answer is the whole service", async () => {
    const svc = await compute("compute1", "2.53");
    expect(svc.id).toMatch(UUID);
    const res = await call("PUT", `/os-services/${svc.id}`, { status: "disabled", disabled_reason: "why not" }, { mv: "2.53" });
    expect(res.statusCode).toBe(200);
    const s = res.json().service;
    expect(Object.keys(s).sort()).toEqual(["binary", "disabled_reason", "forced_down", "host", "id", "state", "status", "updated_at", "zone"]);
    expect(s).toMatchObject({ id: svc.id, binary: "nova-compute", host: "compute1", status: "disabled", disabled_reason: "why not", forced_down: false, state: "up", zone: "nova" });
    expect(s.updated_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
    const both = await call("PUT", `/os-services/${svc.id}`, { status: "enabled", forced_down: true }, { mv: "2.53" });
    expect(both.json().service).toMatchObject({ status: "enabled", disabled_reason: null, forced_down: true, state: "down" });
    const back = await call("PUT", `/os-services/${svc.id}`, { forced_down: false }, { mv: "2.53" });
    expect(back.json().service).toMatchObject({ forced_down: false, state: "up" });
  });

  it("errors: reason with enabled, nothing to do, unknown UUID, a controller service, not a UUID", async () => {
    const svc = await compute("compute1", "2.53");
    const reason = await call("PUT", `/os-services/${svc.id}`, { status: "enabled", disabled_reason: "x" }, { mv: "2.53" });
    expect(reason.json()).toEqual({ badRequest: { code: 400, message: "Specifying 'disabled_reason' with status 'enabled' is invalid." } });
    const nothing = await call("PUT", `/os-services/${svc.id}`, { disabled_reason: "x" }, { mv: "2.53" });
    expect(nothing.json()).toEqual({ badRequest: { code: 400, message: "No updates were requested. Fields 'status' or 'forced_down' should be specified." } });
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await call("PUT", `/os-services/${unknown}`, { status: "disabled" }, { mv: "2.53" })).json()).toEqual({
      itemNotFound: { code: 404, message: `Service ${unknown} could not be found.` },
    });
    const conductor = (await services("2.53")).find((s) => s.binary === "nova-conductor")!;
    expect((await call("PUT", `/os-services/${conductor.id}`, { status: "disabled" }, { mv: "2.53" })).json()).toEqual({
      badRequest: { code: 400, message: "Updating a nova-conductor service is not supported. Only nova-compute services can be updated." },
    });
    expect((await call("PUT", `/os-services/${svc.id}`, { status: "off" }, { mv: "2.53" })).statusCode).toBe(400);
    expect((await call("PUT", `/os-services/${svc.id}`, { status: "disabled" }, { mv: "2.53", user: "demo" })).statusCode).toBe(403);
  });
});

describe("the scheduler skips disabled and forced-down hosts", () => {
  it("a server goes to the one host left enabled and up", async () => {
    const s1 = await compute("compute1", "2.53");
    const s2 = await compute("compute2", "2.53");
    await call("PUT", `/os-services/${s1.id}`, { status: "disabled" }, { mv: "2.53" });
    await call("PUT", `/os-services/${s2.id}`, { forced_down: true }, { mv: "2.53" });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await t.app.inject({
        method: "POST",
        url: "/compute/v2.1/servers",
        headers: await as("demo"),
        payload: { server: { name: `sched-${i}`, imageRef: imageId, flavorRef: "1" } },
      });
      expect(res.statusCode).toBe(202);
      ids.push(res.json().server.id);
    }
    await settle(0);
    for (const id of ids) expect((await call("GET", `/servers/${id}`)).json().server["OS-EXT-SRV-ATTR:host"]).toBe("compute3");
    await call("PUT", `/os-services/${s1.id}`, { status: "enabled" }, { mv: "2.53" });
    await call("PUT", `/os-services/${s2.id}`, { forced_down: false }, { mv: "2.53" });
    // compute3 now hosts instances: deleting its service is refused.
    const s3 = await compute("compute3", "2.53");
    const busy = await call("DELETE", `/os-services/${s3.id}`, undefined, { mv: "2.53" });
    expect(busy.json()).toEqual({
      conflictingRequest: { code: 409, message: "Unable to delete compute service that is hosting instances. Migrate or delete the instances first." },
    });
    for (const id of ids) await call("DELETE", `/servers/${id}`, undefined, { user: "demo" });
    await settle(0);
  });
});

describe("DELETE /os-services/{service_id}", () => {
  it("ids: an integer before 2.53, a UUID from 2.53; unknown ones 404", async () => {
    expect((await call("DELETE", "/os-services/abc")).json()).toEqual({ badRequest: { code: 400, message: "Invalid input received: id must be an integer" } });
    expect((await call("DELETE", "/os-services/99")).json()).toEqual({ itemNotFound: { code: 404, message: "Service 99 not found." } });
    expect((await call("DELETE", "/os-services/3", undefined, { mv: "2.53" })).json()).toEqual({ badRequest: { code: 400, message: "Invalid uuid 3" } });
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await call("DELETE", `/os-services/${unknown}`, undefined, { mv: "2.53" })).json()).toEqual({
      itemNotFound: { code: 404, message: `Service ${unknown} not found.` },
    });
    expect((await call("DELETE", "/os-services/3", undefined, { user: "demo" })).json()).toEqual({
      forbidden: { code: 403, message: "Policy doesn't allow os_compute_api:os-services:delete to be performed." },
    });
  });

  it("a migration in progress on the host blocks it", async () => {
    const m = await t.db.prisma.migration.create({
      data: { uuid: crypto.randomUUID(), instanceUuid: crypto.randomUUID(), migrationType: "migration", status: "migrating", destCompute: "compute3", destNode: "compute3", userId: "u", projectId: "p", createdAt: new Date() },
    });
    const s3 = await compute("compute3", "2.53");
    const res = await call("DELETE", `/os-services/${s3.id}`, undefined, { mv: "2.53" });
    expect(res.json()).toEqual({
      conflictingRequest: { code: 409, message: "Unable to delete compute service that has in-progress migrations. Complete the migrations or delete the instances first." },
    });
    await t.db.prisma.migration.delete({ where: { id: m.id } });
  });

  it("deleting a compute service removes its host from every listing and aggregate", async () => {
    const agg = (await call("POST", "/os-aggregates", { aggregate: { name: "with-c3", availability_zone: "c3-zone" } })).json().aggregate;
    await call("POST", `/os-aggregates/${agg.id}/action`, { add_host: { host: "compute3" } });
    expect((await call("GET", "/os-availability-zone")).json().availabilityZoneInfo.map((z: { zoneName: string }) => z.zoneName)).toContain("c3-zone");
    const s3 = await compute("compute3");
    // Before 2.53 by its integer id.
    const res = await call("DELETE", `/os-services/${s3.id}`);
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe("");
    expect((await services()).map((s) => s.host)).not.toContain("compute3");
    const hvs = (await call("GET", "/os-hypervisors")).json().hypervisors.map((h: { hypervisor_hostname: string }) => h.hypervisor_hostname);
    expect(hvs).toEqual(["compute1", "compute2"]);
    expect((await call("GET", `/os-aggregates/${agg.id}`)).json().aggregate.hosts).toEqual([]);
    expect((await call("GET", "/os-availability-zone")).json().availabilityZoneInfo.map((z: { zoneName: string }) => z.zoneName)).toEqual(["nova"]);
    expect((await call("GET", "/os-hosts")).json().hosts.map((h: { host_name: string }) => h.host_name)).not.toContain("compute3");
    expect((await call("DELETE", `/os-services/${s3.id}`)).statusCode).toBe(404);
    await call("DELETE", `/os-aggregates/${agg.id}`);
  });

  it("a controller service can be deleted and is no longer listed", async () => {
    const sched = (await services("2.53")).find((s) => s.binary === "nova-scheduler")!;
    expect((await call("DELETE", `/os-services/${sched.id}`, undefined, { mv: "2.53" })).statusCode).toBe(204);
    expect((await services("2.53")).map((s) => s.binary)).not.toContain("nova-scheduler");
  });
});
