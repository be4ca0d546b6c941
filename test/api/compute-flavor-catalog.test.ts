import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passwordAuth, startApp, type TestApp } from "../helpers.js";

/**
 * Flavors are read from an in-memory catalog (src/db/repositories/flavors.ts
 * flavorCatalog). Every change through either of two apps on one database is
 * seen by the very next request of both: create, extra specs, access, delete.
 */
let a: TestApp & { url: string };
let b: TestApp;

beforeAll(async () => {
  a = await startApp();
  b = await startApp({ url: a.url });
});
afterAll(async () => {
  await b.close({ drop: false });
  await a.close();
});

async function login(app: TestApp, user: "admin" | "demo") {
  const res = await app.app.inject({ method: "POST", url: "/identity/v3/auth/tokens?nocatalog", payload: passwordAuth(user, user, user) });
  expect(res.statusCode).toBe(201);
  return { token: res.headers["x-subject-token"] as string, project: (res.json() as { token: { project: { id: string } } }).token.project.id };
}

describe("the flavor catalog", () => {
  it("follows every change made through either app at once", async () => {
    const admin = await login(a, "admin");
    const demo = await login(b, "demo");
    const h = (t: string) => ({ "x-auth-token": t, "x-openstack-nova-api-version": "2.61" });
    const names = async (app: TestApp, t: string) =>
      ((await app.app.inject({ url: "/compute/v2.1/flavors/detail?is_public=None", headers: h(t) })).json() as { flavors: { name: string }[] }).flavors.map(
        (f) => f.name,
      );
    // Both catalogs are loaded before the change.
    expect(await names(a, admin.token)).not.toContain("cat.private");
    expect(await names(b, demo.token)).not.toContain("cat.private");

    const created = await b.app.inject({
      method: "POST",
      url: "/compute/v2.1/flavors",
      headers: h((await login(b, "admin")).token),
      payload: { flavor: { name: "cat.private", ram: 256, vcpus: 1, disk: 1, id: "cat-1", "os-flavor-access:is_public": false } },
    });
    expect(created.statusCode).toBe(200);
    expect(await names(a, admin.token)).toContain("cat.private");
    // Private: the demo project does not see it until it is granted access (through the other app).
    expect(await names(b, demo.token)).not.toContain("cat.private");
    const grant = await a.app.inject({
      method: "POST",
      url: "/compute/v2.1/flavors/cat-1/action",
      headers: h(admin.token),
      payload: { addTenantAccess: { tenant: demo.project } },
    });
    expect(grant.statusCode).toBe(200);
    expect(await names(b, demo.token)).toContain("cat.private");

    const specs = await a.app.inject({
      method: "POST",
      url: "/compute/v2.1/flavors/cat-1/os-extra_specs",
      headers: h(admin.token),
      payload: { extra_specs: { "hw:cpu_policy": "dedicated" } },
    });
    expect(specs.statusCode).toBe(200);
    const shown = await b.app.inject({ url: "/compute/v2.1/flavors/cat-1", headers: h(demo.token) });
    expect(shown.json().flavor.extra_specs).toEqual({ "hw:cpu_policy": "dedicated" });

    expect((await a.app.inject({ method: "DELETE", url: "/compute/v2.1/flavors/cat-1", headers: h(admin.token) })).statusCode).toBe(202);
    expect((await b.app.inject({ url: "/compute/v2.1/flavors/cat-1", headers: h(demo.token) })).statusCode).toBe(404);
    expect(await names(b, demo.token)).not.toContain("cat.private");
  });
});
