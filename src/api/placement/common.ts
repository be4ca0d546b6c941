import type { FastifyReply, FastifyRequest } from "fastify";
import { baseUrlOf } from "../../http/context.js";
import { PlacementErrors } from "../../placement/errors.js";
import type { Query } from "./query.js";

/** What every Placement route module shares. */

export const tags = ["placement"];

/** microversion.version_handler(min): outside its versions a handler is a 404 with no detail. */
export function requireVersion(req: FastifyRequest, min: string): void {
  if (!req.apiVersion.atLeast(min)) throw PlacementErrors.notFound();
}

/** The q-value an Accept header gives application/json: that of its most specific matching range. */
function jsonQuality(accept: string): number {
  let best = -1;
  let q = 0;
  for (const range of accept.split(",")) {
    const [type = "", ...params] = range.split(";").map((s) => s.trim().toLowerCase());
    const specificity = type === "application/json" ? 2 : type === "application/*" ? 1 : type === "*/*" ? 0 : -1;
    if (specificity < 0 || specificity < best) continue;
    const qp = params.find((p) => p.startsWith("q="));
    const value = qp ? Number(qp.slice(2)) : 1;
    best = specificity;
    q = Number.isFinite(value) ? value : 0;
  }
  return q;
}

/** util.check_accept('application/json'): an Accept header, when given, must take JSON. */
export function checkAccept(req: FastifyRequest): void {
  const accept = req.headers.accept;
  if (typeof accept === "string" && accept.trim() !== "" && jsonQuality(accept) <= 0) throw PlacementErrors.notAcceptable();
}

/** From 1.15, GETs say when their data last changed and ask not to be cached. */
export function cacheHeaders(req: FastifyRequest, reply: FastifyReply, lastModified: Date): void {
  if (!req.apiVersion.atLeast("1.15")) return;
  reply.header("cache-control", "no-cache").header("last-modified", lastModified.toUTCString());
}

/** The latest of the times, or `now` when there are none (util.pick_last_modified over a collection). */
export const latest = (times: Date[], now: Date) => (times.length ? new Date(Math.max(...times.map((t) => t.getTime()))) : now);

/** Placement's SCRIPT_NAME: the path it is mounted at, which its links start with. */
export function mountPoint(req: FastifyRequest, publicUrl: string | undefined): string {
  const path = new URL(baseUrlOf(req, publicUrl)).pathname.replace(/\/+$/, "");
  return `${path}/placement`;
}

export const queryOf = (req: FastifyRequest) => req.query as Query;
