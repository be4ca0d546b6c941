import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";
import { computeHelpers } from "../compute-helpers.js";
import { neutron } from "./network-helpers.js";

/**
 * A list whose marker is a row just deleted, or a row the filters leave out,
 * or an id nobody has: each collection answers as its real service does.
 * Nova reads a server marker among deleted instances too; Neutron answers the
 * resource's 404 for networks and ports and pages from the start for subnets
 * and security groups; the other Nova lists and Glance answer 400.
 */

let t: TestApp;
let image: string;
const MISSING = "0b8a6f7e-57f3-4b0a-9a0b-5d6f3b0c9e11";
beforeAll(async () => {
  t = await startApp();
  image = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
});
afterAll(() => t.close());

const { as, settle, activeServer } = computeHelpers(() => t, () => image);
const nova = async (user: "admin" | "demo" | "alt_demo", method: "GET" | "POST" | "DELETE", url: string, v = "2.1", payload?: object) =>
  t.app.inject({ method, url: `/compute/v2.1${url}`, headers: await as(user, v), ...(payload ? { payload } : {}) });
const names = (r: { json(): { servers: { name: string }[] } }) => r.json().servers.map((s) => s.name);

describe("server list markers (Nova reads them among deleted instances, filters aside)", () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    for (const n of ["mk-a", "mk-b", "mk-c", "mk-d"]) {
      ids[n] = await activeServer(n);
      t.clock.advance(1000); // distinct created_at, for the default order
    }
  });

  it("pages on after a server deleted just before", async () => {
    const sorted = "?sort_key=display_name&sort_dir=asc&name=^mk-&limit=2";
    const p1 = await nova("demo", "GET", `/servers${sorted}`);
    expect(names(p1)).toEqual(["mk-a", "mk-b"]);
    expect((await nova("demo", "DELETE", `/servers/${ids["mk-b"]}`)).statusCode).toBe(204);
    await settle();
    expect((await nova("demo", "GET", `/servers/${ids["mk-b"]}`)).statusCode).toBe(404);
    const p2 = await nova("demo", "GET", `/servers${sorted}&marker=${ids["mk-b"]}`);
    expect(p2.statusCode).toBe(200);
    expect(names(p2)).toEqual(["mk-c", "mk-d"]);
    // The default order (created_at desc) too: mk-a is the only older one.
    const byAge = await nova("demo", "GET", `/servers?name=^mk-&marker=${ids["mk-b"]}`);
    expect(names(byAge)).toEqual(["mk-a"]);
  });

  it("positions by a marker the filters leave out", async () => {
    const r = await nova("demo", "GET", `/servers?sort_key=display_name&sort_dir=asc&name=^mk-[cd]&marker=${ids["mk-a"]}`);
    expect(r.statusCode).toBe(200);
    expect(names(r)).toEqual(["mk-c", "mk-d"]);
  });

  it("usage (2.40) reads its instance marker among deleted ones too", async () => {
    const ok = await nova("admin", "GET", `/os-simple-tenant-usage?detailed=1&marker=${ids["mk-b"]}`, "2.40");
    expect(ok.statusCode).toBe(200);
    const bad = await nova("admin", "GET", `/os-simple-tenant-usage?detailed=1&marker=${MISSING}`, "2.40");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().badRequest.message).toBe(`Marker ${MISSING} could not be found.`);
  });

  it("answers 400 for a marker no instance ever had", async () => {
    const r = await nova("demo", "GET", `/servers/detail?marker=${MISSING}`);
    expect(r.statusCode).toBe(400);
    expect(r.json()).toEqual({ badRequest: { code: 400, message: `marker [${MISSING}] not found` } });
  });
});

