import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { passwordAuth, startApp, type TestApp } from "../helpers.js";

/**
 * /os-server-groups as Nova answers it (nova/api/openstack/compute/server_groups.py,
 * Tempest's api_schema/response/compute/v2_1|v2_13|v2_64/server_groups.py) and
 * the `group` scheduler hint of server create.
 */

let t: TestApp;
let imageId: string;
const projects: Record<string, string> = {};
const users: Record<string, string> = {};
let readerToken: string;

type Who = "admin" | "demo" | "alt_demo" | "reader";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

beforeAll(async () => {
  t = await startApp();
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
  for (const n of ["admin", "demo", "alt_demo"]) {
    projects[n] = (await t.db.prisma.project.findFirstOrThrow({ where: { name: n }, select: { id: true } })).id;
    users[n] = (await t.db.prisma.user.findFirstOrThrow({ where: { name: n }, select: { id: true } })).id;
  }
  // A user with only the reader role on demo's project.
  const identity = async (method: "POST" | "PUT", url: string, payload?: object) =>
    t.app.inject({ method, url: `/identity/v3${url}`, headers: { "x-auth-token": await t.token("admin") }, ...(payload ? { payload } : {}) });
  const user = (await identity("POST", "/users", { user: { name: "sg-reader", password: "sg-reader", enabled: true } })).json().user;
  const reader = await t.db.prisma.role.findFirstOrThrow({ where: { name: "reader" }, select: { id: true } });
  expect((await identity("PUT", `/projects/${projects.demo}/users/${user.id}/roles/${reader.id}`)).statusCode).toBe(204);
  const login = await t.app.inject({ method: "POST", url: "/identity/v3/auth/tokens?nocatalog", payload: passwordAuth("sg-reader", "sg-reader", "demo") });
  expect(login.statusCode).toBe(201);
  readerToken = login.headers["x-subject-token"] as string;
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.db.prisma.serverGroup.deleteMany({});
  await t.db.prisma.quotaLimit.deleteMany({});
  await t.db.prisma.quotaUserLimit.deleteMany({});
});

async function call(who: Who, method: "GET" | "POST" | "DELETE", url: string, opts: { mv?: string; payload?: unknown } = {}) {
  const headers: Record<string, string> = { "x-auth-token": who === "reader" ? readerToken : await t.token(who) };
  if (opts.mv) headers["openstack-api-version"] = `compute ${opts.mv}`;
  const res = await t.app.inject({ method, url: `/compute/v2.1${url}`, headers, payload: opts.payload as object });
  return { status: res.statusCode, body: res.body ? res.json() : undefined, raw: res.body };
}

const create = (who: Who, group: Record<string, unknown>, mv?: string) => call(who, "POST", "/os-server-groups", { mv, payload: { server_group: group } });
const badRequest = (message: string) => ({ badRequest: { code: 400, message } });
const forbidden = (message: string) => ({ forbidden: { code: 403, message } });
const notFound = (message: string) => ({ itemNotFound: { code: 404, message } });

/** A group of `who`'s, created at 2.64. */
async function group(who: Who = "demo", policy = "anti-affinity", name = "g") {
  const r = await create(who, { name, policy }, "2.64");
  expect(r.status).toBe(200);
  return r.body.server_group as { id: string; members: string[] };
}

/** Let the worker finish what is due (boot time 0 in tests). */
async function settle() {
  await t.app.services.worker.idle();
  await t.app.services.worker.tick();
  await t.app.services.worker.idle();
}

async function boot(who: Who, hints: Record<string, unknown> | undefined, opts: { mv?: string; key?: string; extra?: Record<string, unknown> } = {}) {
  return call(who, "POST", "/servers", {
    mv: opts.mv,
    payload: {
      server: { name: "sg-vm", imageRef: imageId, flavorRef: "1", ...(opts.mv ? { networks: "none" } : {}), ...opts.extra },
      ...(hints ? { [opts.key ?? "os:scheduler_hints"]: hints } : {}),
    },
  });
}

