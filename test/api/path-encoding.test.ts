import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repairPathEncoding } from "../../src/http/path-encoding.js";
import { startApp, type TestApp } from "../helpers.js";

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

/**
 * Under a Python WSGI server the path's bytes reach the service as latin-1
 * (PEP 3333), so a non-UTF-8 escape routes like any other id and the route's
 * own 404 answers, in the service's own body; never fastify's FST_ERR_BAD_URL.
 */
describe("paths with invalid percent-encoding route as under a Python WSGI server", () => {
  it.each([
    ["/compute/v2.1/flavors/%ff%fe", { itemNotFound: { code: 404, message: "Flavor ÿþ could not be found." } }],
    ["/compute/v2.1/flavors/a%zz", { itemNotFound: { code: 404, message: "Flavor a%zz could not be found." } }],
    ["/compute/v2.1/%ff", { message: "The resource could not be found.<br /><br />\n\n\n", code: "404 Not Found", title: "Not Found" }],
    ["/image/v2/images/%ff%fe", { message: "No image found with ID ÿþ<br /><br />\n\n\n", code: "404 Not Found", title: "Not Found" }],
    ["/networking/v2.0/networks/%ff%fe", { NeutronError: { type: "NetworkNotFound", message: "Network ÿþ could not be found.", detail: "" } }],
    // Keystone (Flask/werkzeug) decodes the bytes as UTF-8 with replacement characters.
    ["/identity/v3/users/%ff%fe", { error: { code: 404, message: "Could not find user: \ufffd\ufffd.", title: "Not Found" } }],
  ])("GET %s -> 404 with the service's body", async (url, body) => {
    const r = await t.app.inject({ url, headers: { "x-auth-token": await t.token("admin") } });
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual(body);
  });

  it("placement answers in its own error shape", async () => {
    const r = await t.app.inject({ url: "/placement/resource_providers/%ff%fe", headers: { "x-auth-token": await t.token("admin") } });
    expect(r.statusCode).toBe(404);
    expect(r.json().errors[0]).toMatchObject({ status: 404, title: "Not Found" });
  });

  it("without a token it is keystonemiddleware's 401 first, as for any path", async () => {
    const r = await t.app.inject({ url: "/compute/v2.1/flavors/%ff%fe" });
    expect(r.statusCode).toBe(401);
    expect(r.json().error.code).toBe(401);
  });

  it("repairPathEncoding re-escapes only what is not UTF-8, and never the query", () => {
    expect(repairPathEncoding("/compute/v2.1/flavors/%ff%fe")).toBe("/compute/v2.1/flavors/%C3%BF%C3%BE");
    expect(repairPathEncoding("/identity/v3/users/%ff")).toBe("/identity/v3/users/%EF%BF%BD");
    // A run of escapes that is not UTF-8 is latin-1 as a whole, as PATH_INFO is (PEP 3333).
    expect(repairPathEncoding("/compute/v2.1/flavors/%C3%A9%ff?x=%ff")).toBe(`/compute/v2.1/flavors/${encodeURIComponent("\u00c3\u00a9\u00ff")}?x=%ff`);
    expect(repairPathEncoding("/compute/v2.1/flavors/%C3%A9-%ff")).toBe("/compute/v2.1/flavors/%C3%A9-%C3%BF");
    expect(repairPathEncoding("/a/50%/b")).toBe("/a/50%25/b");
    for (const ok of ["/compute/v2.1/flavors/%C3%A9", "/compute/v2.1/flavors?name=%ff", "/plain/path"]) expect(repairPathEncoding(ok)).toBe(ok);
  });
});

describe("long path parameters", () => {
  it("a 150-character id is the route's own 404, not fastify's 414", async () => {
    const id = "x".repeat(150);
    const r = await t.app.inject({ url: `/compute/v2.1/flavors/${id}`, headers: { "x-auth-token": await t.token("admin") } });
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual({ itemNotFound: { code: 404, message: `Flavor ${id} could not be found.` } });
  });
});
