import { ATTR, isAttr, LIMITS, type Attr, type Image } from "./image.js";
import { badRequest } from "./errors.js";
import { VISIBILITIES } from "./schema.js";
import { isotime } from "../time-formats.js";

/**
 * Glance's image list query (glance/api/v2/images.py RequestDeserializer.index
 * and glance/db/sqlalchemy/api.py): filters, sorting, limit and marker.
 */

const SORT_KEYS = ["name", "status", "container_format", "disk_format", "size", "id", "created_at", "updated_at"] as const;

export interface ListResult {
  images: Image[];
  nextMarker?: string;
}

type Cmp = (a: Image, b: Image) => number;

function compareValues(a: unknown, b: unknown): number {
  // MySQL orders NULL first ascending, as Glance's reference deployments do.
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : -1;
  if (b === null || b === undefined) return 1;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === "number" && typeof b === "number") return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** utils.split_filter_op: "in:a,b" -> ["in", "a,b"]; ISO timestamps without an operator are "eq". */
function splitFilterOp(expr: string): [string, string] {
  const i = expr.indexOf(":");
  if (i === -1) return ["eq", expr];
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(expr) && !Number.isNaN(Date.parse(expr))) return ["eq", expr];
  return [expr.slice(0, i), expr.slice(i + 1)];
}

