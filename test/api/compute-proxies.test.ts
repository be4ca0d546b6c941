import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

type User = "admin" | "demo" | "alt_demo";
const nova = async (user: User, method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: unknown, version = "2.1") =>
  t.app.inject({
    method,
    url: `/compute/v2.1${url}`,
    headers: { "x-auth-token": await t.token(user), "x-openstack-nova-api-version": version },
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
const MISSING = "8f1b3c3e-0000-4000-8000-000000000001";

describe("os-networks and os-tenant-networks", () => {
  it("list the visible networks in nova-network's shape", async () => {
    const res = await nova("demo", "GET", "/os-networks");
    expect(res.statusCode).toBe(200);
    const nets = res.json().networks;
    expect(nets.map((n: { label: string }) => n.label).sort()).toEqual(["private", "public"]);
    expect(nets[0]).toEqual({
      id: nets[0].id, label: nets[0].label, cidr: null, netmask: null, gateway: null, broadcast: null,
      dns1: null, dns2: null, cidr_v6: null, gateway_v6: null, netmask_v6: null,
    });
    const admin = (await nova("admin", "GET", "/os-networks")).json().networks[0];
    expect(admin).toHaveProperty("vlan", null);
    const show = await nova("demo", "GET", `/os-networks/${nets[0].id}`);
    expect(show.json().network.id).toBe(nets[0].id);
    const miss = await nova("demo", "GET", `/os-networks/${MISSING}`);
    expect(miss.statusCode).toBe(404);
    expect(miss.json()).toEqual({ itemNotFound: { code: 404, message: "Network not found" } });
    const tn = (await nova("demo", "GET", "/os-tenant-networks")).json().networks;
    expect(tn.find((n: { label: string }) => n.label === "private")).toEqual({ id: expect.any(String), cidr: "None", label: "private" });
    expect((await nova("demo", "GET", `/os-tenant-networks/${tn[0].id}`)).json().network.label).toBe(tn[0].label);
    expect((await nova("demo", "GET", `/os-tenant-networks/${MISSING}`)).statusCode).toBe(404);
  });
  it("nova-network writes are gone (410)", async () => {
    const res = await nova("admin", "POST", "/os-networks", { network: { label: "x" } });
    expect(res.statusCode).toBe(410);
    expect(res.json()).toEqual({ computeFault: { code: 410, message: "This resource is no longer available.  No forwarding address is given." } });
    expect((await nova("admin", "DELETE", `/os-tenant-networks/${MISSING}`)).statusCode).toBe(410);
  });
  it("are 404 from 2.36", async () => {
    for (const url of ["/os-networks", "/os-tenant-networks", "/os-security-groups"]) {
      expect((await nova("demo", "GET", url, undefined, "2.36")).statusCode).toBe(404);
    }
    expect((await nova("demo", "GET", "/os-networks", undefined, "2.35")).statusCode).toBe(200);
    expect((await nova("demo", "POST", "/os-security-group-rules", { security_group_rule: { parent_group_id: MISSING } }, "2.36")).statusCode).toBe(404);
  });
});

describe("os-security-groups", () => {
  let id = "";
  it("lists the project's groups with the default one, ingress rules only", async () => {
    const res = await nova("demo", "GET", "/os-security-groups");
    expect(res.statusCode).toBe(200);
    const def = res.json().security_groups.find((g: { name: string }) => g.name === "default");
    expect(def.description).toBe("Default security group");
    expect(def.rules).toHaveLength(2); // the two ingress-from-self rules
    expect(def.rules[0]).toEqual({
      id: expect.any(String), parent_group_id: def.id, ip_protocol: null, from_port: null, to_port: null,
      group: { name: "default", tenant_id: def.tenant_id }, ip_range: {},
    });
  });
  it("creates, shows, updates and deletes (Tempest's flows)", async () => {
    const res = await nova("demo", "POST", "/os-security-groups", { security_group: { name: " spaced name ", description: "d" } });
    expect(res.statusCode).toBe(200);
    const g = res.json().security_group;
    id = g.id;
    expect(g).toMatchObject({ name: " spaced name ", description: "d", rules: [] });
    expect((await nova("demo", "GET", `/os-security-groups/${id}`)).json().security_group).toEqual(g);
    const up = await nova("demo", "PUT", `/os-security-groups/${id}`, { security_group: { name: "new", description: "nd" } });
    expect(up.json().security_group).toMatchObject({ name: "new", description: "nd" });
    const listed = (await nova("demo", "GET", "/os-security-groups")).json().security_groups;
    expect(listed.map((x: { id: string }) => x.id)).toContain(id);
    expect(listed.map((x: { name: string }) => x.name)).toEqual([...listed.map((x: { name: string }) => x.name)].sort());
    expect((await nova("demo", "DELETE", `/os-security-groups/${id}`)).statusCode).toBe(202);
    expect((await nova("demo", "GET", `/os-security-groups/${id}`)).statusCode).toBe(404);
  });
  it("errors as Nova: 404 unknown, 400 bad id, 400 deleting default, 404 without id, 400 missing description", async () => {
    expect((await nova("demo", "GET", `/os-security-groups/${MISSING}`)).statusCode).toBe(404);
    expect((await nova("demo", "PUT", `/os-security-groups/${MISSING}`, { security_group: { name: "a", description: "b" } })).statusCode).toBe(404);
    expect((await nova("demo", "DELETE", `/os-security-groups/${MISSING}`)).statusCode).toBe(404);
    const bad = await nova("demo", "GET", "/os-security-groups/abc");
    expect(bad.json()).toEqual({ badRequest: { code: 400, message: "Security group id should be uuid" } });
    const def = (await nova("demo", "GET", "/os-security-groups")).json().security_groups.find((g: { name: string }) => g.name === "default");
    const del = await nova("demo", "DELETE", `/os-security-groups/${def.id}`);
    expect(del.statusCode).toBe(400);
    expect(del.json().badRequest.message).toBe("Insufficient rights for removing default security group.");
    expect((await nova("demo", "DELETE", "/os-security-groups/")).statusCode).toBe(404);
    expect((await nova("demo", "POST", "/os-security-groups", { security_group: { name: "x" } })).statusCode).toBe(400);
    expect((await nova("alt_demo", "GET", `/os-security-groups/${def.id}`)).statusCode).toBe(404);
  });
  it("a group in use by a server port cannot be deleted (400)", async () => {
    const g = (await nova("demo", "POST", "/os-security-groups", { security_group: { name: "inuse", description: "" } })).json().security_group;
    const net = (await nova("demo", "GET", "/os-tenant-networks")).json().networks.find((n: { label: string }) => n.label === "private");
    const port = await t.app.inject({
      method: "POST",
      url: "/networking/v2.0/ports",
      headers: { "x-auth-token": await t.token("demo") },
      payload: { port: { network_id: net.id, security_groups: [g.id], device_owner: "compute:nova" } },
    });
    expect(port.statusCode).toBe(201);
    const del = await nova("demo", "DELETE", `/os-security-groups/${g.id}`);
    expect(del.statusCode).toBe(400);
    expect(del.json().badRequest.message).toBe(`Security Group ${g.id} in use.`);
  });
});

describe("os-security-group-rules", () => {
  let parent = "";
  let other = { id: "", name: "" };
  beforeAll(async () => {
    parent = (await nova("demo", "POST", "/os-security-groups", { security_group: { name: "rules", description: "" } })).json().security_group.id;
    other = (await nova("demo", "POST", "/os-security-groups", { security_group: { name: "src", description: "" } })).json().security_group;
  });
  it("creates a cidr rule and refuses it twice", async () => {
    const body = { security_group_rule: { parent_group_id: parent, ip_protocol: "tcp", from_port: 22, to_port: 22, cidr: "10.0.0.0/8" } };
    const res = await nova("demo", "POST", "/os-security-group-rules", body);
    expect(res.statusCode).toBe(200);
    expect(res.json().security_group_rule).toEqual({
      id: expect.any(String), parent_group_id: parent, ip_protocol: "tcp", from_port: 22, to_port: 22, group: {}, ip_range: { cidr: "10.0.0.0/8" },
    });
    const dup = await nova("demo", "POST", "/os-security-group-rules", body);
    expect(dup.statusCode).toBe(400);
    expect(dup.json().badRequest.message).toBe(`This rule already exists in group ${parent}`);
    const shown = (await nova("demo", "GET", `/os-security-groups/${parent}`)).json().security_group.rules;
    expect(shown).toHaveLength(1);
    expect((await nova("demo", "DELETE", `/os-security-group-rules/${res.json().security_group_rule.id}`)).statusCode).toBe(202);
    expect((await nova("demo", "GET", `/os-security-groups/${parent}`)).json().security_group.rules).toEqual([]);
  });
  it("a cidr with host bits is kept as given, as Neutron stores it", async () => {
    const res = await nova("demo", "POST", "/os-security-group-rules", { security_group_rule: { parent_group_id: parent, ip_protocol: "udp", from_port: 53, to_port: 53, cidr: "10.9.8.7/16" } });
    expect(res.statusCode).toBe(200);
    expect(res.json().security_group_rule.ip_range).toEqual({ cidr: "10.9.8.7/16" });
    const rules = (await nova("demo", "GET", `/os-security-groups/${parent}`)).json().security_group.rules;
    expect(rules.map((r: { ip_range: unknown }) => r.ip_range)).toContainEqual({ cidr: "10.9.8.7/16" });
    await nova("demo", "DELETE", `/os-security-group-rules/${res.json().security_group_rule.id}`);
  });
  it("creates a group rule opening the whole range", async () => {
    const res = await nova("demo", "POST", "/os-security-group-rules", { security_group_rule: { parent_group_id: parent, group_id: other.id, ip_protocol: "tcp" } });
    expect(res.statusCode).toBe(200);
    expect(res.json().security_group_rule).toMatchObject({ from_port: 1, to_port: 65535, group: { name: "src" }, ip_range: {} });
  });
  it.each([
    [{ ip_protocol: "tcp", from_port: 30, to_port: 20, cidr: "10.0.0.0/8" }, "Invalid port range 30:20. Former value cannot be greater than the later"],
    [{ ip_protocol: "tcp", from_port: 0, to_port: 20, cidr: "10.0.0.0/8" }, "Invalid port range 0:20. Valid TCP ports should be between 1-65535"],
    [{ ip_protocol: "gre", from_port: 1, to_port: 2 }, "Invalid IP protocol gre."],
    [{ ip_protocol: "tcp", from_port: "a", to_port: 2 }, "Invalid input received: To and From ports must be integers"],
    [{ cidr: "10.0.0.0/8" }, "Not enough parameters to build a valid rule."],
    [{ ip_protocol: "tcp", from_port: 1, to_port: 2, cidr: "nope" }, "nope is not a valid IP network."],
    [{ ip_protocol: "tcp", from_port: 1, to_port: 2, cidr: "10.0.0.0/0" }, "Bad prefix for network in cidr 10.0.0.0/0"],
  ])("rule %j -> 400 %s", async (extra, message) => {
    const res = await nova("demo", "POST", "/os-security-group-rules", { security_group_rule: { parent_group_id: parent, ...extra } });
    expect(res.statusCode).toBe(400);
    expect(res.json().badRequest.message).toBe(message);
  });
  it("404 for unknown parent or rule, 400 for a malformed id", async () => {
    expect((await nova("demo", "POST", "/os-security-group-rules", { security_group_rule: { parent_group_id: MISSING, ip_protocol: "tcp", from_port: 1, to_port: 2 } })).statusCode).toBe(404);
    expect((await nova("demo", "POST", "/os-security-group-rules", { security_group_rule: { parent_group_id: "zzz" } })).statusCode).toBe(400);
    expect((await nova("demo", "DELETE", `/os-security-group-rules/${MISSING}`)).statusCode).toBe(404);
    expect((await nova("demo", "DELETE", "/os-security-group-rules/abc")).statusCode).toBe(400);
  });
});
