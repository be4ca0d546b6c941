import { STRICT_QUERY_FROM } from "../../http/microversion.js";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { Invalid, NotFound } from "../../errors.js";
import { novaParse } from "../../http/versioned.js";
import { metadataBody, metaItemBody, serverIdParams } from "./schemas/servers.js";

/** /servers/{id}/metadata[/{key}] (nova/api/openstack/compute/server_metadata.py). */

const metadataMap = z.record(z.string(), z.string());

export default async function serverMetadataRoutes(app: App, deps: RouteDeps) {
  const { compute } = deps.services;
  const metaKeyParams = z.object({ server_id: z.string(), key: z.string() });
  app.get(
    "/servers/:server_id/metadata",
    {
      config: { noQuery: STRICT_QUERY_FROM },
      schema: {
        operationId: "compute.servers.metadata.list",
        tags: ["compute"],
        summary: "List all metadata of a server",
        params: serverIdParams,
        response: { 200: z.object({ metadata: metadataMap }) },
      },
    },
    async (req) => {
      const inst = await compute.forMetadata(authOf(req), req.params.server_id, false);
      return { metadata: Object.fromEntries(inst.metadata.map((m) => [m.key, m.value])) };
    },
  );
  for (const [method, replace] of [["POST", false], ["PUT", true]] as const) {
    app.route({
      method,
      url: "/servers/:server_id/metadata",
      schema: {
        operationId: replace ? "compute.servers.metadata.replace" : "compute.servers.metadata.update",
        tags: ["compute"],
        summary: replace ? "Replace all metadata of a server" : "Create or update metadata items of a server",
        params: serverIdParams,
        body: metadataBody,
        response: { 200: z.object({ metadata: metadataMap }) },
      },
      handler: async (req) => {
        const { server_id } = req.params as { server_id: string };
        const body = novaParse(metadataBody, req.body);
        return { metadata: await compute.setMetadata(authOf(req), server_id, body.metadata, replace) };
      },
    });
  }
  app.get(
    "/servers/:server_id/metadata/:key",
    {
      config: { noQuery: STRICT_QUERY_FROM },
      schema: {
        operationId: "compute.servers.metadata.show",
        tags: ["compute"],
        summary: "Show a metadata item of a server",
        params: metaKeyParams,
        response: { 200: z.object({ meta: metadataMap }) },
      },
    },
    async (req) => {
      const inst = await compute.forMetadata(authOf(req), req.params.server_id, false);
      const item = inst.metadata.find((m) => m.key === req.params.key);
      if (!item) throw new NotFound("Metadata item was not found");
      return { meta: { [item.key]: item.value } };
    },
  );
  app.put(
    "/servers/:server_id/metadata/:key",
    {
      schema: {
        operationId: "compute.servers.metadata.set",
        tags: ["compute"],
        summary: "Create or update one metadata item of a server",
        params: metaKeyParams,
        body: metaItemBody,
        response: { 200: z.object({ meta: metadataMap }) },
      },
    },
    async (req) => {
      const { meta } = req.body;
      const keys = Object.keys(meta);
      if (keys.length !== 1) throw new Invalid("Request body contains too many items");
      if (keys[0] !== req.params.key) throw new Invalid("Request body and URI mismatch");
      await compute.setMetadata(authOf(req), req.params.server_id, meta, false);
      return { meta };
    },
  );
  app.delete(
    "/servers/:server_id/metadata/:key",
    {
      schema: {
        operationId: "compute.servers.metadata.delete",
        tags: ["compute"],
        summary: "Delete a metadata item of a server",
        params: metaKeyParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await compute.deleteMetadataKey(authOf(req), req.params.server_id, req.params.key);
      return reply.code(204).send(null);
    },
  );
}
