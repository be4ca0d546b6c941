import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CIRROS_NAME, CIRROS_VIRTUAL_SIZE, cirrosData } from "../../src/db/seed/images.js";
import { startApp, type TestApp } from "../helpers.js";

let t: TestApp;
let dataDir: string;
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-images-"));
  t = await startApp({ env: { NOVASIM_DATA_DIR: dataDir } });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const as = async (user: "admin" | "demo" | "alt_demo", extra: Record<string, string> = {}) => ({
  "x-auth-token": await t.token(user),
  ...extra,
});
const hash = (algo: string, b: Buffer) => crypto.createHash(algo).update(b).digest("hex");

async function createImage(user: "admin" | "demo" | "alt_demo", body: Record<string, unknown>) {
  const res = await t.app.inject({ method: "POST", url: "/image/v2/images", headers: await as(user), payload: body });
  expect(res.statusCode).toBe(201);
  return res.json() as Record<string, unknown> & { id: string };
}

describe("seeded cirros", () => {
  it("is public, active, owned by admin, with its file and hashes", async () => {
    const res = await t.app.inject({ url: `/image/v2/images?name=${CIRROS_NAME}`, headers: await as("demo") });
    expect(res.statusCode).toBe(200);
    const [img] = res.json().images;
    const data = cirrosData();
    expect(img).toMatchObject({
      name: CIRROS_NAME,
      status: "active",
      visibility: "public",
      disk_format: "qcow2",
      container_format: "bare",
      min_disk: 0,
      size: data.length,
      virtual_size: CIRROS_VIRTUAL_SIZE,
      checksum: hash("md5", data),
      os_hash_algo: "sha512",
      os_hash_value: hash("sha512", data),
    });
    expect(data.subarray(0, 4).toString("latin1")).toBe("QFI\xfb");
    const me = await t.app.inject({ url: "/identity/v3/auth/tokens", headers: { ...(await as("admin")), "x-subject-token": await t.token("admin") } });
    expect(img.owner).toBe(me.json().token.project.id);
    expect(fs.readFileSync(path.join(dataDir, "images", img.id)).equals(data)).toBe(true);
    const dl = await t.app.inject({ url: `/image/v2/images/${img.id}/file`, headers: await as("demo") });
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(data)).toBe(true);
  });
});

