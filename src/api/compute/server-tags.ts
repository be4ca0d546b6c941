import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import type { FastifyRequest } from "fastify";
import { baseUrlOf } from "../../http/context.js";
import { NotFound } from "../../errors.js";
import { novaParse } from "../../http/versioned.js";
import { serverIdParams, tagsBody } from "./schemas/servers.js";
import * as t from "./schemas/parameter-types.js";

/** /servers/{id}/tags[/{tag}] from 2.26 (nova/api/openstack/compute/server_tags.py). */

export default async function serverTagRoutes(app: App, deps: RouteDeps) {
  const { compute } = deps.services;
  const base = (req: FastifyRequest) => baseUrlOf(req, deps.config.publicUrl);
  const tagParams = z.object({ server_id: z.string(), tag: z.string() });
  const tagsConfig = { versions: { min: "2.26" } };
  app.get(
    "/servers/:server_id/tags",
    {
      config: tagsConfig,
      schema: { operationId: "compute.servers.tags.list", tags: ["compute"], summary: "List tags of a server", params: serverIdParams, response: { 200: z.object({ tags: z.array(z.string()) }) } },
    },
    async (req) => {
      const inst = await compute.forTags(authOf(req), req.params.server_id, false);
      return { tags: inst.tags.map((x) => x.tag) };
    },
  );
  app.put(
    "/servers/:server_id/tags",
    {
      config: tagsConfig,
      schema: { operationId: "compute.servers.tags.replace", tags: ["compute"], summary: "Replace the tags of a server", params: serverIdParams, body: tagsBody, response: { 200: z.object({ tags: z.array(z.string()) }) } },
    },
    async (req) => ({ tags: await compute.replaceTags(authOf(req), req.params.server_id, req.body.tags) }),
  );
  app.delete(
    "/servers/:server_id/tags",
    {
      config: tagsConfig,
      schema: { operationId: "compute.servers.tags.clear", tags: ["compute"], summary: "Delete all tags of a server", params: serverIdParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await compute.deleteAllTags(authOf(req), req.params.server_id);
      return reply.code(204).send(null);
    },
  );
  app.get(
    "/servers/:server_id/tags/:tag",
    {
      config: tagsConfig,
      schema: { operationId: "compute.servers.tags.check", tags: ["compute"], summary: "Check whether a server has a tag", params: tagParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      const inst = await compute.forTags(authOf(req), req.params.server_id, false);
      if (!inst.tags.some((x) => x.tag === req.params.tag)) throw new NotFound(`Tag '${req.params.tag}' could not be found.`);
      return reply.code(204).send(null);
    },
  );
  app.put(
    "/servers/:server_id/tags/:tag",
    {
      config: tagsConfig,
      schema: { operationId: "compute.servers.tags.add", tags: ["compute"], summary: "Add a tag to a server", params: tagParams, response: { 201: z.null(), 204: z.null() } },
    },
    async (req, reply) => {
      novaParse(z.object({ tag: t.tag }), { tag: req.params.tag });
      const added = await compute.addTag(authOf(req), req.params.server_id, req.params.tag);
      if (added) reply.header("Location", `${base(req)}/compute/v2.1/servers/${req.params.server_id}/tags/${req.params.tag}`);
      return reply.code(added ? 201 : 204).send(null);
    },
  );
  app.delete(
    "/servers/:server_id/tags/:tag",
    {
      config: tagsConfig,
      schema: { operationId: "compute.servers.tags.delete", tags: ["compute"], summary: "Delete a tag from a server", params: tagParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await compute.deleteTag(authOf(req), req.params.server_id, req.params.tag);
      return reply.code(204).send(null);
    },
  );
}
