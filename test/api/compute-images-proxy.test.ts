import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CIRROS_NAME, cirrosData } from "../../src/db/seed/images.js";
import { startApp, type TestApp } from "../helpers.js";

type User = "admin" | "demo" | "alt_demo";
let t: TestApp;
let dataDir: string;
let cirrosId: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-images-"));
  t = await startApp({ env: { NOVASIM_DATA_DIR: dataDir } });
  const res = await t.app.inject({ url: `/image/v2/images?name=${CIRROS_NAME}`, headers: { "x-auth-token": await t.token("demo") } });
  cirrosId = res.json().images[0].id;
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const H = "127.0.0.1:8774";
const as = async (user: User, mv = "2.1") => ({ "x-auth-token": await t.token(user), "x-openstack-nova-api-version": mv, host: H });
const glanceCreate = async (user: User, body: Record<string, unknown>) => {
  const res = await t.app.inject({ method: "POST", url: "/image/v2/images", headers: { "x-auth-token": await t.token(user) }, payload: body });
  expect(res.statusCode).toBe(201);
  t.clock.advance(1000);
  return res.json().id as string;
};

describe("Nova image proxy at 2.1", () => {
  it("GET /images/{id} renders Nova's image view of the seeded cirros", async () => {
    const res = await t.app.inject({ url: `/compute/v2.1/images/${cirrosId}`, headers: await as("demo") });
    expect(res.statusCode).toBe(200);
    expect(res.headers["x-openstack-nova-api-version"]).toBe("2.1");
    const img = res.json().image;
    expect(img).toEqual({
      id: cirrosId,
      name: CIRROS_NAME,
      minRam: 0,
      minDisk: 0,
      metadata: expect.objectContaining({ hw_rng_model: "virtio" }),
      created: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      updated: expect.stringMatching(/Z$/),
      status: "ACTIVE",
      progress: 100,
      "OS-EXT-IMG-SIZE:size": cirrosData().length,
      links: [
        { rel: "self", href: `http://${H}/compute/v2.1/images/${cirrosId}` },
        { rel: "bookmark", href: `http://${H}/compute/images/${cirrosId}` },
        { rel: "alternate", type: "application/vnd.openstack.image", href: `http://${H}/image/images/${cirrosId}` },
      ],
    });
  });

  it("lists basic and detailed views, with SAVING for queued images, server and diskConfig", async () => {
    const id = await glanceCreate("demo", {
      name: "snap-like",
      instance_uuid: "11111111-2222-3333-4444-555555555555",
      auto_disk_config: "True",
    });
    const basic = await t.app.inject({ url: "/compute/v2.1/images", headers: await as("demo") });
    expect(basic.statusCode).toBe(200);
    const entry = basic.json().images.find((i: { id: string }) => i.id === id);
    expect(Object.keys(entry).sort()).toEqual(["id", "links", "name"]);
    const detail = await t.app.inject({ url: "/compute/v2.1/images/detail", headers: await as("demo") });
    const d = detail.json().images.find((i: { id: string }) => i.id === id);
    expect(d).toMatchObject({
      status: "SAVING",
      progress: 25,
      "OS-EXT-IMG-SIZE:size": 0,
      "OS-DCF:diskConfig": "AUTO",
      server: { id: "11111111-2222-3333-4444-555555555555" },
    });
    expect(d.server.links[0]).toEqual({ rel: "self", href: `http://${H}/compute/v2.1/servers/11111111-2222-3333-4444-555555555555` });
    const byName = await t.app.inject({ url: `/compute/v2.1/images/detail?name=${CIRROS_NAME}`, headers: await as("demo") });
    expect(byName.json().images.map((i: { id: string }) => i.id)).toEqual([cirrosId]);
    const byServer = await t.app.inject({ url: "/compute/v2.1/images?server=11111111-2222-3333-4444-555555555555", headers: await as("demo") });
    expect(byServer.json().images.map((i: { id: string }) => i.id)).toEqual([id]);
  });

  it("pages with limit and an images_links next link", async () => {
    const res = await t.app.inject({ url: "/compute/v2.1/images?limit=1", headers: await as("demo") });
    const body = res.json();
    expect(body.images).toHaveLength(1);
    expect(body.images_links).toEqual([{ rel: "next", href: `http://${H}/compute/v2.1/images?limit=1&marker=${body.images[0].id}` }]);
    const next = await t.app.inject({ url: body.images_links[0].href.replace(`http://${H}`, ""), headers: await as("demo") });
    expect(next.json().images[0].id).not.toBe(body.images[0].id);
  });

  it("404 for an unknown or invisible image with Nova's body", async () => {
    const priv = await glanceCreate("alt_demo", { name: "alt-private", visibility: "private" });
    for (const id of ["no-such-image", priv]) {
      const res = await t.app.inject({ url: `/compute/v2.1/images/${id}`, headers: await as("demo") });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ itemNotFound: { code: 404, message: "Image not found." } });
    }
  });

  it("DELETE /images/{id}: 204 for the owner, 403 otherwise, 404 unknown", async () => {
    const id = await glanceCreate("demo", { name: "to-delete" });
    const other = await t.app.inject({ method: "DELETE", url: `/compute/v2.1/images/${cirrosId}`, headers: await as("demo") });
    expect(other.statusCode).toBe(403);
    expect(other.json()).toEqual({ forbidden: { code: 403, message: "You are not allowed to delete the image." } });
    const ok = await t.app.inject({ method: "DELETE", url: `/compute/v2.1/images/${id}`, headers: await as("demo") });
    expect(ok.statusCode).toBe(204);
    const gone = await t.app.inject({ method: "DELETE", url: `/compute/v2.1/images/${id}`, headers: await as("demo") });
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toEqual({ itemNotFound: { code: 404, message: "Image not found." } });
  });

  it("image metadata: list, set, replace, show, update one, delete", async () => {
    const id = await glanceCreate("demo", { name: "meta", os_distro: "cirros" });
    const base = `/compute/v2.1/images/${id}/metadata`;
    const list = await t.app.inject({ url: base, headers: await as("demo") });
    expect(list.json()).toEqual({ metadata: { os_distro: "cirros" } });
    const post = await t.app.inject({ method: "POST", url: base, headers: await as("demo"), payload: { metadata: { a: "1" } } });
    expect(post.statusCode).toBe(200);
    expect(post.json()).toEqual({ metadata: { os_distro: "cirros", a: "1" } });
    const putOne = await t.app.inject({ method: "PUT", url: `${base}/b`, headers: await as("demo"), payload: { meta: { b: "2" } } });
    expect(putOne.json()).toEqual({ meta: { b: "2" } });
    const mismatch = await t.app.inject({ method: "PUT", url: `${base}/c`, headers: await as("demo"), payload: { meta: { b: "2" } } });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json()).toEqual({ badRequest: { code: 400, message: "Request body and URI mismatch" } });
    const show = await t.app.inject({ url: `${base}/b`, headers: await as("demo") });
    expect(show.json()).toEqual({ meta: { b: "2" } });
    const del = await t.app.inject({ method: "DELETE", url: `${base}/a`, headers: await as("demo") });
    expect(del.statusCode).toBe(204);
    const delMissing = await t.app.inject({ method: "DELETE", url: `${base}/a`, headers: await as("demo") });
    expect(delMissing.json()).toEqual({ itemNotFound: { code: 404, message: "Invalid metadata key" } });
    const replace = await t.app.inject({ method: "PUT", url: base, headers: await as("demo"), payload: { metadata: { only: "this" } } });
    expect(replace.json()).toEqual({ metadata: { only: "this" } });
    const glance = await t.app.inject({ url: `/image/v2/images/${id}`, headers: { "x-auth-token": await t.token("demo") } });
    expect(glance.json()).toMatchObject({ only: "this" });
    expect(glance.json()).not.toHaveProperty("os_distro");
    const badKey = await t.app.inject({ method: "POST", url: base, headers: await as("demo"), payload: { metadata: { "bad/key": "x" } } });
    expect(badKey.statusCode).toBe(400);
    const notOwner = await t.app.inject({ method: "POST", url: `/compute/v2.1/images/${cirrosId}/metadata`, headers: await as("demo"), payload: { metadata: { x: "y" } } });
    expect(notOwner.statusCode).toBe(403);
    expect(notOwner.json()).toEqual({ forbidden: { code: 403, message: `Not authorized for image ${cirrosId}.` } });
  });
});

describe("microversion limits", () => {
  it("images are gone from 2.36; metadata from 2.39", async () => {
    const img = await t.app.inject({ url: `/compute/v2.1/images/${cirrosId}`, headers: await as("demo", "2.35") });
    expect(img.statusCode).toBe(200);
    for (const url of ["/compute/v2.1/images", "/compute/v2.1/images/detail", `/compute/v2.1/images/${cirrosId}`]) {
      const res = await t.app.inject({ url, headers: await as("demo", "2.36") });
      expect(res.statusCode).toBe(404);
      expect(res.headers["openstack-api-version"]).toBe("compute 2.36");
    }
    const meta38 = await t.app.inject({ url: `/compute/v2.1/images/${cirrosId}/metadata`, headers: await as("demo", "2.38") });
    expect(meta38.statusCode).toBe(200);
    const meta39 = await t.app.inject({ url: `/compute/v2.1/images/${cirrosId}/metadata`, headers: await as("demo", "2.39") });
    expect(meta39.statusCode).toBe(404);
  });
});
