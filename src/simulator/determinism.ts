import crypto from "node:crypto";

/**
 * Seeded randomness for repeatable runs (--seed, POST /sim/v1/reset {seed}).
 * With a seed, the process's UUIDs (crypto.randomUUID: servers, ports,
 * networks, request ids…), crypto.randomInt (the scheduler's tie-break and
 * scan-start seeds) and Math.random (MAC addresses, fixed IPs, segmentation
 * ids, fault probabilities) come from streams derived from it, one per kind,
 * so the same requests in the same order (with a manual clock) give the same
 * bodies. crypto.randomBytes stays random: tokens, salts and generated
 * passwords are never predictable. Process-wide: every app in the process
 * shares it (one per process in production).
 */

const original = { randomUUID: crypto.randomUUID, randomInt: crypto.randomInt, random: Math.random };
let active: number | null = null;

/** mulberry32 over a 32-bit state taken from sha256(seed:kind). */
function stream(seed: number, kind: string): () => number {
  let a = crypto.createHash("sha256").update(`${seed}:${kind}`).digest().readUInt32BE(0);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuidFrom(next: () => number): string {
  const b = Buffer.alloc(16);
  for (let i = 0; i < 16; i += 4) b.writeUInt32BE(Math.floor(next() * 4294967296) >>> 0, i);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const x = b.toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** Seed the process's randomness (null: back to the system's). Each call starts the streams afresh. */
export function seedRandomness(seed: number | null): void {
  active = seed;
  if (seed === null) {
    Object.assign(crypto, { randomUUID: original.randomUUID, randomInt: original.randomInt });
    Math.random = original.random;
    return;
  }
  const uuids = stream(seed, "uuid");
  const ints = stream(seed, "int");
  const floats = stream(seed, "float");
  const randomInt = ((a: number, b?: number | ((...x: unknown[]) => void), cb?: (...x: unknown[]) => void) => {
    const [min, max] = typeof b === "number" ? [a, b] : [0, a];
    const callback = typeof b === "function" ? b : cb;
    const v = min + Math.floor(ints() * (max - min));
    if (callback) {
      queueMicrotask(() => callback(null, v));
      return undefined;
    }
    return v;
  }) as typeof crypto.randomInt;
  Object.assign(crypto, { randomUUID: (() => uuidFrom(uuids)) as typeof crypto.randomUUID, randomInt });
  Math.random = floats;
}

/** The seed in force, or null. */
export const activeSeed = () => active;

/** A stream of its own for one purpose (fault probabilities), from the active seed or the system. */
export function randomSource(kind: string): () => number {
  return active === null ? original.random : stream(active, kind);
}
