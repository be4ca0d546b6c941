import type { Config } from "../../config.js";
import type { Db } from "../client.js";

/** Seeds the default hosts (idempotent). */
export async function seedHosts(db: Db, config: Config): Promise<void> {
  void db;
  void config;
}
