import { STATUS_CODES } from "node:http";
import type { FastifyInstance, RouteOptions } from "fastify";
import fp from "fastify-plugin";
import swagger, { type SwaggerTransform, type SwaggerTransformObject } from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { MAX_VERSION, MIN_VERSION } from "./microversion.js";

export const OPENAPI_INFO = {
  title: "novasim",
  description:
    "OpenStack-compatible compute control plane (Nova, with the Keystone, Glance, Neutron and Placement slices clients need). " +
    "Every route except version documents and token creation needs a Keystone token in X-Auth-Token.",
  version: "0.1.0",
};

/**
 * One tag per OpenStack service, in the order a client meets them (a token
 * first), then novasim's own; each operation carries exactly one. A tag used
 * by a route but missing here is still listed, after these, without a description.
 */
export const OPENAPI_TAGS: Record<string, string> = {
  identity: "Keystone v3 slice, mounted at /identity: get a token here first (POST /identity/v3/auth/tokens, X-Subject-Token)",
  compute: `Nova v2.1, mounted at /compute/v2.1: microversions ${MIN_VERSION} to ${MAX_VERSION}, chosen with the OpenStack-API-Version: compute 2.x header (default ${MIN_VERSION}, \`latest\` allowed)`,
  image: "Glance v2 slice, mounted at /image",
  network: "Neutron v2.0 slice, mounted at /networking",
  placement: "Placement slice, mounted at /placement",
  volume: "Cinder v3 slice, mounted at /volume/v3/{project_id} (microversions 3.0 to 3.70)",
  simulator: "novasim's own API, mounted at /sim/v1 (not OpenStack): health, reset and snapshots, the simulated clock, fault injection, events, request journal, live topology, scheduler decisions; and the web console at /sim",
};
const TAG_ORDER = Object.keys(OPENAPI_TAGS);

/** Paths outside the OpenStack APIs, the documentation itself and the Prometheus metrics (src/http/metrics.ts): public, and not part of the document. */
export const isDocsUrl = (url: string) => url === "/openapi.json" || url === "/docs" || url.startsWith("/docs/") || url === "/metrics";

/** A route as declared, kept so tests can check every one is documented. */
export interface DeclaredRoute {
  method: string;
  url: string;
  schema?: RouteOptions["schema"] & { operationId?: string; response?: Record<string, unknown>; security?: unknown };
  config: { public?: boolean; versions?: { min?: string; max?: string } };
  /** The HEAD route fastify adds for each GET; it shares the GET's schema and is not documented. */
  implicitHead: boolean;
}

const declared = new WeakMap<FastifyInstance, DeclaredRoute[]>();

/** Every route registered on the app, in registration order (after `ready()`). */
export function declaredRoutes(app: FastifyInstance): DeclaredRoute[] {
  const list = declared.get(app);
  if (!list) throw new Error("the openapi plugin is not registered on this app");
  return list;
}

/**
 * @fastify/swagger renames the operationId of an explicit HEAD route to
 * `<id>-head` (it assumes HEAD mirrors a GET); ours are real operations
 * (e.g. HEAD /v3/auth/tokens), so they keep the id they were declared with.
 */
const transform: SwaggerTransform = (input) => {
  const out = jsonSchemaTransform(input);
  const method = input.route.method;
  const id = (out.schema as { operationId?: string } | undefined)?.operationId;
  if (method === "HEAD" && id?.endsWith("-head")) {
    out.schema = { ...out.schema, operationId: id.slice(0, -"-head".length) } as typeof out.schema;
  }
  return out;
};

/**
 * Zod schemas given an id with `.meta({ id })` become components/schemas
 * entries (`<id>` for responses, `<id>Input` for requests). A recursive schema
 * (z.lazy) needs such an id: without one fastify-type-provider-zod leaves a
 * dangling `$ref` and the validity test fails. The `$id`/`$schema` zod puts on
 * each component are dropped: a `$id` with a fragment is not valid JSON Schema
 * 2020-12, and they only restate where the component lives.
 */
const transformObject: SwaggerTransformObject = (input) => {
  const doc = jsonSchemaTransformObject(input) as { components?: { schemas?: Record<string, Record<string, unknown>> } };
  for (const schema of Object.values(doc.components?.schemas ?? {})) {
    delete schema.$schema;
    if (typeof schema.$id === "string" && schema.$id.startsWith("#/components/schemas/")) delete schema.$id;
  }
  return doc as ReturnType<SwaggerTransformObject>;
};

