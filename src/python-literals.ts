/**
 * JSON values printed as Python prints them, as the OpenStack services write
 * them into their messages (jsonschema's, Nova's, Glance's). No imports: the
 * domain and the HTTP layer both use it.
 */

/** Python repr of a JSON value: {'a': 1, 'b': [True, None]} */
export function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === "string") {
    const q = v.includes("'") && !v.includes('"') ? '"' : "'";
    const body = v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t");
    return q + (q === "'" ? body.replace(/'/g, "\\'") : body) + q;
  }
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(", ")}]`;
  if (typeof v === "object") {
    return `{${Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`)
      .join(", ")}}`;
  }
  return String(v);
}

/** Python str() of a JSON value: like repr, but a bare string is printed without quotes. */
export function pyStr(v: unknown): string {
  return typeof v === "string" ? v : pyRepr(v);
}
