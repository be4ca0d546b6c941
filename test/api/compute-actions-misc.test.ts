import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";
import { computeHelpers, type User } from "../compute-helpers.js";
import { neutron } from "./network-helpers.js";

let t: TestApp;
let imageId: string;
let privateNet: string;
beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_BOOT_TIME_MS: "0", NOVASIM_ACTION_TIME_MS: "1000" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
  const nets = await neutron(t)("demo", "GET", "/networks?name=private");
  privateNet = nets.json().networks[0].id;
  // Room for the servers of this file.
  const projects = await t.app.inject({ url: "/identity/v3/projects?name=demo", headers: { "x-auth-token": await t.token("admin") } });
  const demo = projects.json().projects[0].id;
  const q = await t.app.inject({
    method: "PUT",
    url: `/compute/v2.1/os-quota-sets/${demo}`,
    headers: await as("admin"),
    payload: { quota_set: { instances: 100, cores: 200, ram: 1_000_000 } },
  });
  expect(q.statusCode).toBe(200);
});
afterAll(() => t.close());

const { as, settle, activeServer, act } = computeHelpers(() => t, () => imageId);

const get = async (url: string, user: User = "demo", v = "2.1") => t.app.inject({ url: `/compute/v2.1${url}`, headers: await as(user, v) });
const show = async (id: string, user: User = "admin") => (await get(`/servers/${id}`, user)).json().server;
const badRequest = (message: string) => ({ badRequest: { code: 400, message } });
const conflict = (message: string) => ({ conflictingRequest: { code: 409, message } });
async function stopped(name: string) {
  const id = await activeServer(name);
  expect((await act(id, { "os-stop": null })).statusCode).toBe(202);
  await settle();
  expect((await show(id)).status).toBe("SHUTOFF");
  return id;
}
async function actionNames(id: string) {
  const r = await get(`/servers/${id}/os-instance-actions`);
  return r.json().instanceActions.map((a: { action: string }) => a.action) as string[];
}

describe("rescue / unrescue", () => {
  it("answers 200 with the given or a generated adminPass, goes through rescuing to RESCUE, and back with unrescue", async () => {
    const id = await activeServer("r1");
    const res = await act(id, { rescue: { adminPass: "s3cret" } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ adminPass: "s3cret" });
    expect((await show(id))["OS-EXT-STS:task_state"]).toBe("rescuing");
    await settle();
    expect(await show(id)).toMatchObject({ status: "RESCUE", "OS-EXT-STS:vm_state": "rescued", "OS-EXT-STS:task_state": null });
    const again = await act(id, { rescue: null });
    expect(again.json()).toEqual(conflict(`Cannot 'rescue' instance ${id} while it is in vm_state rescued`));
    const un = await act(id, { unrescue: null });
    expect(un.statusCode).toBe(202);
    expect((await show(id))["OS-EXT-STS:task_state"]).toBe("unrescuing");
    await settle();
    expect((await show(id)).status).toBe("ACTIVE");
    expect((await act(id, { unrescue: null })).json()).toEqual(conflict(`Cannot 'unrescue' instance ${id} while it is in vm_state active`));

    const gen = await act(id, { rescue: null });
    expect(gen.json().adminPass).toMatch(/^[A-Za-z0-9]{12}$/);
    await settle();
    expect(await actionNames(id)).toEqual(["rescue", "unrescue", "rescue", "create"]);
  });

  it("validates the body and the rescue image as Nova does", async () => {
    const id = await activeServer("r2");
    expect((await act(id, { rescue: { foo: 1 } })).json()).toEqual(
      badRequest("Invalid input for field/attribute rescue. Value: {'foo': 1}. Additional properties are not allowed ('foo' was unexpected)"),
    );
    expect((await act(id, { rescue: { rescue_image_ref: "nope" } })).statusCode).toBe(400);
    const missing = "2b4c3f7e-0000-4000-8000-000000000000";
    expect((await act(id, { rescue: { rescue_image_ref: missing } })).json()).toEqual(badRequest(`Requested rescue image '${missing}' is not supported`));
    expect((await show(id)).status).toBe("ACTIVE");
    const ok = await act(id, { rescue: { rescue_image_ref: imageId } });
    expect(ok.statusCode).toBe(200);
    await settle();
    expect((await act(id, { rescue: null }, "alt_demo")).statusCode).toBe(404);
  });
});

