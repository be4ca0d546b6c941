import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";

/**
 * Issue #8: a full page (limit=1000) of servers that have ports, addresses,
 * security groups, metadata and tags. The lists of ids the views batch by are
 * then longer than a database takes as bound parameters in one `IN`; the page
 * must still answer 200. The rows are inserted directly (one createMany per
 * table), so the test takes seconds, not the minutes 1,200 boots would take.
 */

const N = 1200;
const flavor = JSON.stringify({ id: "1", name: "m1.tiny", vcpus: 1, ram: 512, disk: 1, ephemeral: 0, swap: 0, extra_specs: {} });
let t: TestApp;
let ids: string[];

beforeAll(async () => {
  t = await startApp();
  const p = t.db.prisma;
  const demo = await p.project.findFirstOrThrow({ where: { name: "demo" }, select: { id: true } });
  const user = await p.user.findFirstOrThrow({ where: { name: "demo" }, select: { id: true } });
  const image = await p.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } });
  const group = await p.securityGroup.findFirstOrThrow({ where: { defaultFor: demo.id }, select: { id: true } });
  const net = await p.network.create({ data: { id: crypto.randomUUID(), name: "big", projectId: demo.id }, select: { id: true } });
  const subnet = await p.subnet.create({
    data: { id: crypto.randomUUID(), networkId: net.id, projectId: demo.id, name: "big-v4", cidr: "10.64.0.0/16", ipVersion: 4 },
    select: { id: true },
  });
  const t0 = Date.parse("2026-01-01T00:00:00Z");
  ids = Array.from({ length: N }, () => crypto.randomUUID());
  await p.instance.createMany({
    data: ids.map((id, n) => ({
      id,
      displayName: `big-${String(n).padStart(4, "0")}`,
      projectId: demo.id,
      userId: user.id,
      flavorId: "1",
      flavor,
      vcpus: 1,
      memoryMb: 512,
      rootGb: 1,
      imageRef: image.id,
      vmState: "active",
      powerState: 1,
      host: "compute1",
      node: "compute1",
      availabilityZone: "nova",
      hostname: `big-${n}`,
      reservationId: `r-${n}`,
      launchedAt: new Date(t0 + n * 1000),
      createdAt: new Date(t0 + n * 1000),
      updatedAt: new Date(t0 + n * 1000),
    })),
  });
  await p.instanceMetadata.createMany({ data: ids.map((instanceId, n) => ({ instanceId, key: "n", value: String(n) })) });
  await p.instanceTag.createMany({ data: ids.map((instanceId) => ({ instanceId, tag: "big" })) });
  const ports = ids.map((deviceId, n) => ({
    id: crypto.randomUUID(),
    networkId: net.id,
    projectId: demo.id,
    macAddress: `fa:16:3e:00:${((n >> 8) & 255).toString(16).padStart(2, "0")}:${(n & 255).toString(16).padStart(2, "0")}`,
    deviceId,
    deviceOwner: "compute:nova",
    status: "ACTIVE",
    serverOwned: true,
    createdAt: new Date(t0 + n * 1000),
  }));
  await p.port.createMany({ data: ports });
  await p.ipAllocation.createMany({
    data: ports.map((port, n) => ({ subnetId: subnet.id, ipAddress: `10.64.${n >> 8}.${(n & 255) + 0}`, portId: port.id })),
  });
  await p.portSecurityGroup.createMany({ data: ports.map((port) => ({ portId: port.id, securityGroupId: group.id })) });
}, 120_000);
afterAll(() => t.close());

