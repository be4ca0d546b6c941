/**
 * Import boundaries of src/ (issue #11 item 6), checked by dependency-cruiser:
 *
 *   npm run lint:boundaries          (also run by test/unit/boundaries.test.ts and .ci/run)
 *
 * Paths are relative to the folder cruised from (the repository root), so every
 * rule names src/...; test/unit/boundaries.test.ts cruises planted violations laid
 * out the same way under a temporary root to prove each rule fires.
 *
 * Type-only imports count (tsPreCompilationDeps): `import type` couples modules
 * just as much, and a type-only cycle is still a cycle.
 */

/** The domain: no HTTP, no composition root. */
const DOMAIN = "^src/(compute|network|identity|image|placement|scheduler|simulator|volume)/";

/** A package: resolved into a node_modules folder, or (unresolved) by its bare name. */
const pkg = (names) => `(^|/)node_modules/(${names})/|^(${names})(/|$)`;
const FASTIFY = pkg("fastify|fastify-[^/]+|@fastify/[^/]+");
const PRISMA = pkg("prisma|@prisma/[^/]+");

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "api-not-to-db",
      severity: "error",
      comment: "src/api speaks to the domain services, never to the database layer (src/db) directly.",
      from: { path: "^src/api/" },
      to: { path: "^src/db/" },
    },
    {
      name: "domain-not-to-http",
      severity: "error",
      comment:
        "Domain folders know nothing of HTTP: no src/api, src/http, composition root (src/composition.ts, src/app.ts) or fastify packages.",
      from: { path: DOMAIN },
      to: { path: ["^src/(api|http)/", "^src/composition\\.ts$", "^src/app\\.ts$", FASTIFY] },
    },
    {
      name: "prisma-only-in-db",
      severity: "error",
      comment: "Only src/db may use Prisma: the prisma and @prisma/* packages and the generated client (src/db/generated).",
      from: { pathNot: "^src/db/" },
      to: { path: [PRISMA, "^src/db/generated/"] },
    },
    {
      name: "no-circular",
      severity: "error",
      comment: "No import cycles in src/, type-only imports included.",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-unresolvable",
      severity: "error",
      comment:
        "Every import resolves (\".js\" specifiers to their .ts sources): an import the cruiser cannot follow would slip past the rules above.",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Packages and the generated Prisma client are nodes (rules can name them) but are not cruised.
    doNotFollow: { path: ["(^|/)node_modules/", "^src/db/generated/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    moduleSystems: ["es6", "cjs"],
    enhancedResolveOptions: {
      // ESM TypeScript imports name the emitted file ("./x.js"): dependency-cruiser, like tsc,
      // falls back from a missing .js to the .ts source (no-unresolvable below proves it does).
      extensions: [".ts", ".d.ts", ".js", ".mjs", ".cjs", ".json"],
      exportsFields: ["exports"],
      conditionNames: ["types", "import", "require", "node", "default"],
      mainFields: ["types", "typings", "module", "main"],
    },
  },
};
