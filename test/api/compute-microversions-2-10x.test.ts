import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type TestApp } from "../helpers.js";
import { computeHelpers, type User } from "../compute-helpers.js";

/** Microversions 2.101 to 2.104 (nova/api/openstack/compute/rest_api_version_history.rst). */
let t: TestApp;
let imageId: string;
beforeAll(async () => {
  t = await startApp({ env: { NOVASIM_BOOT_TIME_MS: "0", NOVASIM_ACTION_TIME_MS: "0" } });
  imageId = (await t.db.prisma.image.findFirstOrThrow({ where: { name: "cirros-0.6.2-x86_64-disk" }, select: { id: true } })).id;
});
afterAll(() => t.close());

const { as, activeServer, settle } = computeHelpers(() => t, () => imageId);
const call = async (user: User, method: "GET" | "POST" | "PUT" | "DELETE", url: string, v: string, payload?: unknown) =>
  t.app.inject({ method, url: `/compute/v2.1${url}`, headers: await as(user, v), ...(payload !== undefined ? { payload: payload as object } : {}) });

describe("the maximum is 2.104", () => {
  it("is advertised and negotiated; 2.105 is 406", async () => {
    const doc = await t.app.inject({ url: "/compute/" });
    expect(doc.json().versions.find((v: { id: string }) => v.id === "v2.1")).toMatchObject({ version: "2.104", min_version: "2.1" });
    const latest = await call("demo", "GET", "/flavors", "latest");
    expect(latest.headers["openstack-api-version"]).toBe("compute 2.104");
    const over = await call("demo", "GET", "/flavors", "2.105");
    expect(over.statusCode).toBe(406);
    expect(over.json().computeFault.message).toBe("Version 2.105 is not supported by the API. Minimum is 2.1 and maximum is 2.104.");
  });
});

describe("2.101: volume attach answers 202 without a body", () => {
  it("os-volume_attachments lists at 2.100 and 2.101 (the attach itself is in compute-volume-attachments.test.ts)", async () => {
    const id = await activeServer("v101");
    for (const v of ["2.100", "2.101"]) expect((await call("demo", "GET", `/servers/${id}/os-volume_attachments`, v)).json()).toEqual({ volumeAttachments: [] });
  });
});

