import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { OpenStackError, Invalid, Forbidden, NotFound } from "../../errors.js";
import { authOf, baseUrlOf } from "../../http/context.js";
import { pyRepr } from "../../python-literals.js";
import type { AuthContext } from "../../identity/types.js";
import { isotime } from "../../time-formats.js";
import type { Change, Image } from "../../image/image.js";
import { metadata as metadataSchema } from "./schemas/parameter-types.js";
import { queryPairs } from "../image/paging.js";
import { IMAGE_PROXY_LINKS, MAX_LIMIT, novaNextLinks } from "./paging.js";

/**
 * Nova's deprecated image proxy (nova/api/openstack/compute/images.py and
 * image_metadata.py): a view of Glance's images through Nova's API, gone
 * after 2.35 (images) and 2.38 (image metadata), as MAX_PROXY_API_SUPPORT_VERSION
 * and MAX_IMAGE_META_PROXY_API_VERSION say.
 */
const PROXY_MAX = "2.35";
const META_MAX = "2.38";

const link = z.object({ rel: z.string(), href: z.string(), type: z.string().optional() });
const imageDetail = z.object({
  id: z.string(),
  name: z.string().nullable(),
  minRam: z.number().int(),
  minDisk: z.number().int(),
  metadata: z.record(z.string(), z.unknown()),
  created: z.string().nullable(),
  updated: z.string().nullable(),
  status: z.string(),
  progress: z.number().int(),
  "OS-EXT-IMG-SIZE:size": z.number().int(),
  links: z.array(link),
  server: z.object({ id: z.string(), links: z.array(link) }).optional(),
  "OS-DCF:diskConfig": z.enum(["AUTO", "MANUAL"]).optional(),
});
const imageBrief = z.object({ id: z.string(), name: z.string().nullable(), links: z.array(link) });
const imagesLinks = z.array(link).optional();
const idParams = z.object({ image_id: z.string() });
const keyParams = z.object({ image_id: z.string(), key: z.string() });
const anyQuery = z.looseObject({});
const metadataBody = z.strictObject({ metadata: metadataSchema });
const metaBody = z.strictObject({ meta: metadataSchema });
const metadataResponse = z.object({ metadata: z.record(z.string(), z.unknown()) });
const metaResponse = z.object({ meta: z.record(z.string(), z.unknown()) });

// views/images.py _get_status and _get_progress
const STATUS: Record<string, string> = {
  active: "ACTIVE",
  queued: "SAVING",
  saving: "SAVING",
  deleted: "DELETED",
  pending_delete: "DELETED",
  killed: "ERROR",
};
const PROGRESS: Record<string, number> = { queued: 25, saving: 50, active: 100 };
const TRUE = ["1", "t", "true", "on", "y", "yes"];

/** nova/image/glance.py _convert_from_string: these properties carry JSON. */
function novaProperties(props: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...props };
  for (const k of ["block_device_mapping", "mappings"]) {
    if (typeof out[k] === "string") {
      try {
        out[k] = JSON.parse(out[k] as string);
      } catch {
        // left as the string Glance holds
      }
    }
  }
  return out;
}