describe("os-getConsoleOutput", () => {
  it("returns a deterministic boot log with the hostname and IP, tailed by length", async () => {
    const id = await activeServer("console-1");
    const full = await act(id, { "os-getConsoleOutput": {} });
    expect(full.statusCode).toBe(200);
    const output = full.json().output as string;
    const ip = (await show(id)).addresses.private[0].addr as string;
    expect(output).toContain("Linux version");
    expect(output).toContain("Cloud-init v.");
    expect(output).toContain(ip);
    expect(output.endsWith("console-1 login: ")).toBe(true);
    expect(output.split("\n").length).toBeGreaterThan(3);
    expect((await act(id, { "os-getConsoleOutput": { length: null } })).json().output).toBe(output);

    const three = (await act(id, { "os-getConsoleOutput": { length: 3 } })).json().output as string;
    expect(three.split("\n")).toEqual(output.split("\n").slice(-3));
    expect((await act(id, { "os-getConsoleOutput": { length: "3" } })).json().output).toBe(three);
    expect((await act(id, { "os-getConsoleOutput": { length: 0 } })).json().output).toBe("");
    expect((await act(id, { "os-getConsoleOutput": { length: -1 } })).json().output).toBe(output.split("\n").slice(1).join("\n"));
  });

  it("rejects invalid lengths with Nova's messages", async () => {
    const id = await activeServer("console-2");
    const bad = async (length: unknown) => (await act(id, { "os-getConsoleOutput": { length } })).json();
    expect(await bad(-2)).toEqual(badRequest("Invalid input for field/attribute length. Value: -2. -2 is less than the minimum of -1"));
    expect(await bad("abc")).toEqual(badRequest("Invalid input for field/attribute length. Value: abc. 'abc' does not match '^-?[0-9]+$'"));
    expect(await bad(1.5)).toEqual(badRequest("Invalid input for field/attribute length. Value: 1.5. 1.5 is not of type 'integer', 'string', 'null'"));
    expect(await bad(true)).toEqual(badRequest("Invalid input for field/attribute length. Value: True. True is not of type 'integer', 'string', 'null'"));
    expect((await act(id, { "os-getConsoleOutput": { lines: 2 } })).statusCode).toBe(400);
    expect((await act(id, { "os-getConsoleOutput": null })).statusCode).toBe(400);
  });

  it("works for a stopped server, and is 409 while the server has no host", async () => {
    const sid = await stopped("console-3");
    const out = (await act(sid, { "os-getConsoleOutput": { length: 1 } })).json().output;
    expect(out).toContain("reboot: Power down");
    // As a shelved-offloaded server is: no host.
    const hostless = await activeServer("console-4");
    await t.db.prisma.instance.update({ where: { id: hostless }, data: { host: null, node: null }, select: { id: true } });
    expect((await act(hostless, { "os-getConsoleOutput": {} })).json()).toEqual(conflict(`Instance ${hostless} is not ready`));
    expect((await act(hostless, { "os-getVNCConsole": { type: "novnc" } })).json()).toEqual(conflict(`Instance ${hostless} is not ready`));
    expect((await get(`/servers/${hostless}/diagnostics`, "admin")).json()).toEqual(conflict(`Instance ${hostless} is not ready`));
    expect((await act(hostless, { trigger_crash_dump: null }, "demo", "2.17")).json()).toEqual(conflict(`Instance ${hostless} is not ready`));
  });
});

