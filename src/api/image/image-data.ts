import type { Readable } from "node:stream";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { glanceError, unsupportedMediaType } from "../../image/errors.js";
import { imageIdParams, noContent } from "./schemas.js";

/** Image data can be far larger than the 112 KiB API body limit. */
export const IMAGE_BODY_LIMIT = 10 * 1024 ** 3;

/** PUT/GET /v2/images/{id}/file, and the stage/import endpoints this site does not offer (glance/api/v2/image_data.py). */
export default async function imageDataRoutes(app: App, deps: RouteDeps) {
  // Hand the raw request stream to the handler, whatever its type; the handler checks it.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", (_req, payload, done) => done(null, payload));
  const images = deps.services.images;
  const tags = ["image"];

  app.put(
    "/v2/images/:image_id/file",
    {
      bodyLimit: IMAGE_BODY_LIMIT,
      schema: {
        operationId: "image.data.upload",
        tags,
        summary: "Upload image data",
        description:
          "Content-Type application/octet-stream. Streams to the image store while computing size, checksum (md5) and os_hash_value (sha512); the image goes queued -> saving -> active.",
        params: imageIdParams,
        response: { 204: noContent },
      },
    },
    async (req, reply) => {
      const stream = req.body as Readable | undefined;
      try {
        const ct = req.headers["content-type"];
        const type = ct?.split(";")[0]!.trim().toLowerCase();
        if (type !== "application/octet-stream") {
          throw unsupportedMediaType(ct ?? "", `Invalid content type ${type ?? "None"}`);
        }
        await images.upload(authOf(req), req.params.image_id, stream ?? Buffer.alloc(0));
      } catch (err) {
        stream?.resume();
        throw err;
      }
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/v2/images/:image_id/file",
    {
      schema: {
        operationId: "image.data.download",
        tags,
        summary: "Download image data",
        description: "200 with the data (Content-MD5, Content-Length), or 204 when the image has no data.",
        params: imageIdParams,
        response: { 200: z.unknown().describe("image data (application/octet-stream)"), 204: noContent },
      },
    },
    async (req, reply) => {
      const { image, stream } = await images.download(authOf(req), req.params.image_id);
      if (!stream) return reply.code(204).send(null);
      reply.header("content-type", "application/octet-stream");
      if (image.checksum) reply.header("content-md5", image.checksum);
      if (image.size !== null) reply.header("content-length", String(image.size));
      return reply.send(stream);
    },
  );

  app.put(
    "/v2/images/:image_id/stage",
    {
      bodyLimit: IMAGE_BODY_LIMIT,
      schema: {
        operationId: "image.data.stage",
        tags,
        summary: "Stage image data (interoperable import; not offered: 404)",
        params: imageIdParams,
        response: { 404: z.unknown() },
      },
    },
    async (req) => {
      (req.body as Readable | undefined)?.resume();
      throw glanceError("not-found", "'glance-direct' method is not available at this site.");
    },
  );
}

/** POST /v2/images/{id}/import and GET /v2/info/import: no import methods are enabled here. */
export async function importRoutes(app: App) {
  const tags = ["image"];
  app.post(
    "/v2/images/:image_id/import",
    {
      schema: {
        operationId: "image.images.import",
        tags,
        summary: "Import image data (no import methods enabled here: 404)",
        params: imageIdParams,
        response: { 404: z.unknown() },
      },
    },
    async () => {
      throw glanceError("not-found", "Image import is not available at this site; upload data with PUT /v2/images/{image_id}/file.");
    },
  );
  app.get(
    "/v2/info/import",
    {
      schema: {
        operationId: "image.info.import",
        tags,
        summary: "Import methods available (none)",
        response: {
          200: z.object({ "import-methods": z.object({ description: z.string(), type: z.string(), value: z.array(z.string()) }) }),
        },
      },
    },
    async () => ({
      "import-methods": { description: "Import methods available.", type: "array", value: [] as string[] },
    }),
  );
}