describe("other Nova lists: a deleted or unknown marker is 400 (their rows are gone once deleted)", () => {
  it("flavors: marker [x] not found", async () => {
    const c = await nova("admin", "POST", "/flavors", "2.1", { flavor: { name: "mk-flavor", ram: 64, vcpus: 1, disk: 1, id: "mk-f" } });
    expect(c.statusCode).toBe(200);
    expect((await nova("admin", "GET", "/flavors?marker=mk-f")).statusCode).toBe(200);
    expect((await nova("admin", "DELETE", "/flavors/mk-f")).statusCode).toBe(202);
    const r = await nova("admin", "GET", "/flavors?marker=mk-f");
    expect(r.statusCode).toBe(400);
    expect(r.json().badRequest.message).toBe("marker [mk-f] not found");
  });

  it("key pairs: Marker x could not be found.", async () => {
    expect((await nova("demo", "POST", "/os-keypairs", "2.35", { keypair: { name: "mk-key" } })).statusCode).toBe(201);
    expect((await nova("demo", "GET", "/os-keypairs?marker=mk-key", "2.35")).statusCode).toBe(200);
    expect((await nova("demo", "DELETE", "/os-keypairs/mk-key", "2.35")).statusCode).toBe(204);
    const r = await nova("demo", "GET", "/os-keypairs?marker=mk-key", "2.35");
    expect(r.statusCode).toBe(400);
    expect(r.json().badRequest.message).toBe("Marker mk-key could not be found.");
  });

  it("migrations and hypervisors: 400 for an unknown marker", async () => {
    const m = await nova("admin", "GET", `/os-migrations?marker=${MISSING}`, "2.59");
    expect(m.statusCode).toBe(400);
    expect(m.json().badRequest.message).toBe(`Marker ${MISSING} could not be found.`);
    const h = await nova("admin", "GET", `/os-hypervisors?marker=${MISSING}`, "2.53");
    expect(h.statusCode).toBe(400);
    expect(h.json().badRequest.message).toBe(`marker [${MISSING}] not found`);
  });

  it("server groups page by offset, not marker: a marker is ignored", async () => {
    const r = await nova("demo", "GET", `/os-server-groups?marker=${MISSING}`);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toHaveProperty("server_groups");
  });
});

describe("Glance: a deleted image as marker is 400 No image found", () => {
  it("answers 400 once the image is gone", async () => {
    const h = { "x-auth-token": await t.token("demo") };
    const c = await t.app.inject({ method: "POST", url: "/image/v2/images", headers: h, payload: { name: "mk-img", disk_format: "raw", container_format: "bare" } });
    expect(c.statusCode).toBe(201);
    const id = c.json().id as string;
    expect((await t.app.inject({ url: `/image/v2/images?marker=${id}`, headers: h })).statusCode).toBe(200);
    expect((await t.app.inject({ method: "DELETE", url: `/image/v2/images/${id}`, headers: h })).statusCode).toBe(204);
    const r = await t.app.inject({ url: `/image/v2/images?marker=${id}`, headers: h });
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toContain(`No image found with ID ${id}`);
  });
});

