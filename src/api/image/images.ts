import type { FastifyRequest } from "fastify";
import type { App, RouteDeps } from "../../composition.js";
import { authOf, baseUrlOf } from "../../http/context.js";
import { badRequest } from "../../image/errors.js";
import { pageLinks, queryPairs } from "./paging.js";
import { parsePatch } from "./patch.js";
import { imageBody, imageCreate, imageIdParams, imageList, listQuery, noContent, patchBody, tagParams } from "./schemas.js";
import { imageView } from "./views.js";

/** A body that is not JSON, reported by the route after what Glance checks first (PATCH's Content-Type). */
const MALFORMED_KEY = "__novasim_malformed_json__";
const MALFORMED = Object.freeze({ [MALFORMED_KEY]: true });
// Schema validation may hand the route a copy of the body, so test the mark, not the object.
const isMalformed = (b: unknown) => typeof b === "object" && b !== null && (b as Record<string, unknown>)[MALFORMED_KEY] === true;

/**
 * Glance (like any webob JSON deserializer) parses a request body as JSON
 * whatever its Content-Type says; PATCH alone looks at the type.
 */
export function jsonBodyParser(app: App) {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "string" }, (_req, body, done) => {
    const text = String(body);
    if (text.trim() === "") return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(null, MALFORMED);
    }
  });
  app.addHook("preHandler", async (req) => {
    if (isMalformed(req.body) && req.method !== "PATCH") throw badRequest("Malformed JSON in request body.");
  });
}

/** /v2/images, /v2/images/{id}, tags and actions (glance/api/v2/images.py, image_tags.py, image_actions.py). */
export default async function imagesRoutes(app: App, deps: RouteDeps) {
  jsonBodyParser(app);
  const images = deps.services.images;
  const tags = ["image"];

  app.get(
    "/v2/images",
    {
      schema: {
        operationId: "image.images.list",
        tags,
        summary: "List images",
        description:
          "Filters: name, status, visibility (public, private, shared, community, all), owner, tag (repeatable), member_status, os_hidden, protected, size_min/size_max, created_at/updated_at (op:time), any extra property. Sorting: sort=key:dir,... or sort_key/sort_dir. Paging: limit and marker, with a `next` link.",
        querystring: listQuery,
        response: { 200: imageList },
      },
    },
    async (req) => {
      const pairs = queryPairs(req);
      const result = await images.list(authOf(req), pairs);
      const { first, next } = pageLinks("/v2/images", pairs, result.nextMarker || undefined);
      const body: { images: ReturnType<typeof imageView>[]; first: string; schema: string; next?: string } = {
        images: result.images.map(imageView),
        first,
        schema: "/v2/schemas/images",
      };
      if (next !== undefined) body.next = next;
      return body;
    },
  );

  app.post(
    "/v2/images",
    {
      attachValidation: true,
      schema: {
        operationId: "image.images.create",
        tags,
        summary: "Create an image (status queued)",
        body: imageCreate,
        response: { 201: imageBody },
      },
    },
    async (req, reply) => {
      const image = await images.create(authOf(req), req.body);
      reply.code(201).header("location", `${baseUrlOf(req, deps.config.publicUrl)}/image/v2/images/${image.id}`);
      return imageView(image);
    },
  );

  app.get(
    "/v2/images/:image_id",
    {
      schema: { operationId: "image.images.show", tags, summary: "Show an image", params: imageIdParams, response: { 200: imageBody } },
    },
    async (req) => imageView(await images.get(authOf(req), req.params.image_id)),
  );

  app.patch(
    "/v2/images/:image_id",
    {
      attachValidation: true,
      schema: {
        operationId: "image.images.update",
        tags,
        summary: "Update an image with a JSON patch",
        description:
          "Content-Type application/openstack-images-v2.1-json-patch (or -v2.0-): add, replace and remove on /name, /visibility, /min_ram, /min_disk, /protected, /os_hidden, /tags, /disk_format, /container_format (queued only) and extra properties.",
        params: imageIdParams,
        body: patchBody,
        response: { 200: imageBody },
      },
    },
    async (req) => {
      const body: unknown = req.body;
      const changes = parsePatch(req.headers["content-type"], body, isMalformed(body));
      return imageView(await images.update(authOf(req), req.params.image_id, changes));
    },
  );

  app.delete(
    "/v2/images/:image_id",
    {
      schema: {
        operationId: "image.images.delete",
        tags,
        summary: "Delete an image and its data",
        params: imageIdParams,
        response: { 204: noContent },
      },
    },
    async (req, reply) => {
      await images.delete(authOf(req), req.params.image_id);
      return reply.code(204).send(null);
    },
  );

  app.put(
    "/v2/images/:image_id/tags/:tag_value",
    {
      schema: { operationId: "image.tags.add", tags, summary: "Add a tag", params: tagParams, response: { 204: noContent } },
    },
    async (req, reply) => {
      await images.addTag(authOf(req), req.params.image_id, req.params.tag_value);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    "/v2/images/:image_id/tags/:tag_value",
    {
      schema: { operationId: "image.tags.delete", tags, summary: "Remove a tag", params: tagParams, response: { 204: noContent } },
    },
    async (req, reply) => {
      await images.removeTag(authOf(req), req.params.image_id, req.params.tag_value);
      return reply.code(204).send(null);
    },
  );

  for (const action of ["deactivate", "reactivate"] as const) {
    app.post(
      `/v2/images/:image_id/actions/${action}`,
      {
        schema: {
          operationId: `image.images.${action}`,
          tags,
          summary: action === "deactivate" ? "Deactivate an image (admin or owner)" : "Reactivate an image (admin or owner)",
          params: imageIdParams,
          response: { 204: noContent },
        },
      },
      async (req, reply) => {
        await images.setActive(authOf(req), req.params.image_id, action === "reactivate");
        return reply.code(204).send(null);
      },
    );
  }
}
