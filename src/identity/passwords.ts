import crypto from "node:crypto";
import { promisify } from "node:util";

const scrypt = promisify(crypto.scrypt) as (pw: string, salt: Buffer, len: number, opts: crypto.ScryptOptions) => Promise<Buffer>;

// A real, salted scrypt hash, at a cost chosen for a simulator: N=2^14, r=8,
// p=1 (16 MiB, Node's default and the cost of Python's and libsodium's
// interactive level), about 25-50 ms per login on a 2-core machine rather than
// the 2^17 OWASP asks of a production identity service. The first token issued
// with a password pays it; validating a token never does. Stored hashes carry
// their own N, r and p, so hashes made at another cost still verify. A password
// verified once is not hashed again by this process (see verifyPassword).
const N = 1 << 14;
const R = 8;
const P = 1;
const KEYLEN = 32;
const MAXMEM = 64 * 1024 * 1024;

/** Format: scrypt$N$r$p$salt(b64)$hash(b64) */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const hash = await scrypt(password, salt, KEYLEN, { N, r: R, p: P, maxmem: MAXMEM });
  return ["scrypt", N, R, P, salt.toString("base64"), hash.toString("base64")].join("$");
}

/**
 * Passwords this process has already verified against a stored hash. Clients
 * log in again and again with the same password (the openstack CLI once per
 * command, Tempest per test class), and each scrypt costs tens of milliseconds.
 * A repeat is answered from here: the key is an HMAC, under a key that exists
 * only in this process's memory, of the stored hash and the password, so no
 * password is kept, a changed password (a new hash) never matches, and a wrong
 * one always pays the full scrypt. Only successes are remembered; the oldest
 * go first beyond VERIFIED_MAX.
 */
const VERIFIED_MAX = 1024;
const cacheKey = crypto.randomBytes(32);
const verified = new Set<string>();
const verifiedKey = (password: string, stored: string) => crypto.createHmac("sha256", cacheKey).update(stored).update("\0").update(password).digest("base64");

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const key = verifiedKey(password, stored);
  if (verified.has(key)) return true;
  const ok = await scryptMatches(password, stored);
  if (ok) {
    if (verified.size >= VERIFIED_MAX) verified.delete(verified.values().next().value!);
    verified.add(key);
  }
  return ok;
}

async function scryptMatches(password: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, salt, hash] = stored.split("$");
  if (alg !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const actual = await scrypt(password, Buffer.from(salt, "base64"), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAXMEM,
  });
  return crypto.timingSafeEqual(actual, expected);
}
