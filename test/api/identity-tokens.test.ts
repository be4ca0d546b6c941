import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passwordAuth, startApp, type TestApp } from "../helpers.js";

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

const login = (body: unknown, url = "/identity/v3/auth/tokens") => t.app.inject({ method: "POST", url, payload: body as object });

describe("Keystone version documents", () => {
  it("GET /identity/v3 is a stable v3 document with a self link", async () => {
    const res = await t.app.inject({ url: "/identity/v3", headers: { host: "cloud.example:8774" } });
    expect(res.statusCode).toBe(200);
    const v = res.json().version;
    expect(v.id).toMatch(/^v3\.\d+$/);
    expect(v.status).toBe("stable");
    expect(v.links).toContainEqual({ rel: "self", href: "http://cloud.example:8774/identity/v3/" });
    expect(v["media-types"][0].type).toBe("application/vnd.openstack.identity-v3+json");
  });
  it("GET /identity answers 300 with the version list", async () => {
    const res = await t.app.inject({ url: "/identity" });
    expect(res.statusCode).toBe(300);
    expect(res.json().versions.values[0].id).toMatch(/^v3\./);
  });
});

describe("POST /v3/auth/tokens", () => {
  it("issues a project-scoped token with the full Keystone body", async () => {
    const res = await login(passwordAuth("admin", "admin", "admin"));
    expect(res.statusCode).toBe(201);
    expect(res.headers["x-subject-token"]).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const tok = res.json().token;
    expect(tok.methods).toEqual(["password"]);
    expect(tok.user).toMatchObject({ name: "admin", domain: { id: "default", name: "Default" }, password_expires_at: null });
    expect(tok.project).toMatchObject({ name: "admin", domain: { id: "default", name: "Default" } });
    expect(tok.roles.map((r: { name: string }) => r.name).sort()).toEqual(["admin", "member", "reader"]);
    expect(tok.audit_ids).toHaveLength(1);
    expect(tok.expires_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(Date.parse(tok.expires_at) - Date.parse(tok.issued_at)).toBe(3600_000);
  });

  it("lists the five services with public, internal and admin endpoints in RegionOne", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/identity/v3/auth/tokens",
      headers: { host: "10.1.2.3:8774" },
      payload: passwordAuth("demo", "demo", "demo"),
    });
    const catalog = res.json().token.catalog as { type: string; name: string; endpoints: { interface: string; region: string; region_id: string; url: string }[] }[];
    expect(catalog.map((c) => c.type).sort()).toEqual(["block-storage", "compute", "identity", "image", "network", "placement", "volumev3"]);
    const compute = catalog.find((c) => c.type === "compute")!;
    expect(compute.name).toBe("nova");
    expect(compute.endpoints.map((e) => e.interface).sort()).toEqual(["admin", "internal", "public"]);
    for (const e of compute.endpoints) {
      expect(e).toMatchObject({ region: "RegionOne", region_id: "RegionOne", url: "http://10.1.2.3:8774/compute/v2.1" });
    }
    expect(catalog.find((c) => c.type === "network")!.endpoints[0]!.url).toBe("http://10.1.2.3:8774/networking");
  });

  it("a member gets member and reader, not admin", async () => {
    const res = await login(passwordAuth("demo", "demo", "demo"));
    expect(res.json().token.roles.map((r: { name: string }) => r.name).sort()).toEqual(["member", "reader"]);
  });

  it("?nocatalog leaves the catalog out", async () => {
    const res = await login(passwordAuth("demo", "demo", "demo"), "/identity/v3/auth/tokens?nocatalog");
    expect(res.statusCode).toBe(201);
    expect(res.json().token.catalog).toBeUndefined();
  });

  it("authenticates by user id and scopes by project id", async () => {
    const first = (await login(passwordAuth("demo", "demo", "demo"))).json().token;
    const res = await login({
      auth: {
        identity: { methods: ["password"], password: { user: { id: first.user.id, password: "demo" } } },
        scope: { project: { id: first.project.id } },
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().token.project.id).toBe(first.project.id);
  });

  it("issues an unscoped token without roles or catalog", async () => {
    const res = await login(passwordAuth("demo", "demo"));
    expect(res.statusCode).toBe(201);
    const tok = res.json().token;
    expect(tok.project).toBeUndefined();
    expect(tok.roles).toBeUndefined();
    expect(tok.catalog).toBeUndefined();
  });

  it("rescopes with the token method, keeping the original expiry", async () => {
    const unscoped = await login(passwordAuth("demo", "demo"));
    const res = await login({
      auth: {
        identity: { methods: ["token"], token: { id: unscoped.headers["x-subject-token"] } },
        scope: { project: { name: "demo", domain: { id: "default" } } },
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().token.methods).toEqual(["token"]);
    expect(res.json().token.expires_at).toBe(unscoped.json().token.expires_at);
    expect(res.json().token.project.name).toBe("demo");
  });

  it.each([
    ["a wrong password", passwordAuth("admin", "nope", "admin")],
    ["an unknown user", passwordAuth("nobody", "admin", "admin")],
    ["a project the user has no role on", passwordAuth("demo", "demo", "alt_demo")],
    ["an unknown project", passwordAuth("demo", "demo", "no-such-project")],
  ])("refuses %s with 401 and Keystone's body", async (_what, body) => {
    const res = await login(body);
    expect(res.statusCode).toBe(401);
    expect(res.headers["x-subject-token"]).toBeUndefined();
    expect(res.json()).toEqual({
      error: { code: 401, title: "Unauthorized", message: "The request you have made requires authentication." },
    });
  });

  it("rejects a body without identity with 400 in Keystone's format", async () => {
    const res = await login({ auth: {} });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 400, title: "Bad Request" });
    expect(res.json().error.message).toMatch(/identity/);
  });
});

