import type { FastifyReply, FastifyRequest } from "fastify";
import { Invalid, NotAcceptable } from "../../errors.js";
import { ApiVersion } from "../../http/microversion.js";

/**
 * Cinder's microversions (cinder/api/openstack/api_version_request.py): 3.0
 * to 3.70 here. Steps novasim follows:
 * - 3.13: group_id in volume details.
 * - 3.41: user_id in snapshots.
 * - 3.42: os-extend of an in-use volume.
 * - 3.45: `count` in volume lists (with with_count=true).
 * - 3.48: shared_targets and service_uuid in volume details.
 * - 3.63: volume_type_id in volume details.
 * - 3.65: consumes_quota in volume and snapshot details.
 * - 3.66: snapshots of in-use volumes without force.
 * - 3.69: shared_targets may be null.
 */
export const VOLUME_MIN_VERSION = new ApiVersion(3, 0);
export const VOLUME_MAX_VERSION = new ApiVersion(3, 70);

/**
 * The requested volume microversion (Request.set_api_version_request): the
 * `volume` entry of OpenStack-API-Version, else 3.0. Malformed is 400, out of
 * range 406, as Cinder answers them.
 */
export function negotiateVolume(req: Pick<FastifyRequest, "headers">): ApiVersion {
  const header = req.headers["openstack-api-version"];
  if (typeof header !== "string") return VOLUME_MIN_VERSION;
  let raw: string | undefined;
  for (const part of header.split(",")) {
    if (part.includes("volume")) {
      raw = part.trim().split(/\s+/)[1];
      break;
    }
  }
  if (!raw) throw new Invalid(`API version ${raw ?? "None"} is not supported on this method.`, "VersionNotFoundForAPIMethod");
  if (raw.toLowerCase() === "latest") return VOLUME_MAX_VERSION;
  const v = ApiVersion.parse(raw);
  if (!v) throw new Invalid(`API Version String ${raw} is of invalid format. Must be of format MajorNum.MinorNum.`, "InvalidAPIVersionString");
  if (v.compare(VOLUME_MIN_VERSION) < 0 || v.compare(VOLUME_MAX_VERSION) > 0) {
    throw new NotAcceptable(`Version ${v} is not supported by the API. Minimum is ${VOLUME_MIN_VERSION} and maximum is ${VOLUME_MAX_VERSION}.`);
  }
  return v;
}

/** Negotiate and echo the version on every response of the v3 API (errors included). */
export async function volumeVersionHook(req: FastifyRequest, reply: FastifyReply) {
  try {
    req.apiVersion = negotiateVolume(req);
  } catch (err) {
    req.apiVersion = VOLUME_MIN_VERSION;
    throw err;
  } finally {
    reply.header("OpenStack-API-Version", `volume ${req.apiVersion}`).header("Vary", "OpenStack-API-Version");
  }
}
