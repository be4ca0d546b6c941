#!/usr/bin/env node
/**
 * `npm run build`: compile the server into dist/ as what `npm start` runs
 * (`node dist/server.js`).
 *
 * esbuild bundles src/ and the pure-JavaScript packages it uses into a few ES
 * modules (the two Prisma clients stay separate chunks, loaded only by the
 * database in use). A start then reads and compiles three files instead of
 * some seven hundred: in a CPU profile of a start on a new database, module
 * resolution and compilation were about a sixth of the time. Type checking is
 * `npm run typecheck` (tsc), which CI runs; esbuild only strips the types.
 *
 * Left as packages, loaded from node_modules at run time: what carries native
 * code or WebAssembly (better-sqlite3, Prisma's runtime and adapters, pg),
 * what finds its own files by path (@fastify/swagger-ui's static assets,
 * pino's worker-thread transports), and sshpk (CommonJS with lazy requires).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "dist");

const external = [
  "@prisma/*",
  "better-sqlite3",
  "pg",
  "pg-*",
  "pino",
  "pino-*",
  "thread-stream",
  "@fastify/swagger",
  "@fastify/swagger-ui",
  "sshpk",
];

fs.rmSync(out, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: ["src/server.ts"],
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  external,
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __novasimRequire } from 'node:module'; const require = __novasimRequire(import.meta.url);" },
  logLevel: "warning",
  metafile: true,
});
// The web console's static files (/sim, src/api/sim/console.ts), beside the bundle that serves them.
fs.cpSync(path.join(root, "src/api/sim/console"), path.join(out, "console"), { recursive: true });
const files = Object.keys(result.metafile.outputs).filter((f) => f.endsWith(".js"));
const bytes = files.reduce((n, f) => n + result.metafile.outputs[f].bytes, 0);
console.log(`dist/: ${files.length} modules, ${(bytes / 1024 / 1024).toFixed(1)} MiB (node dist/server.js)`);
