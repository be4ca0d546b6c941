import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../../src/identity/passwords.js";

describe("passwords", () => {
  it("hashes with a salt: the same password gives different hashes, each verifying it", async () => {
    const a = await hashPassword("s3cret");
    const b = await hashPassword("s3cret");
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword("s3cret", a)).toBe(true);
    expect(await verifyPassword("s3cret", b)).toBe(true);
  });

  it("refuses a wrong password, also after the right one was verified (and remembered)", async () => {
    const h = await hashPassword("right");
    expect(await verifyPassword("wrong", h)).toBe(false);
    expect(await verifyPassword("right", h)).toBe(true);
    expect(await verifyPassword("right", h)).toBe(true);
    expect(await verifyPassword("wrong", h)).toBe(false);
    expect(await verifyPassword("righ", h)).toBe(false);
  });

  it("a remembered password does not match another hash of another password", async () => {
    const old = await hashPassword("first");
    expect(await verifyPassword("first", old)).toBe(true);
    const changed = await hashPassword("second");
    expect(await verifyPassword("first", changed)).toBe(false);
    expect(await verifyPassword("second", changed)).toBe(true);
  });

  it("refuses malformed stored values", async () => {
    expect(await verifyPassword("x", "")).toBe(false);
    expect(await verifyPassword("x", "bcrypt$1$2$3$a$b")).toBe(false);
  });
});
