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
 * Plans are frozen when kept: the engine only reads them.
 */
interface CompilerClass {
  prototype: { compile(query: string): unknown; __novasimPlanCache?: true };
}

const MAX = 2000;

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
    const plan = deepFreeze(compile.call(this, query));
    if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
    cache.set(query, plan);
    return plan;
  };
  proto.__novasimPlanCache = true;
}
