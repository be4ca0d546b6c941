import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPENAPI_TAGS } from "../../src/http/openapi.js";
import { startApp, type TestApp } from "../helpers.js";

/** Swagger UI at /docs shows the published document, grouped by service in a client's order. */

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

type Doc = { tags: { name: string; description?: string }[]; paths: Record<string, Record<string, { tags?: string[] }>> };

describe("/docs", () => {
  it("loads /openapi.json, and /docs/json is the same document", async () => {
    const init = await t.app.inject({ url: "/docs/static/swagger-initializer.js" });
    expect(init.statusCode).toBe(200);
    expect(init.body).toContain('"url":"/openapi.json"');
    const published = (await t.app.inject({ url: "/openapi.json" })).json();
    expect((await t.app.inject({ url: "/docs/json" })).json()).toEqual(published);
  });

  it("lists the tags identity, compute, image, network, placement (volume), then simulator, each described", async () => {
    const doc = (await t.app.inject({ url: "/openapi.json" })).json() as Doc;
    const names = doc.tags.map((x) => x.name);
    const order = ["identity", "compute", "image", "network", "placement", "volume", "simulator"];
    expect(names[0]).toBe("identity");
    expect(names).toEqual(order.filter((n) => names.includes(n)));
    for (const tag of doc.tags) expect(tag.description, tag.name).toBe(OPENAPI_TAGS[tag.name]);
    expect(doc.tags.find((x) => x.name === "compute")!.description).toMatch(/microversions 2\.1 to 2\.\d+/);
  });

  it("puts each operation in exactly one tag, one the document lists", async () => {
    const doc = (await t.app.inject({ url: "/openapi.json" })).json() as Doc;
    const listed = new Set(doc.tags.map((x) => x.name));
    const wrong: string[] = [];
    for (const [p, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (typeof op !== "object" || op === null || !("responses" in op)) continue;
        if (op.tags?.length !== 1 || !listed.has(op.tags[0]!)) wrong.push(`${method.toUpperCase()} ${p}: ${JSON.stringify(op.tags)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(doc.paths["/compute/v2.1/flavors"]!.get!.tags).toEqual(["compute"]);
    expect(doc.paths["/metrics"]).toBeUndefined();
  });
});
