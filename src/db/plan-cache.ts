/**
 * A cache of Prisma's query plans, by the exact query.
 *
 * Prisma 6.19's client engine compiles every query in its WebAssembly query
 * compiler before it runs it (`QueryCompiler.compile(queryJson)`), on the main
 * thread; in a profile of creates that was about a third of the CPU time.
 * Prisma 7.4 caches plans by query shape (prisma/orm#29038); this version has
 * nothing. Here a plan is kept by the exact JSON text of its query, values
 * included, so a hit is the very same query (the same project's quota limits,
 * the same image, the same user), whose plan is the same by construction.
 * Plans are frozen when kept: the engine only reads them. A query is kept
 * from its second sighting on (a 32-bit hash remembers the first), so the
 * many queries that name a new id each time never take room.
 */
interface CompilerClass {
  prototype: { compile(query: string): unknown; __novasimPlanCache?: true };
}

const MAX = 1000;
const SEEN_MAX = 8192;

/** FNV-1a over the UTF-16 units: only decides admission, so a collision costs a compile at most. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === "object" && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}

export const planCacheStats = { hits: 0, misses: 0 };

/** Wrap the compiler class's compile with the cache (once per class). */
export function cachePlans(compiler: CompilerClass): void {
  const proto = compiler.prototype;
  if (proto.__novasimPlanCache) return;
  const compile = proto.compile;
  const cache = new Map<string, unknown>();
  const seen = new Set<number>();
  proto.compile = function (this: unknown, query: string) {
    const hit = cache.get(query);
    if (hit !== undefined) {
      planCacheStats.hits++;
      // Most recently used last: the first key is the one to drop.
      cache.delete(query);
      cache.set(query, hit);
      return hit;
    }
    planCacheStats.misses++;
    const plan = compile.call(this, query);
    const h = hash(query);
    if (!seen.has(h)) {
      if (seen.size >= SEEN_MAX) seen.delete(seen.values().next().value!);
      seen.add(h);
      return plan;
    }
    deepFreeze(plan);
    if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
    cache.set(query, plan);
    return plan;
  };
  proto.__novasimPlanCache = true;
}
