import crypto from "node:crypto";

/** Service names and catalog endpoint paths, in catalog order (the URL prefixes the HTTP layer routes requests by). */
export const CATALOG_SERVICES = [
  { type: "identity", name: "keystone", path: "/identity" },
  { type: "compute", name: "nova", path: "/compute/v2.1" },
  { type: "image", name: "glance", path: "/image" },
  { type: "network", name: "neutron", path: "/networking" },
  { type: "placement", name: "placement", path: "/placement" },
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

/** The Keystone service catalog: every service at every interface, under `baseUrl`. */
export function buildCatalog(baseUrl: string, region: string): CatalogEntry[] {
  return CATALOG_SERVICES.map((s) => ({
    endpoints: INTERFACES.map((iface) => ({
      id: stableId(`${s.type}:${iface}`),
      interface: iface,
      region,
      region_id: region,
      url: baseUrl + s.path,
    })),
    id: stableId(s.type),
    type: s.type,
    name: s.name,
  }));
}
