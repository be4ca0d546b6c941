import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeHelpers } from "../compute-helpers.js";
import { startApp, type TestApp } from "../helpers.js";

/** /sim/v1/events (cursor polling and server-sent events), /sim/v1/requests, and the live topology (/sim/v1/hosts). */
let t: TestApp;
let imageId: string;
const h = computeHelpers(() => t, () => imageId);

beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_HOST_COUNT: "3", NOVASIM_BOOT_TIME_MS: "0", NOVASIM_ACTION_TIME_MS: "1000" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
});
afterAll(() => t.close());

const sim = async (method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
  t.app.inject({ method, url: `/sim/v1${url}`, headers: { "x-auth-token": await t.token("admin") }, ...(payload ? { payload } : {}) });

type Ev = { id: number; type: string; data: Record<string, unknown> };

describe("GET /sim/v1/events", () => {
  it("lists builds and actions in order, and `since` returns only what came after", async () => {
    const id = await h.activeServer("watched");
    const first = (await sim("GET", "/events")).json();
    const built = first.events.filter((e: Ev) => e.data.server_id === id).map((e: Ev) => e.type);
    expect(built).toEqual(["server.build.finished"]);
    const cursor = first.last as number;

    expect((await h.act(id, { "os-stop": null })).statusCode).toBe(202);
    await h.settle(1000);
    const next = (await sim("GET", `/events?since=${cursor}`)).json();
    expect(next.events.map((e: Ev) => [e.type, e.data.action])).toEqual([
      ["server.action.started", "stop"],
      ["server.action.finished", "stop"],
    ]);
    expect(next.events.every((e: Ev) => e.id > cursor)).toBe(true);
    expect((await sim("GET", `/events?since=${next.last}`)).json()).toEqual({ events: [], last: next.last });
    expect((await t.app.inject({ url: "/sim/v1/events", headers: { "x-auth-token": await t.token("demo") } })).statusCode).toBe(403);
  });

  it("streams events as server-sent events", async () => {
    const address = await t.app.listen({ host: "127.0.0.1", port: 0 });
    const ac = new AbortController();
    try {
      const res = await fetch(`${address}/sim/v1/events`, { headers: { "x-auth-token": await t.token("admin"), accept: "text/event-stream" }, signal: ac.signal });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/event-stream");
      // Subscribed before the headers were sent: what happens now arrives on the stream.
      expect((await sim("POST", "/hosts/compute3/down")).statusCode).toBe(200);
      const reader = res.body!.getReader();
      let text = "";
      // Blocks of lines; ":" lines are comments (keep-alives).
      const blocks = () => text.split("\n\n").slice(0, -1).filter((b) => !b.startsWith(":"));
      while (!blocks().length) text += new TextDecoder().decode((await reader.read()).value);
      const [block] = blocks();
      const lines = Object.fromEntries(block!.split("\n").map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 2)]));
      expect(lines.event).toBe("sim.host.down");
      expect(JSON.parse(lines.data!)).toMatchObject({ type: "sim.host.down", data: { host: "compute3" } });
      expect(Number(lines.id)).toBeGreaterThan(0);
    } finally {
      ac.abort();
      await sim("POST", "/hosts/compute3/up");
    }
  });
});

describe("GET /sim/v1/requests", () => {
  it("keeps the last API requests with method, path, status and who made them", async () => {
    await t.app.inject({ url: "/compute/v2.1/flavors/nonexistent", headers: { "x-auth-token": await t.token("demo") } });
    await t.app.inject({ url: "/compute/v2.1/flavors", headers: { "x-auth-token": await t.token("demo") } });
    const list = (await sim("GET", "/requests?limit=2")).json().requests;
    expect(list.map((r: { method: string; path: string; status: number; service: string }) => [r.method, r.path, r.status, r.service])).toEqual([
      ["GET", "/compute/v2.1/flavors/nonexistent", 404, "compute"],
      ["GET", "/compute/v2.1/flavors", 200, "compute"],
    ]);
    expect(list[0].id).toMatch(/^req-/);
    expect(list[0].user_id).toEqual(expect.any(String));
  });
});

describe("/sim/v1/hosts", () => {
  it("adds hosts in bulk, changes one, removes an empty one; os-hypervisors follows", async () => {
    const added = await sim("POST", "/hosts", { hosts: [{ count: 2, vcpus: 8 }, { name: "big", ram_mb: 262144 }] });
    expect(added.statusCode).toBe(201);
    expect(added.json().hosts.map((x: { name: string; vcpus: number }) => [x.name, x.vcpus])).toEqual([
      ["compute4", 8],
      ["compute5", 8],
      ["big", 16],
    ]);
    const hyp = async () =>
      (await t.app.inject({ url: "/compute/v2.1/os-hypervisors/detail", headers: await h.as("admin") })).json().hypervisors as { hypervisor_hostname: string; vcpus: number; state: string }[];
    expect((await hyp()).map((x) => x.hypervisor_hostname).sort()).toEqual(["big", "compute1", "compute2", "compute3", "compute4", "compute5"]);
    expect((await sim("POST", "/hosts", { hosts: [{ name: "big" }] })).statusCode).toBe(409);

    const changed = await sim("PATCH", "/hosts/compute4", { vcpus: 4 });
    expect(changed.json().host).toMatchObject({ name: "compute4", vcpus: 4, state: "up", instances: 0 });
    expect((await hyp()).find((x) => x.hypervisor_hostname === "compute4")!.vcpus).toBe(4);

    expect((await sim("DELETE", "/hosts/compute5")).statusCode).toBe(204);
    expect((await hyp()).map((x) => x.hypervisor_hostname)).not.toContain("compute5");
    expect((await sim("DELETE", "/hosts/compute5")).statusCode).toBe(404);

    const busy = (await sim("GET", "/hosts")).json().hosts.find((x: { instances: number }) => x.instances > 0);
    const refused = await sim("DELETE", `/hosts/${busy.name}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/has \d+ server\(s\)/);
  });
});