describe("create, upload, download", () => {
  it("round-trips the data with size, md5 and sha512, queued -> active", async () => {
    const img = await createImage("demo", { name: "rt", disk_format: "raw", container_format: "bare" });
    expect(img).toMatchObject({ status: "queued", size: null, checksum: null, visibility: "shared" });
    const data = crypto.randomBytes(300_000); // larger than the 112 KiB JSON body limit
    const up = await t.app.inject({
      method: "PUT",
      url: `/image/v2/images/${img.id}/file`,
      headers: await as("demo", { "content-type": "application/octet-stream" }),
      payload: data,
    });
    expect(up.statusCode).toBe(204);
    const show = (await t.app.inject({ url: `/image/v2/images/${img.id}`, headers: await as("demo") })).json();
    expect(show).toMatchObject({
      status: "active",
      size: data.length,
      virtual_size: data.length,
      checksum: hash("md5", data),
      os_hash_algo: "sha512",
      os_hash_value: hash("sha512", data),
    });
    const dl = await t.app.inject({ url: `/image/v2/images/${img.id}/file`, headers: await as("demo") });
    expect(dl.statusCode).toBe(200);
    expect(dl.headers["content-type"]).toBe("application/octet-stream");
    expect(dl.headers["content-md5"]).toBe(hash("md5", data));
    expect(dl.headers["content-length"]).toBe(String(data.length));
    expect(hash("sha512", dl.rawPayload)).toBe(hash("sha512", data));

    // A second upload to an active image is a 409 status transition error.
    const again = await t.app.inject({
      method: "PUT",
      url: `/image/v2/images/${img.id}/file`,
      headers: await as("demo", { "content-type": "application/octet-stream" }),
      payload: Buffer.from("x"),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe("Image status transition from active to saving is not allowed<br /><br />\n\n\n");
  });

  it("queued image: download is 204; upload needs formats and octet-stream", async () => {
    const img = await createImage("demo", { name: "noformats" });
    const dl = await t.app.inject({ url: `/image/v2/images/${img.id}/file`, headers: await as("demo") });
    expect(dl.statusCode).toBe(204);
    expect(dl.body).toBe("");
    const noFmt = await t.app.inject({
      method: "PUT",
      url: `/image/v2/images/${img.id}/file`,
      headers: await as("demo", { "content-type": "application/octet-stream" }),
      payload: Buffer.from("abc"),
    });
    expect(noFmt.statusCode).toBe(400);
    expect(noFmt.json().message).toBe("Properties disk_format, container_format must be set prior to saving data.<br /><br />\n\n\n");
    const wrongType = await t.app.inject({
      method: "PUT",
      url: `/image/v2/images/${img.id}/file`,
      headers: await as("demo", { "content-type": "application/json" }),
      payload: "{}",
    });
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json()).toEqual({
      message: "The request media type application/json is not supported by this server.\n<br /><br />\nInvalid content type application/json",
      code: "415 Unsupported Media Type",
      title: "Unsupported Media Type",
    });
    const still = (await t.app.inject({ url: `/image/v2/images/${img.id}`, headers: await as("demo") })).json();
    expect(still.status).toBe("queued");
  });

  it("another project cannot upload to or see a private image (404)", async () => {
    const img = await createImage("demo", { name: "priv", visibility: "private", disk_format: "raw", container_format: "bare" });
    const up = await t.app.inject({
      method: "PUT",
      url: `/image/v2/images/${img.id}/file`,
      headers: await as("alt_demo", { "content-type": "application/octet-stream" }),
      payload: Buffer.from("abc"),
    });
    expect(up.statusCode).toBe(404);
    expect(up.json().message).toBe(`No image found with ID ${img.id}<br /><br />\n\n\n`);
  });
});

describe("delete", () => {
  it("removes the record and the file", async () => {
    const img = await createImage("demo", { name: "gone", disk_format: "raw", container_format: "bare" });
    await t.app.inject({
      method: "PUT",
      url: `/image/v2/images/${img.id}/file`,
      headers: await as("demo", { "content-type": "application/octet-stream" }),
      payload: Buffer.from("some bytes"),
    });
    const file = path.join(dataDir, "images", img.id);
    expect(fs.existsSync(file)).toBe(true);
    const del = await t.app.inject({ method: "DELETE", url: `/image/v2/images/${img.id}`, headers: await as("demo") });
    expect(del.statusCode).toBe(204);
    expect(fs.existsSync(file)).toBe(false);
    const show = await t.app.inject({ url: `/image/v2/images/${img.id}`, headers: await as("demo") });
    expect(show.statusCode).toBe(404);
    const again = await t.app.inject({ method: "DELETE", url: `/image/v2/images/${img.id}`, headers: await as("demo") });
    expect(again.json().message).toBe(`Failed to find image ${img.id} to delete<br /><br />\n\n\n`);
  });

  it("a protected image is 403 until unprotected", async () => {
    const img = await createImage("demo", { name: "prot", protected: true });
    const del = await t.app.inject({ method: "DELETE", url: `/image/v2/images/${img.id}`, headers: await as("demo") });
    expect(del.statusCode).toBe(403);
    expect(del.json()).toEqual({
      message: `Image ${img.id} is protected and cannot be deleted.<br /><br />\n\n\n`,
      code: "403 Forbidden",
      title: "Forbidden",
    });
    const patch = await t.app.inject({
      method: "PATCH",
      url: `/image/v2/images/${img.id}`,
      headers: await as("demo", { "content-type": "application/openstack-images-v2.1-json-patch" }),
      payload: [{ op: "replace", path: "/protected", value: false }],
    });
    expect(patch.statusCode).toBe(200);
    const ok = await t.app.inject({ method: "DELETE", url: `/image/v2/images/${img.id}`, headers: await as("demo") });
    expect(ok.statusCode).toBe(204);
  });

  it("someone else's visible image: 403 delete_image", async () => {
    const cirros = (await t.app.inject({ url: `/image/v2/images?name=${CIRROS_NAME}`, headers: await as("demo") })).json().images[0];
    const del = await t.app.inject({ method: "DELETE", url: `/image/v2/images/${cirros.id}`, headers: await as("demo") });
    expect(del.statusCode).toBe(403);
    expect(del.json().message).toBe("You are not authorized to complete delete_image action.<br /><br />\n\n\n");
  });
});

describe("deactivate / reactivate", () => {
  it("blocks downloads for non-admins while deactivated", async () => {
    const img = await createImage("demo", { name: "deact", disk_format: "raw", container_format: "bare", visibility: "community" });
    await t.app.inject({
      method: "PUT",
      url: `/image/v2/images/${img.id}/file`,
      headers: await as("demo", { "content-type": "application/octet-stream" }),
      payload: Buffer.from("payload"),
    });
    const notOwner = await t.app.inject({ method: "POST", url: `/image/v2/images/${img.id}/actions/deactivate`, headers: await as("alt_demo") });
    expect(notOwner.statusCode).toBe(403);
    expect(notOwner.json().message).toBe("You are not authorized to complete deactivate action.<br /><br />\n\n\n");

    const d = await t.app.inject({ method: "POST", url: `/image/v2/images/${img.id}/actions/deactivate`, headers: await as("demo") });
    expect(d.statusCode).toBe(204);
    const shown = (await t.app.inject({ url: `/image/v2/images/${img.id}`, headers: await as("demo") })).json();
    expect(shown.status).toBe("deactivated");
    const dl = await t.app.inject({ url: `/image/v2/images/${img.id}/file`, headers: await as("demo") });
    expect(dl.statusCode).toBe(403);
    expect(dl.json().message).toBe("The requested image has been deactivated. Image data download is forbidden.<br /><br />\n\n\n");
    const adminDl = await t.app.inject({ url: `/image/v2/images/${img.id}/file`, headers: await as("admin") });
    expect(adminDl.statusCode).toBe(200);
    expect(adminDl.body).toBe("payload");

    const r = await t.app.inject({ method: "POST", url: `/image/v2/images/${img.id}/actions/reactivate`, headers: await as("demo") });
    expect(r.statusCode).toBe(204);
    const dl2 = await t.app.inject({ url: `/image/v2/images/${img.id}/file`, headers: await as("demo") });
    expect(dl2.statusCode).toBe(200);
  });

  it("a queued image cannot be deactivated", async () => {
    const img = await createImage("demo", { name: "q" });
    const d = await t.app.inject({ method: "POST", url: `/image/v2/images/${img.id}/actions/deactivate`, headers: await as("demo") });
    expect(d.statusCode).toBe(403);
    expect(d.json().message).toBe("Not allowed to deactivate image in status 'queued'<br /><br />\n\n\n");
  });
});

describe("stage and import are not offered", () => {
  it("stage is 404 with Glance's message", async () => {
    const img = await createImage("demo", { name: "st" });
    const res = await t.app.inject({
      method: "PUT",
      url: `/image/v2/images/${img.id}/stage`,
      headers: await as("demo", { "content-type": "application/octet-stream" }),
      payload: Buffer.from("x"),
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toBe("'glance-direct' method is not available at this site.<br /><br />\n\n\n");
  });
});

describe("domain helpers for Nova (boot, snapshots)", () => {
  it("findImageForBoot: Nova's messages for unknown, invisible and inactive images", async () => {
    const { findImageForBoot, createImageRecord, activateImageWithData } = await import("../../src/image/records.js");
    const ctxOf = async (user: "demo" | "alt_demo") => {
      const res = await t.app.inject({ url: "/identity/v3/auth/tokens", headers: { ...(await as(user)), "x-subject-token": await t.token(user) } });
      const tok = res.json().token;
      return {
        userId: tok.user.id,
        projectId: tok.project.id,
        isAdmin: false,
        roleNames: new Set(tok.roles.map((r: { name: string }) => r.name)),
      } as unknown as import("../../src/identity/types.js").AuthContext;
    };
    const demo = await ctxOf("demo");
    const alt = await ctxOf("alt_demo");
    const db = t.db.prisma;
    await expect(findImageForBoot(db, "nope", demo)).rejects.toMatchObject({ code: 400, message: "Image nope could not be found." });

    const snap = await createImageRecord(db, { owner: demo.projectId!, name: "snap", properties: { image_type: "snapshot" }, now: t.clock.now() });
    expect(snap).toMatchObject({ status: "queued", visibility: "private", owner: demo.projectId });
    await expect(findImageForBoot(db, snap.id, demo)).rejects.toMatchObject({ code: 400, message: `Image ${snap.id} is not active.` });
    await expect(findImageForBoot(db, snap.id, alt)).rejects.toMatchObject({ message: `Image ${snap.id} could not be found.` });

    const active = await activateImageWithData(db, dataDir, snap.id, Buffer.from("snapshot bytes"), t.clock.now());
    expect(active).toMatchObject({ status: "active", size: 14, checksum: hash("md5", Buffer.from("snapshot bytes")) });
    const boot = await findImageForBoot(db, `http://x/images/${snap.id}`, demo);
    expect(boot).toEqual({ id: snap.id, name: "snap", status: "active", minDisk: 0, minRam: 0, size: 14, properties: { image_type: "snapshot" }, diskFormat: null });
  });
});
