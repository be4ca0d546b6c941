import Fastify from "fastify";
import { z } from "zod";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { compileErrors, validate } from "@readme/openapi-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import microversionPlugin from "../../src/http/microversion.js";
import openapiPlugin, { canonicalOpenApi, type OpenApiDocument } from "../../src/http/openapi.js";
import { generateTypes } from "../../scripts/gen-openapi.js";

/**
 * The zod constructs route modules use (ids, unions, records, nullables, open
 * objects, recursion, path and query parameters, 204 bodies) must come out as a
 * valid OpenAPI 3.1 document that openapi-typescript turns into usable types.
 * A separate file: `.meta({ id })` registers in zod's global registry, which
 * would otherwise leak these components into the app's own document.
 */
const Link = z.object({ rel: z.string(), href: z.url() }).meta({ id: "TestLink" });
type Tree = { name: string; children: Tree[] };
const TreeSchema: z.ZodType<Tree> = z.object({ name: z.string(), children: z.lazy(() => z.array(TreeSchema)) }).meta({ id: "TestTree" });
const Flavor = z.object({
  id: z.string(),
  links: z.array(Link),
  "OS-FLV-EXT-DATA:ephemeral": z.number().int(),
  extra_specs: z.record(z.string(), z.string()).optional(),
  created: z.date(),
  state: z.enum(["ACTIVE", "ERROR"]),
  description: z.string().nullable(),
  misc: z.looseObject({ a: z.string() }),
  length: z.string().transform((s) => s.length),
});
const CreateBody = z.union([
  z.object({
    server: z.object({
      name: z.string().min(1).max(255),
      imageRef: z.uuid().or(z.literal("")),
      flavorRef: z.union([z.string(), z.number()]),
      networks: z.union([z.literal("auto"), z.literal("none"), z.array(z.object({ uuid: z.uuid() }))]).optional(),
      min_count: z.coerce.number().int().default(1),
    }),
  }),
  z.object({ "os:scheduler_hints": z.record(z.string(), z.unknown()) }),
]);
const Action = z.discriminatedUnion("type", [
  z.object({ type: z.literal("a"), a: z.string() }),
  z.object({ type: z.literal("b"), b: z.number() }),
]);

let doc: OpenApiDocument;
const app = Fastify().withTypeProvider<ZodTypeProvider>();
beforeAll(async () => {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(openapiPlugin, { docs: false });
  await app.register(microversionPlugin, { prefixes: ["/compute/v2.1"] });
  const stub = async () => ({}) as never;
  app.get(
    "/flavors/:flavor_id",
    {
      schema: {
        operationId: "t.flavors.show",
        tags: ["compute"],
        params: z.object({ flavor_id: z.string() }),
        querystring: z.object({ limit: z.coerce.number().int().min(0).optional(), is_public: z.enum(["true", "false", "None"]).optional() }),
        headers: z.object({ "openstack-api-version": z.string().optional() }),
        response: { 200: z.object({ flavor: Flavor, tree: TreeSchema }) },
      },
    },
    stub,
  );
  app.post(
    "/servers",
    { schema: { operationId: "t.servers.create", tags: ["compute"], body: CreateBody, response: { 202: z.object({ server: z.object({ id: z.string(), links: z.array(Link) }) }) } } },
    stub,
  );
  app.post(
    "/servers/:server_id/action",
    { schema: { operationId: "t.servers.action", tags: ["compute"], params: z.object({ server_id: z.uuid() }), body: Action, response: { 202: z.null(), 200: z.looseObject({}) } } },
    stub,
  );
  app.delete(
    "/servers/:server_id",
    { schema: { operationId: "t.servers.delete", tags: ["compute"], params: z.object({ server_id: z.string() }), response: { 204: z.null() } } },
    stub,
  );
  app.get(
    "/compute/v2.1/versioned",
    {
      config: { versions: { min: "2.3", max: "2.89" } },
      schema: { operationId: "t.versioned", tags: ["compute"], description: "Only some microversions.", response: { 200: z.object({}) } },
    },
    stub,
  );
  await app.ready();
  doc = canonicalOpenApi(app.swagger());
});
afterAll(() => app.close());

describe("zod schemas to OpenAPI", () => {
  it("give a valid OpenAPI 3.1 document", async () => {
    const result = await validate(structuredClone(doc) as Parameters<typeof validate>[0]);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  it("put schemas with an id in components, without $id/$schema, input and output apart", () => {
    const schemas = (doc.components as { schemas: Record<string, Record<string, unknown>> }).schemas;
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(["TestLink", "TestLinkInput", "TestTree"]));
    expect(schemas.TestLink).not.toHaveProperty("$id");
    expect(schemas.TestLink).not.toHaveProperty("$schema");
    expect(JSON.stringify(schemas.TestTree)).toContain('"$ref":"#/components/schemas/TestTree"');
  });

  it("turn path parameters into {name} and document 204 without a body", () => {
    const del = doc.paths!["/servers/{server_id}"]!.delete as { responses: Record<string, { description: string; content?: unknown }> };
    expect(del.responses["204"]).toEqual({ description: "No Content" });
  });

  it("state a route's microversion range once (its derived HEAD shares the schema)", () => {
    const get = doc.paths!["/compute/v2.1/versioned"]!.get as { description: string };
    expect(get.description).toBe("Only some microversions.\n\nMicroversions 2.3 to 2.89.");
  });

  it("give openapi-typescript types a client can use", async () => {
    const types = await generateTypes(JSON.stringify(doc));
    expect(types).toContain('"/servers/{server_id}/action"');
    expect(types).toContain('state: "ACTIVE" | "ERROR";');
    expect(types).toContain("description: string | null;");
    expect(types).toContain('networks?: "auto" | "none" | {');
    expect(types).toContain('links: components["schemas"]["TestLink"][];');
    expect(types).toMatch(/is_public\?: "true" \| "false" \| "None";/);
  });
});
