import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readerToken as readerTokenOf, startApp, type TestApp } from "../helpers.js";
import { neutron } from "./network-helpers.js";

/** Neutron routers: CRUD, external gateway, interfaces, extra routes, quota, policy. */
let t: TestApp;
let req: ReturnType<typeof neutron>;
let readerToken = "";
let pub = { id: "", subnet: "" };
let net = "";
let subnet = "";

const err = (type: string, message: string) => ({ NeutronError: { type, message, detail: "" } });
const MISSING = "8f1b3c3e-0000-4000-8000-000000000001";

beforeAll(async () => {
  t = await startApp();
  req = neutron(t);
  readerToken = await readerTokenOf(t, "router_reader");
  const p = (await req("demo", "GET", "/networks?name=public")).json().networks[0];
  pub = { id: p.id, subnet: p.subnets[0] };
  net = (await req("demo", "POST", "/networks", { network: { name: "rnet" } })).json().network.id;
  subnet = (await req("demo", "POST", "/subnets", { subnet: { network_id: net, cidr: "10.50.0.0/24", ip_version: 4 } })).json().subnet.id;
});
afterAll(() => t.close());

const asReader = (method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: unknown) =>
  t.app.inject({ method, url: `/networking/v2.0${url}`, headers: { "x-auth-token": readerToken }, ...(payload !== undefined ? { payload: payload as object } : {}) });

describe("the seed's router1 (DevStack's)", () => {
  it("joins each of demo's and alt_demo's private subnets to public", async () => {
    for (const user of ["demo", "alt_demo"] as const) {
      const r = (await req(user, "GET", "/routers?name=router1")).json().routers;
      expect(r).toHaveLength(1);
      expect(r[0].external_gateway_info.network_id).toBe(pub.id);
      const priv = (await req(user, "GET", "/networks?name=private")).json().networks[0];
      const ports = (await req(user, "GET", `/ports?device_id=${r[0].id}`)).json().ports;
      expect(ports).toHaveLength(1);
      expect(ports[0]).toMatchObject({ device_owner: "network:router_interface", network_id: priv.id });
    }
  });
});

