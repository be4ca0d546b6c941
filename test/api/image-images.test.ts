import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CIRROS_NAME } from "../../src/db/seed/images.js";
import { startApp, type TestApp } from "../helpers.js";

type User = "admin" | "demo" | "alt_demo";
let t: TestApp;
let dataDir: string;
const projects: Record<string, string> = {};

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-images-"));
  t = await startApp({ env: { NOVASIM_DATA_DIR: dataDir } });
  for (const u of ["admin", "demo", "alt_demo"] as const) {
    const tok = await t.token(u);
    const res = await t.app.inject({ url: "/identity/v3/auth/tokens", headers: { "x-auth-token": tok, "x-subject-token": tok } });
    projects[u] = res.json().token.project.id;
  }
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const as = async (user: User, extra: Record<string, string> = {}) => ({ "x-auth-token": await t.token(user), ...extra });
const PATCH = "application/openstack-images-v2.1-json-patch";
const msg = (m: string) => `${m}<br /><br />\n\n\n`;

async function create(user: User, body: Record<string, unknown>) {
  const res = await t.app.inject({ method: "POST", url: "/image/v2/images", headers: await as(user), payload: body });
  expect(res.statusCode, res.body).toBe(201);
  t.clock.advance(1000); // distinct created_at for ordering
  return res.json() as Record<string, unknown> & { id: string };
}
const list = async (user: User, qs = "") => {
  const res = await t.app.inject({ url: `/image/v2/images${qs}`, headers: await as(user) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { images: { id: string; name: string }[]; first: string; next?: string; schema: string };
};
const names = (r: { images: { name: string }[] }) => r.images.map((i) => i.name);
const patch = async (user: User, id: string, ops: unknown, contentType = PATCH) =>
  t.app.inject({ method: "PATCH", url: `/image/v2/images/${id}`, headers: await as(user, { "content-type": contentType }), payload: JSON.stringify(ops) });

describe("POST /v2/images", () => {
  it("creates a queued image with Glance's body, Location and extra properties", async () => {
    const id = "7b1b3a26-1f36-4a4c-a3b6-0b8b0a6f5e11";
    const res = await t.app.inject({
      method: "POST",
      url: "/image/v2/images",
      headers: await as("demo", { host: "127.0.0.1:8774" }),
      payload: { id, name: "img-a", disk_format: "qcow2", container_format: "bare", min_ram: 64, tags: ["x", "y", "x"], os_distro: "cirros", hw_disk_bus: "virtio" },
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers.location).toBe(`http://127.0.0.1:8774/image/v2/images/${id}`);
    const body = res.json();
    expect(body).toEqual({
      id,
      name: "img-a",
      status: "queued",
      visibility: "shared",
      protected: false,
      os_hidden: false,
      checksum: null,
      os_hash_algo: null,
      os_hash_value: null,
      size: null,
      virtual_size: null,
      min_disk: 0,
      min_ram: 64,
      disk_format: "qcow2",
      container_format: "bare",
      owner: projects.demo,
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      updated_at: expect.stringMatching(/Z$/),
      tags: ["x", "y"],
      self: `/v2/images/${id}`,
      file: `/v2/images/${id}/file`,
      schema: "/v2/schemas/image",
      os_distro: "cirros",
      hw_disk_bus: "virtio",
    });
    const dup = await t.app.inject({ method: "POST", url: "/image/v2/images", headers: await as("demo"), payload: { id } });
    expect(dup.statusCode).toBe(409);
  });

  it.each([
    [{ status: "active" }, 403, "Attribute 'status' is read-only."],
    [{ self: "/x" }, 403, "Attribute 'self' is read-only."],
    [{ disk_format: "floppy" }, 400, "Provided object does not match schema 'image': 'floppy' is not one of [None, 'ami', 'ari', 'aki', 'vhd', 'vhdx', 'vmdk', 'raw', 'qcow2', 'vdi', 'iso', 'ploop']"],
    [{ min_ram: "big" }, 400, "Provided object does not match schema 'image': 'big' is not of type 'integer'"],
    [{ foo: 1 }, 400, "Provided object does not match schema 'image': 1 is not of type 'string'"],
    [{ visibility: "public" }, 403, "You are not authorized to complete publicize_image action."],
    [{ owner: "someone-else" }, 403, "You are not permitted to create images owned by 'someone-else'"],
  ])("rejects %j with %i", async (body, status, message) => {
    const res = await t.app.inject({ method: "POST", url: "/image/v2/images", headers: await as("demo"), payload: body });
    expect(res.statusCode).toBe(status);
    expect(res.json()).toEqual({ message: msg(message), code: expect.stringMatching(new RegExp(`^${status} `)), title: expect.any(String) });
  });

  it("a reserved property is 403 with webob's detail form; an empty body is 400", async () => {
    const res = await t.app.inject({ method: "POST", url: "/image/v2/images", headers: await as("demo"), payload: { os_glance_x: "1" } });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toBe("Access was denied to this resource.<br /><br />\nAttribute 'os_glance_x' is reserved.\n\n");
    const empty = await t.app.inject({ method: "POST", url: "/image/v2/images", headers: await as("demo", { "content-type": "application/json" }), payload: "" });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toBe(msg("Body expected in request."));
    const bad = await t.app.inject({ method: "POST", url: "/image/v2/images", headers: await as("demo", { "content-type": "application/json" }), payload: "{nope" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toBe(msg("Malformed JSON in request body."));
  });

  it("admin may create public images for another owner", async () => {
    const img = await create("admin", { name: "adm-pub", visibility: "public", owner: projects.alt_demo });
    expect(img).toMatchObject({ visibility: "public", owner: projects.alt_demo });
  });
});

describe("visibility across projects", () => {
  let priv: string, shared: string, community: string, hidden: string;
  beforeAll(async () => {
    priv = (await create("demo", { name: "v-private", visibility: "private" })).id;
    shared = (await create("demo", { name: "v-shared", visibility: "shared" })).id;
    community = (await create("demo", { name: "v-community", visibility: "community" })).id;
    hidden = (await create("demo", { name: "v-hidden", visibility: "private", os_hidden: true })).id;
  });

  it("private: owner and admin only; others get 404", async () => {
    expect((await t.app.inject({ url: `/image/v2/images/${priv}`, headers: await as("demo") })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/image/v2/images/${priv}`, headers: await as("admin") })).statusCode).toBe(200);
    const alt = await t.app.inject({ url: `/image/v2/images/${priv}`, headers: await as("alt_demo") });
    expect(alt.statusCode).toBe(404);
    expect(alt.json()).toEqual({ message: msg(`No image found with ID ${priv}`), code: "404 Not Found", title: "Not Found" });
    expect(names(await list("alt_demo"))).not.toContain("v-private");
    expect(names(await list("demo"))).toContain("v-private");
  });

  it("community: listed only for its owner or when asked, shown to all", async () => {
    expect(names(await list("alt_demo"))).not.toContain("v-community");
    expect(names(await list("alt_demo", "?visibility=community"))).toEqual(["v-community"]);
    expect(names(await list("demo"))).toContain("v-community");
    expect((await t.app.inject({ url: `/image/v2/images/${community}`, headers: await as("alt_demo") })).statusCode).toBe(200);
  });

  it("shared: visible to members; listed once accepted", async () => {
    expect((await t.app.inject({ url: `/image/v2/images/${shared}`, headers: await as("alt_demo") })).statusCode).toBe(404);
    const add = await t.app.inject({
      method: "POST",
      url: `/image/v2/images/${shared}/members`,
      headers: await as("demo"),
      payload: { member: projects.alt_demo },
    });
    expect(add.statusCode).toBe(200);
    expect(add.json()).toMatchObject({ image_id: shared, member_id: projects.alt_demo, status: "pending", schema: "/v2/schemas/member" });
    expect((await t.app.inject({ url: `/image/v2/images/${shared}`, headers: await as("alt_demo") })).statusCode).toBe(200);
    expect(names(await list("alt_demo"))).not.toContain("v-shared");
    expect(names(await list("alt_demo", "?member_status=pending"))).toContain("v-shared");
    const accept = await t.app.inject({
      method: "PUT",
      url: `/image/v2/images/${shared}/members/${projects.alt_demo}`,
      headers: await as("alt_demo"),
      payload: { status: "accepted" },
    });
    expect(accept.statusCode).toBe(200);
    expect(names(await list("alt_demo"))).toContain("v-shared");
    expect(names(await list("alt_demo", "?visibility=shared"))).toEqual(["v-shared"]);
    const members = await t.app.inject({ url: `/image/v2/images/${shared}/members`, headers: await as("demo") });
    expect(members.json()).toMatchObject({ members: [{ member_id: projects.alt_demo, status: "accepted" }], schema: "/v2/schemas/members" });
    // The member may not delete the image or change it.
    const del = await t.app.inject({ method: "DELETE", url: `/image/v2/images/${shared}`, headers: await as("alt_demo") });
    expect(del.statusCode).toBe(403);
    const p = await patch("alt_demo", shared, [{ op: "replace", path: "/name", value: "mine" }]);
    expect(p.statusCode).toBe(403);
    expect(p.json().message).toBe(msg("You are not authorized to complete modify_image action."));
  });

  it("os_hidden images are left out unless asked for", async () => {
    expect(names(await list("demo"))).not.toContain("v-hidden");
    expect(names(await list("demo", "?os_hidden=true"))).toEqual(["v-hidden"]);
    const bad = await t.app.inject({ url: "/image/v2/images?os_hidden=maybe", headers: await as("demo") });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toBe(msg("Invalid value 'maybe' for 'os_hidden' filter. Valid values are 'true' or 'false'."));
    void hidden;
  });

  it("admin sees every project's private images; visibility=all includes community", async () => {
    const adminAll = names(await list("admin", "?limit=100"));
    expect(adminAll).toContain("v-private");
    expect(adminAll).not.toContain("v-community");
    expect(names(await list("admin", "?visibility=all&limit=100"))).toContain("v-community");
    const bad = await t.app.inject({ url: "/image/v2/images?visibility=everyone", headers: await as("admin") });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toBe(msg("Invalid visibility value: everyone"));
  });
});

describe("list filters, sorting and paging", () => {
  let ids: Record<string, string>;
  beforeAll(async () => {
    ids = {};
    for (const [name, extra] of [
      ["f-1", { tags: ["red"], min_ram: 10 }],
      ["f-2", { tags: ["red", "big"], min_ram: 20, architecture: "x86_64" }],
      ["f-3", { tags: ["blue"], min_ram: 30 }],
    ] as const) {
      ids[name] = (await create("alt_demo", { name, disk_format: "raw", container_format: "bare", visibility: "private", ...extra })).id;
    }
    await t.app.inject({
      method: "PUT",
      url: `/image/v2/images/${ids["f-2"]}/file`,
      headers: await as("alt_demo", { "content-type": "application/octet-stream" }),
      payload: Buffer.alloc(2048, 1),
    });
    await t.app.inject({
      method: "PUT",
      url: `/image/v2/images/${ids["f-3"]}/file`,
      headers: await as("alt_demo", { "content-type": "application/octet-stream" }),
      payload: Buffer.alloc(4096, 1),
    });
  });

  it("filters by name, status, owner, tag, property, size range and in:", async () => {
    const own = `owner=${projects.alt_demo}&visibility=private`;
    expect(names(await list("alt_demo", `?${own}&name=f-1`))).toEqual(["f-1"]);
    expect(names(await list("alt_demo", `?${own}&status=active&sort=name:asc`))).toEqual(["f-2", "f-3"]);
    expect(names(await list("alt_demo", `?${own}&tag=red&sort=name:asc`))).toEqual(["f-1", "f-2"]);
    expect(names(await list("alt_demo", `?${own}&tag=red&tag=big`))).toEqual(["f-2"]);
    expect(names(await list("alt_demo", `?${own}&architecture=x86_64`))).toEqual(["f-2"]);
    expect(names(await list("alt_demo", `?${own}&size_min=3000`))).toEqual(["f-3"]);
    expect(names(await list("alt_demo", `?${own}&size_max=3000`))).toEqual(["f-2"]);
    expect(names(await list("alt_demo", `?${own}&name=in:f-1,f-3&sort=name:desc`))).toEqual(["f-3", "f-1"]);
    const bad = await t.app.inject({ url: "/image/v2/images?size_min=abc", headers: await as("alt_demo") });
    expect(bad.json().message).toBe(msg("Unable to filter on a range with a non-numeric value."));
  });

  it("sorts with sort= and sort_key/sort_dir, and validates them", async () => {
    const own = `owner=${projects.alt_demo}&visibility=private`;
    expect(names(await list("alt_demo", `?${own}`))).toEqual(["f-3", "f-2", "f-1"]); // created_at desc
    expect(names(await list("alt_demo", `?${own}&sort_key=name&sort_dir=asc`))).toEqual(["f-1", "f-2", "f-3"]);
    expect(names(await list("alt_demo", `?${own}&sort=size:desc,name:asc`))).toEqual(["f-3", "f-2", "f-1"]);
    const badKey = await t.app.inject({ url: "/image/v2/images?sort_key=bogus", headers: await as("alt_demo") });
    expect(badKey.statusCode).toBe(400);
    expect(badKey.json().message).toBe(
      msg("Invalid sort key: bogus. It must be one of the following: name, status, container_format, disk_format, size, id, created_at, updated_at."),
    );
    const mixed = await t.app.inject({ url: "/image/v2/images?sort=name:asc&sort_dir=asc", headers: await as("alt_demo") });
    expect(mixed.json().message).toBe(msg("Old and new sorting syntax cannot be combined"));
    const badDir = await t.app.inject({ url: "/image/v2/images?sort=name:up", headers: await as("alt_demo") });
    expect(badDir.json().message).toBe(msg("Invalid sort direction: up"));
  });

  it("pages with limit/marker and a next link; first drops the marker", async () => {
    const own = `owner=${projects.alt_demo}&visibility=private`;
    const p1 = await list("alt_demo", `?${own}&limit=2&sort=name:asc`);
    expect(names(p1)).toEqual(["f-1", "f-2"]);
    expect(p1.first).toBe(`/v2/images?owner=${projects.alt_demo}&visibility=private&limit=2&sort=name%3Aasc`);
    expect(p1.schema).toBe("/v2/schemas/images");
    expect(p1.next).toBe(`/v2/images?owner=${projects.alt_demo}&visibility=private&limit=2&sort=name%3Aasc&marker=${ids["f-2"]}`);
    const p2 = await list("alt_demo", p1.next!.replace("/v2/images", ""));
    expect(names(p2)).toEqual(["f-3"]);
    expect(p2.next).toBeUndefined();
    expect(p2.first).toBe(p1.first);
    const badLimit = await t.app.inject({ url: "/image/v2/images?limit=-1", headers: await as("alt_demo") });
    expect(badLimit.json().message).toBe(msg("limit param must be positive"));
    const badMarker = await t.app.inject({ url: "/image/v2/images?marker=nope", headers: await as("alt_demo") });
    expect(badMarker.statusCode).toBe(400);
    expect(badMarker.json().message).toBe(msg("No image found with ID nope"));
  });
});

describe("PATCH /v2/images/{id}", () => {
  let id: string;
  beforeAll(async () => {
    id = (await create("demo", { name: "p", description: "before" })).id;
  });

  it("applies add/replace/remove on attributes, tags and extra properties", async () => {
    const res = await patch("demo", id, [
      { op: "replace", path: "/name", value: "p2" },
      { op: "add", path: "/min_ram", value: 512 },
      { op: "replace", path: "/visibility", value: "private" },
      { op: "replace", path: "/tags", value: ["a", "b"] },
      { op: "add", path: "/hw_scsi_model", value: "virtio-scsi" },
      { op: "remove", path: "/description" },
      { op: "replace", path: "/disk_format", value: "raw" },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ name: "p2", min_ram: 512, visibility: "private", tags: ["a", "b"], hw_scsi_model: "virtio-scsi", disk_format: "raw" });
    expect(body).not.toHaveProperty("description");
    const v20 = await patch("demo", id, [{ replace: "/name", value: "p3" }], "application/openstack-images-v2.0-json-patch");
    expect(v20.json().name).toBe("p3");
  });

  it("is 415 for another content type, with Accept-Patch", async () => {
    const res = await patch("demo", id, [{ op: "replace", path: "/name", value: "x" }], "application/json");
    expect(res.statusCode).toBe(415);
    expect(res.headers["accept-patch"]).toBe("application/openstack-images-v2.0-json-patch, application/openstack-images-v2.1-json-patch");
    expect(res.json()).toEqual({
      message:
        "The request media type application/json is not supported by this server.\n<br /><br />\nImage PATCH expects Content-Type one of: application/openstack-images-v2.0-json-patch, application/openstack-images-v2.1-json-patch",
      code: "415 Unsupported Media Type",
      title: "Unsupported Media Type",
    });
  });

  it.each([
    [[{ op: "replace", path: "/status", value: "active" }], 403, msg("Attribute 'status' is read-only.")],
    [[{ op: "replace", path: "/checksum", value: "x" }], 403, msg("Attribute 'checksum' is read-only.")],
    [[{ op: "add", path: "/deleted", value: "x" }], 403, msg("Attribute 'deleted' is reserved.")],
    [[{ op: "move", path: "/name", value: "x" }], 400, msg("Invalid operation: `move`. It must be one of the following: add, remove, replace.")],
    [[{ path: "/name", value: "x" }], 400, msg("Unable to find `op` in JSON Schema change. It must be one of the following: add, remove, replace.")],
    [[{ op: "add", path: "/name" }], 400, msg('Operation "add" requires a member named "value".')],
    [[{ op: "add", path: "name", value: "x" }], 400, msg('Pointer `name` does not start with "/".')],
    [[{ op: "add", path: "/a/b", value: "x" }], 400, msg("Invalid JSON pointer for this resource: '/a/b'")],
    [[{ op: "add", path: "/min_ram", value: "lots" }], 400, msg("Provided object does not match schema 'image': 'lots' is not of type 'integer'")],
    [{ op: "add" }, 400, msg("Request body must be a JSON array of operation objects.")],
    [["x"], 400, msg("Operations must be JSON objects.")],
    [[{ op: "remove", path: "/name" }], 403, "Access was denied to this resource.<br /><br />\nProperty name may not be removed.\n\n"],
    [[{ op: "remove", path: "/nothing" }], 409, "There was a conflict when trying to complete your request.<br /><br />\nProperty nothing does not exist.\n\n"],
    [[{ op: "replace", path: "/nothing", value: "x" }], 409, "There was a conflict when trying to complete your request.<br /><br />\nProperty nothing does not exist.\n\n"],
    [[{ op: "replace", path: "/visibility", value: "public" }], 403, msg("You are not authorized to complete publicize_image action.")],
    [[{ op: "replace", path: "/owner", value: "x" }], 403, "Access was denied to this resource.<br /><br />\nOwner can't be updated by non admin.\n\n"],
  ])("%j -> %i", async (ops, status, message) => {
    const res = await patch("demo", id, ops);
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toBe(message);
  });

  it("checks the Content-Type before the JSON", async () => {
    const wrongType = await t.app.inject({ method: "PATCH", url: `/image/v2/images/${id}`, headers: await as("demo", { "content-type": "application/xml" }), payload: "<x/>" });
    expect(wrongType.statusCode).toBe(415);
    const malformed = await t.app.inject({ method: "PATCH", url: `/image/v2/images/${id}`, headers: await as("demo", { "content-type": PATCH }), payload: "[{" });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toBe(msg("Malformed JSON in request body."));
  });

  it("read-only attributes are refused even on an unknown image (the deserializer runs first); unknown image 404", async () => {
    const ro = await patch("demo", "00000000-0000-0000-0000-000000000000", [{ op: "replace", path: "/size", value: 1 }]);
    expect(ro.statusCode).toBe(403);
    const nf = await patch("demo", "00000000-0000-0000-0000-000000000000", [{ op: "replace", path: "/name", value: "x" }]);
    expect(nf.statusCode).toBe(404);
  });

  it("disk_format can only change while queued", async () => {
    const cirros = (await list("admin", `?name=${CIRROS_NAME}`)).images[0]!;
    const res = await patch("admin", cirros.id, [{ op: "replace", path: "/disk_format", value: "raw" }]);
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toBe(msg("Attribute disk_format can be only replaced for a queued image."));
  });
});

describe("tags", () => {
  it("PUT and DELETE /tags/{tag}", async () => {
    const id = (await create("demo", { name: "tagged" })).id;
    const put = await t.app.inject({ method: "PUT", url: `/image/v2/images/${id}/tags/alpha`, headers: await as("demo") });
    expect(put.statusCode).toBe(204);
    await t.app.inject({ method: "PUT", url: `/image/v2/images/${id}/tags/alpha`, headers: await as("demo") });
    expect((await t.app.inject({ url: `/image/v2/images/${id}`, headers: await as("demo") })).json().tags).toEqual(["alpha"]);
    const del = await t.app.inject({ method: "DELETE", url: `/image/v2/images/${id}/tags/alpha`, headers: await as("demo") });
    expect(del.statusCode).toBe(204);
    const again = await t.app.inject({ method: "DELETE", url: `/image/v2/images/${id}/tags/alpha`, headers: await as("demo") });
    expect(again.statusCode).toBe(404);
    expect(again.json().message).toBe(msg("The resource could not be found."));
    const missing = await t.app.inject({ method: "PUT", url: "/image/v2/images/nope/tags/x", headers: await as("demo") });
    expect(missing.json().message).toBe(msg("Image nope not found."));
  });
});

describe("schemas", () => {
  it("GET /v2/schemas/image and /images are Glance's documents", async () => {
    const img = await t.app.inject({ url: "/image/v2/schemas/image", headers: await as("demo") });
    expect(img.statusCode).toBe(200);
    const s = img.json();
    expect(s.name).toBe("image");
    expect(s.additionalProperties).toEqual({ type: "string" });
    expect(s.properties.status.enum).toContain("deactivated");
    expect(s.properties.disk_format.enum).toEqual([null, "ami", "ari", "aki", "vhd", "vhdx", "vmdk", "raw", "qcow2", "vdi", "iso", "ploop"]);
    expect(s.properties.os_distro).toMatchObject({ type: "string", is_base: false });
    expect(s.links).toEqual([
      { rel: "self", href: "{self}" },
      { rel: "enclosure", href: "{file}" },
      { rel: "describedby", href: "{schema}" },
    ]);
    const coll = (await t.app.inject({ url: "/image/v2/schemas/images", headers: await as("demo") })).json();
    expect(coll.name).toBe("images");
    expect(coll.properties.images.items.name).toBe("image");
    expect(Object.keys(coll.properties)).toEqual(["images", "first", "next", "schema"]);
  });

  it("unknown Glance paths are webob 404s", async () => {
    const res = await t.app.inject({ url: "/image/v2/nothing", headers: await as("demo") });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ message: msg("The resource could not be found."), code: "404 Not Found", title: "Not Found" });
  });
});
