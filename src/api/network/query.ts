import { Invalid, NotFound } from "../../errors.js";
import { NeutronErrors } from "../../network/errors.js";
import { urlencode } from "../query-string.js";

/**
 * Neutron's collection query semantics over rendered bodies (the API layer's
 * part: neutron/api/v2/base.py and api_common.py): filters on any
 * attribute (repeated keys are ORed), fields=, sort_key/sort_dir, and
 * limit/marker/page_reverse with `<collection>_links`. Bodies are small and
 * already scoped by the repository query, so this runs in memory.
 */

export type Query = Record<string, string | string[] | undefined>;
type Body = Record<string, unknown>;

const RESERVED = new Set(["fields", "sort_key", "sort_dir", "limit", "marker", "page_reverse", "tags", "tags-any", "not-tags", "not-tags-any"]);

export const values = (q: Query, key: string): string[] | undefined => {
  const v = q[key];
  if (v === undefined) return undefined;
  return Array.isArray(v) ? v : [v];
};

const TRUE = new Set(["true", "1", "yes", "on", "y", "t"]);
const FALSE = new Set(["false", "0", "no", "off", "n", "f"]);

function matches(actual: unknown, wanted: string, key: string): boolean {
  if (typeof actual === "boolean") {
    const w = wanted.toLowerCase();
    if (TRUE.has(w)) return actual;
    if (FALSE.has(w)) return !actual;
    throw new Invalid(`Invalid input for ${key}. Reason: '${wanted}' cannot be converted to boolean.`);
  }
  if (actual === null || actual === undefined) return wanted === "" || wanted === "None";
  if (typeof actual === "number") return String(actual) === wanted;
  if (Array.isArray(actual)) {
    if (key === "fixed_ips") return fixedIpMatch(actual as { subnet_id: string; ip_address: string }[], wanted);
    return actual.some((a) => (typeof a === "object" ? JSON.stringify(a) === wanted : String(a) === wanted));
  }
  if (typeof actual === "object") return JSON.stringify(actual) === wanted;
  return String(actual) === wanted;
}

/** fixed_ips=ip_address=10.0.0.3 / subnet_id=... / ip_address_substr=... (ip-substring-filtering). */
function fixedIpMatch(ips: { subnet_id: string; ip_address: string }[], wanted: string): boolean {
  const eq = wanted.indexOf("=");
  if (eq < 0) return false;
  const k = wanted.slice(0, eq);
  const v = wanted.slice(eq + 1);
  return ips.some((f) =>
    k === "ip_address" ? f.ip_address === v : k === "subnet_id" ? f.subnet_id === v : k === "ip_address_substr" ? f.ip_address.includes(v) : false,
  );
}

function tagFilter(items: Body[], q: Query): Body[] {
  const split = (k: string) => values(q, k)?.flatMap((v) => v.split(",")).filter(Boolean);
  const all = split("tags");
  const any = split("tags-any");
  const notAll = split("not-tags");
  const notAny = split("not-tags-any");
  if (!all && !any && !notAll && !notAny) return items;
  return items.filter((b) => {
    const tags = new Set((b.tags as string[] | undefined) ?? []);
    if (all && !all.every((t) => tags.has(t))) return false;
    if (any && !any.some((t) => tags.has(t))) return false;
    if (notAll && notAll.every((t) => tags.has(t))) return false;
    if (notAny && notAny.some((t) => tags.has(t))) return false;
    return true;
  });
}

