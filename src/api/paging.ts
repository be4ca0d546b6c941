import { urlencode } from "./query-string.js";

/**
 * The `next` link of a full page, carrying the request's query parameters
 * with the marker set to the page's last item: what Nova's, Glance's and
 * Nova's image proxy's paging links are made of. Each API family's paging
 * module (src/api/compute/paging.ts, src/api/image/paging.ts) fixes the style;
 * the style options exist because some lists have always written their links
 * slightly differently from the others (see each family module).
 */

export interface Link {
  rel: string;
  href: string;
}

export interface LinkStyle {
  /** Parameters sorted by name (Nova's OrderedDict(sorted(...))) or kept in request order. */
  order: "sorted" | "request";
  /**
   * A repeated parameter: its last value ("last"), its greatest (Nova: sorted
   * pairs into a dict), every value ("all"), or one parameter of the values
   * joined with commas ("joined").
   */
  repeated: "last" | "greatest" | "all" | "joined";
  /** The marker replaces the request's own in place, or goes last. */
  marker: "in-place" | "append";
  /** Python's urlencode (quote_plus) or the WHATWG form encoding (URLSearchParams). */
  encoding: "python" | "form";
}

export interface NextLinkRequest {
  /** The collection's URL, without a query. */
  url: string;
  /** The request's parameters: as parsed (a string or the repeated values per name) or as ordered pairs. */
  query: Record<string, unknown> | [string, string][];
  /** Items on this page, and the page size asked for (0 or undefined: no link). */
  count: number;
  limit: number | undefined;
  /** The marker of the next page: the last item's id. */
  lastId: string | undefined;
}

/** The `next` link of a full page, or none. */
export function nextLinks(r: NextLinkRequest, style: LinkStyle): Link[] {
  if (!r.limit || r.count !== r.limit || r.lastId === undefined) return [];
  return [{ rel: "next", href: `${r.url}?${pageQuery(r.query, r.lastId, style)}` }];
}

/** The request's parameters as a page link carries them, with `marker` set to `lastId` (or left out when undefined). */
export function pageQuery(query: NextLinkRequest["query"], lastId: string | undefined, style: LinkStyle): string {
  let pairs = toPairs(query, style.repeated);
  if (style.order === "sorted") {
    const byValue = style.repeated === "greatest";
    pairs = [...pairs].sort(([ka, va], [kb, vb]) => cmp(ka, kb) || (byValue ? cmp(va, vb) : 0));
  }
  if (style.repeated === "last" || style.repeated === "greatest") {
    // A dict: each name at its first position, with its last value.
    const m = new Map<string, string>();
    for (const [k, v] of pairs) m.set(k, v);
    pairs = [...m];
  }
  if (lastId === undefined) pairs = pairs.filter(([k]) => k !== "marker");
  else if (style.marker === "in-place" && pairs.some(([k]) => k === "marker")) pairs = pairs.map(([k, v]) => [k, k === "marker" ? lastId : v]);
  else pairs = [...pairs.filter(([k]) => k !== "marker"), ["marker", lastId]];
  return style.encoding === "python" ? urlencode(pairs) : new URLSearchParams(pairs).toString();
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function toPairs(query: NextLinkRequest["query"], repeated: LinkStyle["repeated"]): [string, string][] {
  if (Array.isArray(query)) return query;
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    if (Array.isArray(v) && repeated !== "joined") {
      for (const x of v) if (x !== undefined) out.push([k, String(x)]);
    } else {
      out.push([k, String(v)]);
    }
  }
  return out;
}