describe("a 1000-server page", () => {
  it("GET /servers/detail?limit=1000 answers 200 with 1000 servers, their addresses, and a next link", async () => {
    const headers = { "x-auth-token": await t.token("demo"), "openstack-api-version": "compute 2.98" };
    const res = await t.app.inject({ url: "/compute/v2.1/servers/detail?limit=1000", headers });
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    const body = res.json();
    expect(body.servers).toHaveLength(1000);
    // Newest first: the last inserted server leads.
    expect(body.servers[0].name).toBe(`big-${String(N - 1).padStart(4, "0")}`);
    const first = body.servers[0];
    expect(first.addresses.big[0]).toMatchObject({ version: 4, addr: `10.64.${(N - 1) >> 8}.${(N - 1) & 255}` });
    expect(first.security_groups).toEqual([{ name: "default" }]);
    expect(first.metadata).toEqual({ n: String(N - 1) });
    expect(first.tags).toEqual(["big"]);
    expect(body.servers.every((s: { addresses: Record<string, unknown[]> }) => s.addresses.big?.length === 1)).toBe(true);
    const next = new URL(body.servers_links[0].href);
    expect(next.searchParams.get("marker")).toBe(body.servers[999].id);

    const rest = await t.app.inject({ url: `/compute/v2.1/servers/detail?${next.searchParams}`, headers });
    expect(rest.statusCode).toBe(200);
    expect(rest.json().servers).toHaveLength(N - 1000);
    expect(rest.json().servers_links).toBeUndefined();
    const all = new Set([...body.servers, ...rest.json().servers].map((s: { id: string }) => s.id));
    expect(all.size).toBe(N);
  });

  it("GET /servers?limit=1000 (the short view) and an ip filter over all of them answer 200", async () => {
    const headers = { "x-auth-token": await t.token("demo") };
    const res = await t.app.inject({ url: "/compute/v2.1/servers?limit=1000", headers });
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    expect(res.json().servers).toHaveLength(1000);
    const ip = await t.app.inject({ url: "/compute/v2.1/servers/detail?ip=^10\\.64\\.0\\.7$", headers });
    expect(ip.statusCode, ip.body.slice(0, 500)).toBe(200);
    expect(ip.json().servers.map((s: { name: string }) => s.name)).toEqual(["big-0007"]);
  });

  it("Neutron lists filtered by more ids than one statement takes answer 200, in id order", async () => {
    const headers = { "x-auth-token": await t.token("demo") };
    const q = ids.slice(0, 1100).map((d) => `device_id=${d}`).join("&");
    const res = await t.app.inject({ url: `/networking/v2.0/ports?${q}&fields=id&fields=device_id`, headers });
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    const ports = res.json().ports as { id: string; device_id: string }[];
    expect(ports).toHaveLength(1100);
    expect(ports.map((p) => p.id)).toEqual(ports.map((p) => p.id).sort());
    const byId = await t.app.inject({ url: `/networking/v2.0/ports?${ports.map((p) => `id=${p.id}`).join("&")}&${q}`, headers });
    expect(byId.statusCode, byId.body.slice(0, 500)).toBe(200);
    expect(byId.json().ports).toHaveLength(1100);
  });
});

/**
 * Sorting and marker paging are done by the database (keyset on the sort
 * columns): walking every page must give the order the list had when it sorted
 * in memory: NULL smallest, the id as the last key in the first key's direction.
 */
