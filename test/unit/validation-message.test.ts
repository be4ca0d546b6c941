import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Invalid } from "../../src/errors.js";
import { novaParse } from "../../src/http/versioned.js";
import { flavorRef, name, uuid } from "../../src/api/compute/schemas/parameter-types.js";
import { pyRepr } from "../../src/python-literals.js";

const server = z.object({
  server: z.strictObject({ name, flavorRef, imageRef: z.string().optional(), networks: z.array(z.object({ uuid })).optional() }),
});

function message(body: unknown): string {
  try {
    novaParse(server, body);
  } catch (e) {
    expect(e).toBeInstanceOf(Invalid);
    return (e as Error).message;
  }
  throw new Error("expected a validation failure");
}

describe("Nova-style validation messages (as nova/api/validation/validators.py words them)", () => {
  it("a missing required property names the parent and shows its value", () => {
    // The exact message real Nova returned (shared/reference/nova-zed/error_400_server_create_missing_flavor.json).
    expect(message({ server: { name: "bad", imageRef: "10c1586c-571c-45a3-b8ee-7d7e18465d37" } })).toBe(
      "Invalid input for field/attribute server. Value: {'name': 'bad', 'imageRef': '10c1586c-571c-45a3-b8ee-7d7e18465d37'}. 'flavorRef' is a required property",
    );
  });
  it("a wrong type among several allowed lists them all", () => {
    expect(message({ server: { name: "bad", flavorRef: { x: 1 } } })).toBe(
      "Invalid input for field/attribute flavorRef. Value: {'x': 1}. {'x': 1} is not of type 'string', 'integer'",
    );
  });
  it("a bare string value is printed without quotes after Value:", () => {
    const s = z.object({ server: z.object({ networks: z.array(z.unknown()) }) });
    let msg = "";
    try {
      novaParse(s, { server: { networks: "none" } });
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toBe("Invalid input for field/attribute networks. Value: none. 'none' is not of type 'array'");
  });
  it("unknown properties are reported as jsonschema does", () => {
    expect(message({ server: { name: "a", flavorRef: "1", foo: 1 } })).toBe(
      "Invalid input for field/attribute server. Value: {'name': 'a', 'flavorRef': '1', 'foo': 1}. Additional properties are not allowed ('foo' was unexpected)",
    );
  });
  it("too long, and invalid names use Nova's own message", () => {
    expect(message({ server: { name: "x".repeat(256), flavorRef: "1" } })).toBe(
      `Invalid input for field/attribute name. Value: ${"x".repeat(256)}. '${"x".repeat(256)}' is too long`,
    );
    expect(message({ server: { name: " padded ", flavorRef: "1" } })).toBe(
      "An invalid 'name' value was provided. The name must be: printable characters. Can not start or end with whitespace.",
    );
  });
  it("format failures read like jsonschema's", () => {
    expect(message({ server: { name: "a", flavorRef: "1", networks: [{ uuid: "nope" }] } })).toBe(
      "Invalid input for field/attribute uuid. Value: nope. 'nope' is not a 'uuid'",
    );
  });
  it("top-level failures are the bare message", () => {
    expect(message({})).toBe("'server' is a required property");
  });
  it("pyRepr prints Python literals", () => {
    expect(pyRepr({ a: [true, null, 1.5, "it's"] })).toBe(`{'a': [True, None, 1.5, "it's"]}`);
  });
});