describe("Neutron markers", () => {
  let req: ReturnType<typeof neutron>;
  let net: string;
  beforeAll(async () => {
    req = neutron(t);
    net = (await req("demo", "POST", "/networks", { network: { name: "mk-net" } })).json().network.id;
  });

  it("networks: a deleted marker is 404 NetworkNotFound with a limit, and ignored without one", async () => {
    const gone = (await req("demo", "POST", "/networks", { network: { name: "mk-gone" } })).json().network.id;
    expect((await req("demo", "DELETE", `/networks/${gone}`)).statusCode).toBe(204);
    const r = await req("demo", "GET", `/networks?limit=1&marker=${gone}`);
    expect(r.statusCode).toBe(404);
    expect(r.json().NeutronError).toMatchObject({ type: "NetworkNotFound", message: `Network ${gone} could not be found.` });
    const all = await req("demo", "GET", `/networks?marker=${gone}`);
    expect(all.statusCode).toBe(200);
    expect(all.json().networks.map((n: { id: string }) => n.id)).toContain(net);
  });

  it("networks: another project's network is unknown (404); a visible one the filters leave out still positions the page", async () => {
    expect((await req("alt_demo", "GET", `/networks?limit=1&marker=${net}`)).statusCode).toBe(404);
    const all = (await req("demo", "GET", "/networks?sort_key=id&sort_dir=asc")).json().networks.map((n: { id: string }) => n.id) as string[];
    const r = await req("demo", "GET", `/networks?name=none-has-this&limit=5&marker=${net}`);
    expect(r.statusCode).toBe(200);
    expect(r.json().networks).toEqual([]);
    const after = await req("demo", "GET", `/networks?sort_key=id&sort_dir=asc&limit=50&marker=${net}`);
    expect(after.json().networks.map((n: { id: string }) => n.id)).toEqual(all.filter((id) => id > net));
  });

  it("ports: 404 PortNotFound for an unknown marker", async () => {
    const r = await req("demo", "GET", `/ports?limit=1&marker=${MISSING}`);
    expect(r.statusCode).toBe(404);
    expect(r.json().NeutronError.type).toBe("PortNotFound");
  });

  it("subnets, security groups and rules: an unknown marker pages from the start", async () => {
    for (const [path, key] of [
      ["/subnets", "subnets"],
      ["/security-groups", "security_groups"],
      ["/security-group-rules", "security_group_rules"],
    ] as const) {
      const first = await req("demo", "GET", `${path}?limit=1`);
      const r = await req("demo", "GET", `${path}?limit=1&marker=${MISSING}`);
      expect(r.statusCode, path).toBe(200);
      expect(r.json()[key], path).toEqual(first.json()[key]);
      expect(r.json()[key].length, path).toBe(1);
    }
  });
});

describe("Neutron paging links (api_common.get_pagination_links)", () => {
  let req: ReturnType<typeof neutron>;
  let ids: string[];
  const base = "http://localhost:80/networking/v2.0/security-groups";
  beforeAll(async () => {
    req = neutron(t);
    for (const n of ["pl-1", "pl-2", "pl-3"]) expect((await req("alt_demo", "POST", "/security-groups", { security_group: { name: n } })).statusCode).toBe(201);
    ids = ((await req("alt_demo", "GET", "/security-groups?sort_key=id&sort_dir=asc")).json().security_groups as { id: string }[]).map((g) => g.id);
  });

  it("a full page has next and previous (the first page too); the marker goes last", async () => {
    const r = (await req("alt_demo", "GET", "/security-groups?sort_key=id&sort_dir=asc&limit=2")).json();
    expect(r.security_groups.map((g: { id: string }) => g.id)).toEqual(ids.slice(0, 2));
    expect(r.security_groups_links).toEqual([
      { rel: "next", href: `${base}?sort_key=id&sort_dir=asc&limit=2&marker=${ids[1]}` },
      { rel: "previous", href: `${base}?sort_key=id&sort_dir=asc&limit=2&marker=${ids[0]}&page_reverse=True` },
    ]);
  });

  it("a short last page has only previous; no limit, no links", async () => {
    const r = (await req("alt_demo", "GET", `/security-groups?limit=${ids.length}&sort_key=id&sort_dir=asc&marker=${ids[0]}`)).json();
    expect(r.security_groups.map((g: { id: string }) => g.id)).toEqual(ids.slice(1));
    expect(r.security_groups_links).toEqual([
      { rel: "previous", href: `${base}?limit=${ids.length}&sort_key=id&sort_dir=asc&marker=${ids[1]}&page_reverse=True` },
    ]);
    expect((await req("alt_demo", "GET", "/security-groups")).json()).not.toHaveProperty("security_groups_links");
  });

  it("page_reverse reads backwards from the marker; a short page then has only next", async () => {
    const last = ids.at(-1)!;
    const r = (await req("alt_demo", "GET", `/security-groups?sort_key=id&sort_dir=asc&limit=${ids.length}&marker=${last}&page_reverse=True`)).json();
    expect(r.security_groups.map((g: { id: string }) => g.id)).toEqual(ids.slice(0, -1));
    expect(r.security_groups_links).toEqual([{ rel: "next", href: `${base}?sort_key=id&sort_dir=asc&limit=${ids.length}&marker=${ids.at(-2)}` }]);
  });
});
