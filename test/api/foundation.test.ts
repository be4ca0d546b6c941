import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

const REQ_ID = /^req-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("keystonemiddleware behaviour on every protected prefix", () => {
  it.each([
    "/identity/v3/auth/projects",
    "/compute/v2.1/servers",
    "/compute/v2.1/flavors",
    "/image/v2/images",
    "/networking/v2.0/networks",
    "/placement/resource_providers",
  ])("GET %s without a token is 401 with Keystone's body and WWW-Authenticate", async (url) => {
    const res = await t.app.inject({ url, headers: { host: "127.0.0.1:8774" } });
    expect(res.statusCode).toBe(401);
    expect(res.headers["www-authenticate"]).toBe('Keystone uri="http://127.0.0.1:8774/identity"');
    expect(res.json()).toEqual({
      error: { code: 401, title: "Unauthorized", message: "The request you have made requires authentication." },
    });
  });

  it("a garbage token is 401 too", async () => {
    const res = await t.app.inject({ url: "/compute/v2.1/servers", headers: { "x-auth-token": "nope" } });
    expect(res.statusCode).toBe(401);
  });
});

describe("request ids", () => {
  it("every response carries x-openstack-request-id; compute also x-compute-request-id", async () => {
    const id = await t.app.inject({ url: "/identity/v3" });
    expect(id.headers["x-openstack-request-id"]).toMatch(REQ_ID);
    expect(id.headers["x-compute-request-id"]).toBeUndefined();
    const c = await t.app.inject({ url: "/compute/v2.1" });
    expect(c.headers["x-openstack-request-id"]).toMatch(REQ_ID);
    expect(c.headers["x-compute-request-id"]).toBe(c.headers["x-openstack-request-id"]);
    const err = await t.app.inject({ url: "/compute/v2.1/nope", headers: { "x-auth-token": await t.token("demo") } });
    expect(err.headers["x-compute-request-id"]).toMatch(REQ_ID);
    const other = await t.app.inject({ url: "/identity/v3" });
    expect(other.headers["x-openstack-request-id"]).not.toBe(id.headers["x-openstack-request-id"]);
  });
});

describe("compute version documents and microversions", () => {
  it("GET /compute lists v2.0 then v2.1 with the maximum microversion", async () => {
    const res = await t.app.inject({ url: "/compute", headers: { host: "127.0.0.1:8774", "x-openstack-nova-api-version": "2.1" } });
    expect(res.statusCode).toBe(200);
    const [v20, v21] = res.json().versions;
    expect(v20).toMatchObject({ id: "v2.0", status: "SUPPORTED", version: "", min_version: "" });
    expect(v21).toMatchObject({ id: "v2.1", status: "CURRENT", version: "2.104", min_version: "2.1" });
    expect(v21.links[0].href).toBe("http://127.0.0.1:8774/compute/v2.1/");
  });

  it.each([
    ["/compute/v2.1/", "v2.1"],
    ["/compute/v2/", "v2.0"],
  ])("%s is a followable version document whose self link is itself", async (url, id) => {
    const res = await t.app.inject({ url, headers: { host: "h:1" } });
    expect(res.statusCode).toBe(200);
    expect(res.json().version.id).toBe(id);
    expect(res.json().version.links[0]).toEqual({ rel: "self", href: `http://h:1${url}` });
  });

  it("echoes the negotiated version with Vary, defaulting to 2.1", async () => {
    const none = await t.app.inject({ url: "/compute/v2.1" });
    expect(none.headers["openstack-api-version"]).toBe("compute 2.1");
    expect(none.headers["x-openstack-nova-api-version"]).toBe("2.1");
    expect(none.headers["vary"]).toContain("OpenStack-API-Version");
    const latest = await t.app.inject({ url: "/compute/v2.1", headers: { "openstack-api-version": "compute latest" } });
    expect(latest.headers["openstack-api-version"]).toBe("compute 2.104");
    const legacy = await t.app.inject({ url: "/compute/v2.1", headers: { "x-openstack-nova-api-version": "2.47" } });
    expect(legacy.headers["x-openstack-nova-api-version"]).toBe("2.47");
    const both = await t.app.inject({
      url: "/compute/v2.1",
      headers: { "openstack-api-version": "compute 2.60", "x-openstack-nova-api-version": "2.10" },
    });
    expect(both.headers["openstack-api-version"]).toBe("compute 2.60");
  });

  it("an out-of-range version is 406 with Nova's body and the headers echoed", async () => {
    const res = await t.app.inject({ url: "/compute/v2.1", headers: { "openstack-api-version": "compute 2.999" } });
    expect(res.statusCode).toBe(406);
    expect(res.headers["openstack-api-version"]).toBe("compute 2.999");
    expect(res.json()).toEqual({
      computeFault: { code: 406, message: "Version 2.999 is not supported by the API. Minimum is 2.1 and maximum is 2.104." },
    });
  });

  it("a malformed version is 400", async () => {
    const res = await t.app.inject({ url: "/compute/v2.1", headers: { "x-openstack-nova-api-version": "two" } });
    expect(res.statusCode).toBe(400);
    expect(res.json().badRequest.message).toMatch(/invalid format/);
  });
});

