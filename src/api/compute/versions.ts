import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { baseUrlOf } from "../../http/context.js";
import { MAX_VERSION, MIN_VERSION } from "../../http/microversion.js";

const link = z.object({ rel: z.string(), href: z.string(), type: z.string().optional() });
const version = z.object({
  id: z.string(),
  status: z.enum(["CURRENT", "SUPPORTED", "DEPRECATED"]),
  version: z.string(),
  min_version: z.string(),
  updated: z.string(),
  links: z.array(link),
});
const versionDetail = version.extend({
  "media-types": z.array(z.object({ base: z.string(), type: z.string() })),
});

/** The two API versions Nova lists; v2.0 first, as Tempest expects. */
function versions(base: string) {
  return [
    {
      id: "v2.0",
      status: "SUPPORTED" as const,
      version: "",
      min_version: "",
      updated: "2011-01-21T11:33:21Z",
      links: [{ rel: "self", href: `${base}/compute/v2/` }],
    },
    {
      id: "v2.1",
      status: "CURRENT" as const,
      version: MAX_VERSION.toString(),
      min_version: MIN_VERSION.toString(),
      updated: "2013-07-23T11:33:21Z",
      links: [{ rel: "self", href: `${base}/compute/v2.1/` }],
    },
  ];
}

function detail(v: ReturnType<typeof versions>[number]) {
  return {
    version: {
      ...v,
      links: [...v.links, { rel: "describedby", type: "text/html", href: "http://docs.openstack.org/" }],
      "media-types": [
        { base: "application/json", type: `application/vnd.openstack.compute+json;version=${v.id.slice(1)}` },
      ],
    },
  };
}

export default async function computeVersionRoutes(app: App, deps: RouteDeps) {
  const base = (req: FastifyRequest) => baseUrlOf(req, deps.config.publicUrl);
  app.get(
    "/compute",
    {
      config: { public: true },
      schema: {
        operationId: "compute.versions",
        tags: ["compute"],
        summary: "List Compute API versions",
        security: [],
        response: { 200: z.object({ versions: z.array(version) }) },
      },
    },
    async (req) => ({ versions: versions(base(req)) }),
  );
  for (const [path, index] of [
    ["/compute/v2", 0],
    ["/compute/v2.1", 1],
  ] as const) {
    app.get(
      path,
      {
        config: { public: true },
        schema: {
          operationId: `compute.version.${index === 0 ? "v2_0" : "v2_1"}`,
          tags: ["compute"],
          summary: `Show Compute API ${index === 0 ? "v2.0" : "v2.1"} version details`,
          security: [],
          response: { 200: z.object({ version: versionDetail }) },
        },
      },
      async (req) => detail(versions(base(req))[index]!),
    );
  }
}
