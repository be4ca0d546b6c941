// Prisma CLI configuration. novasim never needs Prisma's native engines: the CLI
// runs its JavaScript schema engine through a driver adapter, and the runtime
// client uses driver adapters too (see src/db/client.ts). That is what lets
// novasim install and run on an air-gapped machine.
//
// PRISMA_PROVIDER (or a postgres DATABASE_URL) picks which schema folder the CLI
// works on: prisma/sqlite (default) or prisma/postgresql.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

const isPg = (u: string | undefined) => !!u && /^postgres(ql)?:/.test(u);
const provider =
  process.env.PRISMA_PROVIDER ?? (isPg(process.env.DATABASE_URL) ? "postgresql" : "sqlite");
// The schema's `url = env("DATABASE_URL")` must name the schema's own provider, or
// `prisma generate` goes looking for a native engine to download.
const fallback =
  provider === "postgresql" ? "postgresql://postgres@127.0.0.1:5432/postgres" : "file:./data/novasim.db";
const url =
  process.env.DATABASE_URL && isPg(process.env.DATABASE_URL) === (provider === "postgresql")
    ? process.env.DATABASE_URL
    : fallback;
process.env.DATABASE_URL = url;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", provider),
  migrations: { path: path.join("prisma", provider, "migrations") },
  async adapter() {
    return provider === "postgresql"
      ? new PrismaPg({ connectionString: url })
      : new PrismaBetterSQLite3({ url });
  },
});
