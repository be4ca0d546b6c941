import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { startApp, type TestApp } from "../helpers.js";

const H = 3_600_000;
// The simulated now: a whole hour, so expected hours are exact.
const T0 = Math.floor(Date.now() / H) * H;
const at = (offsetH: number) => new Date(T0 + offsetH * H);
/** Nova's naive datetime with microseconds. */
const naive = (d: Date) => d.toISOString().replace(/\.(\d{3})Z$/, ".$1000");
/** A query time without zone, as clients send it. */
const q = (d: Date) => d.toISOString().slice(0, 19);

let t: TestApp;
let demo = "";
let alt = "";
let admin = "";
const ids = { a: "", b: "", c: "", d: "", e: "" };

beforeAll(async () => {
  t = await startApp({ clock: new ManualClock(T0), env: { NOVASIM_BOOT_TIME_MS: "1000" } });
  const project = async (name: string) => (await t.db.prisma.project.findFirstOrThrow({ where: { name }, select: { id: true } })).id;
  [demo, alt, admin] = [await project("demo"), await project("alt_demo"), await project("admin")];
  const small = { vcpus: 1, ram: 2048, disk: 20, ephemeral: 0, swap: 0, original_name: "m1.small", extra_specs: {} };
  const big = { vcpus: 2, ram: 4096, disk: 40, ephemeral: 5, swap: 0, original_name: "m1.big", extra_specs: {} };
  const insert = async (
    id: string,
    projectId: string,
    flavor: typeof small,
    f: { launchedAt?: Date; terminatedAt?: Date; vmState: string; name: string },
  ) => {
    await t.db.prisma.instance.create({
      data: {
        id,
        displayName: f.name,
        projectId,
        userId: "u",
        flavorId: "x",
        flavor: JSON.stringify(flavor),
        vcpus: flavor.vcpus,
        memoryMb: flavor.ram,
        rootGb: flavor.disk,
        ephemeralGb: flavor.ephemeral,
        vmState: f.vmState,
        reservationId: "r-1",
        launchedAt: f.launchedAt ?? null,
        terminatedAt: f.terminatedAt ?? null,
        deletedAt: f.terminatedAt ?? null,
        createdAt: f.launchedAt ?? at(-1),
      },
    });
    return id;
  };
  // Ids chosen so that (project, id) order is a, b within demo.
  ids.a = await insert("00000000-0000-4000-8000-00000000000a", demo, small, { name: "running", launchedAt: at(-10), vmState: "active" });
  ids.b = await insert("00000000-0000-4000-8000-00000000000b", demo, big, {
    name: "gone",
    launchedAt: at(-30),
    terminatedAt: at(-5),
    vmState: "deleted",
  });
  ids.c = await insert("00000000-0000-4000-8000-00000000000c", demo, small, { name: "never-launched", vmState: "building" });
  ids.d = await insert("00000000-0000-4000-8000-00000000000d", demo, small, {
    name: "long-gone",
    launchedAt: at(-60),
    terminatedAt: at(-48),
    vmState: "deleted",
  });
  ids.e = await insert("00000000-0000-4000-8000-00000000000e", alt, small, { name: "alt-vm", launchedAt: at(-2), vmState: "stopped" });
});
afterAll(() => t.close());

const mv = (v: string) => ({ "openstack-api-version": `compute ${v}` });
async function get(user: "admin" | "demo" | "alt_demo", url: string, version = "2.1") {
  return t.app.inject({ url: `/compute/v2.1${url}`, headers: { "x-auth-token": await t.token(user), ...mv(version) } });
}
const period = `start=${q(at(-24))}&end=${q(at(24))}`;

const usageA = () => ({
  instance_id: ids.a,
  name: "running",
  hours: 10,
  memory_mb: 2048,
  local_gb: 20,
  vcpus: 1,
  tenant_id: demo,
  flavor: "m1.small",
  started_at: naive(at(-10)),
  ended_at: null,
  state: "active",
  uptime: 36_000,
});
const usageB = () => ({
  instance_id: ids.b,
  name: "gone",
  hours: 19, // from the period start (-24h) to its termination (-5h)
  memory_mb: 4096,
  local_gb: 45,
  vcpus: 2,
  tenant_id: demo,
  flavor: "m1.big",
  started_at: naive(at(-30)),
  ended_at: naive(at(-5)),
  state: "terminated",
  uptime: 25 * 3600,
});
const demoTotals = () => ({
  tenant_id: demo,
  total_hours: 29,
  total_vcpus_usage: 1 * 10 + 2 * 19,
  total_memory_mb_usage: 2048 * 10 + 4096 * 19,
  total_local_gb_usage: 20 * 10 + 45 * 19,
  start: naive(at(-24)),
  stop: naive(at(0)), // the end is clipped to now
});

