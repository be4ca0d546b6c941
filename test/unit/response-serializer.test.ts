import { describe, expect, it } from "vitest";
import { z } from "zod";
import { responseSerializer } from "../../src/http/serializer.js";

const route = (schema: z.ZodType) => ({ schema, method: "GET", url: "/x", httpStatus: "200" }) as never;

describe("responseSerializer", () => {
  const schema = z.object({ a: z.number(), b: z.string().optional() });

  it("writes the view's body as it is", () => {
    expect(responseSerializer(false)(route(schema))({ b: "x", a: 1, extra: true })).toBe('{"b":"x","a":1,"extra":true}');
    expect(responseSerializer(true)(route(schema))({ b: "x", a: 1 })).toBe('{"b":"x","a":1}');
  });

  it("with validation on, refuses a body its schema rejects or would change", () => {
    const check = responseSerializer(true)(route(schema));
    expect(() => check({ a: "1" })).toThrow();
    // Accepted by the schema, but the key would be stripped: the plain path would send it.
    expect(() => check({ a: 1, extra: true })).toThrow(/changes the body/);
    const withDefault = responseSerializer(true)(route(z.object({ a: z.number().default(5) })));
    expect(() => withDefault({})).toThrow(/changes the body/);
  });
});
