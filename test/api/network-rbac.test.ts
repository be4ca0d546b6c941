import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readerToken as readerTokenOf, startApp, type TestApp } from "../helpers.js";
import { neutron } from "./network-helpers.js";

/**
 * Neutron's secure-RBAC defaults (neutron/conf/policies/*.py): a reader on a
 * project reads its resources but writes none of them; a member writes in its
 * project. Each refused write is 403 PolicyNotAuthorized naming the rule.
 */
let t: TestApp;
let req: ReturnType<typeof neutron>;
let readerToken = "";
const ids = { network: "", subnet: "", port: "", group: "", rule: "" };

beforeAll(async () => {
  t = await startApp();
  req = neutron(t);
  readerToken = await readerTokenOf(t, "demo_reader");

  // What the member of demo made, for the reader to try to change.
  ids.network = (await req("demo", "POST", "/networks", { network: { name: "rbac-net" } })).json().network.id;
  ids.subnet = (await req("demo", "POST", "/subnets", { subnet: { network_id: ids.network, cidr: "10.77.0.0/24", ip_version: 4 } })).json().subnet.id;
  ids.port = (await req("demo", "POST", "/ports", { port: { network_id: ids.network } })).json().port.id;
  ids.group = (await req("demo", "POST", "/security-groups", { security_group: { name: "rbac-sg" } })).json().security_group.id;
  ids.rule = (await req("demo", "POST", "/security-group-rules", { security_group_rule: { security_group_id: ids.group, direction: "ingress", protocol: "tcp" } })).json()
    .security_group_rule.id;
});
afterAll(() => t.close());

const asReader = (method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: unknown) =>
  t.app.inject({ method, url: `/networking/v2.0${url}`, headers: { "x-auth-token": readerToken }, ...(payload !== undefined ? { payload: payload as object } : {}) });

describe("a reader on a project (Neutron's secure-RBAC defaults)", () => {
  it("reads the project's networks, subnets, ports, security groups and rules", async () => {
    for (const [url, key] of [
      [`/networks/${ids.network}`, "network"],
      [`/subnets/${ids.subnet}`, "subnet"],
      [`/ports/${ids.port}`, "port"],
      [`/security-groups/${ids.group}`, "security_group"],
      [`/security-group-rules/${ids.rule}`, "security_group_rule"],
    ] as const) {
      const r = await asReader("GET", url);
      expect(r.statusCode, url).toBe(200);
      expect(r.json()[key].id).toBe(url.split("/")[2]);
    }
    const list = await asReader("GET", "/networks?name=rbac-net");
    expect(list.json().networks).toHaveLength(1);
  });

  it.each([
    ["POST", "/networks", () => ({ network: { name: "x" } }), "create_network"],
    ["PUT", () => `/networks/${ids.network}`, () => ({ network: { name: "x" } }), "update_network"],
    ["DELETE", () => `/networks/${ids.network}`, undefined, "delete_network"],
    ["POST", "/subnets", () => ({ subnet: { network_id: ids.network, cidr: "10.78.0.0/24", ip_version: 4 } }), "create_subnet"],
    ["PUT", () => `/subnets/${ids.subnet}`, () => ({ subnet: { name: "x" } }), "update_subnet"],
    ["DELETE", () => `/subnets/${ids.subnet}`, undefined, "delete_subnet"],
    ["POST", "/ports", () => ({ port: { network_id: ids.network } }), "create_port"],
    ["PUT", () => `/ports/${ids.port}`, () => ({ port: { name: "x" } }), "update_port"],
    ["DELETE", () => `/ports/${ids.port}`, undefined, "delete_port"],
    ["POST", "/security-groups", () => ({ security_group: { name: "x" } }), "create_security_group"],
    ["PUT", () => `/security-groups/${ids.group}`, () => ({ security_group: { name: "x" } }), "update_security_group"],
    ["DELETE", () => `/security-groups/${ids.group}`, undefined, "delete_security_group"],
    ["POST", "/security-group-rules", () => ({ security_group_rule: { security_group_id: ids.group, direction: "egress", protocol: "udp" } }), "create_security_group_rule"],
    ["DELETE", () => `/security-group-rules/${ids.rule}`, undefined, "delete_security_group_rule"],
  ] as const)("%s %s -> 403 rule:%s", async (method, url, body, rule) => {
    const r = await asReader(method, typeof url === "function" ? url() : url, body?.());
    expect(r.statusCode).toBe(403);
    expect(r.json()).toEqual({ NeutronError: { type: "PolicyNotAuthorized", message: `rule:${rule} is disallowed by policy`, detail: "" } });
  });

  it("nothing the reader tried changed anything", async () => {
    expect((await req("demo", "GET", `/networks/${ids.network}`)).json().network.name).toBe("rbac-net");
    expect((await req("demo", "GET", `/security-groups/${ids.group}`)).json().security_group.name).toBe("rbac-sg");
    expect((await req("demo", "GET", `/ports/${ids.port}`)).statusCode).toBe(200);
    expect((await req("demo", "GET", `/security-group-rules/${ids.rule}`)).statusCode).toBe(200);
    expect((await req("demo", "GET", "/networks?name=x")).json().networks).toEqual([]);
  });

  it("an admin-only attribute names its rule too; another project's resource stays 404", async () => {
    const shared = await asReader("POST", "/networks", { network: { name: "x", shared: true } });
    expect(shared.statusCode).toBe(403);
    expect(shared.json().NeutronError.message).toBe("(rule:create_network and rule:create_network:shared) is disallowed by policy");
    const other = (await req("alt_demo", "POST", "/networks", { network: { name: "alt-net" } })).json().network.id;
    const r = await asReader("PUT", `/networks/${other}`, { network: { name: "x" } });
    expect(r.statusCode).toBe(404);
    expect(r.json().NeutronError.type).toBe("NetworkNotFound");
  });

  it("a reader may plug a port into a shared network (create_port allows rule:shared), but not set member-only attributes", async () => {
    const shared = (await req("admin", "POST", "/networks", { network: { name: "rbac-shared", shared: true } })).json().network.id;
    await req("admin", "POST", "/subnets", { subnet: { network_id: shared, cidr: "10.79.0.0/24", ip_version: 4 } });
    const ok = await asReader("POST", "/ports", { port: { network_id: shared } });
    expect(ok.statusCode).toBe(201);
    const dev = await asReader("POST", "/ports", { port: { network_id: shared, device_id: "x" } });
    expect(dev.statusCode).toBe(403);
    expect(dev.json().NeutronError.message).toBe("(rule:create_port and rule:create_port:device_id) is disallowed by policy");
  });

  it("the member of the project still writes all of them", async () => {
    expect((await req("demo", "PUT", `/networks/${ids.network}`, { network: { name: "rbac-net2" } })).statusCode).toBe(200);
    expect((await req("demo", "DELETE", `/security-group-rules/${ids.rule}`)).statusCode).toBe(204);
    expect((await req("demo", "DELETE", `/ports/${ids.port}`)).statusCode).toBe(204);
    expect((await req("demo", "DELETE", `/subnets/${ids.subnet}`)).statusCode).toBe(204);
    expect((await req("demo", "DELETE", `/networks/${ids.network}`)).statusCode).toBe(204);
    expect((await req("demo", "DELETE", `/security-groups/${ids.group}`)).statusCode).toBe(204);
  });
});
