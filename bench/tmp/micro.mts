import { openDatabase } from "../../src/db/client.js";
const db = await openDatabase("file:/tmp/prof/data/novasim.db");
const p = db.prisma;
const tok = await p.token.findFirst({ select: { hash: true } });
const N = 3000;
async function time(name: string, f: () => Promise<unknown>) {
  for (let i = 0; i < 200; i++) await f();
  const t = process.hrtime.bigint();
  for (let i = 0; i < N; i++) await f();
  console.log(name, (Number(process.hrtime.bigint() - t) / N / 1000).toFixed(1), "us");
}
await time("findUnique token", () => p.token.findUnique({ where: { hash: tok!.hash }, select: { revokedAt: true } }));
await time("queryRaw token", () => p.$queryRaw`SELECT "revokedAt" FROM "Token" WHERE "hash" = ${tok!.hash}`);
await time("flavor findMany+specs", () => p.flavor.findMany({ where: { OR: [{ isPublic: true }] }, orderBy: { id: "asc" }, include: { extraSpecs: true } }));
await time("queryRaw flavors", () => p.$queryRaw`SELECT * FROM "Flavor" ORDER BY id`);
await time("pragma data_version", () => p.$queryRawUnsafe(`PRAGMA data_version`));
await db.close();
