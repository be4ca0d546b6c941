/**
 * Writes the OpenAPI document of every route the app declares to
 * openapi/novasim.json, and the TypeScript types openapi-typescript generates
 * from it to test/integration/generated/novasim.d.ts (the typed client of the
 * integration tests is built on them).
 *
 *   npm run openapi          regenerate both files
 *   npm run openapi:check    exit 1 if a committed file differs from what the code gives now
 *
 * The app is built on a throwaway SQLite database; the output depends on the
 * code only (no request host, no servers entry, no database contents).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { buildApp } from "../src/app.js";
import { prepareDatabase } from "../src/bootstrap.js";
import { ManualClock } from "../src/clock.js";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { renderOpenApi } from "../src/http/openapi.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SPEC_PATH = path.join(root, "openapi", "novasim.json");
export const TYPES_PATH = path.join(root, "test", "integration", "generated", "novasim.d.ts");

/** The OpenAPI document as the committed file holds it. */
export async function generateSpec(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-openapi-"));
  try {
    // An explicit environment: settings of the shell (DATABASE_URL, NOVASIM_PUBLIC_URL…) must not leak in.
    const config = loadConfig({ NOVASIM_LOG_LEVEL: "silent", DATABASE_URL: `file:${path.join(dir, "novasim.db")}` });
    const logger = createLogger(config.logLevel);
    const db = await prepareDatabase(config, logger);
    try {
      const app = await buildApp({ config, db, clock: new ManualClock(0), logger });
      try {
        await app.ready();
        return renderOpenApi(app.swagger());
      } finally {
        await app.close();
      }
    } finally {
      await db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const TYPES_HEADER =
  "/**\n * Generated from openapi/novasim.json by openapi-typescript (`npm run openapi`). Do not edit.\n */\n\n";

/** The TypeScript `paths`/`components` types of a document's text, as openapi-typescript writes them. */
export async function generateTypes(specText: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(specText), { silent: true });
  return TYPES_HEADER + astToString(ast).trimEnd() + "\n";
}

const rel = (p: string) => path.relative(root, p);
const readOr = (p: string) => (fs.existsSync(p) ? fs.readFileSync(p, "utf8") : null);

async function main(argv: string[]) {
  const check = argv.includes("--check");
  const unknown = argv.filter((a) => a !== "--check");
  if (unknown.length) {
    console.error(`usage: tsx scripts/gen-openapi.ts [--check]   (unexpected: ${unknown.join(" ")})`);
    return 2;
  }
  const spec = await generateSpec();
  const types = await generateTypes(spec);
  const outputs: [string, string][] = [
    [SPEC_PATH, spec],
    [TYPES_PATH, types],
  ];
  if (check) {
    const stale = outputs.filter(([p, text]) => readOr(p) !== text).map(([p]) => rel(p));
    if (stale.length) {
      console.error(
        `OpenAPI output is out of date: ${stale.join(", ")} ${stale.length > 1 ? "differ" : "differs"} from what the routes give now.\n` +
          "Run `npm run openapi` and commit the result.",
      );
      return 1;
    }
    console.log(`${outputs.map(([p]) => rel(p)).join(" and ")} are up to date.`);
    return 0;
  }
  for (const [p, text] of outputs) {
    fs.mkdirSync(path.dirname(p), { recursive: true });
    const changed = readOr(p) !== text;
    if (changed) fs.writeFileSync(p, text);
    console.log(`${changed ? "wrote" : "unchanged"} ${rel(p)}`);
  }
  const paths = Object.keys((JSON.parse(spec) as { paths: object }).paths).length;
  console.log(`${paths} paths`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
