const { openDatabase } = await import("../../dist/db/client.js");
const { loadConfig } = await import("../../dist/config.js");
const config = loadConfig({ NOVASIM_DATA_DIR: process.argv[2], NOVASIM_PORT: "0" }, []);
const db = await openDatabase(config.databaseUrl);
await db.prisma.$queryRawUnsafe("select 1");
for (const [f, name, arg] of [["identity", "seedIdentity", { passwords: { admin: "admin", demo: "demo", alt_demo: "alt_demo" } }], ["flavors", "seedFlavors"], ["images", "seedImages"], ["networks", "seedNetworks"], ["hosts", "seedHosts"]]) {
  const m = await import(`../../dist/db/seed/${f}.js`);
  const t = performance.now(); await m[name](db.prisma, arg ?? config); console.log(f, (performance.now() - t).toFixed(0), "ms");
}
