import type { FastifyReply, FastifyRequest } from "fastify";
import { ApiVersion } from "../../http/microversion.js";
import { PLACEMENT_MAX_VERSION, PLACEMENT_MIN_VERSION, PLACEMENT_VERSIONS } from "../../placement/versions.js";
import { VersionError } from "./errors.js";

/**
 * Placement's microversion negotiation (microversion_parse.extract_version
 * and its MicroversionMiddleware): the last `placement X.Y` of
 * OpenStack-API-Version, 1.0 without one, the maximum for `latest`; a
 * malformed version is 400, one Placement does not serve is 406. Every
 * answer after that carries `OpenStack-API-Version: placement X.Y` (and
 * `Vary`, which the error handler drops for errors Placement lets escape).
 */

const SERVED = new Set<string>(PLACEMENT_VERSIONS);

/** Python's int() of a decimal string, or null where it raises ValueError. */
const pyInt = (s: string): number | null => (/^\s*[+-]?\d+(_\d+)*\s*$/.test(s) ? Number(s.replace(/_/g, "")) : null);
const pyRepr = (s: string) => (s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`);

/** microversion_parse.check_standard_header: the version asked of `placement`, if any. */
export function requestedPlacementVersion(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header.join(",") : header;
  if (value === undefined) return null;
  for (const part of value.split(",").reverse()) {
    const m = /^(\S+)\s+(.+)$/s.exec(part.trim());
    if (m && m[1]!.toLowerCase() === "placement") return m[2]!.trim();
  }
  return null;
}

export function negotiatePlacementVersion(raw: string | null): ApiVersion {
  let s = raw || PLACEMENT_MIN_VERSION;
  if (s === "latest") s = PLACEMENT_MAX_VERSION;
  const dot = s.indexOf(".");
  const parts = dot < 0 ? [s] : [s.slice(0, dot), s.slice(dot + 1)];
  const invalid = (why: string) => new VersionError("invalid", `Invalid microversion: invalid version string: ${s}; ${why}`);
  const nums: number[] = [];
  for (const p of parts) {
    const n = pyInt(p);
    if (n === null) throw invalid(`invalid literal for int() with base 10: ${pyRepr(p)}`);
    nums.push(n);
  }
  if (nums.length < 2) throw invalid("Version.__new__() missing 1 required positional argument: 'minor'");
  const [major, minor] = nums as [number, number];
  if (!SERVED.has(`${major}.${minor}`)) {
    throw new VersionError("not-acceptable", `Invalid microversion: Unacceptable version header: ${s}`);
  }
  return new ApiVersion(major, minor);
}

/** The onRequest hook of every request under /placement. */
export async function placementVersionHook(req: FastifyRequest, reply: FastifyReply) {
  req.apiVersion = negotiatePlacementVersion(requestedPlacementVersion(req.headers["openstack-api-version"]));
  reply.header("openstack-api-version", `placement ${req.apiVersion}`).header("vary", "openstack-api-version");
}