describe("create", () => {
  it("at 2.1: 200, the policy as a one-item list, empty metadata, no owner fields", async () => {
    const r = await create("demo", { name: "web", policies: ["anti-affinity"] });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ server_group: { id: expect.stringMatching(UUID), name: "web", policies: ["anti-affinity"], members: [], metadata: {} } });
  });

  it("from 2.13 with project_id and user_id", async () => {
    const r = await create("demo", { name: "web", policies: ["affinity"] }, "2.13");
    expect(r.body.server_group).toEqual({
      id: expect.stringMatching(UUID),
      name: "web",
      policies: ["affinity"],
      members: [],
      metadata: {},
      project_id: projects.demo,
      user_id: users.demo,
    });
  });

  it("soft policies only from 2.15", async () => {
    const r214 = await create("demo", { name: "soft", policies: ["soft-affinity"] }, "2.14");
    expect(r214.status).toBe(400);
    expect(r214.body).toEqual(
      badRequest("Invalid input for field/attribute 0. Value: soft-affinity. 'soft-affinity' is not one of ['anti-affinity', 'affinity']"),
    );
    for (const p of ["soft-affinity", "soft-anti-affinity"]) {
      const r = await create("demo", { name: "soft", policies: [p] }, "2.15");
      expect(r.status).toBe(200);
      expect(r.body.server_group.policies).toEqual([p]);
    }
  });

  it("from 2.64 with policy and rules instead of policies and metadata", async () => {
    const r = await create("demo", { name: "spread", policy: "anti-affinity", rules: { max_server_per_host: 3 } }, "2.64");
    expect(r.status).toBe(200);
    expect(r.body.server_group).toEqual({
      id: expect.stringMatching(UUID),
      name: "spread",
      policy: "anti-affinity",
      rules: { max_server_per_host: 3 },
      members: [],
      project_id: projects.demo,
      user_id: users.demo,
    });
    const plain = await create("demo", { name: "together", policy: "soft-affinity" }, "2.64");
    expect(plain.body.server_group).toMatchObject({ policy: "soft-affinity", rules: {} });
    // A string count is taken as a number, as Nova's positive_integer does.
    const str = await create("demo", { name: "s", policy: "anti-affinity", rules: { max_server_per_host: "2" } }, "2.64");
    expect(str.body.server_group.rules).toEqual({ max_server_per_host: 2 });
  });

  it("rules only with anti-affinity (Nova's 400)", async () => {
    for (const policy of ["affinity", "soft-affinity", "soft-anti-affinity"]) {
      const r = await create("demo", { name: "x", policy, rules: { max_server_per_host: 2 } }, "2.64");
      expect(r.status).toBe(400);
      expect(r.body).toEqual(badRequest("Only anti-affinity policy supports rules."));
    }
    // Empty rules are no rules.
    expect((await create("demo", { name: "x", policy: "affinity", rules: {} }, "2.64")).status).toBe(200);
  });

  it.each([
    ["2.1", { policies: ["affinity"] }, "Invalid input for field/attribute server_group. Value: {'policies': ['affinity']}. 'name' is a required property"],
    ["2.1", { name: "x" }, "Invalid input for field/attribute server_group. Value: {'name': 'x'}. 'policies' is a required property"],
    ["2.1", { name: "", policies: ["affinity"] }, "Invalid input for field/attribute name. Value: . '' is too short"],
    ["2.1", { name: "x".repeat(256), policies: ["affinity"] }, `Invalid input for field/attribute name. Value: ${"x".repeat(256)}. '${"x".repeat(256)}' is too long`],
    ["2.1", { name: " x", policies: ["affinity"] }, "An invalid 'name' value was provided. The name must be: printable characters. Can not start or end with whitespace."],
    ["2.1", { name: 5, policies: ["affinity"] }, "Invalid input for field/attribute name. Value: 5. 5 is not of type 'string'"],
    ["2.1", { name: "x", policies: "affinity" }, "Invalid input for field/attribute policies. Value: affinity. 'affinity' is not of type 'array'"],
    ["2.1", { name: "x", policies: [] }, "Invalid input for field/attribute policies. Value: []. [] is too short"],
    ["2.1", { name: "x", policies: ["bogus"] }, "Invalid input for field/attribute 0. Value: bogus. 'bogus' is not one of ['anti-affinity', 'affinity']"],
    ["2.1", { name: "x", policies: ["affinity", "affinity"] }, "Invalid input for field/attribute policies. Value: ['affinity', 'affinity']. ['affinity', 'affinity'] has non-unique elements"],
    ["2.1", { name: "x", policies: ["affinity", "anti-affinity"] }, "Invalid input for field/attribute policies. Value: ['affinity', 'anti-affinity']. ['affinity', 'anti-affinity'] is too long"],
    // Bad values are reported before missing members, and those before unexpected ones (jsonschema's order).
    ["2.1", { policies: ["bogus"] }, "Invalid input for field/attribute 0. Value: bogus. 'bogus' is not one of ['anti-affinity', 'affinity']"],
    ["2.1", { foo: 1 }, "Invalid input for field/attribute server_group. Value: {'foo': 1}. 'name' is a required property"],
    ["2.1", { name: "x", policies: ["affinity"], foo: 1 }, "Invalid input for field/attribute server_group. Value: {'name': 'x', 'policies': ['affinity'], 'foo': 1}. Additional properties are not allowed ('foo' was unexpected)"],
    ["2.64", { name: "x", policies: ["affinity"] }, "Invalid input for field/attribute server_group. Value: {'name': 'x', 'policies': ['affinity']}. 'policy' is a required property"],
    ["2.64", { name: "x", policy: "bogus" }, "Invalid input for field/attribute policy. Value: bogus. 'bogus' is not one of ['anti-affinity', 'affinity', 'soft-anti-affinity', 'soft-affinity']"],
    ["2.64", { name: "x", policy: "anti-affinity", rules: { max_server_per_host: 0 } }, "Invalid input for field/attribute max_server_per_host. Value: 0. 0 is less than the minimum of 1"],
    ["2.64", { name: "x", policy: "anti-affinity", rules: { max_server_per_host: "two" } }, "Invalid input for field/attribute max_server_per_host. Value: two. 'two' does not match '^[0-9]*$'"],
    ["2.64", { name: "x", policy: "anti-affinity", rules: { other: 1 } }, "Invalid input for field/attribute rules. Value: {'other': 1}. Additional properties are not allowed ('other' was unexpected)"],
  ])("at %s rejects %j with Nova's 400", async (mv, body, message) => {
    const r = await create("demo", body, mv);
    expect(r.status).toBe(400);
    expect(r.body).toEqual(badRequest(message));
  });

  it("refuses a body without server_group", async () => {
    const r = await call("demo", "POST", "/os-server-groups", { payload: { group: {} } });
    expect(r.status).toBe(400);
    expect(r.body).toEqual(badRequest("'server_group' is a required property"));
  });

  it("needs the member role: a reader gets the policy error", async () => {
    const r = await create("reader", { name: "x", policies: ["affinity"] });
    expect(r.status).toBe(403);
    expect(r.body).toEqual(forbidden("Policy doesn't allow os_compute_api:os-server-groups:create to be performed."));
  });

  it("names need not be unique", async () => {
    const a = await group("demo", "affinity", "same");
    const b = await group("demo", "affinity", "same");
    expect(a.id).not.toBe(b.id);
  });
});

