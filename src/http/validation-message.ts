import { pyRepr, pyStr } from "../python-literals.js";

/**
 * Turns zod issues into the messages OpenStack's jsonschema-based validators
 * write, e.g. Nova's "Invalid input for field/attribute server. Value: {...}.
 * 'flavorRef' is a required property" (nova/api/validation/validators.py).
 * Values are printed as Python's repr would print them, as the services do.
 */

export interface Issue {
  keyword: string;
  instancePath: string;
  message: string;
  params: Record<string, unknown>;
}


const JSON_TYPES: Record<string, string> = {
  string: "string",
  number: "number",
  int: "integer",
  integer: "integer",
  boolean: "boolean",
  object: "object",
  array: "array",
  record: "object",
  null: "null",
  bigint: "integer",
};

function at(root: unknown, path: string[]): unknown {
  let cur = root;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[p];
  }
  return cur;
}

export interface Described {
  /** Path of the object or value the message is about (jsonschema's ex.path). */
  path: string[];
  /** The value at that path (jsonschema's ex.instance). */
  value: unknown;
  /** jsonschema's ex.message */
  message: string;
}

/** Describe one zod issue the way jsonschema would describe the same failure. */
export function describeIssue(issue: Issue, root: unknown): Described {
  const path = issue.instancePath.split("/").filter(Boolean);
  const value = at(root, path);
  const p = issue.params;
  switch (issue.keyword) {
    case "invalid_type": {
      if (value === undefined) {
        // A missing member: jsonschema reports it on the parent object.
        const parent = path.slice(0, -1);
        return { path: parent, value: at(root, parent), message: `${pyRepr(path.at(-1))} is a required property` };
      }
      const expected = JSON_TYPES[String(p.expected)] ?? String(p.expected);
      return { path, value, message: `${pyRepr(value)} is not of type ${pyRepr(expected)}` };
    }
    case "unrecognized_keys": {
      const keys = (p.keys as string[]) ?? [];
      const list = keys.map(pyRepr).join(", ");
      return {
        path,
        value,
        message: `Additional properties are not allowed (${list} ${keys.length === 1 ? "was" : "were"} unexpected)`,
      };
    }
    case "too_small":
      if (p.origin === "string") return { path, value, message: `${pyRepr(value)} is too short` };
      if (p.origin === "array") return { path, value, message: `${pyRepr(value)} is too short` };
      return { path, value, message: `${pyRepr(value)} is less than the minimum of ${p.minimum}` };
    case "too_big":
      if (p.origin === "string") return { path, value, message: `${pyRepr(value)} is too long` };
      if (p.origin === "array") return { path, value, message: `${pyRepr(value)} is too long` };
      return { path, value, message: `${pyRepr(value)} is greater than the maximum of ${p.maximum}` };
    case "invalid_value":
      if (value === undefined) {
        // A missing enum member (zod reports invalid_value): jsonschema's "required".
        const parent = path.slice(0, -1);
        return { path: parent, value: at(root, parent), message: `${pyRepr(path.at(-1))} is a required property` };
      }
      return { path, value, message: `${pyRepr(value)} is not one of ${pyRepr(p.values)}` };
    case "custom":
      return { path, value, message: /^is not a /.test(issue.message) ? `${pyRepr(value)} ${issue.message}` : issue.message };
    case "invalid_format":
      if (/^is not a /.test(issue.message)) return { path, value, message: `${pyRepr(value)} ${issue.message}` };
      if (p.format === "regex") return { path, value, message: `${pyRepr(value)} does not match ${pyRepr(String(p.pattern ?? "").replace(/^\/|\/[a-z]*$/g, ""))}` };
      return { path, value, message: `${pyRepr(value)} is not a ${pyRepr(p.format)}` };
    case "invalid_union": {
      // A union of plain types fails like jsonschema's type list: "is not of type 'string', 'integer'".
      const branches = (p.errors as { code: string; expected?: string; message: string; path: unknown[] }[][] | undefined) ?? [];
      if (value === undefined) {
        const parent = path.slice(0, -1);
        return { path: parent, value: at(root, parent), message: `${pyRepr(path.at(-1))} is a required property` };
      }
      // A branch may name its JSON type in its message (see `integer` in parameter-types.ts).
      const typeOf = (i: { expected?: string; message: string }) => (i.message in JSON_TYPES ? i.message : i.expected);
      const types = branches.map((b) => (b.length === 1 && b[0]!.code === "invalid_type" && b[0]!.path.length === 0 ? typeOf(b[0]!) : null));
      if (value !== undefined && types.length > 0 && types.every((t) => t)) {
        const names = [...new Set(types.map((t) => JSON_TYPES[t!] ?? t!))];
        return { path, value, message: `${pyRepr(value)} is not of type ${names.map(pyRepr).join(", ")}` };
      }
      return { path, value, message: `${pyRepr(value)} is not valid under any of the given schemas` };
    }
    default:
      return { path, value, message: issue.message };
  }
}

/** Nova's wording: body errors name the innermost field; query errors the parameter. */
export function novaMessage(issue: Issue, root: unknown, context: string | undefined): string {
  // Messages Nova passes through unwrapped (its InvalidName cause).
  if ((issue.params.params as { raw?: boolean } | undefined)?.raw) return issue.message;
  const d = describeIssue(issue, root);
  if (d.path.length === 0) return d.message;
  if (context === "querystring") {
    return `Invalid input for query parameters ${d.path[0]}. Value: ${pyStr(d.value)}. ${d.message}`;
  }
  return `Invalid input for field/attribute ${d.path.at(-1)}. Value: ${pyStr(d.value)}. ${d.message}`;
}
