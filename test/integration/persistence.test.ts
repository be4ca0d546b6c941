import { describe, expect, it } from "vitest";
import { migrate, readMigrations } from "../../src/db/migrate.js";
import { openDatabase, providerOf } from "../../src/db/client.js";
import { freshDatabaseUrl, passwordAuth, startApp } from "../helpers.js";

describe("persistence (runs on PostgreSQL too when TEST_DATABASE_URL is set)", () => {
  it("first start seeds; a restart keeps the data and tokens without seeding twice", async () => {
    const first = await startApp();
    const url = first.url;
    const prisma = first.db.prisma;
    expect(await prisma.project.count()).toBe(4);
    expect(await prisma.user.count()).toBe(3);
    expect((await prisma.role.findMany({ select: { name: true }, orderBy: { name: "asc" } })).map((r) => r.name)).toEqual([
      "admin",
      "member",
      "reader",
    ]);
    // A tenant added at run time, and a token issued before the restart.
    await prisma.project.create({ data: { id: "feedface", name: "extra", domainId: "default" } });
    const token = await first.token("demo");
    await first.close({ drop: false });

    const second = await startApp({ url });
    try {
      expect(await second.db.prisma.project.count()).toBe(5);
      expect(await second.db.prisma.user.count()).toBe(3);
      expect(await second.db.prisma.roleAssignment.count()).toBe(3);
      const res = await second.app.inject({ url: "/identity/v3/auth/projects", headers: { "x-auth-token": token } });
      expect(res.statusCode).toBe(200);
      // A changed password variable does not overwrite the stored password.
      const third = await startApp({ url, env: { NOVASIM_DEMO_PASSWORD: "changed" } });
      const login = await third.app.inject({ method: "POST", url: "/identity/v3/auth/tokens", payload: passwordAuth("demo", "demo", "demo") });
      expect(login.statusCode).toBe(201);
      await third.close({ drop: false });
    } finally {
      await second.close();
      // The restarts reused the first app's database: drop it now that nothing holds it.
      await first.drop();
    }
  });

  it("passwords come from the environment on first start", async () => {
    const t = await startApp({ env: { NOVASIM_ADMIN_PASSWORD: "s3cret" } });
    try {
      const ok = await t.app.inject({ method: "POST", url: "/identity/v3/auth/tokens", payload: passwordAuth("admin", "s3cret", "admin") });
      expect(ok.statusCode).toBe(201);
      const old = await t.app.inject({ method: "POST", url: "/identity/v3/auth/tokens", payload: passwordAuth("admin", "admin", "admin") });
      expect(old.statusCode).toBe(401);
    } finally {
      await t.close();
    }
  });

  it("migrations are applied once, recorded in _prisma_migrations, and idempotent", async () => {
    const { url, drop } = await freshDatabaseUrl();
    try {
      const all = readMigrations(providerOf(url)).map((m) => m.name);
      expect(all.length).toBeGreaterThan(0);
      expect(await migrate(url)).toEqual(all);
      expect(await migrate(url)).toEqual([]);
      const db = await openDatabase(url);
      const rows = await db.prisma.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => r.migration_name)).toEqual(all);
      expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
      await db.close();
    } finally {
      await drop();
    }
  });

  it("two replicas starting at once apply each migration exactly once", async () => {
    const { url, drop } = await freshDatabaseUrl();
    try {
      const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);
      const all = readMigrations(providerOf(url)).map((m) => m.name);
      expect(results.flat().sort()).toEqual(all.sort());
      const db = await openDatabase(url);
      const rows = await db.prisma.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "_prisma_migrations"`);
      expect(Number(rows[0]!.n)).toBe(all.length);
      await db.close();
    } finally {
      await drop();
    }
  });
});
