import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readerToken, startApp, type TestApp } from "../helpers.js";
import { computeHelpers, type User } from "../compute-helpers.js";
import { neutron } from "./network-helpers.js";

/** Nova's floating-IP proxies (os-floating-ip-pools, os-floating-ips) and the add/removeFloatingIp actions. */
let t: TestApp;
let imageId: string;
let net: ReturnType<typeof neutron>;
let router = "";
beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_BOOT_TIME_MS: "0", NOVASIM_ACTION_TIME_MS: "1000" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
  net = neutron(t);
  // The seed gives demo DevStack's router1: private-subnet reaches public through it.
  router = (await net("demo", "GET", "/routers?name=router1")).json().routers[0].id;
});
afterAll(() => t.close());

const { as, settle, activeServer, act } = computeHelpers(() => t, () => imageId);
const nova = async (user: User, method: "GET" | "POST" | "DELETE", url: string, payload?: unknown, v = "2.1") =>
  t.app.inject({ method, url: `/compute/v2.1${url}`, headers: await as(user, v), ...(payload !== undefined ? { payload: payload as object } : {}) });
const MISSING = "8f1b3c3e-0000-4000-8000-000000000001";

describe("os-floating-ip-pools", () => {
  it("lists the external networks by name, up to 2.35", async () => {
    const res = await nova("demo", "GET", "/os-floating-ip-pools");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ floating_ip_pools: [{ name: "public" }] });
    expect((await nova("demo", "GET", "/os-floating-ip-pools", undefined, "2.36")).statusCode).toBe(404);
  });
});

