import type { TestApp } from "../helpers.js";

export type User = "admin" | "demo" | "alt_demo";

/** A Neutron request as `user`; returns the inject response. */
export function neutron(t: TestApp) {
  return async (user: User, method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/networking/v2.0${url}`,
      headers: { "x-auth-token": await t.token(user) },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
}
