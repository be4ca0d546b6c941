import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";
import { neutron } from "./network-helpers.js";

let t: TestApp;
let req: ReturnType<typeof neutron>;
let demo = "";
let alt = "";
let demoNet = "";
beforeAll(async () => {
  t = await startApp();
  req = neutron(t);
  const id = async (name: string) => (await t.db.prisma.project.findFirstOrThrow({ where: { name }, select: { id: true } })).id;
  demo = await id("demo");
  alt = await id("alt_demo");
  demoNet = (await t.db.prisma.network.findFirstOrThrow({ where: { name: "private", projectId: demo }, select: { id: true } })).id;
});
afterAll(() => t.close());

const err = (type: string, message: string) => ({ NeutronError: { type, message, detail: "" } });
const DEFAULTS = {
  floatingip: 50,
  network: 100,
  port: 500,
  rbac_policy: 10,
  router: 10,
  security_group: 10,
  security_group_rule: 100,
  subnet: 100,
  subnetpool: -1,
};

/** What the project owns, counted straight from the tables. */
async function owned(projectId: string) {
  const where = { projectId };
  const p = t.db.prisma;
  return {
    network: await p.network.count({ where }),
    subnet: await p.subnet.count({ where }),
    port: await p.port.count({ where }),
    security_group: await p.securityGroup.count({ where }),
    security_group_rule: await p.securityGroupRule.count({ where }),
  };
}