describe("changePassword, os-resetState, trigger_crash_dump", () => {
  it("changePassword: 202 through updating_password; 400 without adminPass; 409 when stopped", async () => {
    const id = await activeServer("pw-1");
    expect((await act(id, { changePassword: {} })).json()).toEqual(
      badRequest("Invalid input for field/attribute changePassword. Value: {}. 'adminPass' is a required property"),
    );
    const res = await act(id, { changePassword: { adminPass: "n3w" } });
    expect(res.statusCode).toBe(202);
    expect(await show(id)).toMatchObject({ status: "PASSWORD", "OS-EXT-STS:task_state": "updating_password" });
    await settle();
    expect(await show(id)).toMatchObject({ status: "ACTIVE", "OS-EXT-STS:task_state": null });
    const sid = await stopped("pw-2");
    expect((await act(sid, { changePassword: { adminPass: "x" } })).json()).toEqual(
      conflict(`Cannot 'changePassword' instance ${sid} while it is in vm_state stopped`),
    );
  });

  it("os-resetState is admin-only, needs no particular state, and abandons the task in progress", async () => {
    const id = await activeServer("reset-1");
    expect((await act(id, { "os-resetState": { state: "error" } })).json()).toEqual({
      forbidden: { code: 403, message: "Policy doesn't allow os_compute_api:os-admin-actions:reset_state to be performed." },
    });
    expect((await act(id, { "os-resetState": { state: "paused" } }, "admin")).statusCode).toBe(400);
    expect((await act(id, { "os-stop": null })).statusCode).toBe(202);
    expect((await show(id))["OS-EXT-STS:task_state"]).toBe("powering-off");
    expect((await act(id, { "os-resetState": { state: "error" } }, "admin")).statusCode).toBe(202);
    expect(await show(id)).toMatchObject({ status: "ERROR", "OS-EXT-STS:vm_state": "error", "OS-EXT-STS:task_state": null });
    await settle();
    expect((await show(id)).status).toBe("ERROR");
    expect((await act(id, { "os-resetState": { state: "active" } }, "admin")).statusCode).toBe(202);
    expect(await show(id)).toMatchObject({ status: "ACTIVE", "OS-EXT-STS:power_state": 1 });
    expect((await actionNames(id)).slice(0, 2)).toEqual(["resetState", "resetState"]);
  });

  it("trigger_crash_dump exists from 2.17, takes null, and keeps the state; 409 when stopped", async () => {
    const id = await activeServer("dump-1");
    expect((await act(id, { trigger_crash_dump: null }, "demo", "2.16")).statusCode).toBe(404);
    expect((await act(id, { trigger_crash_dump: {} }, "demo", "2.17")).json()).toEqual(
      badRequest("Invalid input for field/attribute trigger_crash_dump. Value: {}. {} is not of type 'null'"),
    );
    const res = await act(id, { trigger_crash_dump: null }, "demo", "2.17");
    expect(res.statusCode).toBe(202);
    expect(await show(id)).toMatchObject({ status: "ACTIVE", "OS-EXT-STS:task_state": null });
    expect((await actionNames(id))[0]).toBe("trigger_crash_dump");
    const sid = await stopped("dump-2");
    expect((await act(sid, { trigger_crash_dump: null }, "demo", "2.17")).json()).toEqual(
      conflict(`Cannot 'trigger_crash_dump' instance ${sid} while it is in vm_state stopped`),
    );
  });
});

describe("security groups of a server", () => {
  it("add, list with rules, remove; Nova's errors; not recorded as instance actions", async () => {
    const n = neutron(t);
    const sg = (await n("demo", "POST", "/security-groups", { security_group: { name: "web" } })).json().security_group;
    await n("demo", "POST", "/security-group-rules", { security_group_rule: { security_group_id: sg.id, direction: "ingress", protocol: "tcp", port_range_min: 80, port_range_max: 80 } });
    const id = await activeServer("sg-1");
    expect((await act(id, { addSecurityGroup: { name: "web" } })).statusCode).toBe(202);
    expect((await show(id, "demo")).security_groups.map((g: { name: string }) => g.name).sort()).toEqual(["default", "web"]);

    const list = await get(`/servers/${id}/os-security-groups`);
    expect(list.statusCode).toBe(200);
    const groups = list.json().security_groups as { name: string; id: string; tenant_id: string; rules: unknown[] }[];
    expect(groups.map((g) => g.name)).toEqual(["default", "web"]);
    const web = groups.find((g) => g.name === "web")!;
    expect(web).toMatchObject({ id: sg.id, description: "", tenant_id: sg.tenant_id });
    expect(web.rules).toEqual([
      { id: expect.any(String), parent_group_id: sg.id, ip_protocol: "tcp", from_port: 80, to_port: 80, group: {}, ip_range: { cidr: "0.0.0.0/0" } },
    ]);
    expect(groups.find((g) => g.name === "default")!.rules.length).toBeGreaterThan(0);
    // In use: Nova's proxy refuses to delete it (Tempest test_server_security_groups).
    const del = await t.app.inject({ method: "DELETE", url: `/compute/v2.1/os-security-groups/${sg.id}`, headers: await as("demo") });
    expect(del.statusCode).toBe(400);

    expect((await act(id, { removeSecurityGroup: { name: "web" } })).statusCode).toBe(202);
    expect((await get(`/servers/${id}/os-security-groups`)).json().security_groups.map((g: { name: string }) => g.name)).toEqual(["default"]);
    expect((await act(id, { removeSecurityGroup: { name: "web" } })).json()).toEqual({
      itemNotFound: { code: 404, message: `Security group web not associated with the instance ${id}` },
    });
    expect((await act(id, { addSecurityGroup: { name: "nope" } })).statusCode).toBe(404);
    expect((await act(id, { addSecurityGroup: { name: "  " } })).json()).toEqual(badRequest("Security group name cannot be empty"));
    expect((await act(id, { addSecurityGroup: { name: "" } })).statusCode).toBe(400);
    expect((await act(id, { addSecurityGroup: {} })).statusCode).toBe(400);
    expect(await actionNames(id)).toEqual(["create"]);
    expect((await get(`/servers/${id}/os-security-groups`, "alt_demo")).statusCode).toBe(404);
    expect((await act(id, { addSecurityGroup: { name: "web" } }, "alt_demo")).statusCode).toBe(404);
  });
});

