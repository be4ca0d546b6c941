/**
 * Nova's extra_specs_ops.match (nova/scheduler/filters/extra_specs_ops.py):
 * the operators of flavor extra specs compared with host capabilities or
 * aggregate metadata. `req` is "<op> <operand>" or a bare value (equality):
 *   "= 4" (at least 4), "== 4", "!= 4", ">= 4", "<= 4" (numbers);
 *   "s== a", "s!= a", "s< a", "s<= a", "s> a", "s>= a" (strings);
 *   "<in> sub" (substring), "<all-in> a b" (every word a substring),
 *   "<or> a <or> b" (one of).
 */
const num = (x: string): number => (x.trim() === "" ? NaN : Number(x));

const OPS: Record<string, (x: string, y: string) => boolean> = {
  "=": (x, y) => num(x) >= num(y),
  "==": (x, y) => num(x) === num(y),
  "!=": (x, y) => num(x) !== num(y),
  ">=": (x, y) => num(x) >= num(y),
  "<=": (x, y) => num(x) <= num(y),
  "s==": (x, y) => x === y,
  "s!=": (x, y) => x !== y,
  "s<": (x, y) => x < y,
  "s<=": (x, y) => x <= y,
  "s>": (x, y) => x > y,
  "s>=": (x, y) => x >= y,
  "<in>": (x, y) => x.includes(y),
};

export function matchExtraSpec(value: string | null | undefined, req: string): boolean {
  // Python's str.split(): runs of whitespace, no empty words.
  const words = req.split(/\s+/).filter(Boolean);
  const op = words.shift();
  const known = op !== undefined && (op in OPS || op === "<all-in>" || op === "<or>");
  if (!known) return value === req;
  if (value == null) return false;
  if (op === "<or>") {
    // "<or> v1 <or> v2 <or> v3": every other word is a value.
    while (words.length) {
      if (words.shift() === value) return true;
      if (!words.length) break;
      words.shift();
    }
    return false;
  }
  if (!words.length) return false;
  if (op === "<all-in>") return words.every((w) => value.includes(w));
  return OPS[op!]!(value, words[0]!);
}
