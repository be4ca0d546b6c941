/** The OpenStack services novasim serves, each under its own DevStack-style prefix. */
export type Service = "identity" | "compute" | "image" | "network" | "placement" | "volume" | "sim" | "root";

export const PREFIX: Record<Exclude<Service, "root">, string> = {
  identity: "/identity",
  compute: "/compute",
  image: "/image",
  network: "/networking",
  placement: "/placement",
  // Cinder v3 (block storage): its errors are Cinder's faults, named as Nova's.
  volume: "/volume",
  // The simulator's own API (scheduler decisions): Keystone tokens, errors as {"error": {code, message, title}}.
  sim: "/sim",
};

export function serviceOf(url: string): Service {
  for (const [service, prefix] of Object.entries(PREFIX)) {
    if (url === prefix || url.startsWith(prefix + "/") || url.startsWith(prefix + "?")) return service as Service;
  }
  return "root";
}
