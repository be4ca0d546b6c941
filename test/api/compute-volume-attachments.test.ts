import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";
import { computeHelpers, type User } from "../compute-helpers.js";

/** Nova's os-volume_attachments over the simulated Cinder, volumes in server views, detach on delete. */
let t: TestApp;
let imageId: string;
const projects: Record<string, string> = {};
beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_BOOT_TIME_MS: "0", NOVASIM_ACTION_TIME_MS: "0" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
  const res = await t.app.inject({ url: "/identity/v3/projects", headers: { "x-auth-token": await t.token("admin") } });
  for (const p of res.json().projects as { id: string; name: string }[]) projects[p.name] = p.id;
  // Room for this file's volumes (Cinder's default is 10 per project).
  const q = await t.app.inject({ method: "PUT", url: `/volume/v3/${projects.admin}/os-quota-sets/${projects.demo}`, headers: { "x-auth-token": await t.token("admin") }, payload: { quota_set: { volumes: 50 } } });
  expect(q.statusCode).toBe(200);
});
afterAll(() => t.close());

const { as, activeServer, act, settle } = computeHelpers(() => t, () => imageId);

async function volume(user: User = "demo", size = 1) {
  const res = await t.app.inject({ method: "POST", url: `/volume/v3/${projects[user]}/volumes`, headers: { "x-auth-token": await t.token(user) }, payload: { volume: { size } } });
  expect(res.statusCode).toBe(202);
  return res.json().volume.id as string;
}
const cinder = async (id: string, user: User = "demo") =>
  (await t.app.inject({ url: `/volume/v3/${projects[user]}/volumes/${id}`, headers: { "x-auth-token": await t.token(user) } }));
const nova = async (method: "GET" | "POST" | "PUT" | "DELETE", url: string, v = "2.1", payload?: unknown, user: User = "demo") =>
  t.app.inject({ method, url: `/compute/v2.1${url}`, headers: await as(user, v), ...(payload !== undefined ? { payload: payload as object } : {}) });
const attach = (server: string, volumeId: string, v = "2.1", extra: Record<string, unknown> = {}, user: User = "demo") =>
  nova("POST", `/servers/${server}/os-volume_attachments`, v, { volumeAttachment: { volumeId, ...extra } }, user);

describe("attach, list, show, detach", () => {
  it("attaches as /dev/vdb, the volume goes in-use with the attachment, the server view lists it", async () => {
    const server = await activeServer("va1");
    const vol = await volume();
    const res = await attach(server, vol);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ volumeAttachment: { id: vol, serverId: server, volumeId: vol, device: "/dev/vdb" } });
    const v = (await cinder(vol)).json().volume;
    expect(v.status).toBe("in-use");
    expect(v.attachments).toEqual([{ id: vol, attachment_id: expect.any(String), volume_id: vol, server_id: server, host_name: null, device: "/dev/vdb", attached_at: expect.any(String) }]);
    const list = await nova("GET", `/servers/${server}/os-volume_attachments`);
    expect(list.json()).toEqual({ volumeAttachments: [{ id: vol, volumeId: vol, serverId: server, device: "/dev/vdb" }] });
    const shown = await nova("GET", `/servers/${server}/os-volume_attachments/${vol}`);
    expect(shown.json()).toEqual({ volumeAttachment: { id: vol, volumeId: vol, serverId: server, device: "/dev/vdb" } });
    expect((await nova("GET", `/servers/${server}`)).json().server["os-extended-volumes:volumes_attached"]).toEqual([{ id: vol }]);
    expect((await nova("GET", `/servers/${server}`, "2.3")).json().server["os-extended-volumes:volumes_attached"]).toEqual([{ id: vol, delete_on_termination: false }]);
    // A second volume gets the next device; the same one again is 400.
    const vol2 = await volume();
    expect((await attach(server, vol2)).json().volumeAttachment.device).toBe("/dev/vdc");
    const again = await attach(server, vol);
    expect(again.statusCode).toBe(400);
    expect(again.json()).toEqual({ badRequest: { code: 400, message: `Invalid volume: volume ${vol} already attached` } });
  });

  it("shapes per microversion: tag 2.70, delete_on_termination 2.79, attachment_id/bdm_uuid without id 2.89, no body 2.101", async () => {
    const server = await activeServer("va2");
    const vol = await volume();
    const res = await attach(server, vol, "2.79", { tag: "data", delete_on_termination: true });
    expect(res.json().volumeAttachment).toEqual({ id: vol, serverId: server, volumeId: vol, device: "/dev/vdb", tag: "data", delete_on_termination: true });
    const tagBefore = await attach(server, await volume(), "2.48", { tag: "x" });
    expect(tagBefore.statusCode).toBe(400);
    expect((await nova("GET", `/servers/${server}/os-volume_attachments`, "2.70")).json().volumeAttachments[0]).toEqual({ id: vol, volumeId: vol, serverId: server, device: "/dev/vdb", tag: "data" });
    const v289 = (await nova("GET", `/servers/${server}/os-volume_attachments/${vol}`, "2.89")).json().volumeAttachment;
    expect(Object.keys(v289).sort()).toEqual(["attachment_id", "bdm_uuid", "delete_on_termination", "device", "serverId", "tag", "volumeId"]);
    const vol2 = await volume();
    const noBody = await attach(server, vol2, "2.101");
    expect(noBody.statusCode).toBe(202);
    expect(noBody.body).toBe("");
    const strict = await nova("GET", `/servers/${server}/os-volume_attachments?foo=1`, "2.75");
    expect(strict.statusCode).toBe(400);
  });

  it("detaches: the volume becomes available and the attachment is gone; instance actions record both", async () => {
    const server = await activeServer("va3");
    const vol = await volume();
    await attach(server, vol);
    const res = await nova("DELETE", `/servers/${server}/os-volume_attachments/${vol}`);
    expect(res.statusCode).toBe(202);
    expect((await cinder(vol)).json().volume).toMatchObject({ status: "available", attachments: [] });
    expect((await nova("GET", `/servers/${server}/os-volume_attachments`)).json().volumeAttachments).toEqual([]);
    const missing = await nova("DELETE", `/servers/${server}/os-volume_attachments/${vol}`);
    expect(missing.json()).toEqual({ itemNotFound: { code: 404, message: `Instance ${server} is not attached to volume ${vol}` } });
    const actions = (await nova("GET", `/servers/${server}/os-instance-actions`)).json().instanceActions.map((a: { action: string }) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["attach_volume", "detach_volume"]));
  });

  it("refuses another project's volume (404), a missing one, and a reader or another project's server", async () => {
    const server = await activeServer("va4");
    const alien = await volume("alt_demo");
    const res = await attach(server, alien);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ itemNotFound: { code: 404, message: `Volume ${alien} could not be found.` } });
    const other = await attach(server, await volume("alt_demo"), "2.1", {}, "alt_demo");
    expect(other.statusCode).toBe(404);
  });

  it("follows the lifecycle guard: 409 while the server is locked (non-admin) and in a state Nova refuses", async () => {
    const server = await activeServer("va5");
    expect((await act(server, { lock: null })).statusCode).toBe(202);
    const locked = await attach(server, await volume());
    expect(locked.statusCode).toBe(409);
    expect((await act(server, { unlock: null })).statusCode).toBe(202);
    expect((await act(server, { suspend: null })).statusCode).toBe(202);
    await settle(0);
    const suspended = await attach(server, await volume());
    expect(suspended.json()).toEqual({ conflictingRequest: { code: 409, message: `Cannot 'attach_volume' instance ${server} while it is in vm_state suspended` } });
  });

  it("swap is admin-only and Cinder's (409 when the volume is not migrating)", async () => {
    const server = await activeServer("va6");
    const vol = await volume();
    await attach(server, vol);
    const vol2 = await volume();
    const member = await nova("PUT", `/servers/${server}/os-volume_attachments/${vol}`, "2.1", { volumeAttachment: { volumeId: vol2 } });
    expect(member.statusCode).toBe(403);
    const admin = await nova("PUT", `/servers/${server}/os-volume_attachments/${vol}`, "2.1", { volumeAttachment: { volumeId: vol2 } }, "admin");
    expect(admin.statusCode).toBe(409);
    expect(admin.json().conflictingRequest.message).toBe(`volume ${vol} is not migrating; this API should only be called by Cinder`);
    // From 2.85 the same volume id updates delete_on_termination (member).
    const upd = await nova("PUT", `/servers/${server}/os-volume_attachments/${vol}`, "2.85", { volumeAttachment: { volumeId: vol, delete_on_termination: true } });
    expect(upd.statusCode).toBe(202);
    expect((await nova("GET", `/servers/${server}/os-volume_attachments/${vol}`, "2.79")).json().volumeAttachment.delete_on_termination).toBe(true);
  });
});