export default async function imageProxyRoutes(app: App, deps: RouteDeps) {
  const glance = deps.services.images;
  const tags = ["compute"];
  const base = (req: FastifyRequest) => baseUrlOf(req, deps.config.publicUrl);
  const links = (req: FastifyRequest, id: string, coll = "images") => [
    { rel: "self", href: `${base(req)}/compute/v2.1/${coll}/${id}` },
    { rel: "bookmark", href: `${base(req)}/compute/${coll}/${id}` },
  ];
  const imageLinks = (req: FastifyRequest, id: string) => [
    ...links(req, id),
    { rel: "alternate", type: "application/vnd.openstack.image", href: `${base(req)}/image/images/${id}` },
  ];

  function detailView(req: FastifyRequest, i: Image): z.infer<typeof imageDetail> {
    const metadata = novaProperties(i.properties);
    const view: z.infer<typeof imageDetail> = {
      id: i.id,
      name: i.name,
      minRam: i.minRam,
      minDisk: i.minDisk,
      metadata,
      created: isotime(i.createdAt),
      updated: isotime(i.updatedAt),
      status: STATUS[i.status] ?? "UNKNOWN",
      progress: PROGRESS[i.status] ?? 0,
      "OS-EXT-IMG-SIZE:size": i.size ?? 0,
      links: imageLinks(req, i.id),
    };
    const server = i.properties.instance_uuid;
    if (server !== undefined) view.server = { id: server, links: links(req, server, "servers") };
    const adc = i.properties.auto_disk_config;
    if (adc !== undefined) view["OS-DCF:diskConfig"] = TRUE.includes(adc.toLowerCase()) ? "AUTO" : "MANUAL";
    return view;
  }

  /** Glance errors seen through glanceclient, as Nova translates them. */
  async function viaGlance<T>(id: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (!(err instanceof OpenStackError)) throw err;
      if (err.kind === "not-found") throw new NotFound("Image not found.");
      if (err.kind === "forbidden" || err.kind === "unauthorized") throw new Forbidden(`Not authorized for image ${id}.`);
      if (err.kind === "invalid") throw new Invalid(`Request of image ${id} got BadRequest response: ${err.message.replace(/<br \/>.*$/s, "")}`);
      throw err;
    }
  }

  /** ImagesController._get_filters + glance.py _extract_query_params_v2, then Glance's listing. */
  async function list(req: FastifyRequest, ctx: AuthContext) {
    const pairs = queryPairs(req);
    const filters: [string, string][] = [];
    const MAP: Record<string, string> = { name: "name", status: "status", server: "instance_uuid", type: "image_type", minRam: "min_ram", minDisk: "min_disk" };
    for (const [k, v] of pairs) {
      if (filters.some(([x]) => x === (MAP[k] ?? k))) continue;
      if (k === "status") filters.push(["status", v.toLowerCase()]);
      else if (k === "server") filters.push(["instance_uuid", v.replace(/^.*\//, "")]);
      else if (k === "changes-since") filters.push(["updated_at", `gte:${v}`]);
      else if (MAP[k]) filters.push([MAP[k]!, v]);
      else if (k.startsWith("property-")) filters.push([k.slice("property-".length), v]);
    }
    const int = (name: string) => {
      const raw = pairs.find(([k]) => k === name)?.[1];
      if (raw === undefined) return undefined;
      if (!/^\d+$/.test(raw)) throw new Invalid(`Invalid input for query parameters ${name}. Value: ${raw}. ${pyRepr(raw)} does not match '^[0-9]*$'`);
      return Number(raw);
    };
    const limit = int("limit");
    int("offset");
    let marker = pairs.find(([k]) => k === "marker")?.[1];
    const want = limit ? Math.min(limit, MAX_LIMIT) : Infinity;
    const images: Image[] = [];
    // glanceclient pages through Glance until it has what was asked for.
    for (;;) {
      const page = Math.min(want - images.length, MAX_LIMIT);
      const q: [string, string][] = [...filters, ["limit", String(page)]];
      if (marker) q.push(["marker", marker]);
      let r;
      try {
        r = await glance.list(ctx, q);
      } catch (err) {
        if (err instanceof OpenStackError && err.kind === "invalid") throw new Invalid(err.message.replace(/<br \/>.*$/s, ""));
        throw err;
      }
      images.push(...r.images);
      if (!r.nextMarker || images.length >= want) break;
      marker = r.nextMarker;
    }
    const out = images.slice(0, want);
    const next = novaNextLinks(
      {
        base: base(req),
        collection: req.url.includes("/images/detail") ? "images/detail" : "images",
        query: pairs,
        count: out.length,
        limit,
        lastId: out.at(-1)?.id,
      },
      IMAGE_PROXY_LINKS,
    );
    return { images: out, next: next.length ? next : undefined };
  }

  const proxy = { versions: { max: PROXY_MAX } };
  const meta = { versions: { max: META_MAX } };

  app.get(
    "/images",
    {
      config: proxy,
      schema: {
        operationId: "compute.images.list",
        tags,
        summary: "List images (proxy to Glance, deprecated)",
        querystring: anyQuery,
        response: { 200: z.object({ images: z.array(imageBrief), images_links: imagesLinks }) },
      },
    },
    async (req) => {
      const { images, next } = await list(req, authOf(req));
      return {
        images: images.map((i) => ({ id: i.id, name: i.name, links: imageLinks(req, i.id) })),
        ...(next ? { images_links: next } : {}),
      };
    },
  );

  app.get(
    "/images/detail",
    {
      config: proxy,
      schema: {
        operationId: "compute.images.detail",
        tags,
        summary: "List images with details (proxy to Glance, deprecated)",
        querystring: anyQuery,
        response: { 200: z.object({ images: z.array(imageDetail), images_links: imagesLinks }) },
      },
    },
    async (req) => {
      const { images, next } = await list(req, authOf(req));
      return { images: images.map((i) => detailView(req, i)), ...(next ? { images_links: next } : {}) };
    },
  );

  app.get(
    "/images/:image_id",
    {
      config: proxy,
      schema: {
        operationId: "compute.images.show",
        tags,
        summary: "Show an image (proxy to Glance, deprecated)",
        params: idParams,
        response: { 200: z.object({ image: imageDetail }) },
      },
    },
    async (req) => {
      const id = req.params.image_id;
      const image = await viaGlance(id, () => glance.get(authOf(req), id));
      return { image: detailView(req, image) };
    },
  );

  app.delete(
    "/images/:image_id",
    {
      config: proxy,
      schema: {
        operationId: "compute.images.delete",
        tags,
        summary: "Delete an image (proxy to Glance, deprecated)",
        params: idParams,
        response: { 204: z.null().describe("No Content") },
      },
    },
    async (req, reply) => {
      const id = req.params.image_id;
      try {
        await glance.delete(authOf(req), id);
      } catch (err) {
        if (err instanceof OpenStackError && err.kind === "not-found") throw new NotFound("Image not found.");
        if (err instanceof OpenStackError && err.kind === "forbidden") throw new Forbidden("You are not allowed to delete the image.");
        throw err;
      }
      return reply.code(204).send(null);
    },
  );

  // ------------------------------------------------------------ image metadata

  const getImage = (req: FastifyRequest, id: string) => viaGlance(id, () => glance.get(authOf(req), id));

  /** Glance update with purge_props: the image's extra properties become exactly `props`. */
  async function saveProperties(req: FastifyRequest, image: Image, props: Record<string, string>) {
    if (Object.keys(props).length > 128) throw new Forbidden("Image metadata limit exceeded");
    const changes: Change[] = [];
    for (const k of Object.keys(image.properties)) if (!(k in props)) changes.push({ op: "remove", path: [k], draft: 10 });
    for (const [k, v] of Object.entries(props)) if (image.properties[k] !== v) changes.push({ op: "add", path: [k], value: v, draft: 10 });
    return viaGlance(image.id, () => glance.update(authOf(req), image.id, changes));
  }

  app.get(
    "/images/:image_id/metadata",
    {
      config: meta,
      schema: {
        operationId: "compute.images.metadata.list",
        tags,
        summary: "List image metadata (proxy to Glance, deprecated)",
        params: idParams,
        response: { 200: metadataResponse },
      },
    },
    async (req) => ({ metadata: novaProperties((await getImage(req, req.params.image_id)).properties) }),
  );

  app.post(
    "/images/:image_id/metadata",
    {
      config: meta,
      schema: {
        operationId: "compute.images.metadata.create",
        tags,
        summary: "Add or update image metadata items (proxy to Glance, deprecated)",
        params: idParams,
        body: metadataBody,
        response: { 200: metadataResponse },
      },
    },
    async (req) => {
      const image = await getImage(req, req.params.image_id);
      const saved = await saveProperties(req, image, { ...image.properties, ...req.body.metadata });
      return { metadata: novaProperties(saved.properties) };
    },
  );

  app.put(
    "/images/:image_id/metadata",
    {
      config: meta,
      schema: {
        operationId: "compute.images.metadata.replace",
        tags,
        summary: "Replace all image metadata (proxy to Glance, deprecated)",
        params: idParams,
        body: metadataBody,
        response: { 200: metadataResponse },
      },
    },
    async (req) => {
      const image = await getImage(req, req.params.image_id);
      await saveProperties(req, image, req.body.metadata);
      return { metadata: req.body.metadata };
    },
  );

  app.get(
    "/images/:image_id/metadata/:key",
    {
      config: meta,
      schema: {
        operationId: "compute.images.metadata.show",
        tags,
        summary: "Show an image metadata item (proxy to Glance, deprecated)",
        params: keyParams,
        response: { 200: metaResponse },
      },
    },
    async (req) => {
      const props = novaProperties((await getImage(req, req.params.image_id)).properties);
      if (!(req.params.key in props)) throw new NotFound("The resource could not be found.");
      return { meta: { [req.params.key]: props[req.params.key] } };
    },
  );

  app.put(
    "/images/:image_id/metadata/:key",
    {
      config: meta,
      schema: {
        operationId: "compute.images.metadata.update",
        tags,
        summary: "Set an image metadata item (proxy to Glance, deprecated)",
        params: keyParams,
        body: metaBody,
        response: { 200: metaResponse },
      },
    },
    async (req) => {
      const m = req.body.meta;
      const n = Object.keys(m).length;
      if (n !== 1) {
        const why = n > 1 ? "has too many properties" : "does not have enough properties";
        throw new Invalid(`Invalid input for field/attribute meta. Value: ${pyRepr(m)}. ${pyRepr(m)} ${why}`);
      }
      const key = req.params.key;
      if (!(key in m)) throw new Invalid("Request body and URI mismatch");
      const image = await getImage(req, req.params.image_id);
      await saveProperties(req, image, { ...image.properties, [key]: m[key]! });
      return { meta: m };
    },
  );

  app.delete(
    "/images/:image_id/metadata/:key",
    {
      config: meta,
      schema: {
        operationId: "compute.images.metadata.delete",
        tags,
        summary: "Delete an image metadata item (proxy to Glance, deprecated)",
        params: keyParams,
        response: { 204: z.null().describe("No Content") },
      },
    },
    async (req, reply) => {
      const image = await getImage(req, req.params.image_id);
      if (!(req.params.key in image.properties)) throw new NotFound("Invalid metadata key");
      const { [req.params.key]: _gone, ...rest } = image.properties;
      await saveProperties(req, image, rest);
      return reply.code(204).send(null);
    },
  );
}