describe("show, list, delete", () => {
  it("show answers what create answered (Tempest's test_show_server_group), per microversion", async () => {
    for (const mv of ["2.1", "2.13", "2.64"]) {
      const body = mv === "2.64" ? { name: "s", policy: "affinity" } : { name: "s", policies: ["affinity"] };
      const created = (await create("demo", body, mv)).body.server_group;
      const shown = await call("reader", "GET", `/os-server-groups/${created.id}`, { mv });
      expect(shown.status).toBe(200);
      expect(shown.body.server_group).toEqual(created);
    }
  });

  it("shows a 2.64 group with rules at 2.1 as policies, and a 2.1 group at 2.64 with empty rules", async () => {
    const g = (await create("demo", { name: "r", policy: "anti-affinity", rules: { max_server_per_host: 2 } }, "2.64")).body.server_group;
    expect((await call("demo", "GET", `/os-server-groups/${g.id}`)).body.server_group).toEqual({
      id: g.id,
      name: "r",
      policies: ["anti-affinity"],
      members: [],
      metadata: {},
    });
    const old = (await create("demo", { name: "o", policies: ["affinity"] })).body.server_group;
    expect((await call("demo", "GET", `/os-server-groups/${old.id}`, { mv: "2.64" })).body.server_group).toMatchObject({ policy: "affinity", rules: {} });
  });

  it("another project's group is 404 with Nova's message; admins see it", async () => {
    const g = await group("demo");
    const other = await call("alt_demo", "GET", `/os-server-groups/${g.id}`);
    expect(other.status).toBe(404);
    expect(other.body).toEqual(notFound(`Instance group ${g.id} could not be found.`));
    const del = await call("alt_demo", "DELETE", `/os-server-groups/${g.id}`);
    expect(del.status).toBe(404);
    expect(del.body).toEqual(notFound(`Instance group ${g.id} could not be found.`));
    const admin = await call("admin", "GET", `/os-server-groups/${g.id}`, { mv: "2.13" });
    expect(admin.status).toBe(200);
    expect(admin.body.server_group.project_id).toBe(projects.demo);
    const missing = await call("demo", "GET", "/os-server-groups/nope");
    expect(missing.body).toEqual(notFound("Instance group nope could not be found."));
  });

  it("lists the project's own groups in creation order; readers may list", async () => {
    const a = await group("demo", "affinity", "a");
    const b = await group("demo", "anti-affinity", "b");
    await group("alt_demo", "affinity", "theirs");
    const r = await call("reader", "GET", "/os-server-groups");
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      server_groups: [
        { id: a.id, name: "a", policies: ["affinity"], members: [], metadata: {} },
        { id: b.id, name: "b", policies: ["anti-affinity"], members: [], metadata: {} },
      ],
    });
    expect((await call("alt_demo", "GET", "/os-server-groups")).body.server_groups.map((g: { name: string }) => g.name)).toEqual(["theirs"]);
  });

  it("all_projects: every project's groups for admins; ignored for others", async () => {
    await group("demo", "affinity", "d");
    await group("alt_demo", "affinity", "a");
    await group("admin", "affinity", "adm");
    const names = async (who: Who, q: string) => (await call(who, "GET", `/os-server-groups${q}`)).body.server_groups.map((g: { name: string }) => g.name);
    expect(await names("admin", "?all_projects=True")).toEqual(["d", "a", "adm"]);
    // Any value counts, as Nova checks only that the parameter is there.
    expect(await names("admin", "?all_projects=0")).toEqual(["d", "a", "adm"]);
    expect(await names("admin", "")).toEqual(["adm"]);
    expect(await names("demo", "?all_projects=True")).toEqual(["d"]);
  });

  it("limit and offset slice the list (limit 0: the maximum)", async () => {
    for (const n of ["g1", "g2", "g3", "g4"]) await group("demo", "affinity", n);
    const names = async (q: string) => (await call("demo", "GET", `/os-server-groups${q}`)).body.server_groups.map((g: { name: string }) => g.name);
    expect(await names("?limit=2")).toEqual(["g1", "g2"]);
    expect(await names("?limit=2&offset=1")).toEqual(["g2", "g3"]);
    expect(await names("?offset=3")).toEqual(["g4"]);
    expect(await names("?offset=9")).toEqual([]);
    expect(await names("?limit=0")).toEqual(["g1", "g2", "g3", "g4"]);
    expect(await names("?limit=1&limit=3")).toEqual(["g1", "g2", "g3"]);
  });

  it("rejects bad paging values, and unknown parameters from 2.75", async () => {
    const bad = await call("demo", "GET", "/os-server-groups?limit=-1");
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual(badRequest("Invalid input for query parameters limit. Value: -1. '-1' does not match '^[0-9]*$'"));
    const off = await call("demo", "GET", "/os-server-groups?offset=x");
    expect(off.body).toEqual(badRequest("Invalid input for query parameters offset. Value: x. 'x' does not match '^[0-9]*$'"));
    const pageSize = await call("demo", "GET", "/os-server-groups?page_size=x");
    expect(pageSize.body).toEqual(badRequest("Invalid input received: page_size must be an integer"));
    expect((await call("demo", "GET", "/os-server-groups?foo=1", { mv: "2.74" })).status).toBe(200);
    const strict = await call("demo", "GET", "/os-server-groups?foo=1", { mv: "2.75" });
    expect(strict.status).toBe(400);
    expect(strict.body).toEqual(badRequest("Additional properties are not allowed ('foo' was unexpected)"));
  });

  it("delete: 204 without a body, then 404; readers may not delete", async () => {
    const g = await group("demo");
    const reader = await call("reader", "DELETE", `/os-server-groups/${g.id}`);
    expect(reader.status).toBe(403);
    expect(reader.body).toEqual(forbidden("Policy doesn't allow os_compute_api:os-server-groups:delete to be performed."));
    const del = await call("demo", "DELETE", `/os-server-groups/${g.id}`);
    expect(del.status).toBe(204);
    expect(del.raw).toBe("");
    expect((await call("demo", "GET", `/os-server-groups/${g.id}`)).status).toBe(404);
    expect((await call("demo", "GET", "/os-server-groups")).body.server_groups).toEqual([]);
  });

  it("admins delete another project's group", async () => {
    const g = await group("alt_demo");
    expect((await call("admin", "DELETE", `/os-server-groups/${g.id}`)).status).toBe(204);
    expect((await call("alt_demo", "GET", `/os-server-groups/${g.id}`)).status).toBe(404);
  });
});

