import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { readMigrations } from "../../src/db/migrate.js";

describe("committed migrations", () => {
  it("cover prisma/models.prisma: a model change needs `scripts/db-regen.sh NAME` (new migrations for both databases)", () => {
    const models = fs.readFileSync("prisma/models.prisma", "utf8");
    const migrated = fs.readFileSync("prisma/migrated.prisma", "utf8");
    expect(models === migrated, "prisma/models.prisma changed without a migration: run scripts/db-regen.sh NAME").toBe(true);
  });

  it("exist for both providers, with the same names in the same order", () => {
    const sqlite = readMigrations("sqlite").map((m) => m.name);
    const pg = readMigrations("postgresql").map((m) => m.name);
    expect(sqlite.length).toBeGreaterThan(0);
    expect(pg).toEqual(sqlite);
  });
});
