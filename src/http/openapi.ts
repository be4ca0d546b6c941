import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { jsonSchemaTransform } from "fastify-type-provider-zod";

export const OPENAPI_INFO = {
  title: "novasim",
  description:
    "OpenStack-compatible compute control plane (Nova, with the Keystone, Glance, Neutron and Placement slices clients need). " +
    "Every route except version documents and token creation needs a Keystone token in X-Auth-Token.",
  version: "0.1.0",
};

/** The OpenAPI document is built from the routes' zod schemas; served at /openapi.json, browsable at /docs. */
export default fp(async function openapi(app: FastifyInstance, opts: { docs: boolean }) {
  // Documentation routes are public, like version documents.
  app.addHook("onRoute", (route) => {
    if (route.url === "/openapi.json" || route.url.startsWith("/docs")) {
      route.config = { ...(route.config ?? {}), public: true };
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
    transform: jsonSchemaTransform,
  });
  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  if (opts.docs) await app.register(swaggerUi, { routePrefix: "/docs" });
});