/** utils.split_filter_value_for_quotes: comma-separated, double quotes group. */
function splitQuoted(v: string): string[] {
  const out: string[] = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|([^,]*))\s*(?:,|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(v)) !== null) {
    out.push(m[1] !== undefined ? m[1].replace(/\\"/g, '"') : (m[2] ?? "").trim());
    if (re.lastIndex >= v.length) break;
  }
  return out;
}

const TIME_OPS: Record<string, (a: number, b: number) => boolean> = {
  eq: (a, b) => a === b,
  neq: (a, b) => a !== b,
  gt: (a, b) => a > b,
  gte: (a, b) => a >= b,
  lt: (a, b) => a < b,
  lte: (a, b) => a <= b,
};

function attrString(image: Image, k: Attr): string | null {
  const v = image[ATTR[k]];
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return isotime(v);
  return String(v);
}

/** Build the row predicate for Glance's query filters (_make_conditions_from_filters). */
function filterPredicate(filters: [string, string][]): (i: Image) => boolean {
  const preds: ((i: Image) => boolean)[] = [];
  for (const [k, v] of filters) {
    if (k.endsWith("_min") || k.endsWith("_max")) {
      const key = k.slice(0, -4);
      if (!/^\s*[-+]?\d+\s*$/.test(v)) throw badRequest("Unable to filter on a range with a non-numeric value.");
      const n = Number(v);
      if (!isAttr(key)) continue;
      const field = ATTR[key];
      preds.push((i) => {
        const x = i[field];
        if (typeof x !== "number") return false;
        return k.endsWith("_min") ? x >= n : x <= n;
      });
    } else if (k === "created_at" || k === "updated_at") {
      const [op, iso] = splitFilterOp(v);
      const t = Date.parse(iso);
      if (Number.isNaN(t)) throw badRequest(`Bad "${k}" query filter format. Use ISO 8601 DateTime notation.`);
      const fn = TIME_OPS[op];
      if (!fn) throw badRequest(`Unable to filter by unknown operator '${op}'.`);
      const field = ATTR[k];
      preds.push((i) => fn(Math.floor(i[field].getTime() / 1000) * 1000, t));
    } else if (["name", "id", "status", "container_format", "disk_format"].includes(k)) {
      const [op, value] = splitFilterOp(v);
      const key = k as Attr;
      if (op === "in") {
        const set = new Set(splitQuoted(value));
        preds.push((i) => set.has(attrString(i, key) ?? "\u0000"));
      } else if (op === "eq") {
        preds.push((i) => attrString(i, key) === value);
      } else {
        throw badRequest(`Unable to filter by unknown operator '${op}'.`);
      }
    } else if (isAttr(k)) {
      preds.push((i) => {
        const s = attrString(i, k);
        if (typeof i[ATTR[k]] === "boolean") return s === String(v.toLowerCase() === "true");
        return s === v;
      });
    } else {
      preds.push((i) => i.properties[k] === v);
    }
  }
  return (i) => preds.every((p) => p(i));
}

export function first(pairs: [string, string][], key: string): string | undefined {
  return pairs.find(([k]) => k === key)?.[1];
}
export function without(pairs: [string, string][], ...keys: string[]): [string, string][] {
  return pairs.filter(([k]) => !keys.includes(k));
}

/** Parse sort/sort_key/sort_dir as Glance's _get_sorting_params does. */
function sorting(pairs: [string, string][]): { keys: string[]; dirs: string[] } {
  const validKey = (k: string) => {
    if (!(SORT_KEYS as readonly string[]).includes(k)) {
      throw badRequest(`Invalid sort key: ${k}. It must be one of the following: ${SORT_KEYS.join(", ")}.`);
    }
    return k;
  };
  const validDir = (d: string) => {
    if (d !== "asc" && d !== "desc") throw badRequest(`Invalid sort direction: ${d}`);
    return d;
  };
  const keys: string[] = [];
  const dirs: string[] = [];
  const sort = first(pairs, "sort");
  if (sort !== undefined) {
    if (first(pairs, "sort_key") !== undefined || first(pairs, "sort_dir") !== undefined) {
      throw badRequest("Old and new sorting syntax cannot be combined");
    }
    for (const part of sort.trim().split(",")) {
      const i = part.indexOf(":");
      const key = i === -1 ? part : part.slice(0, i);
      const dir = i === -1 || part.slice(i + 1) === "" ? "desc" : part.slice(i + 1);
      keys.push(validKey(key.trim()));
      dirs.push(validDir(dir.trim()));
    }
  } else {
    for (const [k, v] of pairs) if (k === "sort_key") keys.push(validKey(v.trim()));
    for (const [k, v] of pairs) if (k === "sort_dir") dirs.push(validDir(v.trim()));
    if (dirs.length > 1 && dirs.length !== keys.length) throw badRequest("Number of sort dirs does not match the number of sort keys");
  }
  if (!keys.length) keys.push("created_at");
  if (!dirs.length) dirs.push("desc");
  return { keys, dirs };
}

function orderingOf(keys: string[], dirs: string[]): Cmp {
  // _image_get_all: one dir applies to every key; created_at and id always close the order.
  let defaultDir = "desc";
  let ds = dirs;
  if (dirs.length === 1) {
    defaultDir = dirs[0]!;
    ds = keys.map(() => defaultDir);
  }
  const ks = [...keys];
  ds = [...ds];
  for (const extra of ["created_at", "id"]) {
    if (!ks.includes(extra)) {
      ks.push(extra);
      ds.push(defaultDir);
    }
  }
  return (a, b) => {
    for (let n = 0; n < ks.length; n++) {
      const f = ATTR[ks[n] as Attr];
      const c = compareValues(a[f], b[f]);
      if (c !== 0) return ds[n] === "asc" ? c : -c;
    }
    return 0;
  };
}

/** A parsed GET /v2/images query, checked as Glance checks it before any lookup. */
export interface ListQuery {
  limit: number;
  marker?: string;
  memberStatus: "pending" | "accepted" | "rejected" | "all";
  visibility?: string;
  tags: string[];
  /** The rows the filters keep. */
  matches: (i: Image) => boolean;
  /** The order of the listing (sort keys and directions, then created_at and id). */
  order: Cmp;
}

/** Glance's query parsing for GET /v2/images, over the query string's ordered pairs. */
export function parseListQuery(query: [string, string][]): ListQuery {
  let params = [...query];
  const limitRaw = first(params, "limit");
  const marker = first(params, "marker");
  const memberStatus = first(params, "member_status") ?? "accepted";
  const tags = params.filter(([k]) => k === "tag").map(([, v]) => v.trim());
  const { keys, dirs } = sorting(params);
  params = without(params, "limit", "marker", "member_status", "tag", "sort", "sort_key", "sort_dir");

  if (!["pending", "accepted", "rejected", "all"].includes(memberStatus)) throw badRequest(`Invalid status: ${memberStatus}`);
  const visibility = first(params, "visibility");
  if (visibility && ![...VISIBILITIES, "all"].includes(visibility)) throw badRequest(`Invalid visibility value: ${visibility}`);
  if (first(params, "changes-since")) throw badRequest('The "changes-since" filter is no longer available on v2.');
  let limit = LIMITS.pageDefault;
  if (limitRaw !== undefined) {
    if (!/^\s*[-+]?\d+\s*$/.test(limitRaw)) throw badRequest("limit param must be an integer");
    limit = Number(limitRaw);
    if (limit < 0) throw badRequest("limit param must be positive");
  }
  limit = Math.min(LIMITS.pageMax, limit);

  const osHidden = (first(params, "os_hidden") ?? "false").toLowerCase();
  if (osHidden !== "true" && osHidden !== "false") {
    throw badRequest(`Invalid value '${osHidden}' for 'os_hidden' filter. Valid values are 'true' or 'false'.`);
  }
  const prot = first(params, "protected");
  if (prot !== undefined && prot !== "true" && prot !== "false") {
    throw badRequest(`Invalid value '${prot}' for 'protected' filter. Valid values are 'true' or 'false'.`);
  }
  // One value per filter, as Glance's dict of filters keeps.
  const filters: [string, string][] = [];
  for (const [k, v] of without(params, "visibility", "os_hidden")) {
    if (!filters.some(([x]) => x === k) && v !== "") filters.push([k, v]);
  }
  filters.push(["os_hidden", osHidden]);
  const matches = filterPredicate(filters);

  return {
    limit,
    marker,
    memberStatus: memberStatus as ListQuery["memberStatus"],
    visibility: visibility || undefined,
    tags,
    matches,
    order: orderingOf(keys, dirs),
  };
}
