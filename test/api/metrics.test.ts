import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";

/** GET /metrics: Prometheus text, no token; the counters move as servers are made. */

let t: TestApp;
let image: string;
beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_BOOT_TIME_MS: "1000" } });
  image = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
});
afterAll(() => t.close());

async function scrape() {
  const res = await t.app.inject({ url: "/metrics" });
  expect(res.statusCode).toBe(200);
  return res.body;
}

/** The value of the sample `name{labels}` (labels in any order), or 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split("\n")) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return 0;
}
const sumOf = (text: string, name: string, labels: Record<string, string>) =>
  text
    .split("\n")
    .filter((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)))
    .reduce((s, l) => s + Number(l.split(" ").at(-1)), 0);

async function boot(flavorRef: string) {
  return t.app.inject({
    method: "POST",
    url: "/compute/v2.1/servers",
    headers: { "x-auth-token": await t.token("demo") },
    payload: { server: { name: "metrics-vm", imageRef: image, flavorRef } },
  });
}

describe("GET /metrics", () => {
  it("answers Prometheus text without a token", async () => {
    const res = await t.app.inject({ url: "/metrics" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.body).toContain("# TYPE novasim_http_requests_total counter");
    expect(res.body).toContain("# TYPE novasim_http_request_duration_seconds histogram");
    expect(res.body).toContain("# TYPE novasim_instances gauge");
    expect(sample(res.body, "novasim_host_resource_capacity", { host: "compute1", resource_class: "VCPU" })).toBe(16 * 16);
  });

  it("counts a server create: the request, the decision, the instance, the host's usage and the worker's queue", async () => {
    const before = await scrape();
    const route = { method: "POST", route: "/compute/v2.1/servers", status_code: "202" };
    const res = await boot("1");
    expect(res.statusCode).toBe(202);
    await t.app.services.worker.idle();

    const scheduled = await scrape();
    expect(sample(scheduled, "novasim_http_requests_total", route)).toBe(sample(before, "novasim_http_requests_total", route) + 1);
    expect(sample(scheduled, "novasim_http_request_duration_seconds_count", route)).toBe(sample(before, "novasim_http_request_duration_seconds_count", route) + 1);
    expect(sample(scheduled, "novasim_scheduler_decisions_total", { outcome: "placed" })).toBe(sample(before, "novasim_scheduler_decisions_total", { outcome: "placed" }) + 1);
    expect(sample(scheduled, "novasim_scheduler_decision_duration_seconds_count")).toBe(sample(before, "novasim_scheduler_decision_duration_seconds_count") + 1);
    // Placed and spawning: a building instance, its vCPU on a host, a task whose step is not due yet.
    expect(sample(scheduled, "novasim_instances", { vm_state: "building" })).toBe(sample(before, "novasim_instances", { vm_state: "building" }) + 1);
    expect(sumOf(scheduled, "novasim_host_resource_used", { resource_class: "VCPU" })).toBe(sumOf(before, "novasim_host_resource_used", { resource_class: "VCPU" }) + 1);
    expect(sumOf(scheduled, "novasim_host_resource_used", { resource_class: "MEMORY_MB" })).toBe(sumOf(before, "novasim_host_resource_used", { resource_class: "MEMORY_MB" }) + 512);
    expect(sample(scheduled, "novasim_tasks_in_progress")).toBe(1);
    expect(sample(scheduled, "novasim_worker_queue_depth")).toBe(0);

    // The boot time passes: the step is due, queued until the worker takes it.
    t.clock.advance(1000);
    expect(sample(await scrape(), "novasim_worker_queue_depth")).toBe(1);
    await t.app.services.worker.tick();
    await t.app.services.worker.idle();
    const active = await scrape();
    expect(sample(active, "novasim_worker_queue_depth")).toBe(0);
    expect(sample(active, "novasim_tasks_in_progress")).toBe(0);
    expect(sample(active, "novasim_instances", { vm_state: "active" })).toBe(sample(before, "novasim_instances", { vm_state: "active" }) + 1);
    expect(sample(active, "novasim_instances", { vm_state: "building" })).toBe(sample(before, "novasim_instances", { vm_state: "building" }));
  });

  it("counts NoValidHost", async () => {
    const admin = { "x-auth-token": await t.token("admin") };
    const f = await t.app.inject({ method: "POST", url: "/compute/v2.1/flavors", headers: admin, payload: { flavor: { name: "huge", ram: 64, vcpus: 1, disk: 100000, id: "huge" } } });
    expect(f.statusCode).toBe(200);
    const before = await scrape();
    expect((await boot("huge")).statusCode).toBe(202);
    await t.app.services.worker.idle();
    const after = await scrape();
    expect(sample(after, "novasim_scheduler_no_valid_host_total")).toBe(sample(before, "novasim_scheduler_no_valid_host_total") + 1);
    expect(sample(after, "novasim_scheduler_decisions_total", { outcome: "no_valid_host" })).toBe(
      sample(before, "novasim_scheduler_decisions_total", { outcome: "no_valid_host" }) + 1,
    );
    expect(sample(after, "novasim_instances", { vm_state: "error" })).toBe(sample(before, "novasim_instances", { vm_state: "error" }) + 1);
  });

  it("labels by route pattern, not by URL", async () => {
    const res = await t.app.inject({ url: "/compute/v2.1/servers/0b8a6f7e-57f3-4b0a-9a0b-5d6f3b0c9e11", headers: { "x-auth-token": await t.token("demo") } });
    expect(res.statusCode).toBe(404);
    const text = await scrape();
    expect(sample(text, "novasim_http_requests_total", { method: "GET", route: "/compute/v2.1/servers/:server_id", status_code: "404" })).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain("0b8a6f7e-57f3-4b0a-9a0b-5d6f3b0c9e11");
  });
});
