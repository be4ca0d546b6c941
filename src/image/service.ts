import crypto from "node:crypto";
import type { Readable } from "node:stream";
import type { Tx } from "../db/client.js";
import { imageRepo, type ImageRepo, type ImageRow, type ImageWrite } from "../db/repositories/images.js";
import { Invalid } from "../errors.js";
import type { AuthContext } from "../identity/types.js";
import {
  badRequest,
  conflict,
  forbidden,
  glanceDetailError,
  glanceError,
  notFound,
  policyForbidden,
  unsupportedMediaType,
} from "./errors.js";
import { IMAGE_PROPERTIES, isBaseProperty, validateImageObject, VISIBILITIES } from "./schema.js";
import { inspectVirtualSize, openImageData, removeImageData, writeImageData } from "./store.js";
import { isotime } from "../time-formats.js";

/** An image as the domain sees it: Glance's attributes, camelCase, extra properties parsed. */
export interface Image {
  id: string;
  name: string | null;
  status: string;
  visibility: string;
  owner: string | null;
  diskFormat: string | null;
  containerFormat: string | null;
  size: number | null;
  virtualSize: number | null;
  checksum: string | null;
  osHashAlgo: string | null;
  osHashValue: string | null;
  minDisk: number;
  minRam: number;
  protected: boolean;
  osHidden: boolean;
  properties: Record<string, string>;
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
}

export function toImage(row: ImageRow): Image {
  let properties: Record<string, string> = {};
  try {
    properties = JSON.parse(row.properties) as Record<string, string>;
  } catch {
    properties = {};
  }
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    visibility: row.visibility,
    owner: row.owner,
    diskFormat: row.diskFormat,
    containerFormat: row.containerFormat,
    size: row.size === null ? null : Number(row.size),
    virtualSize: row.virtualSize === null ? null : Number(row.virtualSize),
    checksum: row.checksum,
    osHashAlgo: row.osHashAlgo,
    osHashValue: row.osHashValue,
    minDisk: row.minDisk,
    minRam: row.minRam,
    protected: row.protected,
    osHidden: row.osHidden,
    properties,
    tags: row.tags.map((t) => t.tag).sort(),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Glance's limits (glance/common/config.py): image_property_quota, image_tag_quota, limit_param_default, api_limit_max. */
export const LIMITS = { properties: 128, tags: 128, pageDefault: 25, pageMax: 1000 };

// Attribute name on the wire -> Image field.
const ATTR = {
  id: "id",
  name: "name",
  status: "status",
  visibility: "visibility",
  owner: "owner",
  disk_format: "diskFormat",
  container_format: "containerFormat",
  size: "size",
  virtual_size: "virtualSize",
  checksum: "checksum",
  os_hash_algo: "osHashAlgo",
  os_hash_value: "osHashValue",
  min_disk: "minDisk",
  min_ram: "minRam",
  protected: "protected",
  os_hidden: "osHidden",
  created_at: "createdAt",
  updated_at: "updatedAt",
} as const satisfies Record<string, keyof Image>;
type Attr = keyof typeof ATTR;
const isAttr = (k: string): k is Attr => Object.hasOwn(ATTR, k);

// glance/api/v2/images.py RequestDeserializer
const DISALLOWED = ["direct_url", "self", "file", "schema", "stores"];
const READONLY = ["created_at", "updated_at", "status", "checksum", "size", "virtual_size", "direct_url", "self", "file", "schema", "id", "os_hash_algo", "os_hash_value"];
const RESERVED = ["location", "deleted", "deleted_at"];
const RESERVED_NAMESPACE = "os_glance";
const SORT_KEYS = ["name", "status", "container_format", "disk_format", "size", "id", "created_at", "updated_at"] as const;
// glance/domain ImageFactory
const FACTORY_READONLY = ["created_at", "updated_at", "status", "checksum", "os_hash_algo", "os_hash_value", "size", "virtual_size"];
const FACTORY_RESERVED = ["owner", "locations", "deleted", "deleted_at", "direct_url", "self", "file", "schema"];

const VALID_TRANSITIONS: Record<string, string[]> = {
  queued: ["saving", "uploading", "importing", "active", "deleted"],
  saving: ["active", "killed", "deleted", "queued"],
  uploading: ["importing", "queued", "deleted"],
  importing: ["active", "deleted", "queued"],
  active: ["pending_delete", "deleted", "deactivated"],
  killed: ["deleted"],
  pending_delete: ["deleted", "active"],
  deleted: [],
  deactivated: ["active", "deleted"],
};

// ---------------------------------------------------------------- policy (glance/policies, new defaults)

const hasRole = (ctx: AuthContext, r: string) => ctx.roleNames.has(r);

/** glance/db/utils.py is_image_visible */
function visibleTo(ctx: AuthContext, image: Image, memberStatus: string | null): boolean {
  if (ctx.isAdmin) return true;
  if (image.owner === null) return true;
  if (image.visibility === "public" || image.visibility === "community") return true;
  if (ctx.projectId !== null && ctx.projectId === image.owner) return true;
  return image.visibility === "shared" && memberStatus !== null;
}

/** admin, or a member of the owning project (ADMIN_OR_PROJECT_MEMBER with project_id = owner). */
export function ownsImage(ctx: AuthContext, image: Pick<Image, "owner">): boolean {
  return ctx.isAdmin || (hasRole(ctx, "member") && !!ctx.projectId && ctx.projectId === image.owner);
}

// ---------------------------------------------------------------- helpers


/** Python's urllib.parse.quote_plus */
export function quotePlus(s: string): string {
  return encodeURIComponent(s)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, "+");
}
export const urlencode = (pairs: [string, string][]) => pairs.map(([k, v]) => `${quotePlus(k)}=${quotePlus(v)}`).join("&");

