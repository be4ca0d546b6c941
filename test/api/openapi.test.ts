import fs from "node:fs";
import { compileErrors, validate } from "@readme/openapi-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSpec, SPEC_PATH } from "../../scripts/gen-openapi.js";
import { declaredRoutes, isDocsUrl, type DeclaredRoute, type OpenApiDocument } from "../../src/http/openapi.js";
import { startApp, type TestApp } from "../helpers.js";

type Operation = { operationId?: string; description?: string; security?: unknown[]; responses?: Record<string, unknown> };
type Spec = OpenApiDocument & { paths: Record<string, Record<string, Operation>> };

let t: TestApp;
/** What `npm run openapi` would write now. */
let generated: string;
let spec: Spec;

beforeAll(async () => {
  t = await startApp();
  generated = await generateSpec();
  spec = JSON.parse(generated) as Spec;
});
afterAll(() => t?.close());

/** Fastify's `/servers/:server_id` is OpenAPI's `/servers/{server_id}` (a regexp constraint is dropped). */
const openapiPath = (url: string) => url.replace(/:(\w+)(\([^)]*\))?/g, "{$1}");

/** The routes a client can call: not the documentation, not the HEAD fastify adds to each GET. */
const apiRoutes = (routes: DeclaredRoute[]) => routes.filter((r) => !r.implicitHead && !isDocsUrl(r.url));

/** Every way a declared route and the document disagree, one line each. */
function coverageProblems(routes: DeclaredRoute[], doc: Spec): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const documented = new Set<string>();
  for (const r of apiRoutes(routes)) {
    const where = `${r.method} ${r.url}`;
    const id = r.schema?.operationId;
    if (!id) problems.push(`${where}: no operationId`);
    else if (seen.has(id)) problems.push(`${where}: operationId ${id} is also used by ${seen.get(id)}`);
    else seen.set(id, where);
    if (!r.schema?.response || Object.keys(r.schema.response).length === 0) problems.push(`${where}: no response schema`);
    const p = openapiPath(r.url);
    const op = doc.paths[p]?.[r.method.toLowerCase()];
    if (!op) {
      problems.push(`${where}: missing from the OpenAPI document${r.schema && "hide" in r.schema ? " (schema.hide is set)" : ""}`);
      continue;
    }
    documented.add(`${r.method.toLowerCase()} ${p}`);
    if (id && op.operationId !== id) problems.push(`${where}: documented as ${op.operationId}, declared as ${id}`);
    if (r.config.versions && (op.description ?? "").split("Microversions ").length !== 2) {
      problems.push(`${where}: description should state its microversion range once`);
    }
    const documentedPublic = Array.isArray(op.security) && op.security.length === 0;
    if (!!r.config.public !== documentedPublic) {
      problems.push(`${where}: ${r.config.public ? "public but documented as needing a token" : "needs a token but documented as public (security: [])"}`);
    }
  }
  for (const [p, item] of Object.entries(doc.paths)) {
    if (isDocsUrl(p)) problems.push(`${p}: documentation route in the document`);
    for (const m of Object.keys(item)) {
      if (!documented.has(`${m} ${p}`)) problems.push(`${m.toUpperCase()} ${p}: in the document but not a declared route`);
    }
  }
  return problems;
}

/** Paths added, removed or changed between two documents: a short account of why they differ. */
function pathDiff(committed: Spec | null, now: Spec): string {
  if (!committed) return "openapi/novasim.json does not exist";
  const lines: string[] = [];
  for (const p of Object.keys(now.paths)) {
    if (!committed.paths?.[p]) lines.push(`+ ${p}`);
    else if (JSON.stringify(committed.paths[p]) !== JSON.stringify(now.paths[p])) lines.push(`~ ${p}`);
  }
  for (const p of Object.keys(committed.paths ?? {})) if (!now.paths[p]) lines.push(`- ${p}`);
  return lines.length ? lines.join("\n") : "(paths equal; other parts differ)";
}

describe("openapi/novasim.json", () => {
  it("is what the generator produces now (run `npm run openapi` when this fails)", () => {
    const committed = fs.existsSync(SPEC_PATH) ? fs.readFileSync(SPEC_PATH, "utf8") : null;
    if (committed !== generated) {
      let parsed: Spec | null = null;
      try {
        parsed = committed === null ? null : (JSON.parse(committed) as Spec);
      } catch {
        /* reported below as a difference */
      }
      expect.fail(`openapi/novasim.json is stale: run \`npm run openapi\` and commit it.\n${pathDiff(parsed, spec)}`);
    }
    expect(committed).toBe(generated);
  });

  it("is deterministic: regenerating gives the same bytes", async () => {
    expect(await generateSpec()).toBe(generated);
    expect(generated.endsWith("}\n")).toBe(true);
    expect(generated.split("\n")[1]).toBe('  "openapi": "3.1.0",');
  });

  it("does not depend on the request host", () => {
    expect(spec.servers).toBeUndefined();
    expect(generated).not.toMatch(/127\.0\.0\.1|localhost/);
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await validate(structuredClone(spec) as Parameters<typeof validate>[0]);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
    expect(result.specification).toBe("OpenAPI");
    expect(spec.openapi).toBe("3.1.0");
  });
});

