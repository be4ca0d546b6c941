import ipaddr from "ipaddr.js";

/**
 * Address arithmetic for subnets and IP allocation, on top of ipaddr.js:
 * addresses become BigInts so IPv4 and IPv6 share one code path.
 */

export type IpVersion = 4 | 6;

export interface Cidr {
  version: IpVersion;
  prefix: number;
  /** First address of the block. */
  network: bigint;
  /** Number of addresses in the block. */
  size: bigint;
  /** "10.0.0.0/24" with host bits cleared. */
  canonical: string;
}

export interface Pool {
  start: string;
  end: string;
}

const bits = (v: IpVersion) => (v === 4 ? 32 : 128);

export function toBig(addr: ipaddr.IPv4 | ipaddr.IPv6): bigint {
  let n = 0n;
  for (const b of addr.toByteArray()) n = (n << 8n) | BigInt(b);
  return n;
}

export function fromBig(n: bigint, version: IpVersion): string {
  const bytes: number[] = [];
  for (let i = 0; i < bits(version) / 8; i++) {
    bytes.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  return ipaddr.fromByteArray(bytes).toString();
}

/** A strictly formatted address (no IPv4-mapped or zone forms), or null. */
export function parseIp(s: unknown): { version: IpVersion; value: bigint; text: string } | null {
  if (typeof s !== "string") return null;
  let a: ipaddr.IPv4 | ipaddr.IPv6;
  if (ipaddr.IPv4.isValidFourPartDecimal(s)) a = ipaddr.IPv4.parse(s);
  else if (s.includes(":") && ipaddr.IPv6.isValid(s) && !s.includes("%")) a = ipaddr.IPv6.parse(s);
  else return null;
  const version: IpVersion = a.kind() === "ipv4" ? 4 : 6;
  return { version, value: toBig(a), text: a.toString() };
}

/** Parse "addr/prefix" (or a bare address as a host route). `strict` rejects host bits. */
export function parseCidr(s: unknown): (Cidr & { hostBitsSet: boolean; asGiven: string }) | null {
  if (typeof s !== "string") return null;
  const slash = s.indexOf("/");
  const ip = parseIp(slash < 0 ? s : s.slice(0, slash));
  if (!ip) return null;
  const max = bits(ip.version);
  let prefix = max;
  if (slash >= 0) {
    const p = s.slice(slash + 1);
    if (!/^\d{1,3}$/.test(p)) return null;
    prefix = Number(p);
    if (prefix > max) return null;
  }
  const size = 1n << BigInt(max - prefix);
  const network = (ip.value / size) * size;
  return {
    version: ip.version,
    prefix,
    network,
    size,
    canonical: `${fromBig(network, ip.version)}/${prefix}`,
    hostBitsSet: network !== ip.value,
    // What netaddr's str(IPNetwork(s)) gives: the address as written (IPv6 compressed), with its prefix.
    asGiven: `${ip.text}/${prefix}`,
  };
}

export const contains = (c: Cidr, v: bigint) => v >= c.network && v < c.network + c.size;
export const overlaps = (a: Cidr, b: Cidr) =>
  a.version === b.version && a.network < b.network + b.size && b.network < a.network + a.size;

/** Usable host range: IPv4 drops network and broadcast; IPv6 drops the subnet-router anycast address. */
export function hostRange(c: Cidr): { first: bigint; last: bigint } | null {
  if (c.version === 4) {
    if (c.prefix >= 31) return { first: c.network, last: c.network + c.size - 1n };
    return { first: c.network + 1n, last: c.network + c.size - 2n };
  }
  if (c.prefix === 128) return { first: c.network, last: c.network };
  return { first: c.network + 1n, last: c.network + c.size - 1n };
}

/** Neutron's default gateway: the first host address. */
export function defaultGateway(c: Cidr): string | null {
  const r = hostRange(c);
  return r && r.first <= r.last ? fromBig(r.first, c.version) : null;
}

/** The default pools: every host address except the gateway. */
export function defaultPools(c: Cidr, gateway: string | null): Pool[] {
  const r = hostRange(c);
  if (!r) return [];
  const g = gateway ? parseIp(gateway)?.value : undefined;
  const ranges: [bigint, bigint][] = [];
  if (g === undefined || g < r.first || g > r.last) ranges.push([r.first, r.last]);
  else {
    if (g > r.first) ranges.push([r.first, g - 1n]);
    if (g < r.last) ranges.push([g + 1n, r.last]);
  }
  return ranges.map(([a, b]) => ({ start: fromBig(a, c.version), end: fromBig(b, c.version) }));
}

export interface PoolRange {
  first: bigint;
  last: bigint;
}

export const poolRange = (p: Pool): PoolRange => ({ first: parseIp(p.start)!.value, last: parseIp(p.end)!.value });

/** Number of addresses in the pools. */
export function poolSize(pools: Pool[]): bigint {
  return pools.map(poolRange).reduce((n, r) => n + (r.last - r.first + 1n), 0n);
}

export function inPools(pools: Pool[], v: bigint): boolean {
  return pools.some((p) => {
    const r = poolRange(p);
    return v >= r.first && v <= r.last;
  });
}

/**
 * Up to `max` free addresses from the pools, in order, skipping `used`
 * (canonical address texts). Scans lazily, so a /64 costs no more than a /29.
 */
export function freeAddresses(pools: Pool[], version: IpVersion, used: Set<string>, max: number): string[] {
  const out: string[] = [];
  for (const p of pools) {
    const r = poolRange(p);
    for (let v = r.first; v <= r.last && out.length < max; v++) {
      const t = fromBig(v, version);
      if (!used.has(t)) out.push(t);
    }
    if (out.length >= max) break;
  }
  return out;
}

/** A random locally administered MAC with OpenStack's default base fa:16:3e. */
export function randomMac(random: () => number = Math.random): string {
  const b = () => Math.floor(random() * 256).toString(16).padStart(2, "0");
  return `fa:16:3e:${b()}:${b()}:${b()}`;
}
