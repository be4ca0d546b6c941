import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readerToken as readerTokenOf, startApp, type TestApp } from "../helpers.js";
import { neutron } from "./network-helpers.js";

/** Neutron floating IPs: create from an external network, associate through a router, disassociate, delete. */
let t: TestApp;
let req: ReturnType<typeof neutron>;
let readerToken = "";
let pub = "";
let net = "";
let subnet = "";
let router = "";

const err = (type: string, message: string) => ({ NeutronError: { type, message, detail: "" } });
const MISSING = "8f1b3c3e-0000-4000-8000-000000000001";

beforeAll(async () => {
  t = await startApp();
  req = neutron(t);
  readerToken = await readerTokenOf(t, "fip_reader");
  pub = (await req("demo", "GET", "/networks?name=public")).json().networks[0].id;
  net = (await req("demo", "POST", "/networks", { network: { name: "fnet" } })).json().network.id;
  subnet = (await req("demo", "POST", "/subnets", { subnet: { network_id: net, cidr: "10.60.0.0/24", ip_version: 4 } })).json().subnet.id;
});
afterAll(() => t.close());

const asReader = (method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: unknown) =>
  t.app.inject({ method, url: `/networking/v2.0${url}`, headers: { "x-auth-token": readerToken }, ...(payload !== undefined ? { payload: payload as object } : {}) });

