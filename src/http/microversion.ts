import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { Invalid, NotAcceptable, NotFound } from "../errors.js";
import { pyRepr } from "../python-literals.js";

/** A compute API microversion such as 2.47. */
export class ApiVersion {
  constructor(
    readonly major: number,
    readonly minor: number,
  ) {}
  static parse(s: string): ApiVersion | null {
    const m = /^([1-9]\d*)\.(0|[1-9]\d*)$/.exec(s.trim());
    return m ? new ApiVersion(Number(m[1]), Number(m[2])) : null;
  }
  compare(o: ApiVersion): number {
    return this.major - o.major || this.minor - o.minor;
  }
  /** True when this version is `v` or later, e.g. `ctx.version.atLeast("2.47")`. */
  atLeast(v: string): boolean {
    return this.compare(literal(v)) >= 0;
  }
  /** True when this version lies in [from, to] (either end optional). */
  within(from?: string, to?: string): boolean {
    return (!from || this.atLeast(from)) && (!to || !this.atLeast(nextMinor(to)));
  }
  toString(): string {
    return `${this.major}.${this.minor}`;
  }
}
/** The version literals code compares against ("2.47"), each parsed once: views test them per server, per field. */
const literals = new Map<string, ApiVersion>();
function literal(v: string): ApiVersion {
  let p = literals.get(v);
  if (!p) {
    p = ApiVersion.parse(v) ?? undefined;
    if (!p) throw new Error(`not a microversion: ${v}`);
    if (literals.size < 1000) literals.set(v, p);
  }
  return p;
}
const nextMinor = (v: string) => {
  const p = ApiVersion.parse(v)!;
  return `${p.major}.${p.minor + 1}`;
};

export const MIN_VERSION = new ApiVersion(2, 1);
/**
 * Nova's newest microversion (nova/api/openstack/api_version_request.py). The
 * most recent steps of the history (rest_api_version_history.rst), and where
 * novasim follows each:
 * - 2.100 (max of 2025.1/2025.2): scheduler_hints in server views (views/servers.ts).
 * - 2.101: volume attach answers 202 without a body (volume-attachments.ts).
 * - 2.102: GET /flavors[/detail] take `name` and no longer `rxtx_factor` (filter
 *   or sort key); flavor bodies lose rxtx_factor and OS-FLV-DISABLED:disabled,
 *   flavor create refuses rxtx_factor (flavors.ts, views/flavors.ts); the GET
 *   routes whose query Nova left open take no query parameter at all
 *   (`config.noQuery`, below).
 * - 2.103 (max of 2026.1): /os-volumes_boot, the old alias of /servers, is gone
 *   (404); below it the alias answers as /servers (servers.ts, server-actions.ts).
 * - 2.104: PUT /servers/{id} takes pinned_availability_zone (servers.ts).
 */
export const MAX_VERSION = new ApiVersion(2, 104);

/** From 2.102 Nova rejects unknown query parameters on every API (the schemas it had left open). */
export const STRICT_QUERY_FROM = "2.102";

declare module "fastify" {
  interface FastifyRequest {
    /** The negotiated compute microversion (compute routes only). */
    apiVersion: ApiVersion;
  }
  interface FastifyContextConfig {
    /** Microversions a compute route exists in; outside them it is 404, as in Nova. */
    versions?: { min?: string; max?: string };
    /**
     * From this microversion on the route takes no query parameter (Nova's
     * `*_query_v2102` schemas: no properties, additionalProperties False);
     * before it any is accepted and ignored.
     */
    noQuery?: string;
  }
}

/** jsonschema's message for keys an object schema does not allow, as Nova returns it for a query. */
export const additionalProperties = (keys: string[]) =>
  `Additional properties are not allowed (${keys.map(pyRepr).join(", ")} ${keys.length === 1 ? "was" : "were"} unexpected)`;

/** Pick the requested version from the headers, as nova/api/openstack/wsgi.py does. */
export function requestedVersion(req: Pick<FastifyRequest, "headers">): { raw: string | null } {
  const modern = req.headers["openstack-api-version"];
  if (typeof modern === "string") {
    for (const part of modern.split(",")) {
      const [service, ...rest] = part.trim().split(/\s+/);
      if (service?.toLowerCase() === "compute") return { raw: rest.join(" ") };
    }
  }
  const legacy = req.headers["x-openstack-nova-api-version"];
  if (typeof legacy === "string") return { raw: legacy.trim() };
  return { raw: null };
}

export function negotiate(raw: string | null): ApiVersion {
  if (raw === null) return MIN_VERSION;
  if (raw.toLowerCase() === "latest") return MAX_VERSION;
  const v = ApiVersion.parse(raw);
  if (!v) throw new Invalid(`API Version String ${raw} is of invalid format. Must be of format MajorNum.MinorNum.`);
  if (v.compare(MIN_VERSION) < 0 || v.compare(MAX_VERSION) > 0) {
    throw new NotAcceptable(
      `Version ${raw} is not supported by the API. Minimum is ${MIN_VERSION} and maximum is ${MAX_VERSION}.`,
    );
  }
  return v;
}

/**
 * Negotiates the microversion of every request under the compute API and echoes
 * it, with Vary, on every response there, errors included.
 */
export default fp(async function microversion(app: FastifyInstance, opts: { prefixes: string[] }) {
  const applies = (url: string) => opts.prefixes.some((p) => url === p || url.startsWith(p + "/") || url.startsWith(p + "?"));
  app.decorateRequest("apiVersion", null as unknown as ApiVersion);
  // Say in each route's OpenAPI description which microversions it exists in.
  app.addHook("onRoute", (route) => {
    // Every compute route says which microversions it exists in (2.1 to latest unless it says otherwise).
    const v = route.config?.versions ?? (applies(route.url) && route.config?.public !== true ? {} : undefined);
    if (!v || !route.schema) return;
    const strict = route.config?.noQuery ? ` No query parameters from ${route.config.noQuery} (400).` : "";
    const range = `Microversions ${v.min ?? MIN_VERSION.toString()} to ${v.max ?? "latest"}.${strict}`;
    const schema = route.schema as { description?: string };
    // The HEAD route fastify derives from a GET shares its schema object: add the range once.
    if (schema.description?.endsWith(range)) return;
    schema.description = schema.description ? `${schema.description}\n\n${range}` : range;
  });
  app.addHook("preHandler", async (req) => {
    const v = req.routeOptions.config?.versions;
    if (v && !req.apiVersion.within(v.min, v.max)) {
      throw new NotFound("The resource could not be found.");
    }
    const strict = req.routeOptions.config?.noQuery;
    if (strict && req.apiVersion?.atLeast(strict)) {
      const extra = Object.keys((req.query ?? {}) as Record<string, unknown>);
      if (extra.length) throw new Invalid(additionalProperties(extra));
    }
  });
  app.addHook("onRequest", async (req, reply) => {
    if (!applies(req.url)) return;
    const { raw } = requestedVersion(req);
    const echo = (v: string) =>
      reply
        .header("OpenStack-API-Version", `compute ${v}`)
        .header("X-OpenStack-Nova-API-Version", v)
        .header("Vary", "OpenStack-API-Version, X-OpenStack-Nova-API-Version");
    try {
      req.apiVersion = negotiate(raw);
    } catch (err) {
      echo(raw ?? MIN_VERSION.toString());
      throw err;
    }
    echo(req.apiVersion.toString());
  });
});