describe("os-floating-ips", () => {
  let fip: Record<string, unknown> = {};
  it("allocates from the default pool and from a named one", async () => {
    const res = await nova("demo", "POST", "/os-floating-ips", null);
    expect(res.statusCode).toBe(200);
    fip = res.json().floating_ip;
    expect(fip).toEqual({ fixed_ip: null, id: expect.any(String), instance_id: null, ip: expect.stringMatching(/^172\.24\.4\./), pool: "public" });
    const named = await nova("demo", "POST", "/os-floating-ips", { pool: "public" });
    expect(named.statusCode).toBe(200);
    const missing = await nova("demo", "POST", "/os-floating-ips", { pool: "nope" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ itemNotFound: { code: 404, message: "Floating IP pool not found." } });
    expect((await nova("demo", "DELETE", `/os-floating-ips/${named.json().floating_ip.id}`)).statusCode).toBe(202);
  });

  it("lists and shows; another project and a missing id are 404; 404 from 2.36", async () => {
    const list = (await nova("demo", "GET", "/os-floating-ips")).json().floating_ips;
    expect(list).toEqual([fip]);
    expect((await nova("demo", "GET", `/os-floating-ips/${fip.id}`)).json()).toEqual({ floating_ip: fip });
    const alt = await nova("alt_demo", "GET", `/os-floating-ips/${fip.id}`);
    expect(alt.statusCode).toBe(404);
    expect(alt.json()).toEqual({ itemNotFound: { code: 404, message: `Floating IP not found for ID ${fip.id}` } });
    expect((await nova("alt_demo", "GET", "/os-floating-ips")).json().floating_ips).toEqual([]);
    expect((await nova("demo", "GET", `/os-floating-ips/${MISSING}`)).statusCode).toBe(404);
    expect((await nova("demo", "GET", "/os-floating-ips", undefined, "2.36")).statusCode).toBe(404);
  });

  it("over quota is 403", async () => {
    const alt = (await t.db.prisma.project.findFirstOrThrow({ where: { name: "alt_demo" }, select: { id: true } })).id;
    expect((await net("admin", "PUT", `/quotas/${alt}`, { quota: { floatingip: 0 } })).statusCode).toBe(200);
    const res = await nova("alt_demo", "POST", "/os-floating-ips", { pool: "public" });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ forbidden: { code: 403, message: "IP allocation over quota in pool public." } });
  });

  it("addFloatingIp associates with the server's fixed IPv4 address; addresses show it as floating", async () => {
    const id = await activeServer("f1");
    const res = await act(id, { addFloatingIp: { address: fip.ip } });
    expect(res.statusCode).toBe(202);
    const server = (await nova("demo", "GET", `/servers/${id}`)).json().server;
    const priv = server.addresses.private as Record<string, unknown>[];
    expect(priv).toHaveLength(2);
    expect(priv[0]).toMatchObject({ version: 4, "OS-EXT-IPS:type": "fixed" });
    expect(priv[1]).toEqual({ version: 4, addr: fip.ip, "OS-EXT-IPS:type": "floating", "OS-EXT-IPS-MAC:mac_addr": priv[0]!["OS-EXT-IPS-MAC:mac_addr"] });
    const ips = (await nova("demo", "GET", `/servers/${id}/ips`)).json().addresses.private;
    expect(ips).toEqual([{ version: 4, addr: priv[0]!.addr }, { version: 4, addr: fip.ip }]);
    const shown = (await nova("demo", "GET", `/os-floating-ips/${fip.id}`)).json().floating_ip;
    expect(shown).toMatchObject({ instance_id: id, fixed_ip: priv[0]!.addr });
    const neutronSide = (await net("demo", "GET", `/floatingips/${fip.id}`)).json().floatingip;
    expect(neutronSide).toMatchObject({ router_id: router, status: "ACTIVE", port_details: { device_id: id, device_owner: "compute:nova" } });

    // removeFloatingIp from another server is 409; from this one 202.
    const other = await activeServer("f2");
    const wrong = await act(other, { removeFloatingIp: { address: fip.ip } });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json()).toEqual({ conflictingRequest: { code: 409, message: `Floating IP ${fip.ip} is not associated with instance ${other}.` } });
    expect((await act(id, { removeFloatingIp: { address: fip.ip } })).statusCode).toBe(202);
    expect((await nova("demo", "GET", `/servers/${id}`)).json().server.addresses.private).toHaveLength(1);
    const again = await act(id, { removeFloatingIp: { address: fip.ip } });
    expect(again.statusCode).toBe(409);
  });

  it("refuses unknown addresses, unassigned fixed addresses and bad bodies; gone from 2.44", async () => {
    const id = await activeServer("f3");
    const unknown = await act(id, { addFloatingIp: { address: "172.24.4.250" } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ itemNotFound: { code: 404, message: "floating IP not found" } });
    const fixed = await act(id, { addFloatingIp: { address: fip.ip, fixed_address: "10.0.0.60" } });
    expect(fixed.statusCode).toBe(400);
    expect(fixed.json()).toEqual({ badRequest: { code: 400, message: "Specified fixed address not assigned to instance" } });
    expect((await act(id, { addFloatingIp: { address: "nope" } })).statusCode).toBe(400);
    expect((await act(id, { addFloatingIp: { address: fip.ip } }, "demo", "2.44")).statusCode).toBe(404);
    const removeUnknown = await act(id, { removeFloatingIp: { address: "172.24.4.250" } });
    expect(removeUnknown.statusCode).toBe(404);
    expect(removeUnknown.json()).toEqual({ itemNotFound: { code: 404, message: "Floating IP not found for address 172.24.4.250." } });
  });

  it("deleting the server disassociates; DELETE releases the floating IP (202)", async () => {
    const id = await activeServer("f4");
    expect((await act(id, { addFloatingIp: { address: fip.ip } })).statusCode).toBe(202);
    expect((await nova("demo", "DELETE", `/servers/${id}`)).statusCode).toBe(204);
    await settle(5000);
    expect((await nova("demo", "GET", `/os-floating-ips/${fip.id}`)).json().floating_ip).toMatchObject({ instance_id: null, fixed_ip: null });
    expect((await nova("demo", "DELETE", `/os-floating-ips/${fip.id}`)).statusCode).toBe(202);
    expect((await nova("demo", "GET", `/os-floating-ips/${fip.id}`)).statusCode).toBe(404);
  });

  it("a server on a network without a router gets Nova's wrapped Neutron error", async () => {
    const n = (await net("demo", "POST", "/networks", { network: { name: "isolated" } })).json().network.id;
    const s = (await net("demo", "POST", "/subnets", { subnet: { network_id: n, cidr: "10.70.0.0/24", ip_version: 4 } })).json().subnet.id;
    const res = await t.app.inject({
      method: "POST",
      url: "/compute/v2.1/servers",
      headers: await as("demo"),
      payload: { server: { name: "iso", imageRef: imageId, flavorRef: "1", networks: [{ uuid: n }] } },
    });
    const id = res.json().server.id as string;
    await settle(0);
    const port = (await net("demo", "GET", `/ports?device_id=${id}`)).json().ports[0];
    const f = (await nova("demo", "POST", "/os-floating-ips", null)).json().floating_ip;
    const add = await act(id, { addFloatingIp: { address: f.ip } });
    expect(add.statusCode).toBe(400);
    expect(add.json().badRequest.message).toBe(
      `Unable to associate floating IP ${f.ip} to fixed IP ${port.fixed_ips[0].ip_address} for instance ${id}. Error: External network ${neutronPub()} is not reachable from subnet ${s}.  Therefore, cannot associate Port ${port.id} with a Floating IP.`,
    );
  });

  it("a reader lists but cannot allocate or release (403)", async () => {
    const headers = { "x-auth-token": await readerToken(t, "nova_fip_reader") };
    const mine = (await nova("demo", "POST", "/os-floating-ips", { pool: "public" })).json().floating_ip;
    expect((await t.app.inject({ url: "/compute/v2.1/os-floating-ips", headers })).json().floating_ips.map((f: { id: string }) => f.id)).toContain(mine.id);
    const create = await t.app.inject({ method: "POST", url: "/compute/v2.1/os-floating-ips", headers, payload: { pool: "public" } });
    expect(create.statusCode).toBe(403);
    expect(create.json()).toEqual({ forbidden: { code: 403, message: "Policy doesn't allow os_compute_api:os-floating-ips:create to be performed." } });
    expect((await t.app.inject({ method: "DELETE", url: `/compute/v2.1/os-floating-ips/${mine.id}`, headers })).statusCode).toBe(403);
    expect((await nova("demo", "DELETE", `/os-floating-ips/${mine.id}`)).statusCode).toBe(202);
  });
});

let pubId = "";
function neutronPub() {
  return pubId;
}
beforeAll(async () => {
  pubId = (await net("demo", "GET", "/networks?name=public")).json().networks[0].id;
});
