import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passwordAuth, startApp, type TestApp } from "../helpers.js";

let t: TestApp;
const ids = { projects: {} as Record<string, string>, users: {} as Record<string, string>, roles: {} as Record<string, string> };
const BASE = "http://localhost:80/identity/v3";

beforeAll(async () => {
  t = await startApp();
  const admin = await t.token("admin");
  const get = (url: string) => t.app.inject({ url, headers: { "x-auth-token": admin } }).then((r) => r.json());
  for (const p of (await get("/identity/v3/projects")).projects) ids.projects[p.name] = p.id;
  for (const u of (await get("/identity/v3/users")).users) ids.users[u.name] = u.id;
  for (const r of (await get("/identity/v3/roles")).roles) ids.roles[r.name] = r.id;
});
afterAll(() => t.close());

type Who = "admin" | "demo" | "alt_demo";
const req = async (who: Who | string, method: string, url: string, payload?: object) =>
  t.app.inject({
    method: method as "GET",
    url: `/identity/v3${url}`,
    headers: { "x-auth-token": who === "admin" || who === "demo" || who === "alt_demo" ? await t.token(who) : who },
    ...(payload ? { payload } : {}),
  });
const keystoneError = (code: number, title: string, message: string) => ({ error: { code, title, message } });
const forbidden = (action: string) =>
  keystoneError(403, "Forbidden", `You are not authorized to perform the requested action: identity:${action}.`);
const login = (body: object) => t.app.inject({ method: "POST", url: "/identity/v3/auth/tokens?nocatalog", payload: body });

