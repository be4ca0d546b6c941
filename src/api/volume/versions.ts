import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { baseUrlOf } from "../../http/context.js";
import { VOLUME_MAX_VERSION, VOLUME_MIN_VERSION } from "./microversion.js";
import { tags } from "./common.js";

/** Cinder's version documents (cinder/api/versions.py): GET /volume answers 300 with the list, GET /volume/v3 200. */
const version = z.object({
  id: z.string(),
  status: z.string(),
  version: z.string(),
  min_version: z.string(),
  updated: z.string(),
  links: z.array(z.object({ rel: z.string(), href: z.string(), type: z.string().optional() })),
  "media-types": z.array(z.object({ base: z.string(), type: z.string() })),
});

function v3(base: string) {
  return {
    id: "v3.0",
    status: "CURRENT",
    version: VOLUME_MAX_VERSION.toString(),
    min_version: VOLUME_MIN_VERSION.toString(),
    updated: "2022-08-31T00:00:00Z",
    links: [
      { rel: "describedby", type: "text/html", href: "https://docs.openstack.org/" },
      { rel: "self", href: `${base}/volume/v3/` },
    ],
    "media-types": [{ base: "application/json", type: "application/vnd.openstack.volume+json;version=3" }],
  };
}

export default async function volumeVersionRoutes(app: App, deps: RouteDeps) {
  const base = (req: FastifyRequest) => baseUrlOf(req, deps.config.publicUrl);
  app.get(
    "/volume",
    {
      config: { public: true },
      schema: { operationId: "volume.versions", tags, summary: "List Block Storage API versions", security: [], response: { 300: z.object({ versions: z.array(version) }) } },
    },
    async (req, reply) => reply.code(300).send({ versions: [v3(base(req))] }),
  );
  app.get(
    "/volume/v3",
    {
      config: { public: true },
      schema: { operationId: "volume.version.v3", tags, summary: "Show Block Storage API v3", security: [], response: { 200: z.object({ versions: z.array(version) }) } },
    },
    async (req) => ({ versions: [v3(base(req))] }),
  );
}