describe("2.102: flavors", () => {
  it("flavor bodies lose rxtx_factor and OS-FLV-DISABLED:disabled", async () => {
    const old = (await call("demo", "GET", "/flavors/1", "2.101")).json().flavor;
    expect(old).toMatchObject({ rxtx_factor: 1, "OS-FLV-DISABLED:disabled": false });
    const now = (await call("demo", "GET", "/flavors/1", "2.102")).json().flavor;
    expect(now).not.toHaveProperty("rxtx_factor");
    expect(now).not.toHaveProperty("OS-FLV-DISABLED:disabled");
    expect(now).toMatchObject({ id: "1", name: "m1.tiny", ram: 512, vcpus: 1 });
    const detail = (await call("demo", "GET", "/flavors/detail", "2.102")).json().flavors;
    expect(detail.length).toBeGreaterThan(0);
    for (const f of detail) expect(Object.keys(f)).not.toContain("rxtx_factor");
  });

  it("GET /flavors takes a name filter (a regular expression) from 2.102; 2.75-2.101 reject it, earlier versions ignore it", async () => {
    const names = async (v: string, q: string) => (await call("demo", "GET", `/flavors?${q}`, v)).json().flavors.map((f: { name: string }) => f.name);
    expect(await names("2.102", "name=m1.tiny")).toEqual(["m1.tiny"]);
    expect((await names("2.102", "name=%5Em1%5C.(nano%7Cmicro)%24")).sort()).toEqual(["m1.micro", "m1.nano"]);
    const all = await names("2.74", "");
    expect(await names("2.74", "name=m1.tiny")).toEqual(all);
    const mid = await call("demo", "GET", "/flavors?name=m1.tiny", "2.101");
    expect(mid.statusCode).toBe(400);
    expect(mid.json().badRequest.message).toBe("Additional properties are not allowed ('name' was unexpected)");
  });

  it("rxtx_factor is no longer a sort key, nor a field of a new flavor", async () => {
    expect((await call("admin", "GET", "/flavors?sort_key=rxtx_factor", "2.101")).statusCode).toBe(200);
    const sort = await call("admin", "GET", "/flavors?sort_key=rxtx_factor", "2.102");
    expect(sort.statusCode).toBe(400);
    expect(sort.json().badRequest.message).toMatch(/^Invalid input for query parameters sort_key\. Value: rxtx_factor\. 'rxtx_factor' is not one of \[/);
    const body = (name: string) => ({ flavor: { name, ram: 64, vcpus: 1, disk: 0, rxtx_factor: 2 } });
    const old = await call("admin", "POST", "/flavors", "2.101", body("rx-old"));
    expect(old.statusCode).toBe(200);
    expect(old.json().flavor.rxtx_factor).toBe(2);
    const now = await call("admin", "POST", "/flavors", "2.102", body("rx-new"));
    expect(now.statusCode).toBe(400);
    expect(now.json().badRequest.message).toContain("Additional properties are not allowed ('rxtx_factor' was unexpected)");
    const plain = await call("admin", "POST", "/flavors", "2.102", { flavor: { name: "rx-none", ram: 64, vcpus: 1, disk: 0 } });
    expect(plain.statusCode).toBe(200);
    expect(plain.json().flavor).not.toHaveProperty("rxtx_factor");
  });
});

describe("2.102: the GET routes Nova left open take no query parameters", () => {
  it("each answers 200 with an unknown parameter at 2.101 and 400 at 2.102", async () => {
    const id = await activeServer("q102");
    const port = (await call("demo", "GET", `/servers/${id}/os-interface`, "2.1")).json().interfaceAttachments[0].port_id;
    const label = Object.keys((await call("demo", "GET", `/servers/${id}/ips`, "2.1")).json().addresses)[0];
    await call("demo", "PUT", `/servers/${id}/metadata/k`, "2.1", { meta: { k: "v" } });
    const requestId = (await call("demo", "GET", `/servers/${id}/os-instance-actions`, "2.1")).json().instanceActions[0].request_id;
    await call("admin", "POST", "/flavors/1/os-extra_specs", "2.1", { extra_specs: { "hw:cpu_policy": "shared" } });
    const agg = (await call("admin", "POST", "/os-aggregates", "2.1", { aggregate: { name: "q102-agg" } })).json().aggregate.id;
    const group = (await call("demo", "POST", "/os-server-groups", "2.1", { server_group: { name: "q102-sg", policies: ["affinity"] } })).json().server_group.id;
    const routes: [User, string][] = [
      ["admin", "/os-aggregates"],
      ["admin", `/os-aggregates/${agg}`],
      ["demo", `/os-server-groups/${group}`],
      ["demo", `/servers/${id}`],
      ["demo", `/servers/${id}/ips`],
      ["demo", `/servers/${id}/ips/${label}`],
      ["demo", `/servers/${id}/os-interface`],
      ["demo", `/servers/${id}/os-interface/${port}`],
      ["demo", `/servers/${id}/metadata`],
      ["demo", `/servers/${id}/metadata/k`],
      ["demo", `/servers/${id}/os-instance-actions/${requestId}`],
      ["demo", `/servers/${id}/os-security-groups`],
      ["demo", `/servers/${id}/os-server-password`],
      ["admin", `/servers/${id}/diagnostics`],
      ["admin", `/servers/${id}/migrations`],
      ["demo", "/os-availability-zone"],
      ["admin", "/os-availability-zone/detail"],
      ["demo", "/flavors/1"],
      ["demo", "/flavors/1/os-extra_specs"],
      ["demo", "/flavors/1/os-extra_specs/hw:cpu_policy"],
      ["admin", "/os-quota-class-sets/default"],
    ];
    for (const [user, url] of routes) {
      const before = await call(user, "GET", `${url}?foo=1`, "2.101");
      expect(before.statusCode, `${url} at 2.101`).toBe(200);
      const after = await call(user, "GET", `${url}?foo=1&bar=2`, "2.102");
      expect(after.statusCode, `${url} at 2.102`).toBe(400);
      expect(after.json()).toEqual({ badRequest: { code: 400, message: "Additional properties are not allowed ('foo', 'bar' were unexpected)" } });
      expect((await call(user, "GET", url, "2.102")).statusCode, `${url} without a query`).toBe(200);
    }
  });

  it("the check comes before the lookup: an unknown server with a parameter is 400", async () => {
    const r = await call("demo", "GET", "/servers/00000000-0000-4000-8000-000000000000?foo=1", "2.102");
    expect(r.statusCode).toBe(400);
  });
});

describe("2.103: /os-volumes_boot, the old alias of /servers, is gone", () => {
  it("answers as /servers up to 2.102 and 404 from 2.103", async () => {
    const create = await call("demo", "POST", "/os-volumes_boot", "2.102", { server: { name: "vb", imageRef: imageId, flavorRef: "1", networks: "none" } });
    expect(create.statusCode).toBe(202);
    const id = create.json().server.id as string;
    expect(create.json().server.links[0].href).toContain(`/servers/${id}`);
    await settle(0);
    const show = await call("demo", "GET", `/os-volumes_boot/${id}`, "2.102");
    expect(show.json().server).toMatchObject({ id, name: "vb", status: "ACTIVE" });
    const list = (await call("demo", "GET", "/os-volumes_boot/detail", "2.102")).json().servers.map((s: { id: string }) => s.id);
    expect(list).toContain(id);
    expect((await call("demo", "PUT", `/os-volumes_boot/${id}`, "2.102", { server: { name: "vb2" } })).json().server.name).toBe("vb2");
    expect((await call("demo", "POST", `/os-volumes_boot/${id}/action`, "2.102", { "os-stop": null })).statusCode).toBe(202);
    const lock = await call("demo", "POST", `/os-volumes_boot/${id}/action`, "2.102", { lock: null });
    expect(lock.statusCode).toBe(400);
    expect(lock.json().badRequest.message).toBe("There is no such action: lock");
    for (const [method, url] of [
      ["GET", "/os-volumes_boot"],
      ["GET", "/os-volumes_boot/detail"],
      ["GET", `/os-volumes_boot/${id}`],
      ["PUT", `/os-volumes_boot/${id}`],
      ["DELETE", `/os-volumes_boot/${id}`],
      ["POST", `/os-volumes_boot/${id}/action`],
    ] as const) {
      const r = await call("demo", method, url, "2.103", method === "PUT" ? { server: { name: "x" } } : method === "POST" ? { "os-start": null } : undefined);
      expect(r.statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await call("demo", "DELETE", `/os-volumes_boot/${id}`, "2.102")).statusCode).toBe(204);
  });
});

describe("2.104: PUT /servers/{id} takes pinned_availability_zone", () => {
  const put = async (id: string, v: string, server: object) => call("demo", "PUT", `/servers/${id}`, v, { server });
  it("is refused before 2.104", async () => {
    const id = await activeServer("pin-old");
    const r = await put(id, "2.103", { pinned_availability_zone: null });
    expect(r.statusCode).toBe(400);
    expect(r.json().badRequest.message).toContain("Additional properties are not allowed ('pinned_availability_zone' was unexpected)");
  });

  it("unpins, re-pins to the current zone only, and refuses a change of pinned zone", async () => {
    const create = await call("demo", "POST", "/servers", "2.104", { server: { name: "pin", imageRef: imageId, flavorRef: "1", networks: "none", availability_zone: "nova" } });
    const id = create.json().server.id as string;
    await settle(0);
    const shown = (await call("demo", "GET", `/servers/${id}`, "2.104")).json().server;
    expect(shown).toMatchObject({ "OS-EXT-AZ:availability_zone": "nova", pinned_availability_zone: "nova" });

    const same = await put(id, "2.104", { pinned_availability_zone: "nova" });
    expect(same.statusCode).toBe(200);
    expect(same.json().server.pinned_availability_zone).toBe("nova");
    const change = await put(id, "2.104", { pinned_availability_zone: "elsewhere" });
    expect(change.statusCode).toBe(409);
    expect(change.json()).toEqual({
      conflictingRequest: { code: 409, message: "Cannot change pinned availability zone directly. Unpin first by setting pinned_availability_zone to null." },
    });

    const unpin = await put(id, "2.104", { pinned_availability_zone: null });
    expect(unpin.statusCode).toBe(200);
    expect(unpin.json().server.pinned_availability_zone).toBeNull();
    expect((await put(id, "2.104", { pinned_availability_zone: null })).statusCode).toBe(200);

    const wrong = await put(id, "2.104", { pinned_availability_zone: "elsewhere" });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().conflictingRequest.message).toBe("Server can only be pinned to its current availability zone 'nova', but 'elsewhere' was requested.");
    const repin = await put(id, "2.104", { pinned_availability_zone: "nova", name: "pinned-again" });
    expect(repin.statusCode).toBe(200);
    expect(repin.json().server).toMatchObject({ pinned_availability_zone: "nova", name: "pinned-again" });
  });

  it("validates the value as Nova's name_or_none", async () => {
    const id = await activeServer("pin-bad");
    for (const bad of ["", 5, "x".repeat(256)]) {
      const r = await put(id, "2.104", { pinned_availability_zone: bad });
      expect(r.statusCode).toBe(400);
      expect(r.json().badRequest.message).toMatch(/^Invalid input for field\/attribute pinned_availability_zone\. Value: .*is not valid under any of the given schemas$/);
    }
  });
});
