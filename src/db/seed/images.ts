import type { Config } from "../../config.js";
import type { Db } from "../client.js";

/** Seeds the default images (idempotent). */
export async function seedImages(db: Db, config: Config): Promise<void> {
  void db;
  void config;
}
