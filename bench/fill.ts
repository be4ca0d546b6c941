/**
 * Fills a project with servers quickly, for the 10,000-server scenarios: copies
 * one ACTIVE server that was created through the API (its Instance row and its
 * host allocations) `count` times, straight into the database through the
 * Prisma client, with new ids, names and creation times one millisecond apart.
 * Creating them through the API (bench/run.ts --fill api) gives the same rows
 * but takes minutes on a small machine.
 */
import crypto from "node:crypto";
import { openDatabase } from "../src/db/client.js";

export async function fillServers(url: string, templateId: string, count: number): Promise<void> {
  const db = await openDatabase(url);
  try {
    const p = db.prisma;
    const step = (m: string) => process.env.BENCH_DEBUG && process.stderr.write(`fill: ${m}\n`);
    step("opened");
    const tpl = await p.instance.findUniqueOrThrow({ where: { id: templateId } });
    const allocs = await p.allocation.findMany({ where: { consumerId: templateId } });
    const base = tpl.createdAt.getTime();
    const BATCH = 200;
    for (let done = 0; done < count; done += BATCH) {
      const n = Math.min(BATCH, count - done);
      const rows = Array.from({ length: n }, (_, k) => {
        const i = done + k;
        const created = new Date(base + i + 1);
        return { ...tpl, id: crypto.randomUUID(), displayName: `bench-fill-${i}`, reservationId: `r-${crypto.randomBytes(4).toString("hex")}`, createdAt: created, updatedAt: created, launchedAt: created };
      });
      step(`batch at ${done}`);
      await p.$transaction([
        p.instance.createMany({ data: rows }),
        p.allocation.createMany({ data: rows.flatMap((r) => allocs.map(({ id: _id, ...a }) => ({ ...a, consumerId: r.id }))) }),
      ]);
    }
  } finally {
    await db.close();
  }
}
