import type { Config } from "../../config.js";
import type { Db } from "../client.js";
import { bumpStamp } from "../repositories/stamps.js";

/**
 * Nova's historical default flavors (ids 1-5) and DevStack's m1.nano (42) and
 * m1.micro (84), all public. Only missing ones are created: a flavor an operator
 * changed or deleted by name or id is left as it is.
 */
export const DEFAULT_FLAVORS = [
  { flavorId: "1", name: "m1.tiny", memoryMb: 512, vcpus: 1, rootGb: 1 },
  { flavorId: "2", name: "m1.small", memoryMb: 2048, vcpus: 1, rootGb: 20 },
  { flavorId: "3", name: "m1.medium", memoryMb: 4096, vcpus: 2, rootGb: 40 },
  { flavorId: "4", name: "m1.large", memoryMb: 8192, vcpus: 4, rootGb: 80 },
  { flavorId: "5", name: "m1.xlarge", memoryMb: 16384, vcpus: 8, rootGb: 160 },
  { flavorId: "42", name: "m1.nano", memoryMb: 128, vcpus: 1, rootGb: 1 },
  { flavorId: "84", name: "m1.micro", memoryMb: 192, vcpus: 1, rootGb: 1 },
] as const;

/** Seeds the default flavors (idempotent). */
export async function seedFlavors(db: Db, config: Config): Promise<void> {
  void config;
  const existing = await db.flavor.findMany({
    where: { OR: [{ flavorId: { in: DEFAULT_FLAVORS.map((f) => f.flavorId) } }, { name: { in: DEFAULT_FLAVORS.map((f) => f.name) } }] },
    select: { flavorId: true, name: true },
  });
  const taken = new Set(existing.flatMap((f) => [`id:${f.flavorId}`, `name:${f.name}`]));
  const missing = DEFAULT_FLAVORS.filter((f) => !taken.has(`id:${f.flavorId}`) && !taken.has(`name:${f.name}`));
  for (const f of missing) {
    try {
      await db.flavor.create({
        data: { ...f, ephemeralGb: 0, swapMb: 0, rxtxFactor: 1.0, isPublic: true, disabled: false },
        select: { id: true },
      });
    } catch (err) {
      // Another replica seeding at the same moment created it first.
      if ((err as { code?: string }).code !== "P2002") throw err;
    }
  }
  if (missing.length) await bumpStamp(db, "flavors");
}
