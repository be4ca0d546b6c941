import { isDeepStrictEqual } from "node:util";
import type { FastifySerializerCompiler } from "fastify/types/schema.js";
import { serializerCompiler as zodSerializerCompiler } from "fastify-type-provider-zod";
import type { ZodType } from "zod";

/**
 * Response bodies are written with JSON.stringify, as the views build them.
 * With `validateResponses` on (the test suite's setting) each body is first
 * checked against its route's zod response schema, and must also come out of
 * that schema unchanged (no key stripped, no default or transform applied): so
 * the plain path gives exactly the bodies the tests checked, without paying a
 * schema parse per response in production.
 */
export function responseSerializer(validate: boolean): FastifySerializerCompiler<ZodType> {
  if (!validate) return () => (data) => JSON.stringify(data);
  return (route) => {
    const checked = zodSerializerCompiler(route as Parameters<typeof zodSerializerCompiler>[0]);
    return (data) => {
      const out = checked(data);
      const plain = JSON.stringify(data);
      if (out !== plain && !isDeepStrictEqual(JSON.parse(out), JSON.parse(plain))) {
        throw new Error(`the response schema of ${route.method} ${route.url} changes the body the view built: ${out} vs ${plain}`.slice(0, 2000));
      }
      return plain;
    };
  };
}