describe("GET /os-simple-tenant-usage (admin)", () => {
  it("sums each project's instances that ran in the period; server_usages only with detailed=1", async () => {
    const res = await get("admin", `/os-simple-tenant-usage?${period}`);
    expect(res.statusCode).toBe(200);
    const [first, second] = [demo, alt].sort();
    const body = res.json();
    expect(body.tenant_usages.map((u: { tenant_id: string }) => u.tenant_id)).toEqual([first, second]);
    expect(body.tenant_usages.find((u: { tenant_id: string }) => u.tenant_id === demo)).toEqual(demoTotals());
    expect(body.tenant_usages_links).toBeUndefined();

    const detailed = (await get("admin", `/os-simple-tenant-usage?${period}&detailed=1`)).json();
    const d = detailed.tenant_usages.find((u: { tenant_id: string }) => u.tenant_id === demo);
    expect(d).toEqual({ ...demoTotals(), server_usages: [usageA(), usageB()] });
    const a = detailed.tenant_usages.find((u: { tenant_id: string }) => u.tenant_id === alt);
    expect(a.server_usages).toEqual([expect.objectContaining({ instance_id: ids.e, state: "stopped", hours: 2, uptime: 7200 })]);
  });

  it("is refused to a project member (403)", async () => {
    const res = await get("demo", `/os-simple-tenant-usage?${period}`);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({
      forbidden: { code: 403, message: "Policy doesn't allow os_compute_api:os-simple-tenant-usage:list to be performed." },
    });
  });

  it("keeps the microseconds of the period, and reads Nova's three formats", async () => {
    const start = `${q(at(-24))}.123456`;
    const res = await get("admin", `/os-simple-tenant-usage?start=${start}&end=${q(at(24))}`);
    expect(res.json().tenant_usages[0].start).toBe(start);
    const spaced = await get("admin", `/os-simple-tenant-usage?start=${encodeURIComponent(`${q(at(-24)).replace("T", " ")}.5`)}&end=${q(at(24))}`);
    expect(spaced.statusCode).toBe(200);
    expect(spaced.json().tenant_usages[0].start).toBe(`${q(at(-24))}.500000`);
    // A period that ends before the instances launched counts nothing.
    const early = await get("admin", `/os-simple-tenant-usage?start=${q(at(-100))}&end=${q(at(-90))}`);
    expect(early.json()).toEqual({ tenant_usages: [] });
  });

  it("rejects bad periods with Nova's 400s", async () => {
    const bad = async (qs: string, message: string) => {
      const res = await get("admin", `/os-simple-tenant-usage?${qs}`);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ badRequest: { code: 400, message } });
    };
    await bad(`start=${q(at(1))}&end=${q(at(-1))}`, "Invalid start time. The start time cannot occur after the end time.");
    await bad(`start=${q(at(-1))}&end=${q(at(-1))}`, "Invalid start time. The start time cannot occur after the end time.");
    await bad("start=yesterday", "Invalid datetime string: Datetime is in invalid format");
    await bad("start=2026-02-30T00:00:00", "Invalid datetime string: Datetime is in invalid format");
    await bad("start=2026-01-01T00:00:00Z", "Invalid datetime string: Datetime is in invalid format");
  });

  it("without start or end the period is the moment of the request", async () => {
    const res = await get("admin", "/os-simple-tenant-usage");
    expect(res.statusCode).toBe(200);
    const usages = res.json().tenant_usages as { total_hours: number; start: string; stop: string }[];
    expect(usages.length).toBeGreaterThan(0);
    for (const u of usages) {
      expect(u.total_hours).toBeLessThan(1e-6);
      expect(u.start).toBe(naive(at(0)));
    }
  });

  it("2.40 pages over instances with limit/marker and a next link", async () => {
    const page1 = await get("admin", `/os-simple-tenant-usage?${period}&detailed=1&limit=1`, "2.40");
    expect(page1.statusCode).toBe(200);
    const b1 = page1.json();
    const firstId = b1.tenant_usages[0].server_usages[0].instance_id;
    expect(b1.tenant_usages_links).toEqual([
      {
        rel: "next",
        href: `http://localhost:80/compute/v2.1/os-simple-tenant-usage?detailed=1&end=${encodeURIComponent(q(at(24)))}&limit=1&start=${encodeURIComponent(q(at(-24)))}&marker=${firstId}`,
      },
    ]);
    const seen = [firstId];
    let marker = firstId;
    for (;;) {
      const page = (await get("admin", `/os-simple-tenant-usage?${period}&detailed=1&limit=1&marker=${marker}`, "2.40")).json();
      if (!page.tenant_usages.length) break;
      marker = page.tenant_usages[0].server_usages[0].instance_id;
      seen.push(marker);
    }
    expect(seen.sort()).toEqual([ids.a, ids.b, ids.e].sort());
    // Before 2.40 limit is not a parameter: everything, no links.
    const old = (await get("admin", `/os-simple-tenant-usage?${period}&detailed=1&limit=1`)).json();
    expect(old.tenant_usages.flatMap((u: { server_usages: unknown[] }) => u.server_usages)).toHaveLength(3);
    expect(old.tenant_usages_links).toBeUndefined();
  });

  it("2.40: an unknown marker and a bad limit are 400; 2.75 rejects unknown parameters", async () => {
    const m = await get("admin", `/os-simple-tenant-usage?${period}&marker=nope`, "2.40");
    expect(m.statusCode).toBe(400);
    expect(m.json().badRequest.message).toBe("Marker nope could not be found.");
    expect((await get("admin", `/os-simple-tenant-usage?${period}&limit=-1`, "2.40")).statusCode).toBe(400);
    expect((await get("admin", `/os-simple-tenant-usage?${period}&foo=1`, "2.74")).statusCode).toBe(200);
    const strict = await get("admin", `/os-simple-tenant-usage?${period}&foo=1`, "2.75");
    expect(strict.statusCode).toBe(400);
    expect(strict.json().badRequest.message).toMatch(/Additional properties are not allowed \('foo' was unexpected\)/);
  });

  it("a trailing slash (show without a project) is 404", async () => {
    const res = await get("admin", `/os-simple-tenant-usage/?${period}`);
    expect(res.statusCode).toBe(404);
  });
});

