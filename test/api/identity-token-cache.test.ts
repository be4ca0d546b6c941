import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { TOKEN_CACHE_TTL_MS } from "../../src/identity/tokens.js";
import { passwordAuth, startApp, type TestApp } from "../helpers.js";

/**
 * Validated tokens are cached per process (src/identity/tokens.ts): revocation
 * and expiry still count at once, in this process and in another one on the
 * same database; other identity changes reach another process within
 * TOKEN_CACHE_TTL_MS. Two apps share one ManualClock: no sleeps.
 */

const TTL_SECONDS = 60;
let a: TestApp & { url: string };
let b: TestApp;
const clock = new ManualClock(Date.parse("2026-03-01T00:00:00Z"));

beforeAll(async () => {
  a = await startApp({ clock, env: { NOVASIM_TOKEN_TTL: String(TTL_SECONDS) } });
  b = await startApp({ url: a.url, clock, env: { NOVASIM_TOKEN_TTL: String(TTL_SECONDS) } });
});
afterAll(async () => {
  await b.close({ drop: false });
  await a.close();
});

async function login(app: TestApp, user: "admin" | "demo" | "alt_demo") {
  const res = await app.app.inject({ method: "POST", url: "/identity/v3/auth/tokens?nocatalog", payload: passwordAuth(user, user, user) });
  expect(res.statusCode).toBe(201);
  return res.headers["x-subject-token"] as string;
}
const use = (app: TestApp, token: string) => app.app.inject({ url: "/compute/v2.1/flavors", headers: { "x-auth-token": token } });
const revoke = (app: TestApp, token: string) =>
  app.app.inject({ method: "DELETE", url: "/identity/v3/auth/tokens", headers: { "x-auth-token": token, "x-subject-token": token } });

describe("the token cache", () => {
  it("a revoked token is refused at once, by this process and by another on the same database", async () => {
    const tok = await login(a, "demo");
    expect((await use(a, tok)).statusCode).toBe(200);
    expect((await use(b, tok)).statusCode).toBe(200);
    // Both processes now hold it in their cache.
    expect((await use(a, tok)).statusCode).toBe(200);
    expect((await use(b, tok)).statusCode).toBe(200);
    expect((await revoke(a, tok)).statusCode).toBe(204);
    expect((await use(a, tok)).statusCode).toBe(401);
    expect((await use(b, tok)).statusCode).toBe(401);
  });

  it("a token expires at expires_at even while cached", async () => {
    const tok = await login(a, "demo");
    clock.advance(TTL_SECONDS * 1000 - TOKEN_CACHE_TTL_MS / 2);
    // Cached now, for longer than the token has left.
    expect((await use(a, tok)).statusCode).toBe(200);
    expect((await use(b, tok)).statusCode).toBe(200);
    clock.advance(TOKEN_CACHE_TTL_MS / 2);
    expect((await use(a, tok)).statusCode).toBe(401);
    expect((await use(b, tok)).statusCode).toBe(401);
  });

  it("a disabled user's tokens are refused at once everywhere (Keystone revokes them)", async () => {
    const admin = await login(a, "admin");
    const created = await a.app.inject({
      method: "POST",
      url: "/identity/v3/users",
      headers: { "x-auth-token": admin },
      payload: { user: { name: "cache-user", domain_id: "default", password: "pw-cache" } },
    });
    expect(created.statusCode).toBe(201);
    const userId = created.json().user.id;
    const unscoped = await a.app.inject({ method: "POST", url: "/identity/v3/auth/tokens?nocatalog", payload: passwordAuth("cache-user", "pw-cache") });
    const tok = unscoped.headers["x-subject-token"] as string;
    const check = (app: TestApp) =>
      app.app.inject({ url: "/identity/v3/auth/tokens", headers: { "x-auth-token": tok, "x-subject-token": tok } });
    expect((await check(a)).statusCode).toBe(200);
    expect((await check(b)).statusCode).toBe(200);
    const patch = await a.app.inject({ method: "PATCH", url: `/identity/v3/users/${userId}`, headers: { "x-auth-token": admin }, payload: { user: { enabled: false } } });
    expect(patch.statusCode).toBe(200);
    expect((await check(a)).statusCode).toBe(401);
    expect((await check(b)).statusCode).toBe(401);
  });

  it("a removed role counts at once in this process, and in another within TOKEN_CACHE_TTL_MS", async () => {
    const admin = await login(a, "admin");
    const h = { "x-auth-token": admin };
    const project = (await a.app.inject({ url: "/identity/v3/projects?name=alt_demo", headers: h })).json().projects[0].id;
    const user = (await a.app.inject({ url: "/identity/v3/users?name=alt_demo", headers: h })).json().users[0].id;
    const role = (await a.app.inject({ url: "/identity/v3/roles?name=member", headers: h })).json().roles[0].id;
    const tok = await login(a, "alt_demo");
    expect((await use(a, tok)).statusCode).toBe(200);
    expect((await use(b, tok)).statusCode).toBe(200);
    const del = await a.app.inject({ method: "DELETE", url: `/identity/v3/projects/${project}/users/${user}/roles/${role}`, headers: h });
    expect(del.statusCode).toBe(204);
    // No role left on the project: the token no longer stands.
    expect((await use(a, tok)).statusCode).toBe(401);
    // The other process still has it cached, for at most the bound.
    expect((await use(b, tok)).statusCode).toBe(200);
    clock.advance(TOKEN_CACHE_TTL_MS);
    expect((await use(b, tok)).statusCode).toBe(401);
    const put = await a.app.inject({ method: "PUT", url: `/identity/v3/projects/${project}/users/${user}/roles/${role}`, headers: h });
    expect(put.statusCode).toBe(204);
    expect((await use(a, tok)).statusCode).toBe(200);
  });
});