describe("quotas", () => {
  it("server_groups: Nova's 403 once the project's limit is reached; usage in quota-sets and limits", async () => {
    await t.db.prisma.quotaLimit.create({ data: { projectId: projects.demo!, resource: "server_groups", hardLimit: 2 } });
    await group("demo", "affinity", "one");
    await group("demo", "affinity", "two");
    const r = await create("demo", { name: "three", policies: ["affinity"] });
    expect(r.status).toBe(403);
    expect(r.body).toEqual(forbidden("Quota exceeded, too many server groups."));
    // The quota is checked before the rules (Nova's order).
    const rules = await create("demo", { name: "x", policy: "affinity", rules: { max_server_per_host: 2 } }, "2.64");
    expect(rules.body).toEqual(forbidden("Quota exceeded, too many server groups."));
    // Other projects are not affected.
    expect((await create("alt_demo", { name: "x", policies: ["affinity"] })).status).toBe(200);

    const detail = await call("demo", "GET", `/os-quota-sets/${projects.demo}/detail`);
    expect(detail.body.quota_set.server_groups).toEqual({ in_use: 2, limit: 2, reserved: 0 });
    const limits = await call("demo", "GET", "/limits");
    expect(limits.body.limits.absolute).toMatchObject({ maxServerGroups: 2, totalServerGroupsUsed: 2 });
  });

  it("server_groups: a user's own limit counts the user's groups", async () => {
    await t.db.prisma.quotaUserLimit.create({ data: { projectId: projects.demo!, userId: users.demo!, resource: "server_groups", hardLimit: 1 } });
    await group("demo");
    const r = await create("demo", { name: "x", policies: ["affinity"] });
    expect(r.body).toEqual(forbidden("Quota exceeded, too many server groups."));
    const detail = await call("admin", "GET", `/os-quota-sets/${projects.demo}/detail?user_id=${users.demo}`);
    expect(detail.body.quota_set.server_groups).toEqual({ in_use: 1, limit: 1, reserved: 0 });
  });

  it("concurrent creates do not overrun the limit", async () => {
    await t.db.prisma.quotaLimit.create({ data: { projectId: projects.demo!, resource: "server_groups", hardLimit: 2 } });
    const all = await Promise.all([1, 2, 3, 4, 5].map((n) => create("demo", { name: `c${n}`, policies: ["affinity"] })));
    expect(all.map((r) => r.status).sort()).toEqual([200, 200, 403, 403, 403]);
    expect(await t.db.prisma.serverGroup.count({ where: { projectId: projects.demo! } })).toBe(2);
  });

  it("a deleted group frees its quota", async () => {
    await t.db.prisma.quotaLimit.create({ data: { projectId: projects.demo!, resource: "server_groups", hardLimit: 1 } });
    const g = await group("demo");
    expect((await call("demo", "DELETE", `/os-server-groups/${g.id}`)).status).toBe(204);
    expect((await create("demo", { name: "again", policies: ["affinity"] })).status).toBe(200);
  });
});

