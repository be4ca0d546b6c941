import { expect } from "vitest";
import type { TestApp } from "./helpers.js";

export type User = "admin" | "demo" | "alt_demo";

/**
 * Request helpers for compute API tests, bound lazily to the file's app (set
 * in beforeAll) and its boot image.
 */
export function computeHelpers(app: () => TestApp, image: () => string) {
  /** Headers for `user` at microversion `v`. */
  const as = async (user: User, v = "2.1") => ({ "x-auth-token": await app().token(user), "openstack-api-version": `compute ${v}` });

  /** Let the worker finish what is due after moving the simulated clock by `ms`. */
  async function settle(ms = 1000) {
    const t = app();
    await t.app.services.worker.idle();
    t.clock.advance(ms);
    await t.app.services.worker.tick();
    await t.app.services.worker.idle();
  }

  /** POST /servers as demo; returns the new server's id. */
  async function createServer(name: string, flavorRef = "1") {
    const res = await app().app.inject({
      method: "POST",
      url: "/compute/v2.1/servers",
      headers: await as("demo"),
      payload: { server: { name, imageRef: image(), flavorRef } },
    });
    expect(res.statusCode).toBe(202);
    return res.json().server.id as string;
  }

  /** A server of demo's that has finished booting (the app runs with boot time 0). */
  async function activeServer(name: string, flavorRef = "1") {
    const id = await createServer(name, flavorRef);
    await settle(0);
    return id;
  }

  /** POST /servers/{id}/action. */
  const act = async (id: string, body: unknown, user: User = "demo", v = "2.1") =>
    app().app.inject({ method: "POST", url: `/compute/v2.1/servers/${id}/action`, headers: await as(user, v), payload: body as object });

  return { as, settle, createServer, activeServer, act };
}
