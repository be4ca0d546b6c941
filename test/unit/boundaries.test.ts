import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cruise, type ICruiseOptions, type ICruiseResult, type IViolation } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The import boundaries of .dependency-cruiser.cjs (the same check as
 * `npm run lint:boundaries`), through dependency-cruiser's API.
 */

const root = path.resolve(import.meta.dirname, "../..");
const configFile = path.join(root, ".dependency-cruiser.cjs");
const tsConfigFile = path.join(root, "tsconfig.json");

interface Found {
  rule: string;
  from: string;
  to: string;
}

/** Cruise `src` under `baseDir` with the project's rules; the violations found, as plain rows. */
async function violations(baseDir: string): Promise<{ result: ICruiseResult; found: Found[] }> {
  const options: ICruiseOptions = await extractDepcruiseOptions(configFile);
  const out = await cruise(
    ["src"],
    { ...options, baseDir, tsConfig: { fileName: tsConfigFile } },
    {},
    { tsConfig: extractTSConfig(tsConfigFile) },
  );
  const result = out.output as ICruiseResult;
  return { result, found: result.summary.violations.map(row) };
}

/** One row per violation: a cycle as its first step, a package as npm:<name>. */
function row(v: IViolation): Found {
  const to = v.cycle?.length ? v.cycle[0]!.name : v.to;
  const pkg = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(to);
  return { rule: v.rule.name, from: v.from, to: pkg ? `npm:${pkg[1]}` : to };
}

const describeRows = (found: Found[]) => found.map((f) => `${f.rule}: ${f.from} -> ${f.to}`).join("\n");

describe("import boundaries (.dependency-cruiser.cjs)", () => {
  it("src/ has no violations", async () => {
    const { result, found } = await violations(root);
    // The cruise really saw the code: ".js" specifiers resolved to the .ts sources, type-only imports included.
    expect(result.summary.totalCruised).toBeGreaterThan(100);
    const deps = result.modules.flatMap((m) => m.dependencies.map((d) => ({ from: m.source, ...d })));
    expect(deps.some((d) => d.from === "src/app.ts" && d.resolved === "src/composition.ts")).toBe(true);
    expect(deps.some((d) => d.dependencyTypes.includes("type-only"))).toBe(true);
    expect(found, `boundary violations in src/ (npm run lint:boundaries):\n${describeRows(found)}`).toEqual([]);
  });

  describe("each rule reports a planted violation", () => {
    let dir: string;
    let found: Found[];

    const plant = (file: string, text: string) => {
      const p = path.join(dir, file);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, text);
    };

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-boundaries-"));
      // Packages resolve as in the repository.
      fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
      // Allowed: the database layer and its Prisma client, the domain using src/db, the API using the domain.
      plant("src/db/generated/sqlite/client.ts", "export class PrismaClient {}\n");
      plant("src/db/client.ts", 'import { PrismaPg } from "@prisma/adapter-pg";\nimport { PrismaClient } from "./generated/sqlite/client.js";\nexport const make = () => [PrismaPg, PrismaClient];\n');
      plant("src/compute/service.ts", 'import { make } from "../db/client.js";\nexport const service = make;\n');
      plant("src/api/ok.ts", 'import { service } from "../compute/service.js";\nexport const ok = service;\n');
      // api-not-to-db
      plant("src/api/bad.ts", 'import { make } from "../db/client.js";\nexport const bad = make;\n');
      // domain-not-to-http: src/http, src/api, the composition root and fastify, type-only imports too.
      plant("src/http/errors.ts", "export const reply = 1;\n");
      plant("src/composition.ts", "export interface App { name: string }\n");
      plant("src/app.ts", 'import { ok } from "./api/ok.js";\nexport const app = ok;\n');
      plant(
        "src/network/web.ts",
        [
          'import type { FastifyInstance } from "fastify";',
          'import fp from "fastify-plugin";',
          'import { reply } from "../http/errors.js";',
          'import type { App } from "../composition.js";',
          'import { app } from "../app.js";',
          'import { ok } from "../api/ok.js";',
          "export const web = (f: FastifyInstance, a: App) => [fp, reply, app, ok, f, a];",
          "",
        ].join("\n"),
      );
      // The Placement domain (src/placement) is held to the same rule.
      plant(
        "src/placement/web.ts",
        'import type { FastifyReply } from "fastify";\nimport { reply } from "../http/errors.js";\nexport const web = (r: FastifyReply) => [reply, r];\n',
      );
      // prisma-only-in-db
      plant(
        "src/image/store.ts",
        'import { Prisma } from "@prisma/client";\nimport type { PrismaClient } from "../db/generated/sqlite/client.js";\nexport const store = (p: PrismaClient) => [Prisma, p];\n',
      );
      // no-circular, through type-only imports.
      plant("src/scheduler/a.ts", 'import type { B } from "./b.js";\nexport interface A { b?: B }\n');
      plant("src/scheduler/b.ts", 'import type { A } from "./a.js";\nexport interface B { a?: A }\n');
      // no-unresolvable
      plant("src/identity/lost.ts", 'import { gone } from "./gone.js";\nexport const lost = gone;\n');
      ({ found } = await violations(dir));
    });

    afterAll(() => {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    const of = (rule: string) => found.filter((f) => f.rule === rule).map(({ from, to }) => `${from} -> ${to}`).sort();

    it("api-not-to-db: src/api importing src/db", () => {
      expect(of("api-not-to-db")).toEqual(["src/api/bad.ts -> src/db/client.ts"]);
    });

    it("domain-not-to-http: a domain folder importing src/http, src/api, src/composition.ts, src/app.ts or fastify packages", () => {
      expect(of("domain-not-to-http")).toEqual(
        [
          "src/network/web.ts -> src/api/ok.ts",
          "src/network/web.ts -> src/app.ts",
          "src/network/web.ts -> src/composition.ts",
          "src/network/web.ts -> src/http/errors.ts",
          "src/network/web.ts -> npm:fastify",
          "src/network/web.ts -> npm:fastify-plugin",
          "src/placement/web.ts -> src/http/errors.ts",
          "src/placement/web.ts -> npm:fastify",
        ].sort(),
      );
    });

    it("prisma-only-in-db: @prisma/* or the generated client outside src/db", () => {
      expect(of("prisma-only-in-db")).toEqual([
        "src/image/store.ts -> npm:@prisma/client",
        "src/image/store.ts -> src/db/generated/sqlite/client.ts",
      ]);
    });

    it("no-circular: a cycle of type-only imports", () => {
      // One report per cycle, starting from either of its files.
      expect(of("no-circular")).toHaveLength(1);
      expect(["src/scheduler/a.ts -> src/scheduler/b.ts", "src/scheduler/b.ts -> src/scheduler/a.ts"]).toContain(of("no-circular")[0]);
    });

    it("no-unresolvable: an import that resolves to nothing", () => {
      expect(of("no-unresolvable")).toEqual(["src/identity/lost.ts -> ./gone.js"]);
    });

    it("nothing else: the allowed imports pass", () => {
      const rules = new Set(["api-not-to-db", "domain-not-to-http", "prisma-only-in-db", "no-circular", "no-unresolvable"]);
      expect(found.filter((f) => !rules.has(f.rule))).toEqual([]);
      expect(found.filter((f) => /src\/(api\/ok|compute\/service|db\/client|app)\.ts$/.test(f.from))).toEqual([]);
    });
  });
});
