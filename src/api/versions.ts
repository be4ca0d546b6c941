import { z } from "zod";
import type { App, RouteDeps } from "../composition.js";
import { baseUrlOf } from "../http/context.js";

/**
 * Version documents of the services other than Keystone, Nova and Placement
 * (which have their own modules): what clients fetch to discover each endpoint.
 */
const link = z.object({ rel: z.string(), href: z.string(), type: z.string().optional() });

export default async function versionRoutes(app: App, deps: RouteDeps) {
  const base = (req: Parameters<typeof baseUrlOf>[0]) => baseUrlOf(req, deps.config.publicUrl);

  // Glance answers its root with 300 Multiple Choices, listing v2.x.
  const glanceVersion = z.object({ id: z.string(), status: z.string(), links: z.array(link) });
  app.get(
    "/image",
    {
      config: { public: true },
      schema: {
        operationId: "image.versions",
        tags: ["image"],
        summary: "List Image API versions",
        security: [],
        response: { 300: z.object({ versions: z.array(glanceVersion) }) },
      },
    },
    async (req, reply) => {
      const href = `${base(req)}/image/v2/`;
      const versions = ["v2.17", "v2.16", "v2.15", "v2.9", "v2.7", "v2.6", "v2.5", "v2.4", "v2.3", "v2.2", "v2.1", "v2.0"].map(
        (id, i) => ({ id, status: i === 0 ? "CURRENT" : "SUPPORTED", links: [{ rel: "self", href }] }),
      );
      return reply.code(300).send({ versions });
    },
  );

  const neutronVersion = z.object({ id: z.string(), status: z.string(), links: z.array(link) });
  app.get(
    "/networking",
    {
      config: { public: true },
      schema: {
        operationId: "network.versions",
        tags: ["network"],
        summary: "List Networking API versions",
        security: [],
        response: { 200: z.object({ versions: z.array(neutronVersion) }) },
      },
    },
    async (req) => ({
      versions: [{ id: "v2.0", status: "CURRENT", links: [{ rel: "self", href: `${base(req)}/networking/v2.0/` }] }],
    }),
  );
}