export function filterBodies(items: Body[], q: Query): Body[] {
  let out = tagFilter(items, q);
  for (const key of Object.keys(q)) {
    if (RESERVED.has(key)) continue;
    const wanted = values(q, key)!;
    out = out.filter((b) => {
      if (!(key in b)) return true; // Unknown attributes do not filter (as Neutron with filter validation off).
      return wanted.some((w) => matches(b[key], w, key));
    });
  }
  return out;
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  const x = typeof a === "string" ? a : JSON.stringify(a);
  const y = typeof b === "string" ? b : JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export interface Page {
  items: Body[];
  links?: { rel: string; href: string }[];
}

/** The page size asked for: a positive `limit`, else none (Neutron's pagination_max_limit is unlimited by default). */
function limitOf(q: Query, collection: string): number | undefined {
  const raw = values(q, "limit")?.[0];
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw NeutronErrors.badRequest(collection, `Limit must be an integer 0 or greater and not '${raw}'`);
  return Number(raw) || undefined;
}

/**
 * How a collection treats a marker it cannot find among what the caller may
 * see: "not-found" answers the resource's 404, as Neutron's plugin lookups do
 * (networks, ports, routers: get_marker_obj calls _get_<resource>); "ignore"
 * pages from the start, as Neutron's OVO-backed lists do (subnets, security
 * groups and their rules, floating IPs: Pager.to_kwargs gets no marker object).
 */
export type UnknownMarker = "not-found" | "ignore";

/**
 * The marker row of a list, as Neutron reads it: only when a limit is given
 * (api_common.get_limit_and_marker drops the marker otherwise), by its id among
 * what the caller can see, the request's filters aside (the marker is read on
 * its own and only its sort values position the page). `listed` are the
 * filtered rows; `lookup` reads one by id (throwing a NotFound), `notFound` is the resource's 404.
 */
export async function markerOf(
  listed: Body[],
  q: Query,
  opts: { collection: string; lookup: (id: string) => Promise<Body>; notFound: (id: string) => Error; unknown: UnknownMarker },
): Promise<Body | undefined> {
  const id = values(q, "marker")?.[0];
  if (id === undefined || limitOf(q, opts.collection) === undefined) return undefined;
  const hit = listed.find((b) => b.id === id);
  if (hit) return hit;
  try {
    return await opts.lookup(id);
  } catch (e) {
    if (!(e instanceof NotFound)) throw e;
    if (opts.unknown === "ignore") return undefined;
    throw opts.notFound(id);
  }
}

/**
 * Sort, page and project. `collection` names errors ("networks"); `marker`
 * is the row the page starts after (from markerOf); `selfUrl` is the
 * collection URL the links are built on.
 */
export function pageBodies(
  items: Body[],
  q: Query,
  opts: { collection: string; sortable: string[]; marker?: Body; selfUrl: string; pairs?: [string, string][] },
): Page {
  const keys = values(q, "sort_key") ?? [];
  const dirs = values(q, "sort_dir") ?? [];
  if (dirs.length > keys.length && keys.length) {
    throw NeutronErrors.badRequest(opts.collection, "The number of sort_keys and sort_dirs must be same");
  }
  for (const d of dirs) {
    if (d !== "asc" && d !== "desc") throw NeutronErrors.badRequest(opts.collection, `${d} is invalid value for sort_dir`);
  }
  for (const k of keys) {
    if (!opts.sortable.includes(k)) throw NeutronErrors.badRequest(opts.collection, `${k} is invalid attribute for sort_key`);
  }
  const order = keys.map((k, i) => ({ k, desc: (dirs[i] ?? "asc") === "desc" }));
  if (!keys.includes("id")) order.push({ k: "id", desc: order.length ? order[order.length - 1]!.desc : false });
  const byOrder = (a: Body, b: Body) => {
    for (const { k, desc } of order) {
      const c = compare(a[k], b[k]);
      if (c) return desc ? -c : c;
    }
    return 0;
  };
  const sorted = [...items].sort(byOrder);

  const limit = limitOf(q, opts.collection);
  const marker = opts.marker;
  const reverse = (values(q, "page_reverse")?.[0] ?? "").toLowerCase() === "true";
  let page = sorted;
  if (limit !== undefined) {
    // The rows after the marker in the sort order (before it, reversed), by
    // its sort values: the marker need not be on the list itself.
    const rest = reverse ? sorted.filter((b) => !marker || byOrder(b, marker) < 0).reverse() : sorted.filter((b) => !marker || byOrder(b, marker) > 0);
    page = rest.slice(0, limit);
    if (reverse) page = page.reverse();
  }

  // Neutron's get_pagination_links: with a limit, `next` unless a short page read forwards and
  // `previous` unless a short page read backwards (so a first page has a previous link, and a
  // full last page a next one); none at all without a limit. The request's parameters in order
  // (webob's MultiDict), the marker replaced at the end, urlencode'd.
  let links: Page["links"];
  if (limit !== undefined) {
    const pairs = opts.pairs ?? queryPairsOf(q);
    const href = (marker: unknown, reverse: boolean) => {
      const params = pairs.filter(([k]) => k !== "marker" && k !== "page_reverse");
      if (marker !== undefined) params.push(["marker", String(marker)]);
      if (reverse) params.push(["page_reverse", "True"]);
      return `${opts.selfUrl}?${urlencode(params)}`;
    };
    links = [];
    if (!(page.length < limit && !reverse)) links.push({ rel: "next", href: href(page.at(-1)?.id, false) });
    if (!(page.length < limit && reverse)) links.push({ rel: "previous", href: href(page[0]?.id, true) });
    if (!links.length) links = undefined;
  }
  return { items: page.map((b) => project(b, q)), links };
}

/** The parsed query as ordered pairs (repeated values kept), when the request's own order is not at hand. */
function queryPairsOf(q: Query): [string, string][] {
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined) continue;
    for (const x of Array.isArray(v) ? v : [v]) out.push([k, x]);
  }
  return out;
}

/** fields=a&fields=b: only those attributes (unknown names are ignored). */
export function project(b: Body, q: Query): Body {
  const fields = values(q, "fields")?.flatMap((f) => f.split(",")).filter(Boolean);
  if (!fields?.length) return b;
  const out: Body = {};
  for (const f of fields) if (f in b) out[f] = b[f];
  return out;
}
