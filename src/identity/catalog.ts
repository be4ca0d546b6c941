import crypto from "node:crypto";

/** Service names and catalog endpoint paths, in catalog order (the URL prefixes the HTTP layer routes requests by). */
export const CATALOG_SERVICES = [
  { type: "identity", name: "keystone", path: "/identity" },
  { type: "compute", name: "nova", path: "/compute/v2.1" },
  { type: "image", name: "glance", path: "/image" },
  { type: "network", name: "neutron", path: "/networking" },
  { type: "placement", name: "placement", path: "/placement" },
  // Cinder v3, as DevStack registers it: block-storage and its older type volumev3, with the project in the path.
  { type: "block-storage", name: "cinder", path: "/volume/v3/$(project_id)s" },
  { type: "volumev3", name: "cinderv3", path: "/volume/v3/$(project_id)s" },
] as const;

const INTERFACES = ["public", "internal", "admin"] as const;
// Ids are derived from the service type, so they stay the same across restarts.
const stableId = (s: string) => crypto.createHash("md5").update(s).digest("hex");

export interface CatalogEntry {
  id: string;
  type: string;
  name: string;
  endpoints: { id: string; interface: string; region: string; region_id: string; url: string }[];
}

/**
 * The Keystone service catalog: every service at every interface, under
 * `baseUrl`; `$(project_id)s` in a path is the token's project, as Keystone
 * substitutes it (without a project, such endpoints are left out).
 */
export function buildCatalog(baseUrl: string, region: string, projectId?: string | null): CatalogEntry[] {
  const services = CATALOG_SERVICES.filter((s) => projectId || !s.path.includes("$(project_id)s"));
  return services.map((s) => ({
    endpoints: INTERFACES.map((iface) => ({
      id: stableId(`${s.type}:${iface}`),
      interface: iface,
      region,
      region_id: region,
      url: baseUrl + s.path.replace("$(project_id)s", projectId ?? ""),
    })),
    id: stableId(s.type),
    type: s.type,
    name: s.name,
  }));
}
