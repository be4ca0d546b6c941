import type { Config } from "../../config.js";
import type { Db } from "../client.js";

/** Seeds the default networks (idempotent). */
export async function seedNetworks(db: Db, config: Config): Promise<void> {
  void db;
  void config;
}
