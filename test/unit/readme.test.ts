import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultText, envNamesOf, flagOf, settings } from "../../src/config.js";

/**
 * The README's settings table must list every setting of src/config.ts, with
 * its environment variable, flag and default, and nothing that no longer exists.
 * To rewrite the table after changing settings:
 *   UPDATE_README=1 npx vitest run test/unit/readme.test.ts
 */
const readmePath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../README.md");
const START = "<!-- settings:start -->";
const END = "<!-- settings:end -->";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

type Row = { flag: string; env: string; def: string; doc: string };

function expectedRows(): Row[] {
  return (Object.keys(settings) as (keyof typeof settings)[]).map((key) => {
    const value = defaultText(key);
    const [env, ...aliases] = envNamesOf(key);
    return {
      flag: `\`${flagOf(key)}\``,
      // An older variable name still read is shown after the current one.
      env: `\`${env}\`` + (aliases.length ? ` (or ${aliases.map((a) => `\`${a}\``).join(", ")})` : ""),
      def: value === undefined ? "(unset)" : `\`${value}\``,
      doc: cell(settings[key].doc),
    };
  });
}

function renderTable(rows: Row[]): string {
  return [
    "| Flag | Environment variable | Default | Meaning |",
    "|---|---|---|---|",
    ...rows.map((r) => `| ${r.flag} | ${r.env} | ${r.def} | ${r.doc} |`),
  ].join("\n");
}

/** Rows of the README table, keyed by their flag cell. */
function readmeRows(text: string): Map<string, string[]> {
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from === -1 || to < from) throw new Error(`README.md has no ${START} ... ${END} block`);
  const rows = new Map<string, string[]>();
  for (const line of text.slice(from + START.length, to).split("\n")) {
    if (!line.startsWith("| `--")) continue;
    const cells = line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
    rows.set(cells[0]!, cells);
  }
  return rows;
}

describe("README settings table", () => {
  const text = fs.readFileSync(readmePath, "utf8");
  if (process.env.UPDATE_README) {
    const from = text.indexOf(START);
    const to = text.indexOf(END);
    fs.writeFileSync(readmePath, `${text.slice(0, from + START.length)}\n${renderTable(expectedRows())}\n${text.slice(to)}`);
  }
  const rows = readmeRows(fs.readFileSync(readmePath, "utf8"));
  const hint = "run UPDATE_README=1 npx vitest run test/unit/readme.test.ts";

  it.each(expectedRows().map((r) => [r.flag, r] as const))("lists %s with its variable and default", (flag, want) => {
    const row = rows.get(flag);
    expect(row, `${flag} is missing from README.md (${hint})`).toBeDefined();
    expect(row![1], `environment variable of ${flag}`).toBe(want.env);
    expect(row![2], `default of ${flag}`).toBe(want.def);
    expect(row![3], `meaning of ${flag}`).not.toBe("");
  });

  it("lists no setting that src/config.ts does not have", () => {
    const known = new Set(expectedRows().map((r) => r.flag));
    expect([...rows.keys()].filter((f) => !known.has(f)), hint).toEqual([]);
  });

  it("shows an object default as JSON, not [object Object]", () => {
    expect(rows.get("`--action-times`")?.[2]).toBe("`{}`");
  });
});