describe("other services' version documents", () => {
  it("Glance lists v2 with 300, Neutron v2.0 and Placement v1.0 with 200", async () => {
    const g = await t.app.inject({ url: "/image" });
    expect(g.statusCode).toBe(300);
    expect(g.json().versions[0]).toMatchObject({ status: "CURRENT" });
    const n = await t.app.inject({ url: "/networking", headers: { host: "h:2" } });
    expect(n.json().versions).toEqual([{ id: "v2.0", status: "CURRENT", links: [{ rel: "self", href: "http://h:2/networking/v2.0/" }] }]);
    const p = await t.app.inject({ url: "/placement" });
    expect(p.json().versions[0]).toMatchObject({ id: "v1.0", min_version: "1.0" });
  });
});

describe("error bodies per service", () => {
  const auth = async () => ({ "x-auth-token": await t.token("admin") });

  it("unknown compute path: Nova's webob 404", async () => {
    const res = await t.app.inject({ url: "/compute/v2.1/no-such-thing", headers: await auth() });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ message: "The resource could not be found.<br /><br />\n\n\n", code: "404 Not Found", title: "Not Found" });
  });
  it("unknown identity path: Keystone's error body", async () => {
    const res = await t.app.inject({ url: "/identity/v3/no-such-thing", headers: await auth() });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 404, title: "Not Found" });
  });
  it("unknown network path: NeutronError", async () => {
    const res = await t.app.inject({ url: "/networking/v2.0/no-such-thing", headers: await auth() });
    expect(res.statusCode).toBe(404);
    expect(res.json().NeutronError).toMatchObject({ type: "HTTPNotFound" });
  });
  it("unknown placement path: Placement's errors list with the request id", async () => {
    const res = await t.app.inject({ url: "/placement/no-such-thing", headers: await auth() });
    expect(res.statusCode).toBe(404);
    const body = res.json();
    expect(body.errors[0]).toMatchObject({ status: 404, title: "Not Found" });
    expect(body.errors[0].request_id).toBe(res.headers["x-openstack-request-id"]);
  });
  it("unknown top-level path: 404 with a JSON body", async () => {
    const res = await t.app.inject({ url: "/nothing-here" });
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toMatch(/application\/json/);
    expect(res.json().error.code).toBe(404);
  });

  it("malformed JSON is 400 in the addressed service's format", async () => {
    const k = await t.app.inject({
      method: "POST",
      url: "/identity/v3/auth/tokens",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(k.statusCode).toBe(400);
    expect(k.json().error).toMatchObject({ code: 400, title: "Bad Request" });
  });

  it("an empty body with Content-Type: application/json is no body (Tempest sends it on DELETE)", async () => {
    const admin = await t.token("admin");
    const subject = await t.token("demo");
    const res = await t.app.inject({
      method: "DELETE",
      url: "/identity/v3/auth/tokens",
      headers: { "x-auth-token": admin, "x-subject-token": subject, "content-type": "application/json" },
      payload: "",
    });
    expect(res.statusCode).toBe(204);
  });

  it("a wrong content type is 415", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/identity/v3/auth/tokens",
      headers: { "content-type": "text/plain" },
      payload: "hello",
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe(415);
  });

  it("a body over 112 KiB is 413", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/identity/v3/auth/tokens",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ auth: { pad: "x".repeat(120 * 1024) } }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe(413);
  });
});
