import type { Tx } from "../client.js";

/**
 * Data sets that replicas keep in memory. Every write to one bumps its stamp;
 * a reader compares the stamp (one primary-key read, src/db/fast-read.ts) with
 * the version it loaded and reloads when they differ, so a change made through
 * any replica is seen by the next request everywhere.
 */
export type StampTopic = "flavors";

export async function bumpStamp(db: Tx, topic: StampTopic): Promise<void> {
  await db.changeStamp.upsert({ where: { topic }, create: { topic, version: 1 }, update: { version: { increment: 1 } } });
}