describe("policies", () => {
  it("a reader of the project lists and shows attachments but cannot attach or detach", async () => {
    const server = await activeServer("vp1");
    const vol = await volume();
    await attach(server, vol);
    const admin = { "x-auth-token": await t.token("admin") };
    const altUser = (await t.app.inject({ url: "/identity/v3/users?name=alt_demo", headers: admin })).json().users[0].id;
    const reader = (await t.app.inject({ url: "/identity/v3/roles?name=reader", headers: admin })).json().roles[0].id;
    expect((await t.app.inject({ method: "PUT", url: `/identity/v3/projects/${projects.demo}/users/${altUser}/roles/${reader}`, headers: admin })).statusCode).toBe(204);
    const login = await t.app.inject({
      method: "POST",
      url: "/identity/v3/auth/tokens?nocatalog",
      payload: { auth: { identity: { methods: ["password"], password: { user: { name: "alt_demo", domain: { name: "Default" }, password: "alt_demo" } } }, scope: { project: { id: projects.demo } } } },
    });
    const h = { "x-auth-token": login.headers["x-subject-token"] as string };
    const list = await t.app.inject({ url: `/compute/v2.1/servers/${server}/os-volume_attachments`, headers: h });
    expect(list.statusCode).toBe(200);
    expect(list.json().volumeAttachments).toHaveLength(1);
    const post = await t.app.inject({ method: "POST", url: `/compute/v2.1/servers/${server}/os-volume_attachments`, headers: h, payload: { volumeAttachment: { volumeId: await volume() } } });
    expect(post.statusCode).toBe(403);
    expect(post.json()).toEqual({ forbidden: { code: 403, message: "Policy doesn't allow os_compute_api:os-volumes-attachments:create to be performed." } });
    const del = await t.app.inject({ method: "DELETE", url: `/compute/v2.1/servers/${server}/os-volume_attachments/${vol}`, headers: h });
    expect(del.statusCode).toBe(403);
  });
});

describe("server delete", () => {
  it("detaches the volumes and deletes those with delete_on_termination", async () => {
    const server = await activeServer("vd1");
    const keep = await volume();
    const drop = await volume();
    await attach(server, keep);
    await attach(server, drop, "2.79", { delete_on_termination: true });
    expect((await nova("DELETE", `/servers/${server}`)).statusCode).toBe(204);
    await settle(0);
    expect((await cinder(keep)).json().volume).toMatchObject({ status: "available", attachments: [] });
    expect((await cinder(drop)).statusCode).toBe(404);
  });
});