describe("GET/HEAD/DELETE /v3/auth/tokens", () => {
  it("validates, checks and revokes a subject token", async () => {
    const admin = await t.token("admin");
    const subject = (await login(passwordAuth("demo", "demo", "demo"))).headers["x-subject-token"] as string;
    const get = await t.app.inject({ url: "/identity/v3/auth/tokens", headers: { "x-auth-token": admin, "x-subject-token": subject } });
    expect(get.statusCode).toBe(200);
    expect(get.headers["x-subject-token"]).toBe(subject);
    expect(get.json().token.user.name).toBe("demo");
    expect(get.json().token.catalog).toHaveLength(7);

    const head = await t.app.inject({ method: "HEAD", url: "/identity/v3/auth/tokens", headers: { "x-auth-token": admin, "x-subject-token": subject } });
    expect(head.statusCode).toBe(200);

    const del = await t.app.inject({ method: "DELETE", url: "/identity/v3/auth/tokens", headers: { "x-auth-token": admin, "x-subject-token": subject } });
    expect(del.statusCode).toBe(204);

    const again = await t.app.inject({ url: "/identity/v3/auth/tokens", headers: { "x-auth-token": admin, "x-subject-token": subject } });
    expect(again.statusCode).toBe(404);
    expect(again.json().error).toEqual({ code: 404, title: "Not Found", message: `Could not find token: ${subject}.` });

    // The revoked token no longer opens anything.
    const use = await t.app.inject({ url: "/identity/v3/auth/projects", headers: { "x-auth-token": subject } });
    expect(use.statusCode).toBe(401);
  });

  it("a user may validate their own token but not someone else's", async () => {
    const demo = (await login(passwordAuth("demo", "demo", "demo"))).headers["x-subject-token"] as string;
    const alt = (await login(passwordAuth("alt_demo", "alt_demo", "alt_demo"))).headers["x-subject-token"] as string;
    const own = await t.app.inject({ url: "/identity/v3/auth/tokens", headers: { "x-auth-token": demo, "x-subject-token": demo } });
    expect(own.statusCode).toBe(200);
    const other = await t.app.inject({ url: "/identity/v3/auth/tokens", headers: { "x-auth-token": demo, "x-subject-token": alt } });
    expect(other.statusCode).toBe(403);
  });

  it("expired tokens are refused with 401 once the clock passes expires_at", async () => {
    const tok = (await login(passwordAuth("demo", "demo", "demo"))).headers["x-subject-token"] as string;
    const ok = await t.app.inject({ url: "/identity/v3/auth/projects", headers: { "x-auth-token": tok } });
    expect(ok.statusCode).toBe(200);
    t.clock.advance(3600_000 + 1);
    const res = await t.app.inject({ url: "/identity/v3/auth/projects", headers: { "x-auth-token": tok } });
    expect(res.statusCode).toBe(401);
    expect(res.headers["www-authenticate"]).toBe('Keystone uri="http://localhost:80/identity"');
  });
});

describe("/v3/auth helpers", () => {
  it("GET /v3/auth/projects lists the projects the user has roles on", async () => {
    const res = await t.app.inject({ url: "/identity/v3/auth/projects", headers: { "x-auth-token": await t.token("alt_demo") } });
    expect(res.statusCode).toBe(200);
    expect(res.json().projects.map((p: { name: string }) => p.name)).toEqual(["alt_demo"]);
    expect(res.json().projects[0]).toMatchObject({ domain_id: "default", enabled: true, is_domain: false });
  });
  it("GET /v3/auth/catalog returns the catalog of a scoped token", async () => {
    const res = await t.app.inject({ url: "/identity/v3/auth/catalog", headers: { "x-auth-token": await t.token("demo") } });
    expect(res.statusCode).toBe(200);
    expect(res.json().catalog).toHaveLength(7);
  });
});
