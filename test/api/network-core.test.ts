import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";
import { neutron } from "./network-helpers.js";

let t: TestApp;
let req: ReturnType<typeof neutron>;
beforeAll(async () => {
  t = await startApp();
  req = neutron(t);
});
afterAll(() => t.close());

const err = (type: string, message: string) => ({ NeutronError: { type, message, detail: "" } });
const MISSING = "8f1b3c3e-0000-4000-8000-000000000001";

describe("seeded networks", () => {
  it("demo sees its private network and the shared external public one", async () => {
    const res = await req("demo", "GET", "/networks");
    expect(res.statusCode).toBe(200);
    const nets = res.json().networks as Record<string, unknown>[];
    expect(nets.map((n) => n.name).sort()).toEqual(["private", "public"]);
    const pub = nets.find((n) => n.name === "public")!;
    expect(pub).toMatchObject({ shared: true, "router:external": true, status: "ACTIVE", admin_state_up: true });
    expect(pub["provider:network_type"]).toBeUndefined(); // admin-only attribute
    const subnets = (await req("demo", "GET", "/subnets")).json().subnets as Record<string, unknown>[];
    expect(subnets.map((s) => `${s.name} ${s.cidr}`).sort()).toEqual(["private-subnet 10.0.0.0/26", "public-subnet 172.24.4.0/24"]);
    const priv = subnets.find((s) => s.name === "private-subnet")!;
    expect(priv).toMatchObject({ gateway_ip: "10.0.0.1", allocation_pools: [{ start: "10.0.0.2", end: "10.0.0.62" }], ip_version: 4, enable_dhcp: true });
  });
  it("alt_demo has its own private network, and admin sees provider attributes", async () => {
    const alt = (await req("alt_demo", "GET", "/networks?name=private")).json().networks;
    expect(alt).toHaveLength(1);
    const demo = (await req("demo", "GET", "/networks?name=private")).json().networks;
    expect(alt[0].id).not.toBe(demo[0].id);
    const admin = (await req("admin", "GET", "/networks?name=public")).json().networks[0];
    expect(admin).toMatchObject({ "provider:network_type": "flat", "provider:physical_network": "public", "provider:segmentation_id": null });
    expect((await req("admin", "GET", "/networks")).json().networks.length).toBeGreaterThanOrEqual(3);
  });
  it("seeding again changes nothing", async () => {
    const { seedNetworks } = await import("../../src/db/seed/networks.js");
    await seedNetworks(t.db.prisma, t.config);
    expect((await req("admin", "GET", "/networks?name=private")).json().networks).toHaveLength(2);
    expect((await req("admin", "GET", "/subnets?name=private-subnet")).json().subnets).toHaveLength(2);
  });
});