describe("floating IPs", () => {
  let fip: Record<string, unknown> = {};
  let port: Record<string, unknown> = {};

  it("creates one from the external network, unassociated and DOWN (201)", async () => {
    const res = await req("demo", "POST", "/floatingips", { floatingip: { floating_network_id: pub, description: "d" } });
    expect(res.statusCode).toBe(201);
    fip = res.json().floatingip;
    expect(fip).toMatchObject({ floating_network_id: pub, router_id: null, port_id: null, fixed_ip_address: null, status: "DOWN", description: "d", port_details: null, tags: [], revision_number: 1 });
    expect(fip.floating_ip_address).toMatch(/^172\.24\.4\.\d+$/);
    expect(fip.project_id).toBe(fip.tenant_id);
    expect(Object.keys(fip).sort()).toEqual(
      ["created_at", "description", "fixed_ip_address", "floating_ip_address", "floating_network_id", "id", "port_details", "port_id", "project_id", "revision_number", "router_id", "status", "tags", "tenant_id", "updated_at"],
    );
    // The address is held by a project-less network:floatingip port.
    const ports = (await req("admin", "GET", `/ports?device_id=${fip.id}`)).json().ports;
    expect(ports).toHaveLength(1);
    expect(ports[0]).toMatchObject({ device_owner: "network:floatingip", project_id: "", fixed_ips: [{ ip_address: fip.floating_ip_address }] });
  });

  it("shows, lists and filters; another project gets 404", async () => {
    expect((await req("demo", "GET", `/floatingips/${fip.id}`)).json().floatingip.id).toBe(fip.id);
    expect((await req("demo", "GET", `/floatingips?floating_ip_address=${fip.floating_ip_address}`)).json().floatingips).toHaveLength(1);
    expect((await req("demo", "GET", "/floatingips?status=ACTIVE")).json().floatingips).toHaveLength(0);
    const alt = await req("alt_demo", "GET", `/floatingips/${fip.id}`);
    expect(alt.statusCode).toBe(404);
    expect(alt.json()).toEqual(err("FloatingIPNotFound", `Floating IP ${fip.id} could not be found`));
    expect((await req("alt_demo", "GET", "/floatingips")).json().floatingips).toEqual([]);
    expect((await req("alt_demo", "DELETE", `/floatingips/${fip.id}`)).statusCode).toBe(404);
  });

  it("refuses a non-external network, a missing one, and a fixed address to a member", async () => {
    const res = await req("demo", "POST", "/floatingips", { floatingip: { floating_network_id: net } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual(err("BadRequest", `Bad floatingip request: Network ${net} is not a valid external network.`));
    expect((await req("demo", "POST", "/floatingips", { floatingip: { floating_network_id: MISSING } })).statusCode).toBe(404);
    const noNet = await req("demo", "POST", "/floatingips", { floatingip: {} });
    expect(noNet.statusCode).toBe(400);
    const addr = await req("demo", "POST", "/floatingips", { floatingip: { floating_network_id: pub, floating_ip_address: "172.24.4.200" } });
    expect(addr.statusCode).toBe(403);
    const adm = await req("admin", "POST", "/floatingips", { floatingip: { floating_network_id: pub, floating_ip_address: "172.24.4.200" } });
    expect(adm.statusCode).toBe(201);
    expect(adm.json().floatingip.floating_ip_address).toBe("172.24.4.200");
    const dup = await req("admin", "POST", "/floatingips", { floatingip: { floating_network_id: pub, floating_ip_address: "172.24.4.200" } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().NeutronError.type).toBe("IpAddressAlreadyAllocated");
    expect((await req("admin", "DELETE", `/floatingips/${adm.json().floatingip.id}`)).statusCode).toBe(204);
  });

  it("cannot associate a port whose subnet has no router to the external network (404)", async () => {
    port = (await req("demo", "POST", "/ports", { port: { network_id: net, name: "p1" } })).json().port;
    const res = await req("demo", "PUT", `/floatingips/${fip.id}`, { floatingip: { port_id: port.id } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual(
      err(
        "ExternalGatewayForFloatingIPNotFound",
        `External network ${pub} is not reachable from subnet ${subnet}.  Therefore, cannot associate Port ${port.id} with a Floating IP.`,
      ),
    );
    const noPort = await req("demo", "PUT", `/floatingips/${fip.id}`, { floatingip: { fixed_ip_address: "10.60.0.5" } });
    expect(noPort.json()).toEqual(err("BadRequest", "Bad floatingip request: fixed_ip_address cannot be specified without a port_id."));
  });

  it("associates through a router (ACTIVE, router_id, port_details) and shows on the port's deletion guard", async () => {
    router = (await req("demo", "POST", "/routers", { router: { name: "fr", external_gateway_info: { network_id: pub } } })).json().router.id;
    expect((await req("demo", "PUT", `/routers/${router}/add_router_interface`, { subnet_id: subnet })).statusCode).toBe(200);
    const res = await req("demo", "PUT", `/floatingips/${fip.id}`, { floatingip: { port_id: port.id } });
    expect(res.statusCode).toBe(200);
    const f = res.json().floatingip;
    const fixed = (port.fixed_ips as { ip_address: string }[])[0]!.ip_address;
    expect(f).toMatchObject({ port_id: port.id, router_id: router, fixed_ip_address: fixed, status: "ACTIVE", revision_number: 2 });
    expect(f.port_details).toEqual({
      name: "p1",
      network_id: net,
      mac_address: port.mac_address,
      admin_state_up: true,
      status: "DOWN",
      device_id: "",
      device_owner: "",
    });
    expect((await req("demo", "GET", `/floatingips?port_id=${port.id}`)).json().floatingips).toHaveLength(1);
    // The port's fixed IP is now pinned, the interface and the gateway are in use.
    const pin = await req("demo", "PUT", `/ports/${port.id}`, { port: { fixed_ips: [{ subnet_id: subnet, ip_address: "10.60.0.99" }] } });
    expect(pin.statusCode).toBe(400);
    const rm = await req("demo", "PUT", `/routers/${router}/remove_router_interface`, { subnet_id: subnet });
    expect(rm.statusCode).toBe(409);
    expect(rm.json()).toEqual(
      err("RouterInterfaceInUseByFloatingIP", `Router interface for subnet ${subnet} on router ${router} cannot be deleted, as it is required by one or more floating IPs.`),
    );
    const gw = await req("demo", "PUT", `/routers/${router}`, { router: { external_gateway_info: {} } });
    expect(gw.statusCode).toBe(409);
    expect(gw.json().NeutronError.type).toBe("RouterExternalGatewayInUseByFloatingIp");
  });

  it("a second floating IP on the same fixed IP is refused (409)", async () => {
    const other = (await req("demo", "POST", "/floatingips", { floatingip: { floating_network_id: pub } })).json().floatingip;
    const res = await req("demo", "PUT", `/floatingips/${other.id}`, { floatingip: { port_id: port.id } });
    expect(res.statusCode).toBe(409);
    expect(res.json().NeutronError.type).toBe("FloatingIPPortAlreadyAssociated");
    expect((await req("demo", "DELETE", `/floatingips/${other.id}`)).statusCode).toBe(204);
  });

  it("an update without port_id keeps the association; port_id null disassociates", async () => {
    const keep = await req("demo", "PUT", `/floatingips/${fip.id}`, { floatingip: { description: "kept" } });
    expect(keep.json().floatingip).toMatchObject({ port_id: port.id, description: "kept", status: "ACTIVE" });
    const res = await req("demo", "PUT", `/floatingips/${fip.id}`, { floatingip: { port_id: null } });
    expect(res.statusCode).toBe(200);
    expect(res.json().floatingip).toMatchObject({ port_id: null, router_id: null, fixed_ip_address: null, status: "DOWN", port_details: null });
  });

  it("creating with port_id associates at once; deleting the port disassociates", async () => {
    const res = await req("demo", "POST", "/floatingips", { floatingip: { floating_network_id: pub, port_id: port.id } });
    expect(res.statusCode).toBe(201);
    const f = res.json().floatingip;
    expect(f).toMatchObject({ port_id: port.id, router_id: router, status: "ACTIVE" });
    expect((await req("demo", "DELETE", `/ports/${port.id}`)).statusCode).toBe(204);
    expect((await req("demo", "GET", `/floatingips/${f.id}`)).json().floatingip).toMatchObject({ port_id: null, router_id: null, fixed_ip_address: null, status: "DOWN" });
    expect((await req("demo", "DELETE", `/floatingips/${f.id}`)).statusCode).toBe(204);
  });

  it("refuses another project's port and Neutron's own ports", async () => {
    const altNet = (await req("alt_demo", "GET", "/networks?name=private")).json().networks[0].id;
    const altPort = (await req("alt_demo", "POST", "/ports", { port: { network_id: altNet } })).json().port;
    expect((await req("demo", "PUT", `/floatingips/${fip.id}`, { floatingip: { port_id: altPort.id } })).statusCode).toBe(404);
    const rport = (await req("demo", "GET", `/ports?device_id=${router}`)).json().ports[0];
    const own = await req("demo", "PUT", `/floatingips/${fip.id}`, { floatingip: { port_id: rport.id } });
    expect(own.statusCode).toBe(400);
    expect(own.json()).toEqual(err("BadRequest", "Bad floatingip request: Port %(id)s is unable to be assigned a floating IP."));
  });

  it("a reader reads but cannot allocate, change or release", async () => {
    expect((await asReader("GET", `/floatingips/${fip.id}`)).statusCode).toBe(200);
    const c = await asReader("POST", "/floatingips", { floatingip: { floating_network_id: pub } });
    expect(c.statusCode).toBe(403);
    expect(c.json()).toEqual(err("PolicyNotAuthorized", "rule:create_floatingip is disallowed by policy"));
    expect((await asReader("PUT", `/floatingips/${fip.id}`, { floatingip: { description: "x" } })).statusCode).toBe(403);
    expect((await asReader("DELETE", `/floatingips/${fip.id}`)).statusCode).toBe(403);
  });

  it("deletes (204) with its port; then 404", async () => {
    expect((await req("demo", "DELETE", `/floatingips/${fip.id}`)).statusCode).toBe(204);
    expect((await req("demo", "GET", `/floatingips/${fip.id}`)).statusCode).toBe(404);
    expect((await req("admin", "GET", `/ports?device_id=${fip.id}`)).json().ports).toEqual([]);
  });

  it("counts floating IPs against the floatingip quota", async () => {
    const alt = (await t.db.prisma.project.findFirstOrThrow({ where: { name: "alt_demo" }, select: { id: true } })).id;
    expect((await req("admin", "PUT", `/quotas/${alt}`, { quota: { floatingip: 1 } })).statusCode).toBe(200);
    expect((await req("alt_demo", "POST", "/floatingips", { floatingip: { floating_network_id: pub } })).statusCode).toBe(201);
    const over = await req("alt_demo", "POST", "/floatingips", { floatingip: { floating_network_id: pub } });
    expect(over.statusCode).toBe(409);
    expect(over.json()).toEqual(err("OverQuota", "Quota exceeded for resources: ['floatingip']."));
    expect((await req("admin", "GET", `/quotas/${alt}/details`)).json().quota.floatingip).toEqual({ limit: 1, used: 1, reserved: 0 });
  });
});
