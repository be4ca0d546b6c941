/** The OpenStack services novasim serves, each under its own DevStack-style prefix. */
export type Service = "identity" | "compute" | "image" | "network" | "placement" | "root";

export const PREFIX: Record<Exclude<Service, "root">, string> = {
  identity: "/identity",
  compute: "/compute",
  image: "/image",
  network: "/networking",
  placement: "/placement",
};

/** Service names and catalog endpoint paths, in catalog order. */
export const CATALOG_SERVICES = [
  { type: "identity", name: "keystone", path: "/identity" },
  { type: "compute", name: "nova", path: "/compute/v2.1" },
  { type: "image", name: "glance", path: "/image" },
  { type: "network", name: "neutron", path: "/networking" },
  { type: "placement", name: "placement", path: "/placement" },
] as const;

export function serviceOf(url: string): Service {
  for (const [service, prefix] of Object.entries(PREFIX)) {
    if (url === prefix || url.startsWith(prefix + "/") || url.startsWith(prefix + "?")) return service as Service;
  }
  return "root";
}