describe("consoles", () => {
  it("legacy actions up to 2.5 answer {console: {type, url}} with a URL on this server", async () => {
    const id = await activeServer("vnc-1");
    const vnc = await act(id, { "os-getVNCConsole": { type: "novnc" } });
    expect(vnc.statusCode).toBe(200);
    expect(vnc.json()).toEqual({ console: { type: "novnc", url: expect.stringMatching(/^http:\/\/[^/]+\/vnc_auto\.html\?path=%3Ftoken%3D[0-9a-f-]{36}$/) } });
    expect((await act(id, { "os-getSPICEConsole": { type: "spice-html5" } })).json().console.url).toMatch(/\/spice_auto\.html\?token=/);
    expect((await act(id, { "os-getSerialConsole": { type: "serial" } })).json().console.url).toMatch(/^ws:\/\//);
    expect((await act(id, { "os-getVNCConsole": { type: "xvpvnc" } })).json()).toEqual(badRequest("Invalid console type xvpvnc"));
    expect((await act(id, { "os-getVNCConsole": { type: "spice-html5" } })).statusCode).toBe(400);
    expect((await act(id, { "os-getVNCConsole": {} })).statusCode).toBe(400);
    expect((await act(id, { "os-getRDPConsole": { type: "rdp-html5" } })).statusCode).toBe(410);
    expect((await act(id, { "os-getVNCConsole": { type: "novnc" } }, "demo", "2.6")).statusCode).toBe(404);
    const sid = await stopped("vnc-2");
    expect((await act(sid, { "os-getVNCConsole": { type: "novnc" } })).json()).toEqual(conflict(`Instance ${sid} is not ready`));
  });

  it("POST remote-consoles from 2.6, with each microversion's protocols and types", async () => {
    const id = await activeServer("rc-1");
    const rc = async (body: unknown, v: string, server = id) =>
      t.app.inject({ method: "POST", url: `/compute/v2.1/servers/${server}/remote-consoles`, headers: await as("demo", v), payload: body as object });
    expect((await rc({ remote_console: { protocol: "vnc", type: "novnc" } }, "2.5")).statusCode).toBe(404);
    const ok = await rc({ remote_console: { protocol: "vnc", type: "novnc" } }, "2.6");
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ remote_console: { protocol: "vnc", type: "novnc", url: expect.stringMatching(/\/vnc_auto\.html\?path=%3Ftoken%3D/) } });
    expect((await rc({ remote_console: { protocol: "serial", type: "serial" } }, "2.6")).json().remote_console.protocol).toBe("serial");
    expect((await rc({ remote_console: { protocol: "mks", type: "webmks" } }, "2.6")).statusCode).toBe(400);
    expect((await rc({ remote_console: { protocol: "mks", type: "webmks" } }, "2.8")).json()).toEqual(badRequest("Unavailable console type webmks."));
    expect((await rc({ remote_console: { protocol: "rdp", type: "rdp-html5" } }, "2.6")).json()).toEqual(badRequest("Unavailable console type rdp."));
    expect((await rc({ remote_console: { protocol: "vnc", type: "serial" } }, "2.6")).json()).toEqual(badRequest("Invalid console type serial"));
    expect((await rc({ remote_console: { protocol: "spice", type: "spice-direct" } }, "2.98")).statusCode).toBe(400);
    expect((await rc({ remote_console: { protocol: "spice", type: "spice-direct" } }, "2.99")).statusCode).toBe(200);
    expect((await rc({ remote_console: { protocol: "vnc" } }, "2.6")).json()).toEqual(
      badRequest("Invalid input for field/attribute remote_console. Value: {'protocol': 'vnc'}. 'type' is a required property"),
    );
    const sid = await stopped("rc-2");
    expect((await rc({ remote_console: { protocol: "vnc", type: "novnc" } }, "2.6", sid)).json()).toEqual(conflict(`Instance ${sid} is not ready`));
  });
});