describe("networks", () => {
  let id = "";
  it("creates with Neutron's defaults (201)", async () => {
    const res = await req("demo", "POST", "/networks", { network: { name: "n1", admin_state_up: true } });
    expect(res.statusCode).toBe(201);
    const n = res.json().network;
    id = n.id;
    expect(n).toMatchObject({ name: "n1", shared: false, "router:external": false, subnets: [], mtu: 1450, status: "ACTIVE", revision_number: 1, port_security_enabled: true, description: "", tags: [] });
    expect(n.project_id).toBe(n.tenant_id);
    expect(n.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });
  it("shows, filters, projects fields, updates", async () => {
    expect((await req("demo", "GET", `/networks/${id}`)).json().network.name).toBe("n1");
    expect((await req("demo", "GET", `/networks/${id}?fields=id&fields=name`)).json().network).toEqual({ id, name: "n1" });
    expect((await req("demo", "GET", "/networks?shared=true")).json().networks.map((n: { name: string }) => n.name)).toEqual(["public"]);
    expect((await req("demo", "GET", "/networks?router:external=false&name=n1")).json().networks).toHaveLength(1);
    const up = await req("demo", "PUT", `/networks/${id}`, { network: { name: "n1b", description: "d" } });
    expect(up.statusCode).toBe(200);
    expect(up.json().network).toMatchObject({ name: "n1b", description: "d", revision_number: 2 });
  });
  it("sorts and pages with networks_links", async () => {
    const all = (await req("admin", "GET", "/networks?sort_key=name&sort_dir=desc")).json().networks.map((n: { name: string }) => n.name);
    expect(all).toEqual([...all].sort().reverse());
    const p1 = (await req("admin", "GET", "/networks?limit=2")).json();
    expect(p1.networks).toHaveLength(2);
    const next = p1.networks_links.find((l: { rel: string }) => l.rel === "next");
    expect(next.href).toContain(`marker=${p1.networks[1].id}`);
    const p2 = (await req("admin", "GET", `/networks?limit=2&marker=${p1.networks[1].id}`)).json();
    expect(p2.networks[0].id > p1.networks[1].id).toBe(true);
    const bad = await req("admin", "GET", "/networks?sort_key=nope");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().NeutronError.message).toBe("Bad networks request: nope is invalid attribute for sort_key.");
  });
  it("refuses admin-only attributes and unknown ones", async () => {
    const shared = await req("demo", "POST", "/networks", { network: { name: "x", shared: true } });
    expect(shared.statusCode).toBe(403);
    expect(shared.json().NeutronError.type).toBe("PolicyNotAuthorized");
    const unknown = await req("demo", "POST", "/networks", { network: { name: "x", bogus: 1 } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().NeutronError.message).toBe("Unrecognized attribute(s) 'bogus'");
    const nobody = await req("demo", "POST", "/networks", { foo: {} });
    expect(nobody.statusCode).toBe(400);
  });
  it("404 NetworkNotFound for unknown and for other projects' networks", async () => {
    const res = await req("demo", "GET", `/networks/${MISSING}`);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual(err("NetworkNotFound", `Network ${MISSING} could not be found.`));
    expect((await req("alt_demo", "GET", `/networks/${id}`)).statusCode).toBe(404);
    expect((await req("alt_demo", "DELETE", `/networks/${id}`)).statusCode).toBe(404);
    expect((await req("alt_demo", "GET", "/networks")).json().networks.map((n: { id: string }) => n.id)).not.toContain(id);
    expect((await req("demo", "GET", "/networks/not-a-uuid")).statusCode).toBe(404);
  });
  it("a member cannot change the shared public network (403) but sees it", async () => {
    const pub = (await req("demo", "GET", "/networks?name=public")).json().networks[0];
    expect((await req("demo", "PUT", `/networks/${pub.id}`, { network: { name: "mine" } })).statusCode).toBe(403);
    expect((await req("demo", "DELETE", `/networks/${pub.id}`)).statusCode).toBe(403);
  });
  it("delete is refused while a compute port exists (409 NetworkInUse), then succeeds", async () => {
    const sub = await req("demo", "POST", "/subnets", { subnet: { network_id: id, ip_version: 4, cidr: "10.9.0.0/29" } });
    expect(sub.statusCode).toBe(201);
    const port = (await req("demo", "POST", "/ports", { port: { network_id: id, device_owner: "compute:nova", device_id: "vm1" } })).json().port;
    const del = await req("demo", "DELETE", `/networks/${id}`);
    expect(del.statusCode).toBe(409);
    expect(del.json()).toEqual(
      err("NetworkInUse", `Unable to complete operation on network ${id}. There are one or more ports still in use on the network.`),
    );
    expect((await req("demo", "DELETE", `/ports/${port.id}`)).statusCode).toBe(204);
    expect((await req("demo", "DELETE", `/networks/${id}`)).statusCode).toBe(204);
    expect((await req("demo", "GET", `/subnets/${sub.json().subnet.id}`)).statusCode).toBe(404);
  });
});

describe("subnets", () => {
  let net = "";
  beforeAll(async () => {
    net = (await req("demo", "POST", "/networks", { network: { name: "sn" } })).json().network.id;
  });
  it("creates with default gateway and pools, as the CLI sends it", async () => {
    const res = await req("demo", "POST", "/subnets", { subnet: { name: "s1", network_id: net, ip_version: 4, cidr: "10.250.17.0/24" } });
    expect(res.statusCode).toBe(201);
    expect(res.json().subnet).toMatchObject({
      name: "s1",
      cidr: "10.250.17.0/24",
      gateway_ip: "10.250.17.1",
      allocation_pools: [{ start: "10.250.17.2", end: "10.250.17.254" }],
      dns_nameservers: [],
      host_routes: [],
      enable_dhcp: true,
      network_id: net,
    });
    expect((await req("demo", "GET", `/networks/${net}`)).json().network.subnets).toEqual([res.json().subnet.id]);
  });
  it("validates cidr, version, pools, gateway and overlap", async () => {
    const post = (s: Record<string, unknown>) => req("demo", "POST", "/subnets", { subnet: { network_id: net, ip_version: 4, ...s } });
    let r = await post({ cidr: "10.1.0.5/24" });
    expect(r.statusCode).toBe(400);
    expect(r.json().NeutronError.message).toBe("Invalid input for cidr. Reason: '10.1.0.5/24' isn't a recommended CIDR, '10.1.0.0/24' should be used instead.");
    r = await post({ cidr: "banana" });
    expect(r.statusCode).toBe(400);
    r = await post({ cidr: "fd00::/64" });
    expect(r.statusCode).toBe(400);
    r = await post({ cidr: "10.250.17.128/25" });
    expect(r.statusCode).toBe(400);
    expect(r.json().NeutronError.message).toMatch(/overlaps with another subnet/);
    r = await post({ cidr: "10.2.0.0/24", allocation_pools: [{ start: "10.2.1.1", end: "10.2.1.9" }] });
    expect(r.statusCode).toBe(400);
    expect(r.json().NeutronError.type).toBe("OutOfBoundsAllocationPool");
    r = await post({ cidr: "10.2.0.0/24", gateway_ip: "10.2.0.5", allocation_pools: [{ start: "10.2.0.2", end: "10.2.0.9" }] });
    expect(r.statusCode).toBe(409);
    expect(r.json().NeutronError.type).toBe("GatewayConflictWithAllocationPools");
    r = await post({ cidr: "10.3.0.0/24", gateway_ip: null, dns_nameservers: ["8.8.8.8"], host_routes: [{ destination: "10.9.0.0/16", nexthop: "10.3.0.9" }] });
    expect(r.statusCode).toBe(201);
    expect(r.json().subnet).toMatchObject({ gateway_ip: null, allocation_pools: [{ start: "10.3.0.1", end: "10.3.0.254" }], dns_nameservers: ["8.8.8.8"] });
    const six = await post({ ip_version: 6, cidr: "fd00:1::/64" });
    expect(six.statusCode).toBe(201);
    expect(six.json().subnet).toMatchObject({ gateway_ip: "fd00:1::1", allocation_pools: [{ start: "fd00:1::2", end: "fd00:1::ffff:ffff:ffff:ffff" }] });
  });
  it("updates, refuses read-only attributes, and 409 SubnetInUse on delete with allocations", async () => {
    const s = (await req("demo", "POST", "/subnets", { subnet: { network_id: net, ip_version: 4, cidr: "10.4.0.0/28" } })).json().subnet;
    const up = await req("demo", "PUT", `/subnets/${s.id}`, { subnet: { name: "renamed", dns_nameservers: ["1.1.1.1"] } });
    expect(up.json().subnet).toMatchObject({ name: "renamed", dns_nameservers: ["1.1.1.1"] });
    expect((await req("demo", "PUT", `/subnets/${s.id}`, { subnet: { cidr: "10.5.0.0/28" } })).statusCode).toBe(400);
    const p = (await req("demo", "POST", "/ports", { port: { network_id: net, fixed_ips: [{ subnet_id: s.id }] } })).json().port;
    const del = await req("demo", "DELETE", `/subnets/${s.id}`);
    expect(del.statusCode).toBe(409);
    expect(del.json()).toEqual(
      err("SubnetInUse", `Unable to complete operation on subnet ${s.id}: One or more ports have an IP allocation from this subnet.`),
    );
    await req("demo", "DELETE", `/ports/${p.id}`);
    expect((await req("demo", "DELETE", `/subnets/${s.id}`)).statusCode).toBe(204);
    expect((await req("demo", "GET", `/subnets/${s.id}`)).json()).toEqual(err("SubnetNotFound", `Subnet ${s.id} could not be found.`));
  });
  it("alt_demo cannot see or add subnets to demo's network", async () => {
    const r = await req("alt_demo", "POST", "/subnets", { subnet: { network_id: net, ip_version: 4, cidr: "10.7.0.0/24" } });
    expect(r.statusCode).toBe(404);
    expect((await req("alt_demo", "GET", `/subnets?network_id=${net}`)).json().subnets).toEqual([]);
  });
});

describe("ports", () => {
  let net = "";
  let subnet = "";
  beforeAll(async () => {
    net = (await req("demo", "POST", "/networks", { network: { name: "pn" } })).json().network.id;
    subnet = (await req("demo", "POST", "/subnets", { subnet: { network_id: net, ip_version: 4, cidr: "192.168.50.0/24" } })).json().subnet.id;
  });
  it("creates a port with a MAC, an address from the pool and the default group; DOWN until bound", async () => {
    const res = await req("demo", "POST", "/ports", { port: { network_id: net, name: "p1" } });
    expect(res.statusCode).toBe(201);
    const p = res.json().port;
    expect(p.mac_address).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);
    expect(p.fixed_ips).toHaveLength(1);
    expect(p.fixed_ips[0].subnet_id).toBe(subnet);
    expect(p.fixed_ips[0].ip_address).toMatch(/^192\.168\.50\.\d+$/);
    expect(p.fixed_ips[0].ip_address).not.toBe("192.168.50.1");
    expect(p).toMatchObject({ status: "DOWN", device_id: "", device_owner: "", allowed_address_pairs: [], extra_dhcp_opts: [], port_security_enabled: true, "binding:vnic_type": "normal" });
    const def = (await req("demo", "GET", "/security-groups?name=default")).json().security_groups[0];
    expect(p.security_groups).toEqual([def.id]);
    expect(p["binding:host_id"]).toBeUndefined();
    const asAdmin = (await req("admin", "GET", `/ports/${p.id}`)).json().port;
    expect(asAdmin).toMatchObject({ "binding:host_id": "", "binding:vif_type": "unbound" });
  });
  it("honours an explicit fixed IP and refuses it twice (409 IpAddressAlreadyAllocated)", async () => {
    const a = await req("demo", "POST", "/ports", { port: { network_id: net, fixed_ips: [{ ip_address: "192.168.50.77" }] } });
    expect(a.statusCode).toBe(201);
    expect(a.json().port.fixed_ips).toEqual([{ subnet_id: subnet, ip_address: "192.168.50.77" }]);
    const b = await req("demo", "POST", "/ports", { port: { network_id: net, fixed_ips: [{ subnet_id: subnet, ip_address: "192.168.50.77" }] } });
    expect(b.statusCode).toBe(409);
    expect(b.json()).toEqual(err("IpAddressAlreadyAllocated", `IP address 192.168.50.77 already allocated in subnet ${subnet}`));
    const c = await req("demo", "POST", "/ports", { port: { network_id: net, fixed_ips: [{ ip_address: "10.99.0.1" }] } });
    expect(c.statusCode).toBe(400);
    expect(c.json().NeutronError.type).toBe("InvalidIpForNetwork");
  });
  it("binding to a host makes it ACTIVE (admin), members cannot set binding:host_id", async () => {
    const p = (await req("demo", "POST", "/ports", { port: { network_id: net } })).json().port;
    expect((await req("demo", "PUT", `/ports/${p.id}`, { port: { "binding:host_id": "compute1" } })).statusCode).toBe(403);
    const up = await req("admin", "PUT", `/ports/${p.id}`, { port: { "binding:host_id": "compute1" } });
    expect(up.statusCode).toBe(200);
    expect(up.json().port).toMatchObject({ status: "ACTIVE", "binding:host_id": "compute1", "binding:vif_type": "ovs" });
  });
  it("updates name, groups, pairs; filters by fixed_ips and device_id; MAC conflicts are 409", async () => {
    const p = (await req("demo", "POST", "/ports", { port: { network_id: net, device_id: "dev-1" } })).json().port;
    const g = (await req("demo", "POST", "/security-groups", { security_group: { name: "pg" } })).json().security_group;
    const up = await req("demo", "PUT", `/ports/${p.id}`, {
      port: { name: "renamed", security_groups: [g.id], allowed_address_pairs: [{ ip_address: "10.0.0.0/24" }] },
    });
    expect(up.statusCode).toBe(200);
    expect(up.json().port).toMatchObject({ name: "renamed", security_groups: [g.id], allowed_address_pairs: [{ ip_address: "10.0.0.0/24", mac_address: p.mac_address }] });
    const ip = p.fixed_ips[0].ip_address;
    expect((await req("demo", "GET", `/ports?fixed_ips=ip_address%3D${ip}`)).json().ports.map((x: { id: string }) => x.id)).toEqual([p.id]);
    expect((await req("demo", "GET", "/ports?device_id=dev-1")).json().ports).toHaveLength(1);
    const dup = await req("demo", "POST", "/ports", { port: { network_id: net, mac_address: p.mac_address } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().NeutronError.type).toBe("MacAddressInUse");
  });
  it("tenant isolation: alt_demo cannot see demo's ports (404) nor list them", async () => {
    const p = (await req("demo", "POST", "/ports", { port: { network_id: net } })).json().port;
    const r = await req("alt_demo", "GET", `/ports/${p.id}`);
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual(err("PortNotFound", `Port ${p.id} could not be found.`));
    expect((await req("alt_demo", "GET", "/ports")).json().ports.map((x: { id: string }) => x.id)).not.toContain(p.id);
    expect((await req("alt_demo", "POST", "/ports", { port: { network_id: net } })).statusCode).toBe(404);
  });
  it("members may create ports on the shared network but not pick its addresses", async () => {
    const pub = (await req("demo", "GET", "/networks?name=public")).json().networks[0];
    const ok = await req("alt_demo", "POST", "/ports", { port: { network_id: pub.id } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().port.fixed_ips[0].ip_address).toMatch(/^172\.24\.4\./);
    expect((await req("alt_demo", "POST", "/ports", { port: { network_id: pub.id, fixed_ips: [{ ip_address: "172.24.4.99" }] } })).statusCode).toBe(403);
    await req("alt_demo", "DELETE", `/ports/${ok.json().port.id}`);
  });
});

describe("extensions and IP availability", () => {
  it("GET /v2.0 lists the core resources", async () => {
    const res = await req("demo", "GET", "");
    expect(res.statusCode).toBe(200);
    expect(res.json().resources.map((r: { collection: string }) => r.collection)).toContain("security-groups");
  });
  it("lists the implemented extensions and shows one by alias", async () => {
    const aliases = (await req("demo", "GET", "/extensions")).json().extensions.map((e: { alias: string }) => e.alias);
    for (const a of ["security-group", "port-security", "binding", "external-net", "net-mtu", "network-ip-availability", "allowed-address-pairs"]) {
      expect(aliases).toContain(a);
    }
    expect(aliases).toContain("router");
    expect(aliases).not.toContain("l3-ha");
    expect((await req("demo", "GET", "/extensions/security-group")).json().extension.alias).toBe("security-group");
    const miss = await req("demo", "GET", "/extensions/l3-ha");
    expect(miss.statusCode).toBe(404);
    expect(miss.json().NeutronError.type).toBe("ExtensionNotFound");
  });
  it("network-ip-availabilities is admin-only and counts pools and allocations", async () => {
    expect((await req("demo", "GET", "/network-ip-availabilities")).statusCode).toBe(403);
    const priv = (await req("demo", "GET", "/networks?name=private")).json().networks[0];
    const before = (await req("admin", "GET", `/network-ip-availabilities/${priv.id}`)).json().network_ip_availability;
    expect(before).toMatchObject({ network_name: "private", total_ips: 61 });
    await req("demo", "POST", "/ports", { port: { network_id: priv.id } });
    const after = (await req("admin", "GET", `/network-ip-availabilities/${priv.id}`)).json().network_ip_availability;
    expect(after.used_ips).toBe(before.used_ips + 1);
    expect(after.subnet_ip_availability[0]).toMatchObject({ cidr: "10.0.0.0/26", ip_version: 4, total_ips: 61 });
    const list = (await req("admin", "GET", "/network-ip-availabilities?network_name=public")).json().network_ip_availabilities;
    expect(list).toHaveLength(1);
    expect((await req("admin", "GET", `/network-ip-availabilities/${MISSING}`)).statusCode).toBe(404);
  });
});