describe("route coverage", () => {
  it("documents every route with an operationId and a response schema, ids unique", () => {
    const routes = apiRoutes(declaredRoutes(t.app));
    // The check below is only as good as the list it walks.
    expect(routes.map((r) => r.schema?.operationId)).toEqual(
      expect.arrayContaining(["identity.tokens.create", "identity.tokens.check", "identity.version.v3", "compute.versions"]),
    );
    expect(coverageProblems(declaredRoutes(t.app), spec)).toEqual([]);
  });

  it("flags routes without operationId, response schema or spec entry, and duplicate ids", () => {
    const route = (method: string, url: string, schema?: DeclaredRoute["schema"]): DeclaredRoute => ({
      method,
      url,
      schema,
      config: {},
      implicitHead: false,
    });
    const doc: Spec = {
      paths: {
        "/a/{id}": { get: { operationId: "a.show", responses: {} } },
        "/c": { get: { operationId: "c.show", description: "Microversions 2.3 to latest.\n\nMicroversions 2.3 to latest." } },
        "/stale": { get: { operationId: "stale" } },
      },
    };
    const problems = coverageProblems(
      [
        route("GET", "/a/:id", { operationId: "a.show", response: { 200: {} } }),
        route("POST", "/a/:id", { operationId: "a.show" }),
        route("GET", "/b"),
        { ...route("HEAD", "/a/:id"), implicitHead: true },
        route("GET", "/docs/json"),
        { ...route("GET", "/c", { operationId: "c.show", response: { 200: {} } }), config: { versions: { min: "2.3" } } },
      ],
      doc,
    );
    expect(problems).toEqual([
      "POST /a/:id: operationId a.show is also used by GET /a/:id",
      "POST /a/:id: no response schema",
      "POST /a/:id: missing from the OpenAPI document",
      "GET /b: no operationId",
      "GET /b: no response schema",
      "GET /b: missing from the OpenAPI document",
      "GET /c: description should state its microversion range once",
      "GET /stale: in the document but not a declared route",
    ]);
  });

  it("has unique operationIds across the document", () => {
    const ids = Object.values(spec.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(ids.every((id) => typeof id === "string" && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("documents an explicit HEAD route under its own operationId, and leaves out the HEAD fastify derives from GET", () => {
    const tokens = spec.paths["/identity/v3/auth/tokens"]!;
    expect(tokens.head?.operationId).toBe("identity.tokens.check");
    expect(spec.paths["/identity/v3/auth/projects"]?.head).toBeUndefined();
    const heads = declaredRoutes(t.app).filter((r) => r.method === "HEAD" && r.url === "/identity/v3/auth/projects");
    expect(heads.map((r) => r.implicitHead)).toEqual([true]);
  });

  it("marks public routes as needing no token, and the rest as needing X-Auth-Token", () => {
    expect(spec.security).toEqual([{ keystone: [] }]);
    expect(spec.paths["/identity/v3/auth/tokens"]?.post?.security).toEqual([]);
    expect(spec.paths["/identity/v3/auth/projects"]?.get?.security).toBeUndefined();
  });
});

describe("documentation routes", () => {
  it("GET /openapi.json serves the generated document without a token", async () => {
    const res = await t.app.inject({ url: "/openapi.json" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.json()).toEqual(spec);
  });

  it("GET /docs serves Swagger UI without a token", async () => {
    const res = await t.app.inject({ url: "/docs" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/html/);
    expect(res.body).toMatch(/swagger-ui/i);
    const init = await t.app.inject({ url: "/docs/static/swagger-initializer.js" });
    expect(init.statusCode).toBe(200);
    const json = await t.app.inject({ url: "/docs/json" });
    expect(json.statusCode).toBe(200);
    expect(json.json().paths["/identity/v3/auth/tokens"]).toBeDefined();
  });

  it("leaves the documentation routes out of the document", () => {
    expect(Object.keys(spec.paths).filter((p) => p === "/openapi.json" || p.startsWith("/docs"))).toEqual([]);
  });

  it("still requires a token on the API routes", async () => {
    const res = await t.app.inject({ url: "/identity/v3/auth/projects" });
    expect(res.statusCode).toBe(401);
  });

  it("with NOVASIM_DOCS=false drops Swagger UI but keeps /openapi.json", async () => {
    const other = await startApp({ env: { NOVASIM_DOCS: "false" } });
    try {
      expect((await other.app.inject({ url: "/docs" })).statusCode).toBe(404);
      const res = await other.app.inject({ url: "/openapi.json" });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(spec);
    } finally {
      await other.close();
    }
  });
});