describe("routers", () => {
  let id = "";
  it("creates a router with Neutron's defaults (201) and lists it in the extensions' resources", async () => {
    const res = await req("demo", "POST", "/routers", { router: { name: "r1" } });
    expect(res.statusCode).toBe(201);
    const r = res.json().router;
    id = r.id;
    expect(r).toMatchObject({ name: "r1", admin_state_up: true, status: "ACTIVE", external_gateway_info: null, routes: [], description: "", tags: [], revision_number: 1 });
    expect(r.project_id).toBe(r.tenant_id);
    expect(Object.keys(r).sort()).toEqual(
      ["admin_state_up", "created_at", "description", "external_gateway_info", "id", "name", "project_id", "revision_number", "routes", "status", "tags", "tenant_id", "updated_at"],
    );
    const aliases = (await req("demo", "GET", "/extensions")).json().extensions.map((e: { alias: string }) => e.alias);
    expect(aliases).toEqual(expect.arrayContaining(["router", "ext-gw-mode", "extraroute", "fip-port-details"]));
    const resources = (await req("demo", "GET", "")).json().resources.map((x: { collection: string }) => x.collection);
    expect(resources).toEqual(expect.arrayContaining(["routers", "floatingips"]));
  });

  it("shows, filters and updates; another project gets 404", async () => {
    expect((await req("demo", "GET", `/routers/${id}`)).json().router.name).toBe("r1");
    expect((await req("demo", "GET", "/routers?name=r1")).json().routers).toHaveLength(1);
    const up = await req("demo", "PUT", `/routers/${id}`, { router: { name: "r1b", admin_state_up: false } });
    expect(up.statusCode).toBe(200);
    expect(up.json().router).toMatchObject({ name: "r1b", admin_state_up: false, revision_number: 2 });
    const alt = await req("alt_demo", "GET", `/routers/${id}`);
    expect(alt.statusCode).toBe(404);
    expect(alt.json()).toEqual(err("RouterNotFound", `Router ${id} could not be found`));
    expect((await req("alt_demo", "GET", "/routers")).json().routers.map((r: { name: string }) => r.name)).toEqual(["router1"]);
    expect((await req("alt_demo", "PUT", `/routers/${id}`, { router: { name: "x" } })).statusCode).toBe(404);
    expect((await req("alt_demo", "DELETE", `/routers/${id}`)).statusCode).toBe(404);
    expect((await req("demo", "GET", `/routers/${MISSING}`)).statusCode).toBe(404);
  });

  it("refuses unknown attributes and routes on POST", async () => {
    const res = await req("demo", "POST", "/routers", { router: { name: "x", bogus: 1 } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual(err("HTTPBadRequest", "Unrecognized attribute(s) 'bogus'"));
    const routes = await req("demo", "POST", "/routers", { router: { routes: [] } });
    expect(routes.statusCode).toBe(400);
  });

  it("sets an external gateway (a project-less network:router_gateway port) and clears it", async () => {
    const up = await req("demo", "PUT", `/routers/${id}`, { router: { external_gateway_info: { network_id: pub.id } } });
    expect(up.statusCode).toBe(200);
    const gw = up.json().router.external_gateway_info;
    expect(gw).toMatchObject({ network_id: pub.id, enable_snat: true });
    expect(gw.external_fixed_ips).toHaveLength(1);
    expect(gw.external_fixed_ips[0].subnet_id).toBe(pub.subnet);
    const ports = (await req("admin", "GET", `/ports?device_id=${id}`)).json().ports;
    expect(ports).toHaveLength(1);
    expect(ports[0]).toMatchObject({ device_owner: "network:router_gateway", project_id: "", network_id: pub.id });
    // The gateway port is not the project's.
    expect((await req("demo", "GET", `/ports?device_id=${id}`)).json().ports).toEqual([]);
    // Deleting it through the port API is refused.
    const del = await req("admin", "DELETE", `/ports/${ports[0].id}`);
    expect(del.statusCode).toBe(409);
    expect(del.json()).toEqual(err("ServicePortInUse", `Port ${ports[0].id} cannot be deleted directly via the port API: has device owner network:router_gateway.`));
    const clear = await req("demo", "PUT", `/routers/${id}`, { router: { external_gateway_info: {} } });
    expect(clear.json().router.external_gateway_info).toBeNull();
    expect((await req("admin", "GET", `/ports?device_id=${id}`)).json().ports).toEqual([]);
  });

  it("refuses a non-external network, and admin-only gateway attributes to a member", async () => {
    const res = await req("demo", "PUT", `/routers/${id}`, { router: { external_gateway_info: { network_id: net } } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual(err("BadRequest", `Bad router request: Network ${net} is not an external network.`));
    const snat = await req("demo", "POST", "/routers", { router: { external_gateway_info: { network_id: pub.id, enable_snat: false } } });
    expect(snat.statusCode).toBe(403);
    expect(snat.json().NeutronError.type).toBe("PolicyNotAuthorized");
    const adm = await req("admin", "POST", "/routers", { router: { name: "ra", external_gateway_info: { network_id: pub.id, enable_snat: false, external_fixed_ips: [{ ip_address: "172.24.4.77" }] } } });
    expect(adm.statusCode).toBe(201);
    expect(adm.json().router.external_gateway_info).toEqual({ network_id: pub.id, enable_snat: false, external_fixed_ips: [{ subnet_id: pub.subnet, ip_address: "172.24.4.77" }] });
    const same = await req("admin", "POST", "/routers", { router: { external_gateway_info: { network_id: pub.id, external_fixed_ips: [{ ip_address: "172.24.4.1" }] } } });
    expect(same.statusCode).toBe(400);
    expect(same.json().NeutronError.message).toBe("Bad router request: External IP 172.24.4.1 is the same as the gateway IP.");
    const gone = await req("admin", "POST", "/routers", { router: { external_gateway_info: { network_id: MISSING } } });
    expect(gone.statusCode).toBe(404);
    expect((await req("admin", "DELETE", `/routers/${adm.json().router.id}`)).statusCode).toBe(204);
  });

  it("adds an interface by subnet: a network:router_interface port holding the gateway IP", async () => {
    const res = await req("demo", "PUT", `/routers/${id}/add_router_interface`, { subnet_id: subnet });
    expect(res.statusCode).toBe(200);
    const info = res.json();
    expect(info).toMatchObject({ id, network_id: net, subnet_id: subnet, subnet_ids: [subnet] });
    const port = (await req("demo", "GET", `/ports/${info.port_id}`)).json().port;
    expect(port).toMatchObject({ device_id: id, device_owner: "network:router_interface", fixed_ips: [{ subnet_id: subnet, ip_address: "10.50.0.1" }], security_groups: [] });
    const again = await req("demo", "PUT", `/routers/${id}/add_router_interface`, { subnet_id: subnet });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toEqual(err("BadRequest", `Bad router request: Router already has a port on subnet ${subnet}.`));
    const both = await req("demo", "PUT", `/routers/${id}/add_router_interface`, { subnet_id: subnet, port_id: info.port_id });
    expect(both.json()).toEqual(err("BadRequest", "Bad router request: Cannot specify both subnet-id and port-id."));
    const none = await req("demo", "PUT", `/routers/${id}/add_router_interface`, {});
    expect(none.json()).toEqual(err("BadRequest", "Bad router request: Either subnet_id or port_id must be specified."));
    const badId = await req("demo", "PUT", `/routers/${id}/add_router_interface`, { subnet_id: "nope" });
    expect(badId.json()).toEqual(err("BadRequest", "Bad router request: 'nope' is not a valid UUID."));
  });

  it("refuses to delete a router with interfaces (RouterInUse), or the interface port directly", async () => {
    const port = (await req("demo", "GET", `/ports?device_id=${id}`)).json().ports[0];
    const res = await req("demo", "DELETE", `/routers/${id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual(err("RouterInUse", `Router ${id} has ports still attached: ${port.id}`));
    expect((await req("demo", "DELETE", `/ports/${port.id}`)).statusCode).toBe(409);
    // Nor the subnet under it.
    expect((await req("demo", "DELETE", `/subnets/${subnet}`)).statusCode).toBe(409);
  });

  it("validates extra routes against the connected subnets", async () => {
    const bad = await req("demo", "PUT", `/routers/${id}`, { router: { routes: [{ destination: "10.9.0.0/16", nexthop: "192.168.9.1" }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual(
      err("InvalidRoutes", "Invalid format for routes: [{'destination': '10.9.0.0/16', 'nexthop': '192.168.9.1'}], the nexthop is not connected with router"),
    );
    const own = await req("demo", "PUT", `/routers/${id}`, { router: { routes: [{ destination: "10.9.0.0/16", nexthop: "10.50.0.1" }] } });
    expect(own.json().NeutronError.message).toContain("the nexthop is used by router");
    const ok = await req("demo", "PUT", `/routers/${id}`, { router: { routes: [{ destination: "10.9.0.0/16", nexthop: "10.50.0.9" }] } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().router.routes).toEqual([{ destination: "10.9.0.0/16", nexthop: "10.50.0.9" }]);
    const inUse = await req("demo", "PUT", `/routers/${id}/remove_router_interface`, { subnet_id: subnet });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().NeutronError.type).toBe("RouterInterfaceInUseByRoute");
    expect((await req("demo", "PUT", `/routers/${id}`, { router: { routes: null } })).json().router.routes).toEqual([]);
  });

  it("removes the interface by subnet, then 404s; adds and removes one by port", async () => {
    const res = await req("demo", "PUT", `/routers/${id}/remove_router_interface`, { subnet_id: subnet });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, subnet_id: subnet });
    expect((await req("demo", "GET", `/ports/${res.json().port_id}`)).statusCode).toBe(404);
    const again = await req("demo", "PUT", `/routers/${id}/remove_router_interface`, { subnet_id: subnet });
    expect(again.statusCode).toBe(404);
    expect(again.json()).toEqual(err("RouterInterfaceNotFoundForSubnet", `Router ${id} has no interface on subnet ${subnet}`));

    const port = (await req("demo", "POST", "/ports", { port: { network_id: net } })).json().port;
    const add = await req("demo", "PUT", `/routers/${id}/add_router_interface`, { port_id: port.id });
    expect(add.statusCode).toBe(200);
    expect(add.json()).toMatchObject({ port_id: port.id, subnet_id: subnet });
    expect((await req("demo", "GET", `/ports/${port.id}`)).json().port).toMatchObject({ device_id: id, device_owner: "network:router_interface" });
    const used = await req("demo", "PUT", `/routers/${id}/add_router_interface`, { port_id: port.id });
    expect(used.statusCode).toBe(409);
    expect(used.json().NeutronError.type).toBe("PortInUse");
    const mismatch = await req("demo", "PUT", `/routers/${id}/remove_router_interface`, { port_id: port.id, subnet_id: MISSING });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json()).toEqual(err("SubnetMismatchForPort", `Subnet on port ${port.id} does not match the requested subnet ${MISSING}.`));
    expect((await req("demo", "PUT", `/routers/${id}/remove_router_interface`, { port_id: port.id })).statusCode).toBe(200);
    const gone = await req("demo", "PUT", `/routers/${id}/remove_router_interface`, { port_id: port.id });
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toEqual(err("RouterInterfaceNotFound", `Router ${id} does not have an interface with id ${port.id}`));
  });

  it("a reader reads but cannot create, change or attach", async () => {
    expect((await asReader("GET", `/routers/${id}`)).statusCode).toBe(200);
    const c = await asReader("POST", "/routers", { router: { name: "x" } });
    expect(c.statusCode).toBe(403);
    expect(c.json()).toEqual(err("PolicyNotAuthorized", "rule:create_router is disallowed by policy"));
    expect((await asReader("PUT", `/routers/${id}`, { router: { name: "x" } })).json()).toEqual(err("PolicyNotAuthorized", "rule:update_router is disallowed by policy"));
    expect((await asReader("PUT", `/routers/${id}/add_router_interface`, { subnet_id: subnet })).statusCode).toBe(403);
    expect((await asReader("DELETE", `/routers/${id}`)).statusCode).toBe(403);
  });

  it("deletes the router with its gateway (204)", async () => {
    await req("demo", "PUT", `/routers/${id}`, { router: { external_gateway_info: { network_id: pub.id } } });
    expect((await req("demo", "DELETE", `/routers/${id}`)).statusCode).toBe(204);
    expect((await req("demo", "GET", `/routers/${id}`)).statusCode).toBe(404);
    expect((await req("admin", "GET", `/ports?device_id=${id}`)).json().ports).toEqual([]);
  });

  it("counts routers against the project's router quota", async () => {
    const alt = (await t.db.prisma.project.findFirstOrThrow({ where: { name: "alt_demo" }, select: { id: true } })).id;
    // alt_demo has the seed's router1.
    expect((await req("admin", "PUT", `/quotas/${alt}`, { quota: { router: 2 } })).statusCode).toBe(200);
    expect((await req("alt_demo", "POST", "/routers", { router: { name: "q1" } })).statusCode).toBe(201);
    const over = await req("alt_demo", "POST", "/routers", { router: { name: "q2" } });
    expect(over.statusCode).toBe(409);
    expect(over.json()).toEqual(err("OverQuota", "Quota exceeded for resources: ['router']."));
    const details = (await req("admin", "GET", `/quotas/${alt}/details`)).json().quota;
    expect(details.router).toEqual({ limit: 2, used: 2, reserved: 0 });
  });
});
