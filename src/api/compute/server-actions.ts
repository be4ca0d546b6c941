import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { Invalid, NotFound } from "../../errors.js";
import { novaParse, versionedBodyValidator, type VersionedSchema } from "../../http/versioned.js";
import { MIN_VERSION } from "../../http/microversion.js";
import type { ServerAction } from "./actions/types.js";
import { SERVER_ACTIONS } from "./actions/index.js";

const isVersioned = (s: ServerAction["schema"]): s is VersionedSchema<unknown> => "entries" in s && "at" in s;

/**
 * POST /servers/{server_id}/action: one route, dispatched on the body's key to
 * the actions registered in ./actions/index.ts. The OpenAPI entry lists every
 * action's body (oneOf, each titled with its key and microversion range).
 */
export default async function serverActionRoutes(app: App, deps: RouteDeps) {
  const byKey = new Map<string, ServerAction>();
  for (const a of SERVER_ACTIONS) {
    if (byKey.has(a.key)) throw new Error(`server action ${a.key} registered twice`);
    byKey.set(a.key, a);
  }
  const documented = SERVER_ACTIONS.map((a) => {
    const schema = isVersioned(a.schema) ? a.schema.latest : a.schema;
    const range = a.versions ? ` (microversions ${a.versions.min ?? MIN_VERSION.toString()} to ${a.versions.max ?? "latest"})` : "";
    return schema.meta({ title: a.key, description: `${a.summary}${range}. Success: ${a.status}.` });
  });

  /**
   * /os-volumes_boot/{id}/action, the alias's actions up to 2.102 (volumes_boot.py): only
   * those of Nova's ServersController; any other key is "no such action" there.
   */
  const ALIASES: { prefix: string; op: string; config: { versions?: { max: string } }; only: Set<string> | null }[] = [
    { prefix: "/servers", op: "compute.servers", config: {}, only: null },
    {
      prefix: "/os-volumes_boot",
      op: "compute.volumes_boot",
      config: { versions: { max: "2.102" } },
      only: new Set(["confirmResize", "revertResize", "reboot", "resize", "rebuild", "createImage", "os-start", "os-stop", "trigger_crash_dump"]),
    },
  ];
  for (const { prefix, op, config, only } of ALIASES) {
    app.post(
      `${prefix}/:server_id/action`,
      {
        config,
      validatorCompiler: versionedBodyValidator,
        schema: {
          operationId: `${op}.action`,
          tags: ["compute"],
          summary: "Run a server action",
          description:
            "The body names exactly one action by its key: " +
            SERVER_ACTIONS.map((a) => `\`${a.key}\``).join(", ") +
            ". Each action's body schema is one alternative of the request body.",
          params: z.object({ server_id: z.string() }),
          body: documented.length > 1 ? z.union(documented as unknown as [z.ZodType, z.ZodType]) : (documented[0] ?? z.object({})),
          response: {
            200: z.looseObject({}).describe("Actions answering with a body (e.g. os-getConsoleOutput, rebuild)."),
            202: z.union([z.looseObject({}), z.null()]).describe("Accepted: the action runs asynchronously."),
            204: z.null(),
          },
        },
      },
      async (req, reply) => {
        const ctx = authOf(req);
        const body = req.body;
        if (body === null || typeof body !== "object" || Array.isArray(body)) throw new Invalid("Malformed request body");
        const keys = Object.keys(body);
        const key = keys.find((k) => byKey.has(k));
        const action = key && (!only || only.has(key)) ? byKey.get(key) : undefined;
        // Nova (wsgi.Resource): an unknown action is a 400, one outside its microversions a 404.
        if (!action) throw new Invalid(keys.length ? `There is no such action: ${keys[0]}` : "Malformed request body");
        if (!req.apiVersion.within(action.versions?.min, action.versions?.max)) throw new NotFound("The resource could not be found.");
        const schema = isVersioned(action.schema) ? action.schema.at(req.apiVersion) : action.schema;
        const parsed = novaParse(schema, body) as Record<string, unknown>;
        const inst = await deps.services.compute.visible(ctx, req.params.server_id);
        const out = await action.handle({ req, reply, ctx, inst, body: parsed, deps });
        if (reply.sent) return reply;
        reply.code(action.status);
        return (action.status === 204 ? null : (out ?? null)) as Record<string, unknown> | null;
      },
    );
  }
}
