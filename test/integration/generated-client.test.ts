import fs from "node:fs";
import createClient, { type Client } from "openapi-fetch";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { generateTypes, SPEC_PATH, TYPES_PATH } from "../../scripts/gen-openapi.js";
import { passwordAuth, startApp, type TestApp } from "../helpers.js";
import type { paths } from "./generated/novasim.js";

/**
 * A client generated from the committed OpenAPI document (openapi-typescript
 * types + openapi-fetch) drives a listening server. If the document is not
 * good enough to build a client from, this fails: at `tsc` when a path, body or
 * response field is missing from the types, here when the server disagrees.
 *
 * One server for the file; each area adds its own describe block below and
 * uses `as(user)` for a client carrying that user's token.
 */
type Novasim = Client<paths>;
type User = "admin" | "demo" | "alt_demo";

let t: TestApp;
let baseUrl: string;
/** A client without a token, for public routes and login. */
let anon: Novasim;
const tokens = new Map<User, string>();

beforeAll(async () => {
  t = await startApp();
  baseUrl = await t.app.listen({ host: "127.0.0.1", port: 0 });
  anon = createClient<paths>({ baseUrl });
});
afterAll(() => t?.close());

/** Log in through the generated client; the token comes back in X-Subject-Token. */
async function login(user: User, project: string | undefined = user): Promise<string> {
  const { data, response } = await anon.POST("/identity/v3/auth/tokens", {
    params: { query: { nocatalog: "" } },
    body: passwordAuth(user, user, project),
  });
  expect(response.status).toBe(201);
  expect(data?.token.user.name).toBe(user);
  const token = response.headers.get("x-subject-token");
  if (!token) throw new Error("no X-Subject-Token on the login response");
  return token;
}

/** A client that sends `user`'s project-scoped token with every request. */
async function as(user: User): Promise<Novasim> {
  let token = tokens.get(user);
  if (!token) tokens.set(user, (token = await login(user)));
  return createClient<paths>({ baseUrl, headers: { "X-Auth-Token": token } });
}

describe("generated types", () => {
  it("match the committed spec (run `npm run openapi` when this fails)", async () => {
    const expected = await generateTypes(fs.readFileSync(SPEC_PATH, "utf8"));
    const committed = fs.existsSync(TYPES_PATH) ? fs.readFileSync(TYPES_PATH, "utf8") : null;
    expect(committed === expected, "test/integration/generated/novasim.d.ts is stale: run `npm run openapi`").toBe(true);
  });

  it("type requests and responses from the spec", () => {
    // Checked by tsc: a path the spec lacks is an error, and bodies are typed, not `any`.
    // @ts-expect-error not a path of the spec
    void (() => anon.GET("/identity/v3/no-such-path"));
    const typed = async () => {
      const { data } = await anon.POST("/identity/v3/auth/tokens", { body: passwordAuth("demo", "demo") });
      expectTypeOf(data!.token.user.name).toEqualTypeOf<string>();
      expectTypeOf(data!.token.expires_at).toEqualTypeOf<string>();
      // @ts-expect-error the token body has no such field
      void data!.token.no_such_field;
      // @ts-expect-error the login body must be an auth request
      void anon.POST("/identity/v3/auth/tokens", { body: { user: "demo" } });
    };
    expect(typed).toBeTypeOf("function");
  });
});

describe("identity through the generated client", () => {
  it("reads the version document", async () => {
    const { data, response } = await anon.GET("/identity/v3");
    expect(response.status).toBe(200);
    expect(data?.version.id).toMatch(/^v3\.\d+$/);
    expect(data?.version.links).toContainEqual({ rel: "self", href: `${baseUrl}/identity/v3/` });
    const root = await anon.GET("/identity");
    expect(root.response.status).toBe(300);
  });

  it("issues a token with a catalog pointing at this server", async () => {
    const { data, response } = await anon.POST("/identity/v3/auth/tokens", { body: passwordAuth("demo", "demo", "demo") });
    expect(response.status).toBe(201);
    expect(response.headers.get("x-subject-token")).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(data?.token.project?.name).toBe("demo");
    const compute = data?.token.catalog?.find((s) => s.type === "compute");
    expect(compute?.endpoints.map((e) => e.url)).toContain(`${baseUrl}/compute/v2.1`);
  });

  it("validates, checks, lists projects with, and revokes a token", async () => {
    const token = await login("demo");
    const client = createClient<paths>({ baseUrl, headers: { "X-Auth-Token": token } });
    const subject = { params: { header: { "x-subject-token": token } } };

    const shown = await client.GET("/identity/v3/auth/tokens", subject);
    expect(shown.response.status).toBe(200);
    expect(shown.response.headers.get("x-subject-token")).toBe(token);
    expect(shown.data?.token.user.name).toBe("demo");
    expect(shown.data?.token.project?.name).toBe("demo");

    const checked = await client.HEAD("/identity/v3/auth/tokens", subject);
    expect(checked.response.status).toBe(200);

    const projects = await client.GET("/identity/v3/auth/projects");
    expect(projects.response.status).toBe(200);
    expect(projects.data?.projects.map((p) => p.name)).toEqual(["demo"]);
    expect(projects.data?.links.self).toBe(`${baseUrl}/identity/v3/auth/projects`);

    const revoked = await client.DELETE("/identity/v3/auth/tokens", subject);
    expect(revoked.response.status).toBe(204);

    const after = await client.GET("/identity/v3/auth/projects");
    expect(after.response.status).toBe(401);
  });

  it("reaches routes behind the token with a per-user client", async () => {
    const admin = await as("admin");
    const { data, response } = await admin.GET("/identity/v3/auth/projects");
    expect(response.status).toBe(200);
    expect(data?.projects.map((p) => p.name)).toContain("admin");
  });
});

describe("compute through the generated client", () => {
  it("creates, lists, shows and deletes a server", async () => {
    const demo = await as("demo");
    const image = await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } });
    // The spec documents the newest request schema (networks required from 2.37), so ask for it.
    const created = await demo.POST("/compute/v2.1/servers", {
      headers: { "OpenStack-API-Version": "compute 2.37" },
      body: { server: { name: "generated-client-vm", imageRef: image.id, flavorRef: "1", networks: "auto" } },
    });
    expect(created.response.status).toBe(202);
    const id = created.data && "server" in created.data ? created.data.server.id : undefined;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await t.app.services.worker.idle();

    const list = await demo.GET("/compute/v2.1/servers", { params: { query: { name: "^generated-client-" } } });
    expect(list.data?.servers.map((s) => s.id)).toEqual([id]);
    const shown = await demo.GET("/compute/v2.1/servers/{server_id}", { params: { path: { server_id: id! } } });
    expect(shown.data?.server.name).toBe("generated-client-vm");

    const deleted = await demo.DELETE("/compute/v2.1/servers/{server_id}", { params: { path: { server_id: id! } } });
    expect(deleted.response.status).toBe(204);
    const gone = await demo.GET("/compute/v2.1/servers/{server_id}", { params: { path: { server_id: id! } } });
    expect(gone.response.status).toBe(404);
  });
});
