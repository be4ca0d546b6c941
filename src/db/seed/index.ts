import type { Config } from "../../config.js";
import type { Db } from "../client.js";
import { seedIdentity } from "./identity.js";
import { seedFlavors } from "./flavors.js";
import { seedImages } from "./images.js";
import { seedNetworks } from "./networks.js";
import { seedHosts } from "./hosts.js";

/** First-start data for every service; each step is idempotent. Order matters: identity first. */
export async function seed(db: Db, config: Config): Promise<void> {
  await seedIdentity(db, {
    passwords: { admin: config.adminPassword, demo: config.demoPassword, alt_demo: config.altDemoPassword },
  });
  await seedFlavors(db, config);
  await seedImages(db, config);
  await seedNetworks(db, config);
  await seedHosts(db, config);
}
