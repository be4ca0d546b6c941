import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedFlavorView } from "../../src/api/compute/views/flavors.js";
import { findFlavorForBoot, flavorSnapshot, idFromHref } from "../../src/compute/flavors.js";
import { flavorCatalog, type FlavorCatalog } from "../../src/db/repositories/flavors.js";
import { OpenStackError } from "../../src/errors.js";
import type { AuthContext } from "../../src/identity/types.js";
import { startApp, type TestApp } from "../helpers.js";

function ctx(projectId: string, admin = false): AuthContext {
  const roles = admin ? ["admin", "member", "reader"] : ["member", "reader"];
  return {
    tokenHash: "x",
    userId: "u",
    userName: "u",
    userDomain: { id: "default", name: "Default" },
    projectId,
    project: { id: projectId, name: projectId, domain: { id: "default", name: "Default" } },
    roles: roles.map((r) => ({ id: r, name: r })),
    roleNames: new Set(roles),
    methods: ["password"],
    auditId: "a",
    issuedAt: new Date(0),
    expiresAt: new Date(0),
    isAdmin: admin,
  };
}

async function bootError(p: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(OpenStackError);
    return { status: (err as OpenStackError).code, message: (err as OpenStackError).message };
  }
  throw new Error("expected findFlavorForBoot to fail");
}

describe("findFlavorForBoot", () => {
  let t: TestApp;
  // The flavor table in memory, loaded at first use (after beforeAll's rows, written past the flavor service).
  let loaded: FlavorCatalog | undefined;
  const catalog = () => (loaded ??= flavorCatalog(t.db.prisma, t.db.fast));
  let privId: number;
  beforeAll(async () => {
    t = await startApp();
    const p = t.db.prisma;
    const priv = await p.flavor.create({
      data: { flavorId: "priv", name: "u.private", vcpus: 2, memoryMb: 256, rootGb: 2, isPublic: false, swapMb: 128 },
      select: { id: true },
    });
    privId = priv.id;
    await p.flavorAccess.create({ data: { flavorId: priv.id, projectId: "p-granted" } });
    await p.flavorExtraSpec.create({ data: { flavorId: priv.id, key: "hw:cpu_policy", value: "dedicated" } });
    await p.flavor.create({
      data: { flavorId: "off", name: "u.disabled", vcpus: 1, memoryMb: 64, rootGb: 1, disabled: true },
      select: { id: true },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("finds a seeded flavor by id", async () => {
    const f = await findFlavorForBoot(catalog(), "1", ctx("p-any"));
    expect(f).toMatchObject({
      flavorId: "1",
      name: "m1.tiny",
      vcpus: 1,
      memoryMb: 512,
      rootGb: 1,
      ephemeralGb: 0,
      swapMb: 0,
      rxtxFactor: 1,
      isPublic: true,
      disabled: false,
      description: null,
      extraSpecs: {},
    });
    expect(typeof f.id).toBe("number");
  });

  it("takes the last path segment of a flavor URL", async () => {
    expect((await findFlavorForBoot(catalog(), "http://127.0.0.1:8774/compute/v2.1/flavors/2", ctx("p"))).name).toBe("m1.small");
    expect((await findFlavorForBoot(catalog(), "http://h/compute/flavors/42?x=1", ctx("p"))).name).toBe("m1.nano");
    expect(idFromHref("flavors/84")).toBe("84");
  });

  it("fails an unknown flavor with Nova's 400 create message", async () => {
    expect(await bootError(findFlavorForBoot(catalog(), "no-such-flavor", ctx("p")))).toEqual({
      status: 400,
      message: "Flavor no-such-flavor could not be found.",
    });
  });

  it("sees a private flavor only from a granted project or as admin, with its extra specs", async () => {
    expect(await bootError(findFlavorForBoot(catalog(), "priv", ctx("p-other")))).toEqual({
      status: 400,
      message: "Flavor priv could not be found.",
    });
    const granted = await findFlavorForBoot(catalog(), "priv", ctx("p-granted"));
    expect(granted.extraSpecs).toEqual({ "hw:cpu_policy": "dedicated" });
    expect(granted.id).toBe(privId);
    expect((await findFlavorForBoot(catalog(), "priv", ctx("p-admin", true))).name).toBe("u.private");
  });

  it("refuses a disabled flavor, naming its internal id as Nova does", async () => {
    const row = await t.db.prisma.flavor.findUnique({ where: { flavorId: "off" }, select: { id: true } });
    expect(await bootError(findFlavorForBoot(catalog(), "off", ctx("p", true)))).toEqual({
      status: 400,
      message: `Flavor ${row!.id} could not be found.`,
    });
  });

  it("snapshots the flavor as servers embed it from 2.47, and links it before", async () => {
    const f = await findFlavorForBoot(catalog(), "priv", ctx("p-granted"));
    expect(flavorSnapshot(f)).toEqual({
      vcpus: 2,
      ram: 256,
      disk: 2,
      ephemeral: 0,
      swap: 128,
      original_name: "u.private",
      extra_specs: { "hw:cpu_policy": "dedicated" },
    });
    expect(flavorSnapshot(f, { includeExtraSpecs: false })).not.toHaveProperty("extra_specs");
    expect(embeddedFlavorView("1", "http://127.0.0.1:8774")).toEqual({
      id: "1",
      links: [{ rel: "bookmark", href: "http://127.0.0.1:8774/compute/flavors/1" }],
    });
  });
});
