import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { baseUrlOf } from "../../http/context.js";
import { link } from "./schemas/common.js";

const version = z.object({
  id: z.string(),
  status: z.string(),
  updated: z.string(),
  links: z.array(link),
  "media-types": z.array(z.object({ base: z.string(), type: z.string() })),
});

const v3 = (base: string) => ({
  id: "v3.14",
  status: "stable",
  updated: "2020-04-07T00:00:00Z",
  links: [{ rel: "self", href: `${base}/identity/v3/` }],
  "media-types": [{ base: "application/json", type: "application/vnd.openstack.identity-v3+json" }],
});

/** Keystone's version documents: 300 Multiple Choices at the root, 200 at /v3. */
export default async function identityVersionRoutes(app: App, deps: RouteDeps) {
  const base = (req: FastifyRequest) => baseUrlOf(req, deps.config.publicUrl);
  app.get(
    "/",
    {
      config: { public: true },
      schema: {
        operationId: "identity.versions",
        tags: ["identity"],
        summary: "List Identity API versions",
        security: [],
        response: { 300: z.object({ versions: z.object({ values: z.array(version) }) }) },
      },
    },
    async (req, reply) => reply.code(300).send({ versions: { values: [v3(base(req))] } }),
  );
  app.get(
    "/v3",
    {
      config: { public: true },
      schema: {
        operationId: "identity.version.v3",
        tags: ["identity"],
        summary: "Show Identity API v3 version details",
        security: [],
        response: { 200: z.object({ version }) },
      },
    },
    async (req) => ({ version: v3(base(req)) }),
  );
}
