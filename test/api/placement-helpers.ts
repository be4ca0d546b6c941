import type { TestApp } from "../helpers.js";

export type User = "admin" | "demo" | "alt_demo";

/** Requests to /placement, bound lazily to the file's app. */
export function placementHelpers(app: () => TestApp) {
  /** GET (or another method) of a /placement path as `user` (none: no token) at microversion `mv` (none: no header). */
  async function call(
    path: string,
    opts: { mv?: string; user?: User | null; method?: string; headers?: Record<string, string>; payload?: object } = {},
  ) {
    const t = app();
    const headers: Record<string, string> = { ...opts.headers };
    const user = opts.user === undefined ? "admin" : opts.user;
    if (user) headers["x-auth-token"] = await t.token(user);
    if (opts.mv) headers["openstack-api-version"] = `placement ${opts.mv}`;
    return t.app.inject({ method: (opts.method ?? "GET") as "GET", url: `/placement${path}`, headers, ...(opts.payload ? { payload: opts.payload } : {}) });
  }

  /** The Placement error body for `status` with webob's default template around `message`. */
  const errorBody = (status: number, detail: string, res: { headers: Record<string, unknown> }, code?: string) => ({
    errors: [
      {
        status,
        title: ({ 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable" } as Record<number, string>)[status],
        detail,
        ...(code ? { code } : {}),
        request_id: res.headers["x-openstack-request-id"],
      },
    ],
  });

  /** webob's default body template, tags stripped: what most Placement errors read. */
  const webob = {
    400: (m: string) => `The server could not comply with the request since it is either malformed or otherwise incorrect. \n\n ${m}  `,
    403: (m: string) => `Access was denied to this resource.\n\n ${m}  `,
    404: (m: string) => `The resource could not be found.\n\n ${m}  `,
  };

  return { call, errorBody, webob };
}
