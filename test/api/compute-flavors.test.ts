import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";

const BASE = "/compute/v2.1";
type User = "admin" | "demo" | "alt_demo";

describe("compute flavors", () => {
  let t: TestApp;
  const req = async (
    user: User,
    method: "GET" | "POST" | "PUT" | "DELETE",
    url: string,
    opts: { version?: string; payload?: unknown } = {},
  ) => {
    const headers: Record<string, string> = { "x-auth-token": await t.token(user) };
    if (opts.version) headers["OpenStack-API-Version"] = `compute ${opts.version}`;
    return t.app.inject({ method, url: BASE + url, headers, payload: opts.payload as object });
  };
  const create = (flavor: Record<string, unknown>, version?: string) =>
    req("admin", "POST", "/flavors", { version, payload: { flavor } });
  let demoProject: string;

  beforeAll(async () => {
    t = await startApp();
    const res = await t.app.inject({
      method: "GET",
      url: "/identity/v3/auth/tokens",
      headers: { "x-auth-token": await t.token("demo"), "x-subject-token": await t.token("demo") },
    });
    demoProject = res.json().token.project.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  describe("seeded flavors and listing", () => {
    it("lists the seeded flavors sorted by flavorid, with self and bookmark links", async () => {
      const res = await req("demo", "GET", "/flavors");
      expect(res.statusCode).toBe(200);
      expect(res.headers["openstack-api-version"]).toBe("compute 2.1");
      const body = res.json();
      expect(body.flavors.map((f: { id: string }) => f.id)).toEqual(["1", "2", "3", "4", "42", "5", "84"]);
      expect(body.flavors[0]).toEqual({
        id: "1",
        name: "m1.tiny",
        links: [
          { rel: "self", href: "http://localhost:80/compute/v2.1/flavors/1" },
          { rel: "bookmark", href: "http://localhost:80/compute/flavors/1" },
        ],
      });
      expect(body.flavors_links).toBeUndefined();
    });

    it("detail at 2.1 has the extension fields, swap as \"\" and no description", async () => {
      const res = await req("demo", "GET", "/flavors/detail");
      expect(res.statusCode).toBe(200);
      const nano = res.json().flavors.find((f: { id: string }) => f.id === "42");
      expect(nano).toEqual({
        id: "42",
        name: "m1.nano",
        ram: 128,
        disk: 1,
        swap: "",
        "OS-FLV-EXT-DATA:ephemeral": 0,
        "OS-FLV-DISABLED:disabled": false,
        vcpus: 1,
        "os-flavor-access:is_public": true,
        rxtx_factor: 1,
        links: expect.any(Array),
      });
    });

    it("shows each seeded flavor with Nova's sizes", async () => {
      const expected: [string, string, number, number, number][] = [
        ["1", "m1.tiny", 512, 1, 1],
        ["2", "m1.small", 2048, 1, 20],
        ["3", "m1.medium", 4096, 2, 40],
        ["4", "m1.large", 8192, 4, 80],
        ["5", "m1.xlarge", 16384, 8, 160],
        ["42", "m1.nano", 128, 1, 1],
        ["84", "m1.micro", 192, 1, 1],
      ];
      for (const [id, name, ram, vcpus, disk] of expected) {
        const f = (await req("demo", "GET", `/flavors/${id}`)).json().flavor;
        expect({ id: f.id, name: f.name, ram: f.ram, vcpus: f.vcpus, disk: f.disk }).toEqual({ id, name, ram, vcpus, disk });
      }
    });

    it("2.55 adds description to list, detail and show", async () => {
      const list = (await req("demo", "GET", "/flavors", { version: "2.55" })).json();
      expect(list.flavors[0]).toHaveProperty("description", null);
      const show = (await req("demo", "GET", "/flavors/1", { version: "2.55" })).json();
      expect(show.flavor.description).toBeNull();
      expect(show.flavor.swap).toBe("");
      expect(show.flavor).not.toHaveProperty("extra_specs");
    });

    it("2.61 embeds extra_specs in detail and show, not in the brief list", async () => {
      const show = (await req("demo", "GET", "/flavors/1", { version: "2.61" })).json();
      expect(show.flavor.extra_specs).toEqual({});
      const detail = (await req("demo", "GET", "/flavors/detail", { version: "2.61" })).json();
      expect(detail.flavors.every((f: object) => "extra_specs" in f)).toBe(true);
      const list = (await req("demo", "GET", "/flavors", { version: "2.61" })).json();
      expect(list.flavors[0]).not.toHaveProperty("extra_specs");
    });

    it("2.75 prints a zero swap as 0", async () => {
      const show = (await req("demo", "GET", "/flavors/1", { version: "2.75" })).json();
      expect(show.flavor.swap).toBe(0);
      expect(show.flavor.extra_specs).toEqual({});
      expect(show.flavor.description).toBeNull();
    });

    it("filters by minRam and minDisk", async () => {
      const ids = async (q: string) =>
        (await req("demo", "GET", `/flavors?${q}`)).json().flavors.map((f: { id: string }) => f.id);
      expect(await ids("minRam=4096")).toEqual(["3", "4", "5"]);
      expect(await ids("minDisk=40&minRam=8192")).toEqual(["4", "5"]);
      const bad = await req("demo", "GET", "/flavors?minRam=abc");
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toEqual({ badRequest: { code: 400, message: "Invalid minRam filter [abc]" } });
      const badDisk = await req("demo", "GET", "/flavors?minDisk=1.5");
      expect(badDisk.json().badRequest.message).toBe("Invalid minDisk filter [1.5]");
    });

    it("sorts by sort_key and sort_dir", async () => {
      const res = await req("demo", "GET", "/flavors/detail?sort_key=memory_mb&sort_dir=desc");
      expect(res.json().flavors.map((f: { ram: number }) => f.ram)).toEqual([16384, 8192, 4096, 2048, 512, 192, 128]);
      const bad = await req("demo", "GET", "/flavors?sort_key=color");
      expect(bad.statusCode).toBe(400);
      expect(bad.json().badRequest.message).toBe(
        "Invalid input for query parameters sort_key. Value: color. 'color' is not one of ['created_at', 'description', " +
          "'disabled', 'ephemeral_gb', 'flavorid', 'id', 'is_public', 'memory_mb', 'name', 'root_gb', 'rxtx_factor', " +
          "'swap', 'updated_at', 'vcpu_weight', 'vcpus']",
      );
    });

    it("paginates with limit and marker and gives a next link carrying the query", async () => {
      const first = await req("demo", "GET", "/flavors?limit=2&minRam=1");
      expect(first.statusCode).toBe(200);
      const body = first.json();
      expect(body.flavors.map((f: { id: string }) => f.id)).toEqual(["1", "2"]);
      expect(body.flavors_links).toEqual([
        { rel: "next", href: "http://localhost:80/compute/v2.1/flavors?limit=2&minRam=1&marker=2" },
      ]);
      const next = await req("demo", "GET", "/flavors?limit=2&marker=2&minRam=1");
      expect(next.json().flavors.map((f: { id: string }) => f.id)).toEqual(["3", "4"]);
      const detail = await req("demo", "GET", "/flavors/detail?limit=3&marker=4");
      expect(detail.json().flavors.map((f: { id: string }) => f.id)).toEqual(["42", "5", "84"]);
      expect(detail.json().flavors_links[0].href).toBe("http://localhost:80/compute/v2.1/flavors/detail?limit=3&marker=84");
      const last = await req("demo", "GET", "/flavors?marker=5");
      expect(last.json().flavors.map((f: { id: string }) => f.id)).toEqual(["84"]);
      expect(last.json().flavors_links).toBeUndefined();
    });

    it("rejects an unknown marker and a bad limit", async () => {
      const res = await req("demo", "GET", "/flavors?marker=nope");
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ badRequest: { code: 400, message: "marker [nope] not found" } });
      const lim = await req("demo", "GET", "/flavors?limit=-1");
      expect(lim.statusCode).toBe(400);
      expect(lim.json().badRequest.message).toBe(
        "Invalid input for query parameters limit. Value: -1. '-1' does not match '^[0-9]*$'",
      );
    });

    it("ignores unknown query parameters before 2.75 and rejects them from 2.75", async () => {
      expect((await req("demo", "GET", "/flavors?foo=1")).statusCode).toBe(200);
      const res = await req("demo", "GET", "/flavors?foo=1", { version: "2.75" });
      expect(res.statusCode).toBe(400);
      expect(res.json().badRequest.message).toBe("Additional properties are not allowed ('foo' was unexpected)");
    });

    it("404s an unknown flavor with Nova's body", async () => {
      const res = await req("demo", "GET", "/flavors/nope");
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ itemNotFound: { code: 404, message: "Flavor nope could not be found." } });
    });
  });

  describe("os-flavor-manage", () => {
    it("creates a flavor with a generated id and all fields, 2.1 view", async () => {
      const res = await create({
        name: "t.full",
        ram: 1024,
        vcpus: "2",
        disk: 10,
        "OS-FLV-EXT-DATA:ephemeral": 5,
        swap: 512,
        rxtx_factor: 2.5,
        "os-flavor-access:is_public": "true",
      });
      expect(res.statusCode).toBe(200);
      const f = res.json().flavor;
      expect(f.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(f).toMatchObject({
        name: "t.full",
        ram: 1024,
        vcpus: 2,
        disk: 10,
        "OS-FLV-EXT-DATA:ephemeral": 5,
        swap: 512,
        rxtx_factor: 2.5,
        "os-flavor-access:is_public": true,
        "OS-FLV-DISABLED:disabled": false,
      });
      expect(f).not.toHaveProperty("description");
      const del = await req("admin", "DELETE", `/flavors/${f.id}`);
      expect(del.statusCode).toBe(202);
      expect(del.body).toBe("");
      expect((await req("admin", "GET", `/flavors/${f.id}`)).statusCode).toBe(404);
    });

    it("takes a description from 2.55 and answers with extra_specs from 2.61", async () => {
      const res = await create({ name: "t.desc", id: 777, ram: 64, vcpus: 1, disk: 0, description: "hello" }, "2.61");
      expect(res.statusCode).toBe(200);
      expect(res.json().flavor).toMatchObject({ id: "777", description: "hello", extra_specs: {}, swap: "" });
      const upd = await req("admin", "PUT", "/flavors/777", { version: "2.75", payload: { flavor: { description: null } } });
      expect(upd.statusCode).toBe(200);
      expect(upd.json().flavor).toMatchObject({ id: "777", description: null, swap: 0 });
    });

    it("rejects description before 2.55 and PUT before 2.55", async () => {
      const res = await create({ name: "t.old", ram: 64, vcpus: 1, disk: 0, description: "x" });
      expect(res.statusCode).toBe(400);
      expect(res.json().badRequest.message).toBe(
        "Invalid input for field/attribute flavor. Value: {'name': 't.old', 'ram': 64, 'vcpus': 1, 'disk': 0, 'description': 'x'}. " +
          "Additional properties are not allowed ('description' was unexpected)",
      );
      const put = await req("admin", "PUT", "/flavors/1", { payload: { flavor: { description: "x" } } });
      expect(put.statusCode).toBe(404);
    });

    it("409s a duplicate name or id with Nova's messages", async () => {
      const dupName = await create({ name: "m1.tiny", ram: 64, vcpus: 1, disk: 0 });
      expect(dupName.statusCode).toBe(409);
      expect(dupName.json()).toEqual({
        conflictingRequest: { code: 409, message: "Flavor with name m1.tiny already exists." },
      });
      const dupId = await create({ name: "t.other", id: "1", ram: 64, vcpus: 1, disk: 0 });
      expect(dupId.statusCode).toBe(409);
      expect(dupId.json().conflictingRequest.message).toBe("Flavor with ID 1 already exists.");
    });

    it("forbids non-admins with Nova's policy message", async () => {
      const res = await req("demo", "POST", "/flavors", { payload: { flavor: { name: "t.demo", ram: 64, vcpus: 1, disk: 0 } } });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toEqual({
        forbidden: { code: 403, message: "Policy doesn't allow os_compute_api:os-flavor-manage:create to be performed." },
      });
      const del = await req("demo", "DELETE", "/flavors/1");
      expect(del.statusCode).toBe(403);
      expect(del.json().forbidden.message).toBe("Policy doesn't allow os_compute_api:os-flavor-manage:delete to be performed.");
      const put = await req("demo", "PUT", "/flavors/1", { version: "2.55", payload: { flavor: { description: "x" } } });
      expect(put.statusCode).toBe(403);
      expect((await req("demo", "GET", "/flavors/1")).statusCode).toBe(200);
    });

    it("404s deleting or updating an unknown flavor", async () => {
      const del = await req("admin", "DELETE", "/flavors/nope");
      expect(del.statusCode).toBe(404);
      expect(del.json()).toEqual({ itemNotFound: { code: 404, message: "Flavor nope could not be found." } });
      const put = await req("admin", "PUT", "/flavors/nope", { version: "2.55", payload: { flavor: { description: "x" } } });
      expect(put.json()).toEqual({ itemNotFound: { code: 404, message: "Flavor nope could not be found." } });
    });

    it.each([
      [
        "a missing field",
        { name: "x", ram: 1, vcpus: 1 },
        "Invalid input for field/attribute flavor. Value: {'name': 'x', 'ram': 1, 'vcpus': 1}. 'disk' is a required property",
      ],
      [
        "an unknown field",
        { name: "x", ram: 1, vcpus: 1, disk: 1, color: "red" },
        "Invalid input for field/attribute flavor. Value: {'name': 'x', 'ram': 1, 'vcpus': 1, 'disk': 1, 'color': 'red'}. " +
          "Additional properties are not allowed ('color' was unexpected)",
      ],
      ["ram of zero", { name: "x", ram: 0, vcpus: 1, disk: 1 }, "Invalid input for field/attribute ram. Value: 0. 0 is less than the minimum of 1"],
      ["ram as a string zero", { name: "x", ram: "0", vcpus: 1, disk: 1 }, "Invalid input for field/attribute ram. Value: 0. 0 is less than the minimum of 1"],
      [
        "ram not a number",
        { name: "x", ram: "big", vcpus: 1, disk: 1 },
        "Invalid input for field/attribute ram. Value: big. 'big' does not match '^[0-9]+$'",
      ],
      [
        "vcpus of a wrong type",
        { name: "x", ram: 1, vcpus: true, disk: 1 },
        "Invalid input for field/attribute vcpus. Value: True. True is not of type 'integer', 'string'",
      ],
      [
        "disk over MAX_INT",
        { name: "x", ram: 1, vcpus: 1, disk: 2147483648 },
        "Invalid input for field/attribute disk. Value: 2147483648. 2147483648 is greater than the maximum of 2147483647",
      ],
      ["a negative swap", { name: "x", ram: 1, vcpus: 1, disk: 1, swap: -1 }, "Invalid input for field/attribute swap. Value: -1. -1 is less than the minimum of 0"],
      [
        "rxtx_factor of 0",
        { name: "x", ram: 1, vcpus: 1, disk: 1, rxtx_factor: 0 },
        "Invalid input for field/attribute rxtx_factor. Value: 0. 0 is less than or equal to the minimum of 0",
      ],
      [
        "a bad is_public",
        { name: "x", ram: 1, vcpus: 1, disk: 1, "os-flavor-access:is_public": "maybe" },
        "Invalid input for field/attribute os-flavor-access:is_public. Value: maybe. 'maybe' is not one of [True, 'True', 'TRUE', " +
          "'true', '1', 'ON', 'On', 'on', 'YES', 'Yes', 'yes', False, 'False', 'FALSE', 'false', '0', 'OFF', 'Off', 'off', 'NO', 'No', 'no']",
      ],
      [
        "an id with a bad character",
        { name: "x", id: "a/b", ram: 1, vcpus: 1, disk: 1 },
        "Invalid input for field/attribute id. Value: a/b. 'a/b' does not match '^(?! )[a-zA-Z0-9. _-]+(?<! )$'",
      ],
      [
        "a name with leading whitespace",
        { name: " x", ram: 1, vcpus: 1, disk: 1 },
        "An invalid 'name' value was provided. The name must be: printable characters. Can not start or end with whitespace.",
      ],
      ["an empty name", { name: "", ram: 1, vcpus: 1, disk: 1 }, "Invalid input for field/attribute name. Value: . '' is too short"],
      [
        "a name over 255 characters",
        { name: "n".repeat(256), ram: 1, vcpus: 1, disk: 1 },
        `Invalid input for field/attribute name. Value: ${"n".repeat(256)}. '${"n".repeat(256)}' is too long`,
      ],
    ])("400s %s with Nova's message", async (_what, flavor, message) => {
      const res = await create(flavor);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ badRequest: { code: 400, message } });
    });

    it("400s a body without flavor and a numeric-string rxtx_factor of zero", async () => {
      const res = await req("admin", "POST", "/flavors", { payload: { server: {} } });
      expect(res.statusCode).toBe(400);
      expect(res.json().badRequest.message).toBe("'flavor' is a required property");
      const rx = await create({ name: "t.rx", ram: 1, vcpus: 1, disk: 1, rxtx_factor: "0.0" });
      expect(rx.statusCode).toBe(400);
      expect(rx.json().badRequest.message).toBe(
        "Invalid input received: 'rxtx_factor' argument must be a float between 0 and 3.40282e+38",
      );
    });
  });

  describe("os-extra_specs", () => {
    beforeAll(async () => {
      expect((await create({ name: "t.specs", id: "specs", ram: 64, vcpus: 1, disk: 0 })).statusCode).toBe(200);
    });

    it("creates, lists, shows, updates and deletes extra specs", async () => {
      const post = await req("admin", "POST", "/flavors/specs/os-extra_specs", {
        payload: { extra_specs: { "hw:cpu_policy": "shared", "hw:numa_nodes": 2 } },
      });
      expect(post.statusCode).toBe(200);
      // The request is echoed as sent; later reads give text.
      expect(post.json()).toEqual({ extra_specs: { "hw:cpu_policy": "shared", "hw:numa_nodes": 2 } });
      const list = await req("demo", "GET", "/flavors/specs/os-extra_specs");
      expect(list.json()).toEqual({ extra_specs: { "hw:cpu_policy": "shared", "hw:numa_nodes": "2" } });
      const show = await req("demo", "GET", "/flavors/specs/os-extra_specs/hw:numa_nodes");
      expect(show.json()).toEqual({ "hw:numa_nodes": "2" });
      const put = await req("admin", "PUT", "/flavors/specs/os-extra_specs/hw:numa_nodes", { payload: { "hw:numa_nodes": "1" } });
      expect(put.statusCode).toBe(200);
      expect(put.json()).toEqual({ "hw:numa_nodes": "1" });
      const embedded = await req("demo", "GET", "/flavors/specs", { version: "2.61" });
      expect(embedded.json().flavor.extra_specs).toEqual({ "hw:cpu_policy": "shared", "hw:numa_nodes": "1" });
      const del = await req("admin", "DELETE", "/flavors/specs/os-extra_specs/hw:cpu_policy");
      expect(del.statusCode).toBe(200);
      expect(del.body).toBe("");
      expect((await req("demo", "GET", "/flavors/specs/os-extra_specs")).json()).toEqual({ extra_specs: { "hw:numa_nodes": "1" } });
    });

    it("404s a missing key and an unknown flavor", async () => {
      const show = await req("demo", "GET", "/flavors/specs/os-extra_specs/nokey");
      expect(show.statusCode).toBe(404);
      expect(show.json()).toEqual({ itemNotFound: { code: 404, message: "Flavor specs has no extra specs with key nokey." } });
      const del = await req("admin", "DELETE", "/flavors/specs/os-extra_specs/nokey");
      expect(del.json()).toEqual({ itemNotFound: { code: 404, message: "Flavor specs has no extra specs with key nokey." } });
      const none = await req("demo", "GET", "/flavors/nope/os-extra_specs");
      expect(none.json()).toEqual({ itemNotFound: { code: 404, message: "Flavor nope could not be found." } });
    });

    it("400s a PUT whose body key differs from the URL, or has two keys", async () => {
      const res = await req("admin", "PUT", "/flavors/specs/os-extra_specs/a", { payload: { b: "1" } });
      expect(res.statusCode).toBe(400);
      expect(res.json().badRequest.message).toBe("Request body and URI mismatch");
      const two = await req("admin", "PUT", "/flavors/specs/os-extra_specs/a", { payload: { a: "1", b: "2" } });
      expect(two.json().badRequest.message).toBe("{'a': '1', 'b': '2'} has too many properties");
    });

    it("validates keys and values like Nova's metadata schema", async () => {
      const badKey = await req("admin", "POST", "/flavors/specs/os-extra_specs", { payload: { extra_specs: { "a/b": "1" } } });
      expect(badKey.statusCode).toBe(400);
      expect(badKey.json().badRequest.message).toBe(
        "Invalid input for field/attribute extra_specs. Value: {'a/b': '1'}. 'a/b' does not match any of the regexes: '^[a-zA-Z0-9-_:. ]{1,255}$'",
      );
      const long = "v".repeat(256);
      const badValue = await req("admin", "POST", "/flavors/specs/os-extra_specs", { payload: { extra_specs: { k: long } } });
      expect(badValue.json().badRequest.message).toBe(`Invalid input for field/attribute k. Value: ${long}. '${long}' is too long`);
      const badType = await req("admin", "POST", "/flavors/specs/os-extra_specs", { payload: { extra_specs: { k: true } } });
      expect(badType.json().badRequest.message).toBe("Invalid input for field/attribute k. Value: True. True is not of type 'string', 'number'");
    });

    it("lets members read but not write extra specs", async () => {
      const res = await req("demo", "POST", "/flavors/specs/os-extra_specs", { payload: { extra_specs: { a: "1" } } });
      expect(res.statusCode).toBe(403);
      expect(res.json().forbidden.message).toBe("Policy doesn't allow os_compute_api:os-flavor-extra-specs:create to be performed.");
      const del = await req("demo", "DELETE", "/flavors/specs/os-extra_specs/hw:numa_nodes");
      expect(del.json().forbidden.message).toBe("Policy doesn't allow os_compute_api:os-flavor-extra-specs:delete to be performed.");
    });
  });

  describe("private flavors and os-flavor-access", () => {
    beforeAll(async () => {
      const res = await create({ name: "t.private", id: "priv", ram: 64, vcpus: 1, disk: 0, "os-flavor-access:is_public": false });
      expect(res.statusCode).toBe(200);
      expect(res.json().flavor["os-flavor-access:is_public"]).toBe(false);
    });

    it("hides a private flavor from other projects until access is granted", async () => {
      expect((await req("demo", "GET", "/flavors/priv")).statusCode).toBe(404);
      const ids = async (user: User, q = "") =>
        (await req(user, "GET", `/flavors${q}`)).json().flavors.map((f: { id: string }) => f.id);
      expect(await ids("demo")).not.toContain("priv");

      const add = await req("admin", "POST", "/flavors/priv/action", { payload: { addTenantAccess: { tenant: demoProject } } });
      expect(add.statusCode).toBe(200);
      expect(add.json()).toEqual({ flavor_access: [{ flavor_id: "priv", tenant_id: demoProject }] });

      expect((await req("demo", "GET", "/flavors/priv")).statusCode).toBe(200);
      expect(await ids("demo")).toContain("priv");
      // is_public is an admin-only filter: ignored for others.
      expect(await ids("demo", "?is_public=false")).toContain("1");
      expect((await req("alt_demo", "GET", "/flavors/priv")).statusCode).toBe(404);
      expect(await ids("alt_demo")).not.toContain("priv");

      const list = await req("admin", "GET", "/flavors/priv/os-flavor-access");
      expect(list.json()).toEqual({ flavor_access: [{ flavor_id: "priv", tenant_id: demoProject }] });

      const dup = await req("admin", "POST", "/flavors/priv/action", { payload: { addTenantAccess: { tenant: demoProject } } });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().conflictingRequest.message).toMatch(
        new RegExp(`^Flavor access already exists for flavor \\d+ and project ${demoProject} combination\\.$`),
      );

      const rm = await req("admin", "POST", "/flavors/priv/action", { payload: { removeTenantAccess: { tenant: demoProject } } });
      expect(rm.statusCode).toBe(200);
      expect(rm.json()).toEqual({ flavor_access: [] });
      expect((await req("demo", "GET", "/flavors/priv")).statusCode).toBe(404);
      const again = await req("admin", "POST", "/flavors/priv/action", { payload: { removeTenantAccess: { tenant: demoProject } } });
      expect(again.statusCode).toBe(404);
      expect(again.json().itemNotFound.message).toMatch(new RegExp(`^Flavor access not found for \\d+ / ${demoProject} combination\\.$`));
    });

    it("filters by is_public for admins: default public, false private, none all", async () => {
      const ids = async (q: string) => (await req("admin", "GET", `/flavors${q}`)).json().flavors.map((f: { id: string }) => f.id);
      expect(await ids("")).not.toContain("priv");
      expect(await ids("?is_public=false")).toEqual(["priv"]);
      const all = await ids("?is_public=None");
      expect(all).toContain("priv");
      expect(all).toContain("1");
      const bad = await req("admin", "GET", "/flavors?is_public=perhaps");
      expect(bad.json()).toEqual({ badRequest: { code: 400, message: "Invalid is_public filter [perhaps]" } });
      expect((await req("admin", "GET", "/flavors/priv")).statusCode).toBe(200);
    });

    it("answers access errors as Nova does", async () => {
      const pub = await req("admin", "GET", "/flavors/1/os-flavor-access");
      expect(pub.statusCode).toBe(404);
      expect(pub.json()).toEqual({ itemNotFound: { code: 404, message: "Access list not available for public flavors." } });
      const addPub = await req("admin", "POST", "/flavors/1/action", {
        version: "2.7",
        payload: { addTenantAccess: { tenant: demoProject } },
      });
      expect(addPub.statusCode).toBe(409);
      expect(addPub.json().conflictingRequest.message).toBe("Can not add access to a public flavor.");
      const noProject = await req("admin", "POST", "/flavors/priv/action", { payload: { addTenantAccess: { tenant: "nosuch" } } });
      expect(noProject.statusCode).toBe(400);
      expect(noProject.json().badRequest.message).toBe("Project ID nosuch is not a valid project.");
      const unknown = await req("admin", "POST", "/flavors/nope/action", { payload: { addTenantAccess: { tenant: demoProject } } });
      expect(unknown.json()).toEqual({ itemNotFound: { code: 404, message: "Flavor nope could not be found." } });
      const demo = await req("demo", "POST", "/flavors/priv/action", { payload: { addTenantAccess: { tenant: demoProject } } });
      expect(demo.statusCode).toBe(403);
      expect(demo.json().forbidden.message).toBe(
        "Policy doesn't allow os_compute_api:os-flavor-access:add_tenant_access to be performed.",
      );
      const demoList = await req("demo", "GET", "/flavors/priv/os-flavor-access");
      expect(demoList.statusCode).toBe(403);
      const noAction = await req("admin", "POST", "/flavors/priv/action", { payload: { fly: {} } });
      expect(noAction.json().badRequest.message).toBe("There is no such action: fly");
      const badTenant = await req("admin", "POST", "/flavors/priv/action", { payload: { addTenantAccess: { tenant: "" } } });
      expect(badTenant.json().badRequest.message).toBe("Invalid input for field/attribute tenant. Value: . '' is too short");
    });
  });
});
