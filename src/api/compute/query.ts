/**
 * One value of a query parameter that may be repeated (fastify gives the
 * repeated values as an array): webob's `GET.get()` takes the last, and some
 * of Nova's controllers read the first.
 */
export const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
export const last = (v: string | string[] | undefined) => (Array.isArray(v) ? v.at(-1) : v);