describe("keyset paging over sort keys with NULLs, booleans and ties", () => {
  interface Row { id: string; name: string; keyName: string | null; locked: boolean; launchedAt: Date | null; createdAt: Date }
  let rows: Row[];
  beforeAll(async () => {
    const p = t.db.prisma;
    const alt = await p.project.findFirstOrThrow({ where: { name: "alt_demo" }, select: { id: true } });
    const user = await p.user.findFirstOrThrow({ where: { name: "alt_demo" }, select: { id: true } });
    const t0 = Date.parse("2026-02-01T00:00:00Z");
    rows = Array.from({ length: 40 }, (_, n) => ({
      id: crypto.randomUUID(),
      name: `ks-${["b", "a", "c", "B"][n % 4]}-${n % 5}`,
      keyName: n % 3 === 0 ? null : `k${n % 2}`,
      locked: n % 4 === 1,
      launchedAt: n % 5 === 0 ? null : new Date(t0 + (n % 7) * 1000),
      // Groups of four share a creation time: the id decides within them.
      createdAt: new Date(t0 + Math.floor(n / 4) * 1000),
    }));
    await p.instance.createMany({
      data: rows.map(({ name, ...r }, n) => ({
        ...r,
        displayName: name,
        projectId: alt.id,
        userId: user.id,
        flavorId: "1",
        flavor,
        vmState: "active",
        reservationId: `r-ks-${n}`,
        updatedAt: r.createdAt,
      })),
    });
  });

  type Col = keyof Row;
  const reference = (keys: [Col, 1 | -1][], list: Row[]) => {
    const sort = [...keys, ["id", keys[0]![1]] as [Col, 1 | -1]];
    return [...list].sort((a, b) => {
      for (const [col, dir] of sort) {
        const x = a[col];
        const y = b[col];
        if (x === y) continue;
        if (x === null) return -dir;
        if (y === null) return dir;
        const c = x instanceof Date ? x.getTime() - (y as Date).getTime() : x < y ? -1 : x > y ? 1 : 0;
        if (c) return c * dir;
      }
      return 0;
    });
  };
  async function walk(query: string, limit: number): Promise<string[]> {
    const headers = { "x-auth-token": await t.token("alt_demo"), "openstack-api-version": "compute 2.73" };
    const seen: string[] = [];
    let url = `/compute/v2.1/servers?${query}&limit=${limit}`;
    for (let pages = 0; pages < 100; pages++) {
      const res = await t.app.inject({ url, headers });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      seen.push(...res.json().servers.map((s: { id: string }) => s.id));
      const next = res.json().servers_links?.[0]?.href as string | undefined;
      if (!next) return seen;
      url = `/compute/v2.1/servers?${new URL(next).searchParams}`;
    }
    throw new Error("too many pages");
  }
  const cases: [string, [Col, 1 | -1][]][] = [
    ["", [["createdAt", -1]]],
    ["sort_key=created_at&sort_dir=asc", [["createdAt", 1]]],
    ["sort_key=key_name&sort_dir=asc", [["keyName", 1]]],
    ["sort_key=key_name&sort_dir=desc", [["keyName", -1]]],
    ["sort_key=locked&sort_dir=asc&sort_key=key_name&sort_dir=desc", [["locked", 1], ["keyName", -1]]],
    ["sort_key=locked&sort_dir=desc&sort_key=launched_at&sort_dir=asc", [["locked", -1], ["launchedAt", 1]]],
    ["sort_key=launched_at&sort_dir=desc&sort_key=display_name", [["launchedAt", -1], ["name", -1]]],
    ["sort_key=display_name&sort_dir=asc", [["name", 1]]],
  ];
  for (const [query, keys] of cases) {
    it(`pages of 7 in the in-memory order: ${query || "(default)"}`, async () => {
      expect(await walk(query, 7)).toEqual(reference(keys, rows).map((r) => r.id));
    });
  }
  it("a regular-expression filter pages through batches until each page is full", async () => {
    const matching = rows.filter((r) => /^ks-[ab]-[0-2]$/.test(r.name));
    const ids = await walk(`name=${encodeURIComponent("^ks-[ab]-[0-2]$")}&sort_key=display_name&sort_dir=asc`, 3);
    expect(ids).toEqual(reference([["name", 1]], matching).map((r) => r.id));
  });
  it("a marker outside the filter positions the page (Nova reads the marker by its uuid alone)", async () => {
    const headers = { "x-auth-token": await t.token("alt_demo") };
    const order = reference([["name", 1]], rows);
    const outside = order.find((r) => r.name.startsWith("ks-b"))!;
    const res = await t.app.inject({ url: `/compute/v2.1/servers?name=^ks-[ac]&sort_key=display_name&sort_dir=asc&marker=${outside.id}`, headers });
    expect(res.statusCode).toBe(200);
    const after = order.slice(order.indexOf(outside) + 1).filter((r) => /^ks-[ac]/.test(r.name));
    expect(after.length).toBeGreaterThan(0);
    expect(res.json().servers.map((x: { id: string }) => x.id)).toEqual(after.map((r) => r.id));
  });
});

