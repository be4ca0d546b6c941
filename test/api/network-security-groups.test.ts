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

type Rule = { direction: string; ethertype: string; remote_group_id: string | null; protocol: string | null; id: string };

describe("default security group", () => {
  it("is created on first list with Neutron's default rules, once", async () => {
    const [a, b] = await Promise.all([req("alt_demo", "GET", "/security-groups"), req("alt_demo", "GET", "/security-groups")]);
    expect(a.statusCode).toBe(200);
    const groups = a.json().security_groups;
    expect(groups).toHaveLength(1);
    expect(b.json().security_groups.map((g: { id: string }) => g.id)).toEqual([groups[0].id]);
    const g = groups[0];
    expect(g).toMatchObject({ name: "default", description: "Default security group", stateful: true, shared: false });
    const rules = (g.security_group_rules as Rule[]).map((r) => `${r.direction} ${r.ethertype} ${r.remote_group_id === g.id ? "self" : "any"}`).sort();
    expect(rules).toEqual(["egress IPv4 any", "egress IPv6 any", "ingress IPv4 self", "ingress IPv6 self"]);
  });
  it("cannot be deleted or renamed by its project (409)", async () => {
    const g = (await req("demo", "GET", "/security-groups?name=default")).json().security_groups[0];
    const del = await req("demo", "DELETE", `/security-groups/${g.id}`);
    expect(del.statusCode).toBe(409);
    expect(del.json()).toEqual({
      NeutronError: { type: "SecurityGroupCannotRemoveDefault", message: "Insufficient rights for removing default security group.", detail: "" },
    });
    const ren = await req("demo", "PUT", `/security-groups/${g.id}`, { security_group: { name: "x" } });
    expect(ren.statusCode).toBe(409);
    expect(ren.json().NeutronError.type).toBe("SecurityGroupCannotUpdateDefault");
    const dup = await req("demo", "POST", "/security-groups", { security_group: { name: "default" } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().NeutronError.type).toBe("SecurityGroupDefaultAlreadyExists");
  });
  it("other projects' groups are invisible (404)", async () => {
    const g = (await req("demo", "GET", "/security-groups?name=default")).json().security_groups[0];
    const r = await req("alt_demo", "GET", `/security-groups/${g.id}`);
    expect(r.statusCode).toBe(404);
    expect(r.json().NeutronError).toEqual({ type: "SecurityGroupNotFound", message: `Security group ${g.id} does not exist`, detail: "" });
  });
});

describe("security groups and rules CRUD", () => {
  let sg = "";
  it("creates a group with the two egress rules, updates and shows it", async () => {
    const res = await req("demo", "POST", "/security-groups", { security_group: { name: "web", description: "w" } });
    expect(res.statusCode).toBe(201);
    sg = res.json().security_group.id;
    expect((res.json().security_group.security_group_rules as Rule[]).map((r) => `${r.direction} ${r.ethertype}`).sort()).toEqual([
      "egress IPv4",
      "egress IPv6",
    ]);
    const up = await req("demo", "PUT", `/security-groups/${sg}`, { security_group: { name: "web2", description: "d2" } });
    expect(up.json().security_group).toMatchObject({ name: "web2", description: "d2", revision_number: 2 });
    expect((await req("demo", "GET", `/security-groups/${sg}?fields=name`)).json().security_group).toEqual({ name: "web2" });
  });
  it("creates a tcp/22 rule as the CLI sends it, and refuses the duplicate", async () => {
    const body = {
      security_group_rule: { security_group_id: sg, direction: "ingress", ethertype: "IPv4", protocol: "tcp", port_range_min: 22, port_range_max: 22, remote_ip_prefix: "0.0.0.0/0" },
    };
    const r = await req("demo", "POST", "/security-group-rules", body);
    expect(r.statusCode).toBe(201);
    const rule = r.json().security_group_rule;
    expect(rule).toMatchObject({ protocol: "tcp", port_range_min: 22, port_range_max: 22, remote_ip_prefix: "0.0.0.0/0", direction: "ingress", security_group_id: sg });
    const dup = await req("demo", "POST", "/security-group-rules", body);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().NeutronError).toEqual({
      type: "SecurityGroupRuleExists",
      message: `Security group rule already exists. Rule id is ${rule.id}.`,
      detail: "",
    });
    // Without the any-address prefix it is still the same rule.
    const { remote_ip_prefix: _p, ...noPrefix } = body.security_group_rule;
    expect((await req("demo", "POST", "/security-group-rules", { security_group_rule: noPrefix })).statusCode).toBe(409);
    const list = (await req("demo", "GET", `/security-group-rules?security_group_id=${sg}`)).json().security_group_rules;
    expect(list).toHaveLength(3);
    expect((await req("demo", "GET", `/security-group-rules/${rule.id}`)).json().security_group_rule.id).toBe(rule.id);
    expect((await req("demo", "DELETE", `/security-group-rules/${rule.id}`)).statusCode).toBe(204);
    expect((await req("demo", "GET", `/security-group-rules/${rule.id}`)).statusCode).toBe(404);
  });
  it.each([
    [{ protocol: "tcp", port_range_min: 30, port_range_max: 20 }, 400, "SecurityGroupInvalidPortRange"],
    [{ protocol: "tcp", port_range_min: 0, port_range_max: 20 }, 400, "SecurityGroupInvalidPortValue"],
    [{ port_range_min: 20, port_range_max: 20 }, 400, "SecurityGroupProtocolRequiredWithPorts"],
    [{ protocol: "icmp", port_range_min: 300 }, 400, "SecurityGroupInvalidIcmpValue"],
    [{ protocol: "icmp", port_range_max: 3 }, 400, "SecurityGroupMissingIcmpType"],
    [{ protocol: "gre", port_range_min: 1, port_range_max: 2 }, 400, "SecurityGroupInvalidProtocolForPort"],
    [{ protocol: "bogus" }, 400, "SecurityGroupRuleInvalidProtocol"],
    [{ protocol: 256 }, 400, "SecurityGroupRuleInvalidProtocol"],
    [{ ethertype: "IPv5" }, 400, "SecurityGroupRuleInvalidEtherType"],
    [{ remote_ip_prefix: "fd00::/8" }, 400, "SecurityGroupRuleParameterConflict"],
    [{ protocol: "ipv6-icmp" }, 400, "SecurityGroupEthertypeConflictWithProtocol"],
  ])("rule %j -> %i %s", async (extra, status, type) => {
    const r = await req("demo", "POST", "/security-group-rules", { security_group_rule: { security_group_id: sg, direction: "ingress", ...extra } });
    expect(r.statusCode).toBe(status);
    expect(r.json().NeutronError.type).toBe(type);
  });
  it("accepts protocol numbers and IPv6 legacy names, normalising them", async () => {
    const r = await req("demo", "POST", "/security-group-rules", { security_group_rule: { security_group_id: sg, direction: "ingress", protocol: "17", port_range_min: 53, port_range_max: 53 } });
    expect(r.statusCode).toBe(201);
    expect(r.json().security_group_rule.protocol).toBe("17");
    const six = await req("demo", "POST", "/security-group-rules", { security_group_rule: { security_group_id: sg, direction: "ingress", ethertype: "ipv6", protocol: "icmp" } });
    expect(six.json().security_group_rule).toMatchObject({ ethertype: "IPv6", protocol: "ipv6-icmp" });
    const host = await req("demo", "POST", "/security-group-rules", { security_group_rule: { security_group_id: sg, direction: "egress", remote_ip_prefix: "10.1.2.3" } });
    expect(host.json().security_group_rule.remote_ip_prefix).toBe("10.1.2.3/32");
  });
  it("keeps remote_ip_prefix as given (host bits too) and puts the network address in normalized_cidr", async () => {
    const mk = (extra: object) => req("demo", "POST", "/security-group-rules", { security_group_rule: { security_group_id: sg, direction: "ingress", ...extra } });
    const four = await mk({ protocol: "tcp", port_range_min: 8080, port_range_max: 8080, remote_ip_prefix: "10.1.2.3/24" });
    expect(four.statusCode).toBe(201);
    expect(four.json().security_group_rule).toMatchObject({ remote_ip_prefix: "10.1.2.3/24", normalized_cidr: "10.1.2.0/24" });
    const shown = await req("demo", "GET", `/security-group-rules/${four.json().security_group_rule.id}`);
    expect(shown.json().security_group_rule).toMatchObject({ remote_ip_prefix: "10.1.2.3/24", normalized_cidr: "10.1.2.0/24" });
    const six = await mk({ ethertype: "IPv6", remote_ip_prefix: "FD00:0:0::1/64" });
    expect(six.json().security_group_rule).toMatchObject({ remote_ip_prefix: "fd00::1/64", normalized_cidr: "fd00::/64" });
    const plain = await mk({ protocol: "udp", remote_ip_prefix: "192.168.0.0/16" });
    expect(plain.json().security_group_rule).toMatchObject({ remote_ip_prefix: "192.168.0.0/16", normalized_cidr: "192.168.0.0/16" });
    const none = await mk({ protocol: "icmp" });
    expect(none.json().security_group_rule).toMatchObject({ remote_ip_prefix: null, normalized_cidr: null });
    // The same prefix written with other host bits is another rule for Neutron (its duplicate key compares the prefix as stored).
    expect((await mk({ protocol: "tcp", port_range_min: 8080, port_range_max: 8080, remote_ip_prefix: "10.1.2.4/24" })).statusCode).toBe(201);
    const dup = await mk({ protocol: "tcp", port_range_min: 8080, port_range_max: 8080, remote_ip_prefix: "10.1.2.3/24" });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().NeutronError.type).toBe("SecurityGroupRuleExists");
    const bad = await mk({ remote_ip_prefix: "10.1.2.3/33" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().NeutronError).toEqual({ type: "InvalidCIDR", message: "Invalid CIDR 10.1.2.3/33 given as IP prefix.", detail: "" });
  });
  it("a group used by a port cannot be deleted (409 SecurityGroupInUse)", async () => {
    const net = (await req("demo", "GET", "/networks?name=private")).json().networks[0].id;
    const port = (await req("demo", "POST", "/ports", { port: { network_id: net, security_groups: [sg] } })).json().port;
    const del = await req("demo", "DELETE", `/security-groups/${sg}`);
    expect(del.statusCode).toBe(409);
    expect(del.json().NeutronError).toEqual({ type: "SecurityGroupInUse", message: `Security Group ${sg} in use.`, detail: "" });
    await req("demo", "DELETE", `/ports/${port.id}`);
    expect((await req("demo", "DELETE", `/security-groups/${sg}`)).statusCode).toBe(204);
    expect((await req("demo", "GET", `/security-groups/${sg}`)).statusCode).toBe(404);
  });
  it("a port naming an unknown group is refused (404)", async () => {
    const net = (await req("demo", "GET", "/networks?name=private")).json().networks[0].id;
    const r = await req("demo", "POST", "/ports", { port: { network_id: net, security_groups: ["8f1b3c3e-0000-4000-8000-000000000009"] } });
    expect(r.statusCode).toBe(404);
    expect(r.json().NeutronError.type).toBe("SecurityGroupNotFound");
  });
});
