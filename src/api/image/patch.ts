import { badRequest, forbidden, unsupportedMediaType } from "../../image/errors.js";
import { READONLY, RESERVED, RESERVED_NAMESPACE, type Change } from "../../image/image.js";
import { IMAGE_PROPERTIES, validateImageObject } from "../../image/schema.js";

/**
 * Glance's image PATCH body (glance/api/v2/images.py RequestDeserializer.update):
 * the Content-Type names the JSON-Patch dialect, then each operation is checked.
 */

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
