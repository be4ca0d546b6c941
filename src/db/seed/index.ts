import crypto from "node:crypto";
import type { Config } from "../../config.js";
import { resolveHosts } from "../../simulator/topology.js";
import type { Db } from "../client.js";
import { passwordHashes, seedIdentity } from "./identity.js";
import { seedFlavors } from "./flavors.js";
import { seedImages } from "./images.js";
import { seedNetworks } from "./networks.js";
import { seedHosts } from "./hosts.js";

/** Bump when a seed step writes something new, so databases seeded before get it on their next start. */
const SEED_VERSION = 1;

/**
 * What the seed's identity, flavor and network steps depend on: the seed code
 * (SEED_VERSION) and the settings they read. A database seeded with the same
 * fingerprint already holds all of it, so a restart skips those steps (about
 * thirty upserts). Images (their file may be missing from a new data
 * directory) and hosts (a restart reports every configured nova-compute up)
 * are seeded on every start.
 */
export function seedFingerprint(config: Config): string {
  const inputs = {
    v: SEED_VERSION,
    passwords: [config.adminPassword, config.demoPassword, config.altDemoPassword],
    hosts: resolveHosts(config),
  };
  return crypto.createHash("sha256").update(JSON.stringify(inputs)).digest("hex").slice(0, 32);
}

/** The seeded users' password hashes, begun ahead of the seed (a start on a new database). */
export const seedPasswordHashes = (config: Config) =>
  passwordHashes({ admin: config.adminPassword, demo: config.demoPassword, alt_demo: config.altDemoPassword });

/** First-start data for every service; each step is idempotent. Order matters: identity first. */
export async function seed(db: Db, config: Config, opts: { hashes?: ReturnType<typeof seedPasswordHashes> } = {}): Promise<void> {
  const topic = `seed:${seedFingerprint(config)}`;
  const seeded = (await db.changeStamp.findUnique({ where: { topic }, select: { version: true } })) !== null;
  if (!seeded) {
    await seedIdentity(db, {
      passwords: { admin: config.adminPassword, demo: config.demoPassword, alt_demo: config.altDemoPassword },
      hashes: opts.hashes,
    });
    await seedFlavors(db, config);
  }
  await seedImages(db, config);
  if (!seeded) await seedNetworks(db, config);
  await seedHosts(db, config);
  if (!seeded) {
    await db.changeStamp.deleteMany({ where: { topic: { startsWith: "seed:" } } });
    await db.changeStamp.upsert({ where: { topic }, create: { topic, version: 1 }, update: {} });
  }
}
