import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";

/** Nova's os-volumes and os-snapshots proxies (2.1 to 2.35) over the simulated Cinder. */
let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

type User = "admin" | "demo" | "alt_demo";
const nova = async (method: "GET" | "POST" | "DELETE", url: string, payload?: unknown, v = "2.1", user: User = "demo") =>
  t.app.inject({
    method,
    url: `/compute/v2.1${url}`,
    headers: { "x-auth-token": await t.token(user), "openstack-api-version": `compute ${v}` },
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });

describe("os-volumes", () => {
  it("creates (200, Location), lists, shows in Nova's shapes, and deletes", async () => {
    const res = await nova("POST", "/os-volumes", { volume: { size: 1, display_name: "nv", display_description: "d", metadata: { a: "b" } } });
    expect(res.statusCode).toBe(200);
    const v = res.json().volume;
    expect(res.headers.location).toBe(`http://localhost:80/compute/v2.1/os-volumes/${v.id}`);
    expect(v).toEqual({
      id: v.id,
      status: "creating",
      size: 1,
      availabilityZone: "nova",
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/),
      attachments: [{}],
      displayName: "nv",
      displayDescription: "d",
      volumeType: "__DEFAULT__",
      snapshotId: null,
      metadata: { a: "b" },
    });
    const shown = (await nova("GET", `/os-volumes/${v.id}`)).json().volume;
    expect(shown.status).toBe("available");
    expect((await nova("GET", "/os-volumes")).json().volumes.map((x: { id: string }) => x.id)).toContain(v.id);
    expect((await nova("GET", "/os-volumes/detail?limit=1")).json().volumes).toHaveLength(1);
    const other = await nova("GET", `/os-volumes/${v.id}`, undefined, "2.1", "alt_demo");
    expect(other.json()).toEqual({ itemNotFound: { code: 404, message: `Volume ${v.id} could not be found.` } });
    expect((await nova("DELETE", `/os-volumes/${v.id}`)).statusCode).toBe(202);
    expect((await nova("GET", `/os-volumes/${v.id}`)).statusCode).toBe(404);
  });

  it("is gone after 2.35 (404) and validates its body", async () => {
    expect((await nova("GET", "/os-volumes", undefined, "2.36")).statusCode).toBe(404);
    expect((await nova("GET", "/os-snapshots", undefined, "2.36")).statusCode).toBe(404);
    expect((await nova("GET", "/os-volumes", undefined, "2.35")).statusCode).toBe(200);
    const bad = await nova("POST", "/os-volumes", { volume: { display_name: "x" } });
    expect(bad.statusCode).toBe(400);
  });

  it("answers Cinder's quota errors with Nova's 403", async () => {
    const admin = { "x-auth-token": await t.token("admin") };
    const projects = (await t.app.inject({ url: "/identity/v3/projects?name=alt_demo", headers: admin })).json().projects;
    const alt = projects[0].id;
    const q = await t.app.inject({ method: "PUT", url: `/volume/v3/${alt}/os-quota-sets/${alt}`, headers: admin, payload: { quota_set: { gigabytes: 1 } } });
    expect(q.statusCode).toBe(200);
    const res = await nova("POST", "/os-volumes", { volume: { size: 2 } }, "2.1", "alt_demo");
    expect(res.json()).toEqual({ forbidden: { code: 403, message: "Requested volume or snapshot exceeds allowed gigabytes quota. Requested 2G, quota is 1G and 0G has been consumed." } });
  });
});

describe("os-snapshots", () => {
  it("creates, lists, shows and deletes snapshots in Nova's shapes", async () => {
    const v = (await nova("POST", "/os-volumes", { volume: { size: 1 } })).json().volume;
    const res = await nova("POST", "/os-snapshots", { snapshot: { volume_id: v.id, display_name: "s" } });
    expect(res.statusCode).toBe(200);
    const s = res.json().snapshot;
    expect(s).toEqual({ id: s.id, volumeId: v.id, status: "creating", size: 1, createdAt: expect.any(String), displayName: "s", displayDescription: null });
    expect((await nova("GET", `/os-snapshots/${s.id}`)).json().snapshot.status).toBe("available");
    expect((await nova("GET", "/os-snapshots/detail")).json().snapshots.map((x: { id: string }) => x.id)).toContain(s.id);
    expect((await nova("DELETE", `/os-snapshots/${s.id}`)).statusCode).toBe(202);
    expect((await nova("GET", `/os-snapshots/${s.id}`)).json()).toEqual({ itemNotFound: { code: 404, message: `Snapshot ${s.id} could not be found.` } });
  });
});