describe("servers in groups", () => {
  beforeEach(async () => {
    await t.db.prisma.instance.deleteMany({});
  });

  it("the group hint adds the server as a member; show lists it; 2.71 shows the group on the server", async () => {
    const g = await group("demo");
    const r = await boot("demo", { group: g.id });
    expect(r.status).toBe(202);
    const id = r.body.server.id as string;
    expect((await call("reader", "GET", `/os-server-groups/${g.id}`)).body.server_group.members).toEqual([id]);
    expect((await call("demo", "GET", "/os-server-groups")).body.server_groups[0].members).toEqual([id]);

    await settle();
    const s271 = await call("demo", "GET", `/servers/${id}`, { mv: "2.71" });
    expect(s271.body.server.server_groups).toEqual([g.id]);
    expect((await call("demo", "GET", `/servers/${id}`, { mv: "2.70" })).body.server).not.toHaveProperty("server_groups");
    // Not in the detailed list (Nova shows it in show, update and rebuild only).
    const detail = await call("demo", "GET", "/servers/detail", { mv: "2.71" });
    expect(detail.body.servers[0]).not.toHaveProperty("server_groups");
    const upd = await t.app.inject({
      method: "PUT",
      url: `/compute/v2.1/servers/${id}`,
      headers: { "x-auth-token": await t.token("demo"), "openstack-api-version": "compute 2.71" },
      payload: { server: { name: "renamed" } },
    });
    expect(upd.json().server.server_groups).toEqual([g.id]);
  });

  it("takes the OS-SCH-HNT:scheduler_hints form and a one-item list", async () => {
    const g = await group("demo");
    const a = await boot("demo", { group: g.id }, { key: "OS-SCH-HNT:scheduler_hints" });
    const b = await boot("demo", { group: [g.id] });
    expect([a.status, b.status]).toEqual([202, 202]);
    const members = (await call("demo", "GET", `/os-server-groups/${g.id}`)).body.server_group.members as string[];
    expect([...members].sort()).toEqual([a.body.server.id, b.body.server.id].sort());
  });

  it("a multi-create puts every server in the group", async () => {
    const g = await group("demo");
    const r = await boot("demo", { group: g.id }, { extra: { min_count: 3, return_reservation_id: true } });
    expect(r.status).toBe(202);
    const ids = (await t.db.prisma.instance.findMany({ where: { reservationId: r.body.reservation_id }, select: { id: true } })).map((i) => i.id);
    expect(ids).toHaveLength(3);
    const members = (await call("demo", "GET", `/os-server-groups/${g.id}`)).body.server_group.members as string[];
    expect([...members].sort()).toEqual([...ids].sort());
  });

  it("an unknown group, or another project's, is Nova's 400", async () => {
    const missing = "8f1c4b5e-0b7a-4c89-9a43-2d6f0f4e9b11";
    const r = await boot("demo", { group: missing });
    expect(r.status).toBe(400);
    expect(r.body).toEqual(badRequest(`Instance group ${missing} could not be found.`));
    const theirs = await group("alt_demo");
    const other = await boot("demo", { group: theirs.id });
    expect(other.body).toEqual(badRequest(`Instance group ${theirs.id} could not be found.`));
    const bad = await boot("demo", { group: "not-a-uuid" });
    expect(bad.status).toBe(400);
    expect(bad.body.badRequest.message).toMatch(/^Invalid input for field\/attribute group\. Value: not-a-uuid\./);
    expect(await t.db.prisma.instance.count()).toBe(0);
    // An admin may use any project's group (Nova's admin context finds it).
    expect((await boot("admin", { group: theirs.id })).status).toBe(202);
  });

  it("server_group_members: 403 once the user has the limit's number of servers in the group", async () => {
    await t.db.prisma.quotaLimit.create({ data: { projectId: projects.demo!, resource: "server_group_members", hardLimit: 2 } });
    const g = await group("demo");
    expect((await boot("demo", { group: g.id })).status).toBe(202);
    const two = await boot("demo", { group: g.id }, { extra: { min_count: 2 } });
    expect(two.status).toBe(403);
    expect(two.body).toEqual(forbidden("Quota exceeded, too many servers in group"));
    // Nothing of the refused request is left.
    expect(await t.db.prisma.instance.count()).toBe(1);
    expect((await boot("demo", { group: g.id })).status).toBe(202);
    expect((await boot("demo", { group: g.id })).body).toEqual(forbidden("Quota exceeded, too many servers in group"));
    // Another group has its own count; the quota views show 0 in use, as Nova's do.
    expect((await boot("demo", { group: (await group("demo")).id })).status).toBe(202);
    const detail = await call("demo", "GET", `/os-quota-sets/${projects.demo}/detail`);
    expect(detail.body.quota_set.server_group_members).toEqual({ in_use: 0, limit: 2, reserved: 0 });
  });

  it("a deleted server leaves its group (and its quota)", async () => {
    await t.db.prisma.quotaLimit.create({ data: { projectId: projects.demo!, resource: "server_group_members", hardLimit: 1 } });
    const g = await group("demo");
    const id = (await boot("demo", { group: g.id })).body.server.id as string;
    await settle();
    expect((await call("demo", "DELETE", `/servers/${id}`)).status).toBe(204);
    await settle();
    expect((await call("demo", "GET", `/os-server-groups/${g.id}`)).body.server_group.members).toEqual([]);
    expect(await t.db.prisma.serverGroupMember.count()).toBe(0);
    expect((await boot("demo", { group: g.id })).status).toBe(202);
  });

  it("deleting a group keeps its servers, which then show no group", async () => {
    const g = await group("demo");
    const id = (await boot("demo", { group: g.id })).body.server.id as string;
    await settle();
    expect((await call("demo", "DELETE", `/os-server-groups/${g.id}`)).status).toBe(204);
    const s = await call("demo", "GET", `/servers/${id}`, { mv: "2.71" });
    expect(s.status).toBe(200);
    expect(s.body.server.server_groups).toEqual([]);
  });
});