describe("projects", () => {
  it("admin lists every project with Keystone's body", async () => {
    const res = await req("admin", "GET", "/projects");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.projects.map((p: { name: string }) => p.name).sort()).toEqual(["admin", "alt_demo", "demo", "service"]);
    expect(body.links).toEqual({ self: `${BASE}/projects`, previous: null, next: null });
    expect(body.projects.find((p: { name: string }) => p.name === "demo")).toEqual({
      id: ids.projects.demo,
      name: "demo",
      domain_id: "default",
      description: "",
      enabled: true,
      parent_id: "default",
      is_domain: false,
      tags: [],
      options: {},
      links: { self: `${BASE}/projects/${ids.projects.demo}` },
    });
  });

  it("filters by name, domain_id and enabled; the self link keeps the query", async () => {
    const byName = (await req("admin", "GET", "/projects?name=demo")).json();
    expect(byName.projects.map((p: { id: string }) => p.id)).toEqual([ids.projects.demo]);
    expect(byName.links.self).toBe(`${BASE}/projects?name=demo`);
    expect((await req("admin", "GET", "/projects?domain_id=nope")).json().projects).toEqual([]);
    expect((await req("admin", "GET", "/projects?domain_id=default&enabled=true")).json().projects).toHaveLength(4);
    expect((await req("admin", "GET", "/projects?enabled=false")).json().projects).toEqual([]);
    const bad = await req("admin", "GET", "/projects?enabled=maybe");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 400, title: "Bad Request" });
  });

  it("a non-admin may not list projects (403 with Keystone's policy message)", async () => {
    const res = await req("demo", "GET", "/projects");
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual(forbidden("list_projects"));
  });

  it("demo can show its own project (how `openstack quota show <id>` resolves it), not another", async () => {
    const own = await req("demo", "GET", `/projects/${ids.projects.demo}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().project).toMatchObject({ id: ids.projects.demo, name: "demo", domain_id: "default" });
    for (const other of [ids.projects.alt_demo, ids.projects.admin, "no-such-project"]) {
      const res = await req("demo", "GET", `/projects/${other}`);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toEqual(forbidden("get_project"));
    }
  });

  it("admin gets any project, and 404 with Keystone's message for an unknown one", async () => {
    expect((await req("admin", "GET", `/projects/${ids.projects.alt_demo}`)).json().project.name).toBe("alt_demo");
    const res = await req("admin", "GET", "/projects/nope");
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual(keystoneError(404, "Not Found", "Could not find project: nope."));
  });

  it("creates, updates and deletes a project", async () => {
    const created = await req("admin", "POST", "/projects", { project: { name: "tenant-a", description: "A", domain_id: "default" } });
    expect(created.statusCode).toBe(201);
    const p = created.json().project;
    expect(p).toMatchObject({ name: "tenant-a", description: "A", enabled: true, domain_id: "default", parent_id: "default" });
    expect(p.id).toMatch(/^[0-9a-f]{32}$/);
    expect(p.links.self).toBe(`${BASE}/projects/${p.id}`);

    const patched = await req("admin", "PATCH", `/projects/${p.id}`, { project: { name: "tenant-b", description: "B", enabled: false } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().project).toMatchObject({ id: p.id, name: "tenant-b", description: "B", enabled: false });
    expect((await req("admin", "GET", "/projects?name=tenant-b&enabled=0")).json().projects).toHaveLength(1);

    const del = await req("admin", "DELETE", `/projects/${p.id}`);
    expect(del.statusCode).toBe(204);
    expect(del.body).toBe("");
    const gone = await req("admin", "GET", `/projects/${p.id}`);
    expect(gone.statusCode).toBe(404);
    expect((await req("admin", "DELETE", `/projects/${p.id}`)).json()).toEqual(
      keystoneError(404, "Not Found", `Could not find project: ${p.id}.`),
    );
  });

  it("refuses a duplicate name in the domain with 409", async () => {
    const res = await req("admin", "POST", "/projects", { project: { name: "demo" } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual(
      keystoneError(409, "Conflict", "Conflict occurred attempting to store project - Duplicate entry found with name demo at domain ID default."),
    );
    const renamed = await req("admin", "PATCH", `/projects/${ids.projects.alt_demo}`, { project: { name: "demo" } });
    expect(renamed.statusCode).toBe(409);
    expect(renamed.json().error.message).toBe("Conflict occurred attempting to store project - Duplicate entry found with name demo.");
  });

  it("validates bodies: 400 without a name, for an unknown domain, and a non-admin gets 403", async () => {
    const noName = await req("admin", "POST", "/projects", { project: { description: "x" } });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error.message).toMatch(/name/);
    const badDomain = await req("admin", "POST", "/projects", { project: { name: "x", domain_id: "nowhere" } });
    expect(badDomain.statusCode).toBe(400);
    expect(badDomain.json()).toEqual(keystoneError(400, "Bad Request", "Could not find domain: nowhere."));
    const asDemo = await req("demo", "POST", "/projects", { project: { name: "x" } });
    expect(asDemo.statusCode).toBe(403);
    expect(asDemo.json()).toEqual(forbidden("create_project"));
  });
});

describe("users", () => {
  it("admin lists users without any password material", async () => {
    const res = await req("admin", "GET", "/users");
    expect(res.statusCode).toBe(200);
    const users = res.json().users;
    expect(users.map((u: { name: string }) => u.name).sort()).toEqual(["admin", "alt_demo", "demo"]);
    expect(res.body).not.toMatch(/scrypt|password_hash|passwordHash|"password"/);
    expect(users.find((u: { name: string }) => u.name === "demo")).toEqual({
      id: ids.users.demo,
      name: "demo",
      domain_id: "default",
      enabled: true,
      password_expires_at: null,
      options: {},
      default_project_id: ids.projects.demo,
      links: { self: `${BASE}/users/${ids.users.demo}` },
    });
    expect((await req("admin", "GET", "/users?name=alt_demo")).json().users.map((u: { id: string }) => u.id)).toEqual([
      ids.users.alt_demo,
    ]);
  });

  it("a non-admin may not list users but may show themself", async () => {
    const list = await req("demo", "GET", "/users");
    expect(list.statusCode).toBe(403);
    expect(list.json()).toEqual(forbidden("list_users"));
    const self = await req("demo", "GET", `/users/${ids.users.demo}`);
    expect(self.statusCode).toBe(200);
    expect(self.json().user.name).toBe("demo");
    const other = await req("demo", "GET", `/users/${ids.users.alt_demo}`);
    expect(other.statusCode).toBe(403);
    expect(other.json()).toEqual(forbidden("get_user"));
  });

  it("404 for an unknown user", async () => {
    const res = await req("admin", "GET", "/users/ghost");
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual(keystoneError(404, "Not Found", "Could not find user: ghost."));
  });

  it("GET /v3/users/{id}/projects for the user themself or an admin", async () => {
    const own = await req("alt_demo", "GET", `/users/${ids.users.alt_demo}/projects`);
    expect(own.statusCode).toBe(200);
    expect(own.json().projects.map((p: { name: string }) => p.name)).toEqual(["alt_demo"]);
    expect(own.json().links.self).toBe(`${BASE}/users/${ids.users.alt_demo}/projects`);
    expect((await req("admin", "GET", `/users/${ids.users.demo}/projects`)).json().projects[0].id).toBe(ids.projects.demo);
    const other = await req("demo", "GET", `/users/${ids.users.alt_demo}/projects`);
    expect(other.statusCode).toBe(403);
    expect(other.json()).toEqual(forbidden("list_user_projects"));
  });

  it("refuses a duplicate user name with 409", async () => {
    const res = await req("admin", "POST", "/users", { user: { name: "demo", password: "x" } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe(
      "Conflict occurred attempting to store user - Duplicate entry found with name demo at domain ID default.",
    );
  });

  it("a new password revokes the user's tokens and the new one works", async () => {
    const created = await req("admin", "POST", "/users", { user: { name: "pw-user", password: "old-pw", email: "pw@example.org" } });
    expect(created.statusCode).toBe(201);
    const u = created.json().user;
    expect(u).toMatchObject({ name: "pw-user", email: "pw@example.org", enabled: true, domain_id: "default" });
    expect(u.default_project_id).toBeUndefined();
    expect(u.password).toBeUndefined();
    const tok = (await login(passwordAuth("pw-user", "old-pw"))).headers["x-subject-token"] as string;
    expect((await req(tok, "GET", "/auth/projects")).statusCode).toBe(200);

    const patched = await req("admin", "PATCH", `/users/${u.id}`, { user: { password: "new-pw", description: "d" } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().user).toMatchObject({ description: "d", email: "pw@example.org" });
    expect((await req(tok, "GET", "/auth/projects")).statusCode).toBe(401);
    expect((await login(passwordAuth("pw-user", "old-pw"))).statusCode).toBe(401);
    expect((await login(passwordAuth("pw-user", "new-pw"))).statusCode).toBe(201);
  });
});

describe("roles and domains", () => {
  it("admin lists and shows roles", async () => {
    const res = await req("admin", "GET", "/roles");
    expect(res.statusCode).toBe(200);
    expect(res.json().roles.map((r: { name: string }) => r.name).sort()).toEqual(["admin", "member", "reader"]);
    const member = await req("admin", "GET", `/roles/${ids.roles.member}`);
    expect(member.json()).toEqual({
      role: {
        id: ids.roles.member,
        name: "member",
        domain_id: null,
        description: null,
        options: {},
        links: { self: `${BASE}/roles/${ids.roles.member}` },
      },
    });
    expect((await req("admin", "GET", "/roles?name=reader")).json().roles.map((r: { id: string }) => r.id)).toEqual([ids.roles.reader]);
    const missing = await req("admin", "GET", "/roles/nope");
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual(keystoneError(404, "Not Found", "Could not find role: nope."));
    const asDemo = await req("demo", "GET", "/roles");
    expect(asDemo.statusCode).toBe(403);
    expect(asDemo.json()).toEqual(forbidden("list_roles"));
  });

  it("lists the role inference rules", async () => {
    const res = await req("admin", "GET", "/role_inferences");
    expect(res.statusCode).toBe(200);
    const rules = res.json().role_inferences as { prior_role: { name: string }; implies: { name: string; links: { self: string } }[] }[];
    const byPrior = Object.fromEntries(rules.map((r) => [r.prior_role.name, r.implies.map((i) => i.name)]));
    expect(byPrior).toEqual({ admin: ["member"], member: ["reader"] });
    expect(rules.find((r) => r.prior_role.name === "admin")!.implies[0]!.links.self).toBe(`${BASE}/roles/${ids.roles.member}`);
  });

  it("admin lists and shows domains; a project token shows its own domain", async () => {
    const res = await req("admin", "GET", "/domains");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      domains: [
        {
          id: "default",
          name: "Default",
          description: "The default domain",
          enabled: true,
          tags: [],
          options: {},
          links: { self: `${BASE}/domains/default` },
        },
      ],
      links: { self: `${BASE}/domains`, previous: null, next: null },
    });
    expect((await req("admin", "GET", "/domains?name=Other")).json().domains).toEqual([]);
    expect((await req("demo", "GET", "/domains/default")).json().domain.name).toBe("Default");
    const list = await req("demo", "GET", "/domains");
    expect(list.statusCode).toBe(403);
    expect(list.json()).toEqual(forbidden("list_domains"));
    const missing = await req("admin", "GET", "/domains/nope");
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual(keystoneError(404, "Not Found", "Could not find domain: nope."));
    expect((await req("demo", "GET", "/domains/nope")).statusCode).toBe(403);
  });
});

describe("role assignments", () => {
  it("lists direct assignments in Keystone's shape", async () => {
    const res = await req("admin", "GET", `/role_assignments?user.id=${ids.users.demo}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      role_assignments: [
        {
          scope: { project: { id: ids.projects.demo } },
          user: { id: ids.users.demo },
          role: { id: ids.roles.member },
          links: { assignment: `${BASE}/projects/${ids.projects.demo}/users/${ids.users.demo}/roles/${ids.roles.member}` },
        },
      ],
      links: { self: `${BASE}/role_assignments?user.id=${ids.users.demo}`, previous: null, next: null },
    });
    const all = (await req("admin", "GET", "/role_assignments")).json().role_assignments;
    expect(all.length).toBeGreaterThanOrEqual(3);
    const byProject = (await req("admin", "GET", `/role_assignments?scope.project.id=${ids.projects.alt_demo}`)).json().role_assignments;
    expect(byProject.map((a: { user: { id: string } }) => a.user.id)).toEqual([ids.users.alt_demo]);
    const byRole = (await req("admin", "GET", `/role_assignments?role.id=${ids.roles.admin}`)).json().role_assignments;
    expect(byRole.map((a: { user: { id: string } }) => a.user.id)).toEqual([ids.users.admin]);
  });

  it("include_names adds names and domains", async () => {
    const res = await req("admin", "GET", `/role_assignments?user.id=${ids.users.demo}&scope.project.id=${ids.projects.demo}&include_names=True`);
    const [a] = res.json().role_assignments;
    expect(a).toEqual({
      scope: { project: { id: ids.projects.demo, name: "demo", domain: { id: "default", name: "Default" } } },
      user: { id: ids.users.demo, name: "demo", domain: { id: "default", name: "Default" } },
      role: { id: ids.roles.member, name: "member" },
      links: { assignment: `${BASE}/projects/${ids.projects.demo}/users/${ids.users.demo}/roles/${ids.roles.member}` },
    });
  });

  it("effective expands implied roles, linking each to its prior role", async () => {
    const res = await req("admin", "GET", `/role_assignments?user.id=${ids.users.admin}&effective&include_names=1`);
    const list = res.json().role_assignments as { role: { name: string }; links: Record<string, string> }[];
    expect(list.map((a) => a.role.name).sort()).toEqual(["admin", "member", "reader"]);
    const member = list.find((a) => a.role.name === "member")!;
    expect(member.links).toEqual({
      assignment: `${BASE}/projects/${ids.projects.admin}/users/${ids.users.admin}/roles/${ids.roles.admin}`,
      prior_role: `${BASE}/prior_role/${ids.roles.member}/implies/${ids.roles.admin}`,
    });
    // effective=0 is Keystone's "false".
    expect((await req("admin", "GET", `/role_assignments?user.id=${ids.users.admin}&effective=0`)).json().role_assignments).toHaveLength(1);
    // role.id applies after expansion: every seeded user is a reader somewhere.
    const readers = (await req("admin", "GET", `/role_assignments?role.id=${ids.roles.reader}&effective`)).json().role_assignments;
    expect(new Set(readers.map((a: { user: { id: string } }) => a.user.id))).toEqual(
      new Set([ids.users.admin, ids.users.demo, ids.users.alt_demo]),
    );
  });

  it("is admin only and checks filter combinations", async () => {
    const res = await req("demo", "GET", `/role_assignments?user.id=${ids.users.demo}`);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual(forbidden("list_role_assignments"));
    const both = await req("admin", "GET", "/role_assignments?scope.project.id=a&scope.domain.id=b");
    expect(both.statusCode).toBe(400);
    expect(both.json()).toEqual(keystoneError(400, "Bad Request", "Specify a domain or project, not both"));
    expect((await req("admin", "GET", "/role_assignments?group.id=g")).json().role_assignments).toEqual([]);
  });
});