describe("reading quotas", () => {
  it("a member reads its own project's quotas and the defaults", async () => {
    const res = await req("demo", "GET", `/quotas/${demo}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ quota: DEFAULTS });
    const d = await req("demo", "GET", `/quotas/${demo}/default`);
    expect(d.statusCode).toBe(200);
    expect(d.json()).toEqual({ quota: DEFAULTS });
  });

  it("details count what the project owns; details.json is the same", async () => {
    await req("demo", "GET", "/security-groups"); // makes the default group, as Neutron does on first use
    const res = await req("demo", "GET", `/quotas/${demo}/details`);
    expect(res.statusCode).toBe(200);
    const q = res.json().quota;
    const used = await owned(demo);
    expect(used.network).toBeGreaterThan(0);
    expect(used.security_group_rule).toBeGreaterThanOrEqual(4);
    for (const [r, n] of Object.entries(used)) expect(q[r]).toEqual({ limit: DEFAULTS[r as keyof typeof DEFAULTS], used: n, reserved: 0 });
    // The seed's router1; no floating IPs or RBAC policies yet.
    expect(q.router.used).toBe(1);
    for (const r of ["floatingip", "rbac_policy"]) expect(q[r].used).toBe(0);
    expect(q.subnetpool).toEqual({ limit: -1, used: 0, reserved: 0 });
    expect(Object.keys(q).sort()).toEqual(Object.keys(DEFAULTS));
    const json = await req("demo", "GET", `/quotas/${demo}/details.json`);
    expect(json.json()).toEqual(res.json());
  });

  it("another project's quotas are refused to a member (policy 403, AdminRequired for details)", async () => {
    const res = await req("demo", "GET", `/quotas/${alt}`);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual(err("PolicyNotAuthorized", "rule:get_quota is disallowed by policy"));
    expect((await req("demo", "GET", `/quotas/${alt}/default`)).statusCode).toBe(403);
    const d = await req("demo", "GET", `/quotas/${alt}/details`);
    expect(d.statusCode).toBe(403);
    expect(d.json()).toEqual(
      err("AdminRequired", "User does not have admin privileges: Only admin is authorized to access quotas for another project."),
    );
    expect((await req("demo", "GET", "/quotas")).json()).toEqual(err("PolicyNotAuthorized", "rule:get_quota is disallowed by policy"));
  });

  it("an admin reads any project's quotas and details", async () => {
    expect((await req("admin", "GET", `/quotas/${alt}`)).json()).toEqual({ quota: DEFAULTS });
    const d = await req("admin", "GET", `/quotas/${alt}/details`);
    expect(d.statusCode).toBe(200);
    expect(d.json().quota.network.used).toBe((await owned(alt)).network);
  });

  it("quotas/project and quotas/tenant name the caller's project", async () => {
    expect((await req("demo", "GET", "/quotas/project")).json()).toEqual({ project: { project_id: demo } });
    expect((await req("demo", "GET", "/quotas/tenant")).json()).toEqual({ tenant: { tenant_id: demo } });
  });

  it("POST on the collection is not supported (501)", async () => {
    const res = await req("admin", "POST", "/quotas", { quota: { network: 1 } });
    expect(res.statusCode).toBe(501);
    expect(res.json()).toEqual(err("HTTPNotImplemented", "POST requests are not supported on this resource."));
  });

  it("the extensions are listed", async () => {
    const aliases = ((await req("demo", "GET", "/extensions")).json().extensions as { alias: string }[]).map((e) => e.alias);
    expect(aliases).toEqual(expect.arrayContaining(["quotas", "quota_details", "quota-check-limit"]));
    expect((await req("demo", "GET", "/extensions/quotas")).json().extension.name).toBe("Quota management support");
  });
});

describe("updating and resetting quotas", () => {
  it("only admins update and reset", async () => {
    const put = await req("demo", "PUT", `/quotas/${demo}`, { quota: { network: 5 } });
    expect(put.statusCode).toBe(403);
    expect(put.json()).toEqual(err("PolicyNotAuthorized", "rule:update_quota is disallowed by policy"));
    const del = await req("demo", "DELETE", `/quotas/${demo}`);
    expect(del.json()).toEqual(err("PolicyNotAuthorized", "rule:delete_quota is disallowed by policy"));
  });

  it("updates some limits and returns the whole set; integers may come as strings", async () => {
    const res = await req("admin", "PUT", `/quotas/${alt}`, { quota: { network: 7, port: "60", subnetpool: 3, force: true } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ quota: { ...DEFAULTS, network: 7, port: 60, subnetpool: 3 } });
    expect((await req("alt_demo", "GET", `/quotas/${alt}`)).json().quota.network).toBe(7);
    expect((await req("admin", "GET", `/quotas/${alt}/default`)).json()).toEqual({ quota: DEFAULTS });
    const list = await req("admin", "GET", "/quotas");
    expect(list.statusCode).toBe(200);
    expect(list.json().quotas).toEqual([{ ...DEFAULTS, network: 7, port: 60, subnetpool: 3, project_id: alt, tenant_id: alt }]);
  });

  it("rejects bad bodies with Neutron's messages", async () => {
    const put = (payload: unknown) => req("admin", "PUT", `/quotas/${alt}`, payload);
    let r = await put({ quota: { network: 1, bogus: 2 } });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toEqual(err("HTTPBadRequest", "Unrecognized attribute(s) 'bogus'"));
    r = await put({ quota: { network: "abc" } });
    expect(r.json()).toEqual(err("InvalidInput", "Invalid input for operation: 'abc' is not an integer."));
    r = await put({ quota: { network: null } });
    expect(r.json()).toEqual(err("InvalidInput", "Invalid input for operation: 'None' is not an integer."));
    r = await put({ quota: { port: -2 } });
    expect(r.json()).toEqual(err("HTTPBadRequest", "Invalid input for port. Reason: '-2' is too small - must be at least '-1'."));
    r = await put({ quota: { port: 2147483648 } });
    expect(r.json()).toEqual(
      err("HTTPBadRequest", "Invalid input for port. Reason: '2147483648' is too large - must be no larger than '2147483647'."),
    );
    r = await put({ network: 1 });
    expect(r.json()).toEqual(err("HTTPBadRequest", "Unable to find 'quota' in request body"));
    r = await put({ quota: [1] });
    expect(r.json()).toEqual(err("HTTPBadRequest", "Object 'quota' contains invalid data"));
    expect((await req("admin", "GET", `/quotas/${alt}`)).json().quota.network).toBe(7);
  });

  it("check_limit refuses a limit below usage; -1 always passes", async () => {
    const used = (await owned(alt)).security_group_rule;
    expect(used).toBeGreaterThan(0);
    const r = await req("admin", "PUT", `/quotas/${alt}`, { quota: { security_group_rule: used - 1, check_limit: true } });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toEqual(
      err("HTTPBadRequest", `Quota limit ${used - 1} for security_group_rule must be greater than or equal to already used ${used}`),
    );
    expect((await req("admin", "PUT", `/quotas/${alt}`, { quota: { security_group_rule: -1, check_limit: true } })).statusCode).toBe(200);
    // Without check_limit (Zed's default) the limit is stored as asked.
    const ok = await req("admin", "PUT", `/quotas/${alt}`, { quota: { security_group_rule: 0 } });
    expect(ok.json().quota.security_group_rule).toBe(0);
  });

  it("DELETE resets to the defaults (204), then 404 when nothing is set", async () => {
    const r = await req("admin", "DELETE", `/quotas/${alt}`);
    expect(r.statusCode).toBe(204);
    expect(r.body).toBe("");
    expect((await req("admin", "GET", `/quotas/${alt}`)).json()).toEqual({ quota: DEFAULTS });
    const again = await req("admin", "DELETE", `/quotas/${alt}`);
    expect(again.statusCode).toBe(404);
    expect(again.json()).toEqual(err("TenantQuotaNotFound", `Quota for project ${alt} could not be found.`));
    expect((await req("admin", "GET", "/quotas")).json()).toEqual({ quotas: [] });
  });
});

describe("enforcement on create", () => {
  const setQuota = async (quota: Record<string, number>) =>
    expect((await req("admin", "PUT", `/quotas/${demo}`, { quota })).statusCode).toBe(200);
  afterAll(async () => {
    await req("admin", "DELETE", `/quotas/${demo}`);
  });

  it("networks: one more fits, the next is OverQuota (409); bulk creates count every item", async () => {
    const used = (await owned(demo)).network;
    await setQuota({ network: used + 1 });
    expect((await req("demo", "POST", "/networks", { network: { name: "q1" } })).statusCode).toBe(201);
    const over = await req("demo", "POST", "/networks", { network: { name: "q2" } });
    expect(over.statusCode).toBe(409);
    expect(over.json()).toEqual(err("OverQuota", "Quota exceeded for resources: ['network']."));
    await setQuota({ network: used + 2 });
    const bulk = await req("demo", "POST", "/networks", { networks: [{ name: "b1" }, { name: "b2" }] });
    expect(bulk.statusCode).toBe(409);
    expect((await owned(demo)).network).toBe(used + 1);
    // Another project is not affected, and an admin creating for demo is held to demo's quota.
    expect((await req("alt_demo", "POST", "/networks", { network: { name: "alt-q" } })).statusCode).toBe(201);
    expect((await req("admin", "POST", "/networks", { networks: [{ name: "a1", project_id: demo }, { name: "a2", project_id: demo }] })).statusCode).toBe(409);
    expect((await req("admin", "POST", "/networks", { network: { name: "a1", project_id: demo } })).statusCode).toBe(201);
    // -1: unlimited.
    await setQuota({ network: -1 });
    expect((await req("demo", "POST", "/networks", { network: { name: "q3" } })).statusCode).toBe(201);
  });

  it("subnets, ports, security groups and rules", async () => {
    const used = await owned(demo);
    await setQuota({ subnet: used.subnet, port: used.port, security_group: used.security_group, security_group_rule: used.security_group_rule });
    const sub = await req("demo", "POST", "/subnets", { subnet: { network_id: demoNet, cidr: "10.9.0.0/24", ip_version: 4 } });
    expect(sub.json()).toEqual(err("OverQuota", "Quota exceeded for resources: ['subnet']."));
    const port = await req("demo", "POST", "/ports", { port: { network_id: demoNet } });
    expect(port.statusCode).toBe(409);
    expect(port.json()).toEqual(err("OverQuota", "Quota exceeded for resources: ['port']."));
    const grp = await req("demo", "POST", "/security-groups", { security_group: { name: "g" } });
    expect(grp.json()).toEqual(err("OverQuota", "Quota exceeded for resources: ['security_group']."));
    const dflt = (await req("demo", "GET", "/security-groups?name=default")).json().security_groups[0].id;
    const rule = await req("demo", "POST", "/security-group-rules", {
      security_group_rule: { security_group_id: dflt, direction: "ingress", protocol: "tcp", port_range_min: 22, port_range_max: 22 },
    });
    expect(rule.json()).toEqual(err("OverQuota", "Quota exceeded for resources: ['security_group_rule']."));
    expect(await owned(demo)).toEqual(used);

    // Input errors still come first (Neutron validates the body before the quota).
    const bad = await req("demo", "POST", "/ports", { port: { network_id: demoNet, bogus: 1 } });
    expect(bad.statusCode).toBe(400);

    await setQuota({ port: used.port + 1, subnet: used.subnet + 1 });
    expect((await req("demo", "POST", "/ports", { port: { network_id: demoNet } })).statusCode).toBe(201);
    expect((await req("demo", "POST", "/subnets", { subnet: { network_id: demoNet, cidr: "10.9.0.0/24", ip_version: 4 } })).statusCode).toBe(201);
    const d = (await req("demo", "GET", `/quotas/${demo}/details`)).json().quota;
    expect(d.port).toEqual({ limit: used.port + 1, used: used.port + 1, reserved: 0 });
  });
});
