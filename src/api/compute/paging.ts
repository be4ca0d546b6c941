import { nextLinks, type Link, type LinkStyle } from "../paging.js";

/**
 * Nova's marker/limit paging (nova/api/openstack/common.py): the page size
 * and the `<collection>_links` of a full page.
 */

/** Nova's [api] max_limit: the largest page any list returns. */
export const MAX_LIMIT = 1000;

/** The page size asked for: `limit` capped at max_limit, max_limit when absent (get_limit_and_marker). */
export function pageLimit(raw: string | number | undefined, max = MAX_LIMIT): number {
  return Math.min(max, raw === undefined ? max : Number(raw));
}

/**
 * Nova's ViewBuilder._get_next_link: the request's parameters sorted
 * (OrderedDict(sorted(request.params.items())), so a repeated one keeps its
 * greatest value), the marker replaced in place, urlencode'd. Flavors.
 */
export const NOVA_LINKS: LinkStyle = { order: "sorted", repeated: "greatest", marker: "in-place", encoding: "python" };

/**
 * How the key pair, usage and migration lists have always written it: a
 * repeated parameter keeps its last value, and the form encoding (which, unlike
 * quote_plus, leaves `*` and escapes `~`). To converge on NOVA_LINKS later.
 */
export const COLLECTION_LINKS: LinkStyle = { order: "sorted", repeated: "last", marker: "in-place", encoding: "form" };

/** How os-hypervisors has always written it: the marker last, repeated values comma-joined, the form encoding. */
export const HYPERVISOR_LINKS: LinkStyle = { order: "sorted", repeated: "joined", marker: "append", encoding: "form" };

/** How the image proxy has always written it: the parameters in request order, the marker last (glanceclient's way). */
export const IMAGE_PROXY_LINKS: LinkStyle = { order: "request", repeated: "all", marker: "append", encoding: "python" };

/** The `next` link of a full page under /compute/v2.1 (`base` is the public URL). */
export function novaNextLinks(
  r: { base: string; collection: string; query: Record<string, unknown> | [string, string][]; count: number; limit: number | undefined; lastId: string | undefined },
  style: LinkStyle = NOVA_LINKS,
): Link[] {
  return nextLinks({ url: `${r.base}/compute/v2.1/${r.collection}`, query: r.query, count: r.count, limit: r.limit, lastId: r.lastId }, style);
}

/**
 * The `next` link of a full page, as Nova's _get_collection_links builds it
 * (key pairs, usage, migrations). `base` ends with /compute/v2.1.
 */
export function collectionLinks(
  base: string,
  collection: string,
  query: Record<string, unknown>,
  count: number,
  limit: number | undefined,
  maxLimit: number,
  lastId: string | undefined,
): Link[] {
  return nextLinks({ url: `${base}/${collection}`, query, count, limit: Math.min(limit ?? maxLimit, maxLimit), lastId }, COLLECTION_LINKS);
}

export type { Link };
