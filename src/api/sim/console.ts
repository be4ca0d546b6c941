import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { App } from "../../composition.js";
import { NotFound } from "../../errors.js";

/** The console's files, by name, and their content types. */
const FILES: Record<string, string> = {
  "index.html": "text/html; charset=utf-8",
  "app.js": "text/javascript; charset=utf-8",
  "style.css": "text/css; charset=utf-8",
};

/** Where the files are: beside this module (tsx), or in the source tree when this runs from a bundle in dist/. */
function consoleDir(): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, "console"), path.resolve(here, "../src/api/sim/console"), path.resolve(process.cwd(), "src/api/sim/console")];
  return candidates.find((d) => fs.existsSync(path.join(d, "index.html"))) ?? null;
}

/**
 * The web console at /sim: static HTML, CSS and JavaScript (no build step)
 * that uses only /sim/v1 and the OpenStack APIs, with a Keystone token it
 * gets from the sign-in form. The files are public; every call they make
 * needs the token.
 */
export default async function consoleRoutes(app: App) {
  const dir = consoleDir();
  const cache = new Map<string, string>();
  const read = (name: string) => {
    if (!dir || !(name in FILES)) throw new NotFound(`The console file ${name} could not be found.`);
    let text = cache.get(name);
    if (text === undefined) cache.set(name, (text = fs.readFileSync(path.join(dir, name), "utf8")));
    return text;
  };
  const tags = ["simulator"];

  app.get(
    "/",
    {
      config: { public: true },
      schema: { operationId: "sim.console", tags, summary: "The web console", description: "No token: the page signs in with Keystone itself.", response: { 200: z.string().describe("text/html") } },
    },
    async (_req, reply) => reply.type(FILES["index.html"]!).send(read("index.html")),
  );

  app.get(
    "/console/:file",
    {
      config: { public: true },
      schema: {
        operationId: "sim.console.file",
        tags,
        summary: "One of the web console's static files",
        description: "No token. app.js and style.css.",
        params: z.object({ file: z.string() }),
        response: { 200: z.string().describe("JavaScript or CSS") },
      },
    },
    async (req, reply) => {
      const { file } = req.params as { file: string };
      return reply.type(FILES[file] ?? "text/plain").send(read(file));
    },
  );
}
