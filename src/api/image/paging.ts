import type { FastifyRequest } from "fastify";
import { pageQuery, type LinkStyle } from "../paging.js";

/**
 * Glance's marker/limit paging links (glance/api/v2/images.py
 * ResponseSerializer.index): `first` is the request's query without the
 * marker, `next` the same with the page's last id as the marker. The query is
 * Python's dict of webob's MultiDict (each name at its first position, its
 * last value), urlencode'd. The limit and marker themselves are parsed in
 * src/image/list-query.ts.
 */

/** The query string's pairs in order, repeated keys kept (webob's MultiDict). */
export function queryPairs(req: FastifyRequest): [string, string][] {
  const i = req.url.indexOf("?");
  return i === -1 ? [] : [...new URLSearchParams(req.url.slice(i + 1)).entries()];
}

const GLANCE_LINKS: LinkStyle = { order: "request", repeated: "last", marker: "append", encoding: "python" };

/** The `first` and (when there is a next page) `next` links of a listing under `path`, e.g. /v2/images. */
export function pageLinks(path: string, pairs: [string, string][], nextMarker: string | undefined): { first: string; next?: string } {
  const query = pageQuery(pairs, undefined, GLANCE_LINKS);
  return {
    first: query ? `${path}?${query}` : path,
    ...(nextMarker !== undefined ? { next: `${path}?${pageQuery(pairs, nextMarker, GLANCE_LINKS)}` } : {}),
  };
}