describe("GET /os-simple-tenant-usage/{tenant_id}", () => {
  it("a member shows its own project, always with server_usages", async () => {
    const res = await get("demo", `/os-simple-tenant-usage/${demo}?${period}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ tenant_usage: { ...demoTotals(), server_usages: [usageA(), usageB()] } });
  });

  it("another project is 403 for a member; an admin shows any", async () => {
    const res = await get("demo", `/os-simple-tenant-usage/${alt}?${period}`);
    expect(res.statusCode).toBe(403);
    expect(res.json().forbidden.message).toBe("Policy doesn't allow os_compute_api:os-simple-tenant-usage:show to be performed.");
    expect((await get("admin", `/os-simple-tenant-usage/${demo}?${period}`)).json().tenant_usage.total_hours).toBe(29);
  });

  it("is {} when nothing ran in the period", async () => {
    const res = await get("admin", `/os-simple-tenant-usage/${admin}?${period}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ tenant_usage: {} });
  });

  it("2.40 pages with tenant_usage_links", async () => {
    const res = await get("demo", `/os-simple-tenant-usage/${demo}?${period}&limit=1`, "2.40");
    const body = res.json();
    expect(body.tenant_usage.server_usages).toEqual([usageA()]);
    expect(body.tenant_usage_links[0].href).toContain(`/compute/v2.1/os-simple-tenant-usage/${demo}?`);
    expect(body.tenant_usage_links[0].href).toContain(`marker=${ids.a}`);
    const next = (await get("demo", `/os-simple-tenant-usage/${demo}?${period}&limit=1&marker=${ids.a}`, "2.40")).json();
    expect(next.tenant_usage.server_usages).toEqual([usageB()]);
  });
});

describe("with a server booted through the API", () => {
  it("counts it from launch, and as terminated once deleted", async () => {
    const image = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
    const h = { "x-auth-token": await t.token("alt_demo") };
    const boot = await t.app.inject({
      method: "POST",
      url: "/compute/v2.1/servers",
      headers: h,
      payload: { server: { name: "usage-vm", imageRef: image, flavorRef: "1" } },
    });
    expect(boot.statusCode).toBe(202);
    const id = boot.json().server.id;
    const settle = async (ms: number) => {
      await t.app.services.worker.idle();
      t.clock.advance(ms);
      await t.app.services.worker.tick();
      await t.app.services.worker.idle();
    };
    await settle(1000);
    const launched = (await t.db.prisma.instance.findUniqueOrThrow({ where: { id }, select: { launchedAt: true } })).launchedAt!;
    t.clock.advance(H / 4); // within the token lifetime
    const window = `start=${q(at(-24))}&end=${q(at(24))}`;
    const find = async () => {
      const r = await get("alt_demo", `/os-simple-tenant-usage/${alt}?${window}`);
      if (r.statusCode !== 200) throw new Error(r.body);
      return ((await get("alt_demo", `/os-simple-tenant-usage/${alt}?${window}`)).json().tenant_usage.server_usages as { instance_id: string }[]).find(
        (s) => s.instance_id === id,
      );
    };
    const running = await find();
    const hours = (t.clock.now().getTime() - launched.getTime()) / H;
    expect(running).toEqual({
      instance_id: id,
      name: "usage-vm",
      hours,
      memory_mb: 512,
      local_gb: 1,
      vcpus: 1,
      tenant_id: alt,
      flavor: "m1.tiny",
      started_at: naive(launched),
      ended_at: null,
      state: "active",
      uptime: Math.trunc(hours * 3600),
    });
    expect((await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${id}`, headers: h })).statusCode).toBe(204);
    await settle(1000);
    const ended = await find();
    expect(ended).toMatchObject({ state: "terminated", started_at: naive(launched) });
    expect((ended as unknown as { ended_at: string }).ended_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
  });
});