function toWrite(image: Image, now: Date): ImageWrite {
  return {
    name: image.name,
    visibility: image.visibility,
    owner: image.owner,
    diskFormat: image.diskFormat,
    containerFormat: image.containerFormat,
    minDisk: image.minDisk,
    minRam: image.minRam,
    protected: image.protected,
    osHidden: image.osHidden,
    properties: JSON.stringify(image.properties),
    updatedAt: now,
  };
}

function checkPropertyQuota(image: Image): void {
  const n = Object.keys(image.properties).length;
  if (n > LIMITS.properties) {
    throw glanceError(
      "over-limit",
      `The limit has been exceeded on the number of allowed image properties. Attempted: ${n}, Maximum: ${LIMITS.properties}`,
    );
  }
}
function checkTagQuota(n: number): void {
  if (n > LIMITS.tags) {
    throw glanceError("over-limit", `The limit has been exceeded on the number of allowed image tags. Attempted: ${n}, Maximum: ${LIMITS.tags}`);
  }
}

// ---------------------------------------------------------------- listing

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

function first(pairs: [string, string][], key: string): string | undefined {
  return pairs.find(([k]) => k === key)?.[1];
}
function without(pairs: [string, string][], ...keys: string[]): [string, string][] {
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

// ---------------------------------------------------------------- PATCH

export interface Change {
  op: "add" | "remove" | "replace";
  path: string[];
  value?: unknown;
  draft: 4 | 10;
}

const PATCH_TYPES: Record<string, 4 | 10> = {
  "application/openstack-images-v2.0-json-patch": 4,
  "application/openstack-images-v2.1-json-patch": 10,
};
const OPS = ["add", "remove", "replace"] as const;

function decodePointer(pointer: unknown): string[] {
  if (typeof pointer !== "string" || !pointer.startsWith("/")) throw badRequest(`Pointer \`${String(pointer)}\` does not start with "/".`);
  if (/\/\s*?\//.test(pointer.slice(1))) throw badRequest(`Pointer \`${pointer}\` contains adjacent "/".`);
  if (pointer.length > 1 && pointer.endsWith("/")) throw badRequest(`Pointer \`${pointer}\` end with "/".`);
  if (pointer.slice(1).trim() === "/") throw badRequest(`Pointer \`${pointer}\` does not contains valid token.`);
  if (/~[^01]/.test(pointer) || pointer.endsWith("~")) {
    throw badRequest(`Pointer \`${pointer}\` contains "~" not part of a recognized escape sequence.`);
  }
  return pointer
    .replace(/^\/+/, "")
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~").trim());
}

/** glance/api/v2/images.py RequestDeserializer.update: content type, then the operations. */
export function parsePatch(contentType: string | undefined, body: unknown, malformed = false): Change[] {
  const ct = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  const draft = PATCH_TYPES[ct];
  if (!draft) {
    const allowed = Object.keys(PATCH_TYPES).sort().join(", ");
    throw unsupportedMediaType(contentType ?? "", `Image PATCH expects Content-Type one of: ${allowed}`, { "Accept-Patch": allowed });
  }
  if (malformed) throw badRequest("Malformed JSON in request body.");
  if (body === undefined || body === "") throw badRequest("Body expected in request.");
  if (!Array.isArray(body)) throw badRequest("Request body must be a JSON array of operation objects.");
  const changes: Change[] = [];
  for (const raw of body) {
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) throw badRequest("Operations must be JSON objects.");
    const r = raw as Record<string, unknown>;
    let op: Change["op"];
    let pointer: unknown;
    if (draft === 10) {
      if (r.op === undefined) {
        throw badRequest(`Unable to find \`op\` in JSON Schema change. It must be one of the following: ${OPS.join(", ")}.`);
      }
      if (!OPS.includes(r.op as never)) {
        throw badRequest(`Invalid operation: \`${String(r.op)}\`. It must be one of the following: ${OPS.join(", ")}.`);
      }
      op = r.op as Change["op"];
      if (!("path" in r)) throw badRequest("Unable to find 'path' in JSON Schema change");
      pointer = r.path;
    } else {
      const present = OPS.filter((o) => o in r);
      if (present.length > 1) throw badRequest('Operation objects must contain only one member named "add", "remove", or "replace".');
      if (present.length === 0) throw badRequest('Operation objects must contain exactly one member named "add", "remove", or "replace".');
      op = present[0]!;
      pointer = r[op];
    }
    const path = decodePointer(pointer);
    const root = path[0]!;
    const depth = root === "locations" ? { add: 2, remove: 2, replace: 1 }[op] : 1;
    if (path.length !== depth) throw badRequest(`Invalid JSON pointer for this resource: '/${path.join("/")}'`);
    const change: Change = { op, path, draft };
    if (op !== "remove") {
      if (!("value" in r)) throw badRequest(`Operation "${op}" requires a member named "value".`);
      change.value = r.value;
    }
    // _validate_change
    if (READONLY.includes(root)) throw forbidden(`Attribute '${root}' is read-only.`);
    if (RESERVED.includes(root) || root.startsWith(RESERVED_NAMESPACE)) throw forbidden(`Attribute '${root}' is reserved.`);
    if (op !== "remove") {
      const partial = path.length === 1 ? { [root]: change.value } : IMAGE_PROPERTIES[root]?.type === "array" ? { [root]: [change.value] } : null;
      if (partial) {
        const m = validateImageObject(partial);
        if (m) throw badRequest(m);
      }
    }
    changes.push(change);
  }
  return changes;
}

// ---------------------------------------------------------------- the service

export interface ImageServiceDeps {
  db: Tx;
  dataDir: string;
  now: () => Date;
}

export interface CreateBody {
  [key: string]: unknown;
}

export function imageService(deps: ImageServiceDeps) {
  const repo: ImageRepo = imageRepo(deps.db);

  async function membershipStatus(ctx: AuthContext, imageId: string): Promise<string | null> {
    if (!ctx.projectId) return null;
    return (await repo.membership(imageId, ctx.projectId))?.status ?? null;
  }

  /** ImageRepo.get: 404 "No image found with ID x" when missing or invisible. */
  async function get(ctx: AuthContext, id: string): Promise<Image> {
    const row = id.length <= 36 ? await repo.find(id) : null;
    if (row) {
      const image = toImage(row);
      const member = image.visibility === "shared" && !ctx.isAdmin ? await membershipStatus(ctx, id) : null;
      if (visibleTo(ctx, image, member)) return image;
    }
    throw notFound(`No image found with ID ${id}`);
  }

  /** Enforce an owner-only policy: 403 naming the action (the image is known visible). */
  function enforceOwner(ctx: AuthContext, image: Image, action: string): void {
    if (!ownsImage(ctx, image)) throw policyForbidden(action);
  }

  function enforceVisibility(ctx: AuthContext, visibility: unknown): void {
    if (visibility === "public" && !ctx.isAdmin) throw policyForbidden("publicize_image");
    if (visibility === "community" && !(ctx.isAdmin || hasRole(ctx, "member"))) throw policyForbidden("communitize_image");
  }

  async function reload(id: string): Promise<Image> {
    const row = await repo.find(id);
    if (!row) throw notFound(`No image found with ID ${id}`);
    return toImage(row);
  }

  return {
    get,

    /** GET /v2/images with the query string's ordered pairs. */
    async list(ctx: AuthContext, query: [string, string][]): Promise<ListResult> {
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

      const rows = await repo.list({
        viewerProject: ctx.projectId,
        isAdmin: ctx.isAdmin,
        memberStatus: memberStatus as "all",
        visibility: visibility || undefined,
        columns: {},
      });
      const order = orderingOf(keys, dirs);
      let images = rows
        .map(toImage)
        .filter((i) => i.status !== "killed" && i.status !== "deleted")
        .filter(matches)
        .filter((i) => tags.every((t) => i.tags.includes(t)))
        .sort(order);
      if (marker !== undefined) {
        const row = marker.length <= 36 ? await repo.find(marker) : null;
        if (!row) throw badRequest(`No image found with ID ${marker}`);
        const m = toImage(row);
        const member = m.visibility === "shared" && !ctx.isAdmin ? await membershipStatus(ctx, m.id) : null;
        if (!visibleTo(ctx, m, member)) throw forbidden(`Forbidding request, image ${marker} not visible`);
        images = images.filter((i) => order(i, m) > 0);
      }
      const page = images.slice(0, limit);
      return page.length !== 0 && page.length === limit ? { images: page, nextMarker: page.at(-1)!.id } : { images: page };
    },

    /** POST /v2/images */
    async create(ctx: AuthContext, body: unknown): Promise<Image> {
      if (body === undefined || body === null || body === "") throw badRequest("Body expected in request.");
      if (typeof body !== "object" || Array.isArray(body)) {
        throw badRequest(`Provided object does not match schema 'image': ${JSON.stringify(body)} is not of type 'object'`);
      }
      const b = { ...(body as Record<string, unknown>) };
      for (const k of DISALLOWED) if (k in b) throw forbidden(`Attribute '${k}' is read-only.`);
      const invalid = validateImageObject(b);
      if (invalid) throw badRequest(invalid);
      const tags = [...new Set((b.tags as string[] | undefined) ?? [])];
      delete b.tags;
      const base: Record<string, unknown> = {};
      const extra: Record<string, string> = {};
      for (const [k, v] of Object.entries(b)) {
        if (isAttr(k)) base[k] = v;
        else extra[k] = v as string;
      }
      for (const k of Object.keys(extra)) {
        if (k.length > 255) throw badRequest("Custom property should not be greater than 255 characters.");
        if (RESERVED.includes(k) || k.startsWith(RESERVED_NAMESPACE)) throw glanceDetailError("forbidden", `Attribute '${k}' is reserved.`);
      }
      const owner = "owner" in base ? (base.owner as string | null) : ctx.projectId;
      // add_image: ADMIN or (PROJECT_MEMBER and project_id:%(owner)s)
      if (!ctx.isAdmin && !(hasRole(ctx, "member") && ctx.projectId === owner)) {
        if (owner !== ctx.projectId) throw forbidden(`You are not permitted to create images owned by '${owner}'`);
        throw policyForbidden("add_image");
      }
      enforceVisibility(ctx, base.visibility ?? "shared");
      for (const k of FACTORY_READONLY) if (k in base) throw forbidden(`Attribute '${k}' is read-only.`);
      for (const k of FACTORY_RESERVED) if (k in extra) throw forbidden(`Attribute '${k}' is reserved.`);
      for (const k of ["min_disk", "min_ram"] as const) {
        const v = base[k] as number | undefined;
        if (v !== undefined && v < 0) throw badRequest(`Invalid value '${v}' for parameter '${k}': Cannot be a negative value`);
      }
      checkTagQuota(tags.length);
      if (Object.keys(extra).length > LIMITS.properties) {
        throw glanceError(
          "over-limit",
          `The limit has been exceeded on the number of allowed image properties. Attempted: ${Object.keys(extra).length}, Maximum: ${LIMITS.properties}`,
        );
      }
      const id = (base.id as string | undefined) ?? crypto.randomUUID();
      if (await repo.find(id)) throw conflict(`Image ID ${id} already exists!`);
      const now = deps.now();
      try {
        const row = await repo.create(
          {
            id,
            status: "queued",
            name: (base.name as string | null | undefined) ?? null,
            visibility: (base.visibility as string | undefined) ?? "shared",
            owner,
            diskFormat: (base.disk_format as string | null | undefined) ?? null,
            containerFormat: (base.container_format as string | null | undefined) ?? null,
            minDisk: (base.min_disk as number | undefined) ?? 0,
            minRam: (base.min_ram as number | undefined) ?? 0,
            protected: (base.protected as boolean | undefined) ?? false,
            osHidden: (base.os_hidden as boolean | undefined) ?? false,
            properties: JSON.stringify(extra),
            createdAt: now,
            updatedAt: now,
          },
          tags,
        );
        return toImage(row);
      } catch (err) {
        if ((err as { code?: string }).code === "P2002") throw conflict(`Image ID ${id} already exists!`);
        throw err;
      }
    },

    /** PATCH /v2/images/{id} with already parsed changes. */
    async update(ctx: AuthContext, id: string, changes: Change[]): Promise<Image> {
      const image = await get(ctx, id);
      let tags: string[] | null = null;
      for (const c of changes) {
        const root = c.path[0]!;
        if (root === "locations") {
          // show_multiple_locations is off, as in a default deployment.
          throw forbidden(`It's not allowed to ${c.op === "remove" ? "remove" : c.op === "add" ? "add" : "update"} locations if locations are invisible.`);
        }
        if (c.op === "replace" && root === "owner" && !ctx.isAdmin) throw glanceDetailError("forbidden", "Owner can't be updated by non admin.");
        // update_property: visibility rules, then modify_image.
        if (root === "visibility" && c.op !== "remove") enforceVisibility(ctx, c.value);
        enforceOwner(ctx, image, "modify_image");
        const known = isAttr(root) || root === "tags";
        if (c.op === "remove") {
          if (known) throw glanceDetailError("forbidden", `Property ${root} may not be removed.`);
          if (!(root in image.properties)) throw glanceDetailError("conflict", `Property ${root} does not exist.`);
          delete image.properties[root];
          continue;
        }
        if (c.op === "replace" && !known && !(root in image.properties)) throw glanceDetailError("conflict", `Property ${root} does not exist.`);
        if (c.op === "add" && c.draft === 4 && (known || root in image.properties)) {
          throw glanceDetailError("conflict", `Property ${root} already present.`);
        }
        if (root === "tags") {
          tags = [...new Set(c.value as string[])];
          continue;
        }
        if (!isAttr(root)) {
          image.properties[root] = c.value as string;
          continue;
        }
        if ((root === "disk_format" || root === "container_format") && !["queued", "importing"].includes(image.status)) {
          throw forbidden(`Attribute ${root} can be only replaced for a queued image.`);
        }
        if ((root === "min_disk" || root === "min_ram") && (c.value as number) < 0) {
          throw badRequest(`Invalid value '${String(c.value)}' for parameter '${root}': Cannot be a negative value`);
        }
        (image as unknown as Record<string, unknown>)[ATTR[root]] = c.value;
      }
      if (!changes.length) return image;
      checkPropertyQuota(image);
      if (tags) checkTagQuota(tags.length);
      const now = deps.now();
      await repo.update(id, toWrite(image, now));
      if (tags) await repo.setTags(id, tags);
      return reload(id);
    },

    /** DELETE /v2/images/{id} */
    async delete(ctx: AuthContext, id: string): Promise<void> {
      let image: Image;
      try {
        image = await get(ctx, id);
      } catch {
        throw notFound(`Failed to find image ${id} to delete`);
      }
      enforceOwner(ctx, image, "delete_image");
      if (image.protected) throw forbidden(`Image ${id} is protected and cannot be deleted.`);
      if (!(await repo.delete(id))) throw notFound(`Failed to find image ${id} to delete`);
      removeImageData(deps.dataDir, id);
    },

    /** PUT /v2/images/{id}/file: queued -> saving -> active, hashing while streaming to disk. */
    async upload(ctx: AuthContext, id: string, data: Readable | Buffer): Promise<void> {
      const image = await get(ctx, id);
      if (!ownsImage(ctx, image)) throw forbidden(`Not allowed to upload image data for image ${id}`);
      if (!VALID_TRANSITIONS[image.status]?.includes("saving")) {
        throw conflict(`Image status transition from ${image.status} to saving is not allowed`);
      }
      const missing = (["disk_format", "container_format"] as const).filter((k) => !image[ATTR[k]]);
      if (missing.length) {
        throw badRequest(`Propert${missing.length === 1 ? "y" : "ies"} ${missing.join(", ")} must be set prior to saving data.`);
      }
      if (!(await repo.transition(id, "queued", { status: "saving", updatedAt: deps.now() }))) {
        throw conflict(`Image status transition from ${(await repo.find(id))?.status ?? "deleted"} to saving is not allowed`);
      }
      let stored;
      try {
        stored = await writeImageData(deps.dataDir, id, data);
      } catch (err) {
        await repo.transition(id, "saving", { status: "queued", size: null, virtualSize: null, updatedAt: deps.now() });
        throw badRequest(`Error while reading image data: ${(err as Error).message}`);
      }
      const done = await repo.transition(id, "saving", {
        status: "active",
        size: BigInt(stored.size),
        virtualSize: ((v) => (v === null ? null : BigInt(v)))(inspectVirtualSize(image.diskFormat, stored.head, stored.size)),
        checksum: stored.checksum,
        osHashAlgo: stored.osHashAlgo,
        osHashValue: stored.osHashValue,
        updatedAt: deps.now(),
      });
      if (!done) {
        removeImageData(deps.dataDir, id);
        throw glanceError(
          "gone",
          `Image ${id} could not be found after upload. The image may have been deleted during the upload, cleaning up the chunks uploaded.`,
        );
      }
    },

    /** GET /v2/images/{id}/file: the data stream, or null when the image has none (204). */
    async download(ctx: AuthContext, id: string): Promise<{ image: Image; stream: Readable | null }> {
      const image = await get(ctx, id);
      if (image.status === "deactivated" && !ctx.isAdmin) {
        throw forbidden("The requested image has been deactivated. Image data download is forbidden.");
      }
      if (!ctx.isAdmin && !hasRole(ctx, "member")) throw policyForbidden("download_image");
      const hasData = image.status === "active" || image.status === "deactivated";
      return { image, stream: hasData ? openImageData(deps.dataDir, id) : null };
    },

    /** POST /v2/images/{id}/actions/deactivate|reactivate */
    async setActive(ctx: AuthContext, id: string, active: boolean): Promise<void> {
      const image = await get(ctx, id);
      const action = active ? "reactivate" : "deactivate";
      enforceOwner(ctx, image, action);
      const [from, to] = active ? ["deactivated", "active"] : ["active", "deactivated"];
      if (image.status === to) return;
      if (image.status !== from) throw forbidden(`Not allowed to ${action} image in status '${image.status}'`);
      if (!(await repo.transition(id, from, { status: to, updatedAt: deps.now() }))) {
        throw badRequest(`Image status transition from ${image.status} to ${to} is not allowed`);
      }
    },

    async addTag(ctx: AuthContext, id: string, tag: string): Promise<void> {
      if ([...tag].length > 255) throw badRequest(`Provided object does not match schema 'image': ${JSON.stringify(tag)} is too long`);
      let image: Image;
      try {
        image = await get(ctx, id);
      } catch {
        throw notFound(`Image ${id} not found.`);
      }
      if (!ownsImage(ctx, image)) throw forbidden(`Not allowed to update tags for image ${id}.`);
      if (!image.tags.includes(tag)) checkTagQuota(image.tags.length + 1);
      await repo.addTag(id, tag);
      await repo.touch(id, deps.now());
    },

    async removeTag(ctx: AuthContext, id: string, tag: string): Promise<void> {
      let image: Image;
      try {
        image = await get(ctx, id);
      } catch {
        throw notFound(`Image ${id} not found.`);
      }
      if (!ownsImage(ctx, image)) throw forbidden(`Not allowed to delete tags for image ${id}.`);
      if (!image.tags.includes(tag)) throw notFound();
      await repo.removeTag(id, tag);
      await repo.touch(id, deps.now());
    },

    // ------------------------------------------------------------ members

    async listMembers(ctx: AuthContext, id: string) {
      const image = await lookupForMembers(ctx, id);
      if (image.visibility !== "shared") throw forbidden("Only shared images have members.");
      const members = await repo.listMembers(id);
      if (ownsImage(ctx, image) || ctx.isAdmin) return members;
      // A member sees only its own membership.
      return members.filter((m) => m.memberId === ctx.projectId);
    },

    async getMember(ctx: AuthContext, id: string, memberId: string) {
      const image = await lookupForMembers(ctx, id);
      if (image.visibility !== "shared") throw forbidden("Only shared images have members.");
      const m = await repo.membership(id, memberId);
      const mayRead = ownsImage(ctx, image) || ctx.projectId === memberId;
      if (!m || !mayRead) throw notFound(`${memberId} not found in the member list of the image ${id}.`);
      return m;
    },

    async addMember(ctx: AuthContext, id: string, memberId: string) {
      const image = await lookupForMembers(ctx, id);
      if (image.visibility !== "shared") throw forbidden("Only shared images have members.");
      if (!ownsImage(ctx, image)) throw forbidden(`Not allowed to create members for image ${id}.`);
      if (await repo.membership(id, memberId)) throw conflict(`Member ${memberId} is duplicated for image ${id}`);
      return repo.createMember(id, memberId, deps.now());
    },

    async updateMember(ctx: AuthContext, id: string, memberId: string, status: string) {
      const image = await lookupForMembers(ctx, id);
      if (image.visibility !== "shared") throw forbidden("Only shared images have members.");
      const m = await repo.membership(id, memberId);
      if (!m) throw notFound(`${memberId} not found in the member list of the image ${id}.`);
      // modify_member: ADMIN or the member itself.
      if (!ctx.isAdmin && ctx.projectId !== memberId) throw forbidden(`Not allowed to update members for image ${id}.`);
      if (!["pending", "accepted", "rejected"].includes(status)) throw badRequest(`Incorrect request: Invalid status: ${status}`);
      return repo.updateMember(id, memberId, status, deps.now());
    },

    async removeMember(ctx: AuthContext, id: string, memberId: string) {
      const image = await lookupForMembers(ctx, id);
      if (image.visibility !== "shared") throw forbidden("Only shared images have members.");
      if (!ownsImage(ctx, image)) throw forbidden(`Not allowed to delete members for image ${id}.`);
      if (!(await repo.deleteMember(id, memberId))) throw notFound(`${memberId} not found in the member list of the image ${id}.`);
    },
  };

  async function lookupForMembers(ctx: AuthContext, id: string): Promise<Image> {
    try {
      return await get(ctx, id);
    } catch {
      throw notFound(`Image ${id} not found.`);
    }
  }
}

export type ImageService = ReturnType<typeof imageService>;

// ---------------------------------------------------------------- for Nova (servers, snapshots)

export interface BootImage {
  id: string;
  name: string | null;
  status: string;
  minDisk: number;
  minRam: number;
  size: number | null;
  properties: Record<string, string>;
  diskFormat: string | null;
}

/** Nova's view of an image reference at boot/rebuild: Invalid with Nova's messages. */
export async function findImageForBoot(db: Tx, imageRef: string, ctx: AuthContext): Promise<BootImage> {
  const repo = imageRepo(db);
  const id = imageRef.replace(/^.*\//, "");
  const row = id.length <= 36 ? await repo.find(id) : null;
  let image = row ? toImage(row) : null;
  if (image) {
    const member = image.visibility === "shared" && !ctx.isAdmin && ctx.projectId ? (await repo.membership(image.id, ctx.projectId))?.status ?? null : null;
    if (!visibleTo(ctx, image, member)) image = null;
  }
  if (!image) throw new Invalid(`Image ${imageRef} could not be found.`);
  if (image.status !== "active") throw new Invalid(`Image ${image.id} is not active.`);
  return {
    id: image.id,
    name: image.name,
    status: image.status,
    minDisk: image.minDisk,
    minRam: image.minRam,
    size: image.size,
    properties: image.properties,
    diskFormat: image.diskFormat,
  };
}

export interface NewImageRecord {
  id?: string;
  owner: string;
  name: string | null;
  properties?: Record<string, string>;
  status?: "queued" | "saving" | "active";
  visibility?: string;
  diskFormat?: string | null;
  containerFormat?: string | null;
  minDisk?: number;
  minRam?: number;
  tags?: string[];
  now: Date;
}

/** Register an image directly (Nova's createImage/snapshot path), bypassing the API's policy checks. */
export async function createImageRecord(db: Tx, rec: NewImageRecord): Promise<Image> {
  const row = await imageRepo(db).create(
    {
      id: rec.id ?? crypto.randomUUID(),
      status: rec.status ?? "queued",
      name: rec.name,
      visibility: rec.visibility ?? "private",
      owner: rec.owner,
      diskFormat: rec.diskFormat ?? null,
      containerFormat: rec.containerFormat ?? null,
      minDisk: rec.minDisk ?? 0,
      minRam: rec.minRam ?? 0,
      properties: JSON.stringify(rec.properties ?? {}),
      createdAt: rec.now,
      updatedAt: rec.now,
    },
    rec.tags ?? [],
  );
  return toImage(row);
}

/** Move an image to `status` (e.g. queued -> saving for a snapshot in progress); false if it was not in `from`. */
export function setImageStatus(db: Tx, id: string, from: string | string[], status: string, now: Date): Promise<boolean> {
  return imageRepo(db).transition(id, from, { status, updatedAt: now });
}

/** Store `data` as the image's file and mark it active with its size and hashes (snapshot completion, seeding). */
export async function activateImageWithData(db: Tx, dataDir: string, id: string, data: Buffer | Readable, now: Date): Promise<Image> {
  const repo = imageRepo(db);
  const row = await repo.find(id);
  if (!row) throw notFound(`No image found with ID ${id}`);
  const stored = await writeImageData(dataDir, id, data);
  const vs = inspectVirtualSize(row.diskFormat, stored.head, stored.size);
  const updated = await repo.update(id, {
    status: "active",
    size: BigInt(stored.size),
    virtualSize: vs === null ? null : BigInt(vs),
    checksum: stored.checksum,
    osHashAlgo: stored.osHashAlgo,
    osHashValue: stored.osHashValue,
    updatedAt: now,
  });
  return toImage(updated);
}

/** Delete an image record and its file without policy checks (Nova's cleanup of a failed snapshot). */
export async function deleteImageRecord(db: Tx, dataDir: string, id: string): Promise<boolean> {
  const ok = await imageRepo(db).delete(id);
  removeImageData(dataDir, id);
  return ok;
}