describe("grants and a new tenant end to end", () => {
  it("create project + user + grant, then the user logs in scoped to the project", async () => {
    const project = (await req("admin", "POST", "/projects", { project: { name: "acme", domain_id: "default" } })).json().project;
    const userRes = await req("admin", "POST", "/users", {
      user: { name: "acme-dev", password: "s3cret", default_project_id: project.id, enabled: true },
    });
    expect(userRes.statusCode).toBe(201);
    const user = userRes.json().user;
    expect(user.default_project_id).toBe(project.id);

    // No role yet: a scoped login is refused.
    expect((await login(passwordAuth("acme-dev", "s3cret", "acme"))).statusCode).toBe(401);

    const grantUrl = `/projects/${project.id}/users/${user.id}/roles/${ids.roles.member}`;
    const missing = await req("admin", "GET", grantUrl);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe(
      `Could not find role assignment with role: ${ids.roles.member}, user or group: ${user.id}, project, domain, or system: ${project.id}.`,
    );
    const put = await req("admin", "PUT", grantUrl);
    expect(put.statusCode).toBe(204);
    expect((await req("admin", "PUT", grantUrl)).statusCode).toBe(204); // idempotent
    expect((await req("admin", "GET", grantUrl)).statusCode).toBe(204);
    expect((await req("admin", "HEAD", grantUrl)).statusCode).toBe(204);
    const listed = await req("admin", "GET", `/projects/${project.id}/users/${user.id}/roles`);
    expect(listed.json().roles.map((r: { name: string }) => r.name)).toEqual(["member"]);

    const tokRes = await login(passwordAuth("acme-dev", "s3cret", "acme"));
    expect(tokRes.statusCode).toBe(201);
    const tok = tokRes.json().token;
    expect(tok.project).toMatchObject({ id: project.id, name: "acme" });
    expect(tok.roles.map((r: { name: string }) => r.name).sort()).toEqual(["member", "reader"]);
    const bearer = tokRes.headers["x-subject-token"] as string;
    // The new member sees its own project like demo does.
    expect((await req(bearer, "GET", `/projects/${project.id}`)).statusCode).toBe(200);
    const ra = (await req("admin", "GET", `/role_assignments?scope.project.id=${project.id}&include_names`)).json().role_assignments;
    expect(ra).toHaveLength(1);
    expect(ra[0].user.name).toBe("acme-dev");

    // Revoking the only role ends the scoped token at once.
    expect((await req("admin", "DELETE", grantUrl)).statusCode).toBe(204);
    expect((await req(bearer, "GET", `/projects/${project.id}`)).statusCode).toBe(401);
    const again = await req("admin", "DELETE", grantUrl);
    expect(again.statusCode).toBe(404);
  });

  it("grants answer 404 with Keystone's message for an unknown role, user or project", async () => {
    const p = ids.projects.demo;
    const u = ids.users.demo;
    const r = ids.roles.reader;
    expect((await req("admin", "PUT", `/projects/${p}/users/${u}/roles/nope`)).json()).toEqual(
      keystoneError(404, "Not Found", "Could not find role: nope."),
    );
    expect((await req("admin", "PUT", `/projects/${p}/users/nope/roles/${r}`)).json()).toEqual(
      keystoneError(404, "Not Found", "Could not find user: nope."),
    );
    expect((await req("admin", "PUT", `/projects/nope/users/${u}/roles/${r}`)).json()).toEqual(
      keystoneError(404, "Not Found", "Could not find project: nope."),
    );
    expect((await req("admin", "GET", `/projects/nope/users/${u}/roles`)).statusCode).toBe(404);
    const asDemo = await req("demo", "PUT", `/projects/${p}/users/${u}/roles/${ids.roles.admin}`);
    expect(asDemo.statusCode).toBe(403);
    expect(asDemo.json()).toEqual(forbidden("create_grant"));
  });

  it("deleting a user revokes access: their token no longer validates", async () => {
    const user = (await req("admin", "POST", "/users", { user: { name: "temp", password: "temp" } })).json().user;
    await req("admin", "PUT", `/projects/${ids.projects.demo}/users/${user.id}/roles/${ids.roles.reader}`);
    const tokRes = await login(passwordAuth("temp", "temp", "demo"));
    expect(tokRes.statusCode).toBe(201);
    const tok = tokRes.headers["x-subject-token"] as string;
    expect((await req(tok, "GET", "/auth/projects")).statusCode).toBe(200);

    const del = await req("admin", "DELETE", `/users/${user.id}`);
    expect(del.statusCode).toBe(204);
    const after = await req(tok, "GET", "/auth/projects");
    expect(after.statusCode).toBe(401);
    expect(after.json()).toEqual(keystoneError(401, "Unauthorized", "The request you have made requires authentication."));
    expect((await login(passwordAuth("temp", "temp"))).statusCode).toBe(401);
    expect((await req("admin", "GET", `/users/${user.id}`)).statusCode).toBe(404);
    expect((await req("admin", "GET", `/role_assignments?user.id=${user.id}`)).json().role_assignments).toEqual([]);
  });

  it("deleting or disabling a project ends the tokens scoped to it", async () => {
    const project = (await req("admin", "POST", "/projects", { project: { name: "shortlived" } })).json().project;
    await req("admin", "PUT", `/projects/${project.id}/users/${ids.users.demo}/roles/${ids.roles.member}`);
    const tok = (await login(passwordAuth("demo", "demo", "shortlived"))).headers["x-subject-token"] as string;
    expect((await req(tok, "GET", `/projects/${project.id}`)).statusCode).toBe(200);
    await req("admin", "PATCH", `/projects/${project.id}`, { project: { enabled: false } });
    expect((await req(tok, "GET", `/projects/${project.id}`)).statusCode).toBe(401);
    expect((await req("admin", "DELETE", `/projects/${project.id}`)).statusCode).toBe(204);
    expect((await login(passwordAuth("demo", "demo", "shortlived"))).statusCode).toBe(401);
    // demo's own project is untouched.
    expect((await req("demo", "GET", `/projects/${ids.projects.demo}`)).statusCode).toBe(200);
  });
});
