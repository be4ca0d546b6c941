/**
 * Bounded `IN` lists. Prisma splits a plain `where: { col: { in: ids } }` over
 * several statements by itself, but not when the query also orders, filters on
 * a relation or has more than one list: it then sends a single statement and
 * fails with P2029 once the bound parameters exceed what the database takes.
 * Measured with the driver adapters of Prisma 6.19: 999 on SQLite (a query
 * with an order and one list fails from 998 ids), 32766 on PostgreSQL. Every
 * list built from ids that can be long (a page of 1000 servers, a host list, a
 * filter repeated in the query string) goes through here, in chunks small
 * enough to leave room for the query's other parameters.
 */
export const MAX_IDS_PER_QUERY = 400;

/** `run` on `ids` (deduplicated) in chunks of at most `size`, one after another; the rows concatenated. */
export async function inChunks<T, R>(ids: readonly T[], run: (chunk: T[]) => Promise<R[]>, size = MAX_IDS_PER_QUERY): Promise<R[]> {
  const unique = [...new Set(ids)];
  if (unique.length <= size) return run(unique);
  const out: R[] = [];
  for (let i = 0; i < unique.length; i += size) out.push(...(await run(unique.slice(i, i + size))));
  return out;
}

/**
 * A query with several optional id lists ANDed together (Neutron's repeated
 * filters): when their total is over the bound, each list is cut into chunks
 * of an equal share of it and the query runs on every combination of chunks
 * (they match disjoint rows). The rows come back ordered by `order`, as one
 * query would give them.
 */
export async function inChunksOf<W extends Record<string, readonly string[] | undefined>, R>(
  lists: W,
  run: (lists: W) => Promise<R[]>,
  order: (a: R, b: R) => number,
): Promise<R[]> {
  const entries = Object.entries(lists)
    .filter((e): e is [string, readonly string[]] => e[1] !== undefined)
    .map(([k, v]) => [k, [...new Set(v)]] as const);
  const total = entries.reduce((n, [, v]) => n + v.length, 0);
  if (total <= MAX_IDS_PER_QUERY) return run(lists);
  const share = Math.max(1, Math.floor(MAX_IDS_PER_QUERY / entries.length));
  let combos: Record<string, string[]>[] = [{}];
  for (const [k, v] of entries) {
    const chunks: string[][] = [];
    for (let i = 0; i < v.length; i += share) chunks.push(v.slice(i, i + share));
    combos = combos.flatMap((c) => chunks.map((chunk) => ({ ...c, [k]: chunk })));
  }
  const out: R[] = [];
  for (const c of combos) out.push(...(await run({ ...lists, ...c })));
  return out.sort(order);
}
