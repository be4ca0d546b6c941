// The WebAssembly query compilers' JavaScript side, as the generated clients load them
// (src/db/generated/*/internal/class.ts); only what src/db/plan-cache.ts touches.
declare module "@prisma/client/runtime/query_compiler_bg.sqlite.mjs" {
  export const QueryCompiler: { prototype: { compile(query: string): unknown } };
}
declare module "@prisma/client/runtime/query_compiler_bg.postgresql.mjs" {
  export const QueryCompiler: { prototype: { compile(query: string): unknown } };
}