describe("os-server-password", () => {
  it("shows an empty password and clears with 204; other projects get 404", async () => {
    const id = await activeServer("pass-1");
    const res = await get(`/servers/${id}/os-server-password`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ password: "" });
    const del = await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${id}/os-server-password`, headers: await as("demo") });
    expect(del.statusCode).toBe(204);
    expect(del.body).toBe("");
    expect((await get(`/servers/${id}/os-server-password`, "alt_demo")).statusCode).toBe(404);
  });
});

describe("os-interface", () => {
  it("lists, attaches by network (with tag) and by port, shows and detaches; Neutron sees the same ports", async () => {
    const n = neutron(t);
    const id = await activeServer("if-1");
    const list = await get(`/servers/${id}/os-interface`);
    expect(list.statusCode).toBe(200);
    const ifs = list.json().interfaceAttachments;
    expect(ifs).toHaveLength(1);
    expect(ifs[0]).toEqual({
      net_id: privateNet,
      port_id: expect.any(String),
      mac_addr: expect.stringMatching(/^fa:16:3e(:[0-9a-f]{2}){3}$/),
      port_state: "ACTIVE",
      fixed_ips: [{ subnet_id: expect.any(String), ip_address: expect.any(String) }],
    });
    expect((await get(`/servers/${id}/os-interface`, "demo", "2.70")).json().interfaceAttachments[0].tag).toBeNull();

    const post = async (body: unknown, v = "2.1", server = id) =>
      t.app.inject({ method: "POST", url: `/compute/v2.1/servers/${server}/os-interface`, headers: await as("demo", v), payload: body as object });
    const byNet = await post({ interfaceAttachment: { net_id: privateNet, tag: "data" } }, "2.70");
    expect(byNet.statusCode).toBe(200);
    const netIf = byNet.json().interfaceAttachment;
    expect(netIf).toMatchObject({ net_id: privateNet, port_state: "ACTIVE", tag: "data" });
    expect((await post({ interfaceAttachment: { net_id: privateNet, tag: "x" } }, "2.48")).statusCode).toBe(400);

    const port = (await n("demo", "POST", "/ports", { port: { network_id: privateNet, name: "mine" } })).json().port;
    const byPort = await post({ interfaceAttachment: { port_id: port.id } });
    expect(byPort.json().interfaceAttachment).toEqual({
      net_id: privateNet,
      port_id: port.id,
      mac_addr: port.mac_address,
      port_state: "ACTIVE",
      fixed_ips: port.fixed_ips,
    });
    const neutronPort = (await n("demo", "GET", `/ports/${port.id}`)).json().port;
    expect(neutronPort).toMatchObject({ device_id: id, device_owner: "compute:nova", status: "ACTIVE" });
    expect((await n("demo", "GET", `/ports?device_id=${id}`)).json().ports).toHaveLength(3);

    const all = (await get(`/servers/${id}/os-interface`, "demo", "2.70")).json().interfaceAttachments;
    expect(all.map((i: { port_id: string }) => i.port_id).sort()).toEqual([ifs[0].port_id, netIf.port_id, port.id].sort());
    expect(all.find((i: { port_id: string }) => i.port_id === netIf.port_id).tag).toBe("data");
    const one = await get(`/servers/${id}/os-interface/${port.id}`);
    expect(one.json().interfaceAttachment.port_id).toBe(port.id);
    expect("tag" in one.json().interfaceAttachment).toBe(false);

    // Errors, in Nova's order: body checks, then lock/state, then Neutron.
    expect((await post({ interfaceAttachment: { net_id: privateNet, port_id: port.id } })).json()).toEqual(badRequest("Must not input both network_id and port_id"));
    expect((await post({ interfaceAttachment: { port_id: port.id, fixed_ips: [{ ip_address: "10.0.0.9" }] } })).json()).toEqual(
      badRequest("Must input network_id when request IP address"),
    );
    expect((await post({ interfaceAttachment: { port_id: port.id } })).json()).toEqual(conflict(`Port ${port.id} is still in use.`));
    const ghost = "5a9e2c1d-1111-4222-8333-444455556666";
    expect((await post({ interfaceAttachment: { net_id: ghost } })).json()).toEqual({ itemNotFound: { code: 404, message: `Network ${ghost} could not be found.` } });
    expect((await post({ interfaceAttachment: { port_id: ghost } })).json()).toEqual({ itemNotFound: { code: 404, message: `Port id ${ghost} could not be found.` } });
    expect((await post({ interfaceAttachment: { net_id: "bad" } })).statusCode).toBe(400);
    expect((await get(`/servers/${id}/os-interface/${ghost}`)).statusCode).toBe(404);

    // Detach: Nova's own port is deleted, the user's port is released.
    const del = async (portId: string) => t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${id}/os-interface/${portId}`, headers: await as("demo") });
    expect((await del(netIf.port_id)).statusCode).toBe(202);
    expect((await n("demo", "GET", `/ports/${netIf.port_id}`)).statusCode).toBe(404);
    expect((await del(port.id)).statusCode).toBe(202);
    expect((await n("demo", "GET", `/ports/${port.id}`)).json().port).toMatchObject({ device_id: "", device_owner: "", status: "DOWN" });
    expect((await get(`/servers/${id}/os-interface`)).json().interfaceAttachments.map((i: { port_id: string }) => i.port_id)).toEqual([ifs[0].port_id]);
    expect((await actionNames(id)).slice(0, 4)).toEqual(["detach_interface", "detach_interface", "attach_interface", "attach_interface"]);
  });

  it("attach without a network picks the project's network; refused in a state Nova refuses", async () => {
    const id = await activeServer("if-2");
    const res = await t.app.inject({ method: "POST", url: `/compute/v2.1/servers/${id}/os-interface`, headers: await as("demo"), payload: { interfaceAttachment: {} } });
    expect(res.statusCode).toBe(200);
    expect(res.json().interfaceAttachment.net_id).toBe(privateNet);
    expect((await act(id, { rescue: null })).statusCode).toBe(200);
    await settle();
    const refused = await t.app.inject({ method: "POST", url: `/compute/v2.1/servers/${id}/os-interface`, headers: await as("demo"), payload: { interfaceAttachment: {} } });
    expect(refused.json()).toEqual(conflict(`Cannot 'attach_interface' instance ${id} while it is in vm_state rescued`));
    const refusedDel = await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${id}/os-interface/${res.json().interfaceAttachment.port_id}`, headers: await as("demo") });
    expect(refusedDel.json()).toEqual(conflict(`Cannot 'detach_interface' instance ${id} while it is in vm_state rescued`));
  });
});

describe("diagnostics", () => {
  it("admin only; the driver's dict before 2.48 and the standard model from 2.48, consistent with the flavor", async () => {
    const id = await activeServer("diag-1", "2");
    expect((await get(`/servers/${id}/diagnostics`, "demo")).statusCode).toBe(403);
    t.clock.advance(120_000);
    const legacy = await get(`/servers/${id}/diagnostics`, "admin");
    expect(legacy.statusCode).toBe(200);
    expect(legacy.json()).toMatchObject({ memory: 2048 * 1024, cpu0_time: expect.any(Number), vda_read: expect.any(Number) });
    const std = (await get(`/servers/${id}/diagnostics`, "admin", "2.48")).json();
    expect(std).toMatchObject({
      state: "running",
      driver: "libvirt",
      hypervisor: "kvm",
      config_drive: false,
      num_cpus: 1,
      num_nics: 1,
      num_disks: 1,
      memory_details: { maximum: 2048 * 1024, used: expect.any(Number) },
    });
    expect(std.uptime).toBeGreaterThanOrEqual(120);
    expect(std.cpu_details).toHaveLength(1);
    expect(Object.keys(std.nic_details[0]).sort()).toEqual(
      ["mac_address", "rx_drop", "rx_errors", "rx_octets", "rx_packets", "rx_rate", "tx_drop", "tx_errors", "tx_octets", "tx_packets", "tx_rate"],
    );
    expect(std.nic_details[0].mac_address).toBe((await get(`/servers/${id}/os-interface`)).json().interfaceAttachments[0].mac_addr);
    const sid = await stopped("diag-2");
    expect((await get(`/servers/${sid}/diagnostics`, "admin", "2.48")).json()).toEqual(
      conflict(`Cannot 'get_diagnostics' instance ${sid} while it is in power state shutdown`),
    );
  });
});
