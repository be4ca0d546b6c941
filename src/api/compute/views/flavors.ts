import type { Flavor } from "../../../compute/flavors.js";
import type { ApiVersion } from "../../../http/microversion.js";

/** Pure views of flavors (nova/api/openstack/compute/views/flavors.py). */

export interface ViewCtx {
  version: ApiVersion;
  /** Where clients reach us, e.g. http://127.0.0.1:8774 (no trailing slash). */
  baseUrl: string;
  /** From 2.61 the detailed view carries extra_specs when the caller may read them. */
  showExtraSpecs: boolean;
}

interface Link {
  rel: string;
  href: string;
}

/** Nova's _get_href_link: under the versioned endpoint. */
export const flavorHref = (baseUrl: string, flavorId: string) => `${baseUrl}/compute/v2.1/flavors/${flavorId}`;
/** Nova's _get_bookmark_link: the endpoint with its version removed. */
export const flavorBookmark = (baseUrl: string, flavorId: string) => `${baseUrl}/compute/flavors/${flavorId}`;

export function flavorLinks(baseUrl: string, flavorId: string): Link[] {
  return [
    { rel: "self", href: flavorHref(baseUrl, flavorId) },
    { rel: "bookmark", href: flavorBookmark(baseUrl, flavorId) },
  ];
}

/** GET /flavors entries. */
export function flavorBriefView(f: Flavor, ctx: ViewCtx) {
  return {
    id: f.flavorId,
    name: f.name,
    links: flavorLinks(ctx.baseUrl, f.flavorId),
    ...(ctx.version.atLeast("2.55") ? { description: f.description } : {}),
  };
}

/** GET /flavors/detail entries, GET/POST/PUT of one flavor. */
export function flavorDetailView(f: Flavor, ctx: ViewCtx) {
  return {
    id: f.flavorId,
    name: f.name,
    ram: f.memoryMb,
    disk: f.rootGb,
    // Nova printed a 0 swap as "" until 2.75.
    swap: ctx.version.atLeast("2.75") ? f.swapMb : f.swapMb || ("" as const),
    "OS-FLV-EXT-DATA:ephemeral": f.ephemeralGb,
    // Both gone from 2.102.
    ...(ctx.version.atLeast("2.102") ? {} : { "OS-FLV-DISABLED:disabled": f.disabled }),
    vcpus: f.vcpus,
    "os-flavor-access:is_public": f.isPublic,
    ...(ctx.version.atLeast("2.102") ? {} : { rxtx_factor: f.rxtxFactor || ("" as const) }),
    links: flavorLinks(ctx.baseUrl, f.flavorId),
    ...(ctx.version.atLeast("2.55") ? { description: f.description } : {}),
    ...(ctx.version.atLeast("2.61") && ctx.showExtraSpecs ? { extra_specs: f.extraSpecs } : {}),
  };
}

/**
 * A server's `flavor` before 2.47 (nova/api/openstack/compute/views/servers.py
 * _get_flavor): the id and a bookmark link. From 2.47 servers embed
 * flavorSnapshot() from src/compute/flavors.ts instead.
 */
export function embeddedFlavorView(flavorId: string, baseUrl: string) {
  return { id: String(flavorId), links: [{ rel: "bookmark", href: flavorBookmark(baseUrl, flavorId) }] };
}