/** The OpenAPI document is built from the routes' zod schemas; served at /openapi.json, browsable at /docs. */
export default fp(async function openapi(app: FastifyInstance, opts: { docs: boolean }) {
  const routes: DeclaredRoute[] = [];
  declared.set(app, routes);
  const getSchemas = new Map<string, unknown>();
  // Runs before @fastify/swagger's own onRoute hook (registered below), so its changes are seen there.
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      // Fastify derives a HEAD route from each GET with the same (shallow-copied) options.
      const implicitHead =
        method === "HEAD" && getSchemas.has(route.url) && getSchemas.get(route.url) === route.schema;
      if (method === "GET") getSchemas.set(route.url, route.schema);
      if (isDocsUrl(route.url)) {
        route.config = { ...(route.config ?? {}), public: true };
      } else if (method === "HEAD" && !implicitHead) {
        route.config = { ...(route.config ?? {}), swagger: { ...(route.config?.swagger ?? {}), exposeHeadRoute: true } };
      }
      const schema = route.schema as DeclaredRoute["schema"];
      // A public route needs no token: say so in its operation rather than rely on each module to.
      if (route.config?.public && schema && schema.security === undefined) schema.security = [];
      routes.push({ method, url: route.url, schema, config: route.config ?? {}, implicitHead });
    }
  });
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: OPENAPI_INFO,
      components: {
        securitySchemes: { keystone: { type: "apiKey", in: "header", name: "X-Auth-Token" } },
      },
      security: [{ keystone: [] }],
    },
    transform,
    transformObject,
  });
  let document: OpenApiDocument | undefined;
  const published = () => (document ??= canonicalOpenApi(app.swagger()));
  app.get("/openapi.json", { schema: { hide: true } }, async () => published());
  // Swagger UI shows the published document (tags in service order, each operation once), not
  // @fastify/swagger's raw one: it loads /openapi.json, and /docs/json serves the same.
  if (opts.docs) {
    await app.register(swaggerUi, {
      routePrefix: "/docs",
      uiConfig: { urls: [{ url: "/openapi.json", name: "novasim" }], docExpansion: "none", displayRequestDuration: true },
      transformSpecificationClone: false,
      transformSpecification: () => published(),
    });
  }
});

// ---------------------------------------------------------------------------
// Canonical form: what /openapi.json serves and scripts/gen-openapi.ts commits.

export type OpenApiDocument = Record<string, unknown> & { paths?: Record<string, Record<string, unknown>> };

const TOP_ORDER = ["openapi", "info", "jsonSchemaDialect", "servers", "tags", "security", "paths", "webhooks", "components"];
const METHOD_ORDER = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
/** Code-point order, independent of the locale the generator runs in. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function ordered<T>(obj: Record<string, T>, rank: (k: string) => number, tie = byCodePoint): Record<string, T> {
  const keys = Object.keys(obj).sort((a, b) => rank(a) - rank(b) || tie(a, b));
  return Object.fromEntries(keys.map((k) => [k, obj[k]!]));
}
const rankIn = (order: string[]) => (k: string) => {
  const i = order.indexOf(k);
  return i === -1 ? order.length : i;
};
const sortedKeys = <T>(obj: Record<string, T>) => ordered(obj, () => 0);

function canonicalOperation(op: Record<string, unknown>): Record<string, unknown> {
  const out = { ...op };
  if (isObject(out.responses)) {
    const responses: Record<string, unknown> = {};
    for (const [code, r] of Object.entries(sortedKeys(out.responses))) {
      // "Default Response" is @fastify/swagger's placeholder; the status text says more.
      responses[code] =
        isObject(r) && r.description === "Default Response" && STATUS_CODES[code] ? { ...r, description: STATUS_CODES[code] } : r;
    }
    out.responses = responses;
  }
  return out;
}

/**
 * The document with a stable key order, so regenerating it only shows real
 * changes: top-level keys in the spec's order, paths sorted, methods in a fixed
 * order, response codes and components sorted, every tag in use listed.
 * Schemas keep the order their zod declarations give.
 */
export function canonicalOpenApi(doc: object): OpenApiDocument {
  const copy = JSON.parse(JSON.stringify(doc)) as OpenApiDocument;
  const paths: Record<string, Record<string, unknown>> = {};
  const used = new Set<string>();
  for (const [p, item] of Object.entries(sortedKeys(copy.paths ?? {}))) {
    const methodRank = (k: string) => (METHOD_ORDER.includes(k) ? 1 + METHOD_ORDER.indexOf(k) : 0);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(ordered(item, methodRank))) {
      if (METHOD_ORDER.includes(k) && isObject(v)) {
        out[k] = canonicalOperation(v);
        for (const t of (v.tags as string[] | undefined) ?? []) used.add(t);
      } else out[k] = v;
    }
    paths[p] = out;
  }
  copy.paths = paths;
  const declaredTags = Array.isArray(copy.tags) ? (copy.tags as { name: string }[]) : [];
  const names = new Set([...declaredTags.map((t) => t.name), ...used]);
  if (names.size) {
    copy.tags = [...names].sort((a, b) => rankIn(TAG_ORDER)(a) - rankIn(TAG_ORDER)(b) || byCodePoint(a, b)).map((name) => {
      const given = declaredTags.find((t) => t.name === name);
      return given ?? (OPENAPI_TAGS[name] ? { name, description: OPENAPI_TAGS[name] } : { name });
    });
  }
  if (isObject(copy.components)) {
    const components: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(sortedKeys(copy.components))) {
      if (isObject(v) && Object.keys(v).length === 0) continue; // e.g. the empty "schemas" @fastify/swagger adds
      components[k] = isObject(v) ? sortedKeys(v) : v;
    }
    copy.components = components;
  }
  return ordered(copy, rankIn(TOP_ORDER)) as OpenApiDocument;
}

/** The committed file's text: canonical order, 2-space indent, trailing newline. */
export function renderOpenApi(doc: object): string {
  return JSON.stringify(canonicalOpenApi(doc), null, 2) + "\n";
}
