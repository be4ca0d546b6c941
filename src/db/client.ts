import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PrismaClient as SqliteClient } from "./generated/sqlite/client.js";
import { openFastReader, type FastReader } from "./fast-read.js";
import { withStatementCache } from "./sqlite-statements.js";
import { cachePlans } from "./plan-cache.js";

/**
 * The Prisma client type the application codes against. Both generated clients
 * come from the same models file (prisma/models.prisma), so their APIs match;
 * the SQLite one serves as the nominal type.
 */
export type Db = SqliteClient;
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
export type Provider = "sqlite" | "postgresql";

export function providerOf(url: string): Provider {
  return /^postgres(ql)?:/.test(url) ? "postgresql" : "sqlite";
}

/** Path of a `file:` URL, resolved against the working directory. */
export function sqlitePath(url: string): string {
  const p = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return p.startsWith("//") ? fileURLToPath(url) : path.resolve(p);
}

export interface Database {
  prisma: Db;
  provider: Provider;
  url: string;
  /** Per-request reads that bypass Prisma (src/db/fast-read.ts). */
  fast: FastReader;
  close(): Promise<void>;
}

/** Open the database named by `url` with the matching driver adapter (no native Prisma engine). */
export async function openDatabase(url: string): Promise<Database> {
  const provider = providerOf(url);
  let prisma: Db;
  let fast: FastReader;
  if (provider === "sqlite") {
    const file = sqlitePath(url);
    fast = openFastReader("sqlite", file);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Each database's client and driver adapter is loaded only when used: a start loads one of the two.
    const [{ PrismaClient }, { PrismaBetterSQLite3 }, { QueryCompiler }] = await Promise.all([
      import("./generated/sqlite/client.js"),
      import("@prisma/adapter-better-sqlite3"),
      import("@prisma/client/runtime/query_compiler_bg.sqlite.mjs"),
    ]);
    cachePlans(QueryCompiler);
    prisma = new PrismaClient({ adapter: withStatementCache(new PrismaBetterSQLite3({ url: `file:${file}` })) });
    // Per-connection settings; the adapter keeps one connection.
    await prisma.$executeRawUnsafe("PRAGMA foreign_keys = ON");
    await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  } else {
    const [{ PrismaClient }, { PrismaPg }, { QueryCompiler }] = await Promise.all([
      import("./generated/postgresql/client.js"),
      import("@prisma/adapter-pg"),
      import("@prisma/client/runtime/query_compiler_bg.postgresql.mjs"),
    ]);
    cachePlans(QueryCompiler);
    prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
    fast = openFastReader("postgresql", url);
  }
  const close = async () => {
    await fast.close();
    await prisma.$disconnect();
  };
  return { prisma, provider, url, fast, close };
}
