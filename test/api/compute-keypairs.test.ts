import crypto from "node:crypto";
import sshpk from "sshpk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findKeypairForBoot } from "../../src/compute/keypairs.js";
import { startApp, type TestApp } from "../helpers.js";

// Keys and fingerprints made with ssh-keygen / openssl, independently of novasim:
//   ssh-keygen -l -E md5 -f key.pub ; openssl x509 -noout -fingerprint -sha1
const RSA_PUB =
  "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCY+DI594i+EpyVksquZxlXMCfUuDOhTkWk7s258KtvGbxx+V8xBMmNmVTT2HuwsdxCUr6InCby2ipUcWJRktCiedONr4ibUX94DkwNGSHMdxbMR2EuGyhAcl420RbcpK6bXDEi0W5M5C6dFoyi1ckhBq49p7lr4OSly5mXx1LJXQhxuStMrkgx4a6cDnEJrQ1/uM+o/taj/spAetmEwtga+NHpx6dmDwdaHCR/yzdltYkmjGYAROMO4tgq+kZcYMIm0l4QyaotYInhXm6EvfuC+AFC59Yf1NUdU1pTPgctSl0bsnO21Ag3knol1/kUYBNWPFHyXWa4/Hhu21GSTzcd test@novasim";
const RSA_MD5 = "88:08:de:8c:8d:63:c1:c4:ba:89:41:ad:44:f6:6a:f5";
const ED_PUB = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGr6wkjdZBOgEq0m+ZYXdJjcC1xuX0/Bh0fufr7HAiDk ed@novasim";
const ED_MD5 = "65:ed:d2:fa:12:91:a1:62:e9:93:2f:4b:51:2c:4f:5e";
const CERT = `-----BEGIN CERTIFICATE-----
MIIDDzCCAfegAwIBAgIUEgyQO4rqeM33H0hcg9zlDX3LFwQwDQYJKoZIhvcNAQEL
BQAwFzEVMBMGA1UEAwwMbm92YXNpbS10ZXN0MB4XDTI2MTEyNjA2NDA1MVoXDTM2
MTEyMzA2NDA1MVowFzEVMBMGA1UEAwwMbm92YXNpbS10ZXN0MIIBIjANBgkqhkiG
9w0BAQEFAAOCAQ8AMIIBCgKCAQEA1qi6WVWdLtPml+AGHTJb78ZgqSxzSnv8cebR
548Un4p71ayxSqfuHCEkhBsozti7nUAzPrbAQOJo2BsCVoK+BgVPvLZ07KAH2D9i
GJsvTpIMmQCz0FnWfuTXFoSlFRTi7Up1k6BRoyfesuw7gP0YW7H3WCre8Vv/6jrj
KX1icdBOSgTiFfiftBiky2UQd0iZ6ZgQI12WaPQJoZJB4OXXPz8ZwpZ7tFWueLyJ
D3qjP+J7mP6SuvEs7z+/LY8HpAhbsEkz9UPd83+4416u92+0ND0p2XxYDZE6H/fb
RYsNqdJZbOwLbahluUIHE8aMHMWk0IbmBBT06+QCQEbpuaMKlwIDAQABo1MwUTAd
BgNVHQ4EFgQUQpIOKo5GUSNiEecNK1n7qhg/a4QwHwYDVR0jBBgwFoAUQpIOKo5G
USNiEecNK1n7qhg/a4QwDwYDVR0TAQH/BAUwAwEB/zANBgkqhkiG9w0BAQsFAAOC
AQEAAPsflakUxJ/CDT5+qibi5BnW1XFL3NFlbPbyLzAnlCSXK9B3qkn+9FHxPOZ6
BMIlgZeKY61RhBqBBryktt8kG7G7LreqJ6SwM3k+FKV7Gpux5Yhqb1U6iDQB+hyL
zzVXm65YfCfKagCmUFvpY8mWlaoSovHLv2osEDhyci0/joLTm7CoXexVkwI+hZW9
PqJKULwDgve+Ve0juhki/3wksUHAI5iBlCdgb6xdYr8itY5CpLHofE2cKzoBiPpv
xHIj5Xz9t4eJUkXvS7fXldHP/DXwvabX9LsN4Y9KRp3FPCgrVPppmc3CO/AmIJ3W
6mvVQsQxI3lsfgjtqImm0AzPmg==
-----END CERTIFICATE-----
`;
const CERT_SHA1 = "04:04:18:56:e6:56:0b:d4:a6:51:79:41:f5:8d:09:fb:07:aa:9f:6a";

let t: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startApp();
  for (const u of ["admin", "demo", "alt_demo"] as const) {
    const row = await t.db.prisma.user.findFirst({ where: { name: u }, select: { id: true } });
    ids[u] = row!.id;
  }
});
afterAll(async () => {
  await t?.close();
});

async function call(
  user: "admin" | "demo" | "alt_demo",
  method: "GET" | "POST" | "DELETE",
  url: string,
  opts: { mv?: string; payload?: unknown } = {},
) {
  const headers: Record<string, string> = { "x-auth-token": await t.token(user) };
  if (opts.mv) headers["openstack-api-version"] = `compute ${opts.mv}`;
  const res = await t.app.inject({ method, url: `/compute/v2.1${url}`, headers, payload: opts.payload as object });
  return { status: res.statusCode, body: res.body ? res.json() : undefined, raw: res.body };
}

const create = (user: "admin" | "demo" | "alt_demo", keypair: Record<string, unknown>, mv?: string) =>
  call(user, "POST", "/os-keypairs", { mv, payload: { keypair } });

describe("import", () => {
  it("imports an RSA key at 2.1 with 200 and ssh-keygen's MD5 fingerprint, no type", async () => {
    const r = await create("demo", { name: "rsa-21", public_key: RSA_PUB });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      keypair: { name: "rsa-21", public_key: RSA_PUB, fingerprint: RSA_MD5, user_id: ids.demo },
    });
  });

  it("imports an ed25519 key at 2.2 with 201 and type ssh", async () => {
    const r = await create("demo", { name: "ed-22", public_key: ED_PUB }, "2.2");
    expect(r.status).toBe(201);
    expect(r.body.keypair).toEqual({ name: "ed-22", public_key: ED_PUB, fingerprint: ED_MD5, user_id: ids.demo, type: "ssh" });
  });

  it("imports an x509 certificate with its SHA-1 fingerprint", async () => {
    const r = await create("demo", { name: "cert", public_key: CERT, type: "x509" }, "2.2");
    expect(r.status).toBe(201);
    expect(r.body.keypair.fingerprint).toBe(CERT_SHA1);
    expect(r.body.keypair.type).toBe("x509");
  });

  it.each([
    ["garbage", "not a key"],
    ["truncated blob", "ssh-rsa AAAAB3NzaC1yc2EAAAADAQAB"],
    ["type mismatch", `ssh-ed25519 ${RSA_PUB.split(" ")[1]}`],
    ["leading space", ` ${RSA_PUB}`],
    ["empty", ""],
  ])("rejects an invalid ssh key (%s) with Nova's 400", async (_, key) => {
    const r = await create("demo", { name: "bad", public_key: key });
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ badRequest: { code: 400, message: "Keypair data is invalid: failed to generate fingerprint" } });
  });

  it("rejects an invalid certificate with 400", async () => {
    const r = await create("demo", { name: "bad", public_key: "nope", type: "x509" }, "2.2");
    expect(r.status).toBe(400);
    expect(r.body.badRequest.message).toMatch(/^Keypair data is invalid: failed to generate X509 fingerprint/);
  });

  it("refuses a duplicate name with 409", async () => {
    const r = await create("demo", { name: "rsa-21", public_key: ED_PUB });
    expect(r.status).toBe(409);
    expect(r.body).toEqual({ conflictingRequest: { code: 409, message: "Key pair 'rsa-21' already exists." } });
  });

  it("lets another user take the same name", async () => {
    const r = await create("alt_demo", { name: "rsa-21", public_key: RSA_PUB }, "2.2");
    expect(r.status).toBe(201);
    expect(r.body.keypair.user_id).toBe(ids.alt_demo);
  });
});

describe("name and body validation", () => {
  it("rejects characters outside [a-zA-Z0-9 _-] before 2.92", async () => {
    const r = await create("demo", { name: "a@b.c", public_key: ED_PUB }, "2.91");
    expect(r.status).toBe(400);
    expect(r.body.badRequest.message).toBe(
      "Invalid input for field/attribute name. Value: a@b.c. 'a@b.c' does not match '^[_\\\\- a-zA-Z0-9]+$'",
    );
  });

  it("accepts @ and . from 2.92", async () => {
    const r = await create("demo", { name: "a@b.c", public_key: ED_PUB }, "2.92");
    expect(r.status).toBe(201);
    expect(r.body.keypair).not.toHaveProperty("private_key");
  });

  it("rejects leading whitespace with the name format message", async () => {
    const r = await create("demo", { name: " x", public_key: ED_PUB });
    expect(r.status).toBe(400);
    expect(r.body.badRequest.message).toBe(
      "An invalid 'name' value was provided. The name must be: printable characters. Can not start or end with whitespace.",
    );
  });

  it("rejects an empty name with the name format message, as Nova checks the format first", async () => {
    const r = await create("demo", { name: "", public_key: ED_PUB });
    expect(r.status).toBe(400);
    expect(r.body.badRequest.message).toMatch(/^An invalid 'name' value was provided/);
  });

  it("rejects a 256-character name and a missing name", async () => {
    const long = await create("demo", { name: "a".repeat(256), public_key: ED_PUB });
    expect(long.status).toBe(400);
    expect(long.body.badRequest.message).toMatch(/is too long$/);
    const missing = await create("demo", { public_key: ED_PUB });
    expect(missing.status).toBe(400);
    expect(missing.body.badRequest.message).toMatch(/'name' is a required property$/);
  });

  it("rejects `type` before 2.2 and `user_id` before 2.10 as additional properties", async () => {
    const t21 = await create("demo", { name: "x", type: "ssh", public_key: ED_PUB });
    expect(t21.status).toBe(400);
    expect(t21.body.badRequest.message).toMatch(/Additional properties are not allowed \('type' was unexpected\)/);
    const u22 = await create("demo", { name: "x", user_id: ids.demo, public_key: ED_PUB }, "2.2");
    expect(u22.status).toBe(400);
    expect(u22.body.badRequest.message).toMatch(/'user_id' was unexpected/);
  });

  it("rejects an unknown type", async () => {
    const r = await create("demo", { name: "x", type: "pgp", public_key: ED_PUB }, "2.2");
    expect(r.status).toBe(400);
    expect(r.body.badRequest.message).toBe(
      "Invalid input for field/attribute type. Value: pgp. 'pgp' is not one of ['ssh', 'x509']",
    );
  });

  it("requires public_key from 2.92", async () => {
    const r = await create("demo", { name: "gen-292" }, "2.92");
    expect(r.status).toBe(400);
    expect(r.body.badRequest.message).toBe(
      "Invalid input for field/attribute keypair. Value: {'name': 'gen-292'}. 'public_key' is a required property",
    );
  });

  it("rejects a body without keypair", async () => {
    const r = await call("demo", "POST", "/os-keypairs", { payload: { foo: 1 } });
    expect(r.status).toBe(400);
    expect(r.body.badRequest.message).toBe("'keypair' is a required property");
  });
});

describe("generate", () => {
  it("generates an RSA 2048 key pair whose halves match (2.1)", async () => {
    const r = await create("demo", { name: "gen-21" });
    expect(r.status).toBe(200);
    const kp = r.body.keypair;
    expect(kp.private_key).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    expect(kp.public_key).toMatch(/^ssh-rsa \S+ Generated-by-Nova$/);
    const priv = crypto.createPrivateKey(kp.private_key);
    expect(priv.asymmetricKeyDetails?.modulusLength).toBe(2048);
    // The public half derived from the private key is the one returned.
    const derived = sshpk.parseKey(crypto.createPublicKey(priv).export({ type: "spki", format: "pem" }) as string, "pem");
    expect(derived.toBuffer("rfc4253").toString("base64")).toBe(kp.public_key.split(" ")[1]);
    const md5 = crypto.createHash("md5").update(Buffer.from(kp.public_key.split(" ")[1], "base64")).digest("hex");
    expect(kp.fingerprint).toBe(md5.match(/../g)!.join(":"));
    // Stored: show returns the same public key, never the private one.
    const shown = await call("demo", "GET", "/os-keypairs/gen-21");
    expect(shown.body.keypair.public_key).toBe(kp.public_key);
    expect(shown.body.keypair).not.toHaveProperty("private_key");
  });

  it("generates an x509 certificate for the user at 2.2", async () => {
    const r = await create("demo", { name: "gen-x509", type: "x509" }, "2.2");
    expect(r.status).toBe(201);
    const cert = new crypto.X509Certificate(r.body.keypair.public_key);
    expect(cert.subject).toBe(`CN=${ids.demo}`);
    expect(r.body.keypair.fingerprint).toBe(cert.fingerprint.toLowerCase());
  });
});

describe("show, list, delete", () => {
  it("shows a key pair at 2.1 without type and at 2.2 with it", async () => {
    const r21 = await call("demo", "GET", "/os-keypairs/rsa-21");
    expect(r21.status).toBe(200);
    expect(r21.body.keypair).toEqual({
      name: "rsa-21",
      public_key: RSA_PUB,
      fingerprint: RSA_MD5,
      user_id: ids.demo,
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/),
      deleted: false,
      deleted_at: null,
      updated_at: null,
      id: expect.any(Number),
    });
    const r22 = await call("demo", "GET", "/os-keypairs/rsa-21", { mv: "2.2" });
    expect(r22.body.keypair.type).toBe("ssh");
  });

  it("hides other users' key pairs: 404 naming the caller", async () => {
    const r = await call("demo", "GET", "/os-keypairs/ed-22");
    expect(r.status).toBe(200);
    const other = await call("alt_demo", "GET", "/os-keypairs/ed-22");
    expect(other.status).toBe(404);
    expect(other.body).toEqual({ itemNotFound: { code: 404, message: `Keypair ed-22 not found for user ${ids.alt_demo}` } });
    const del = await call("alt_demo", "DELETE", "/os-keypairs/ed-22", { mv: "2.2" });
    expect(del.status).toBe(404);
  });

  it("lists only the caller's key pairs, by name, with type from 2.2", async () => {
    const r21 = await call("alt_demo", "GET", "/os-keypairs");
    expect(r21.status).toBe(200);
    expect(r21.body).toEqual({ keypairs: [{ keypair: { name: "rsa-21", public_key: RSA_PUB, fingerprint: RSA_MD5 } }] });
    const r22 = await call("demo", "GET", "/os-keypairs", { mv: "2.2" });
    const names = r22.body.keypairs.map((k: { keypair: { name: string } }) => k.keypair.name);
    expect(names).toEqual([...names].sort());
    expect(names).toContain("ed-22");
    expect(r22.body.keypairs[0].keypair).toHaveProperty("type");
    expect(r22.body).not.toHaveProperty("keypairs_links");
  });

  it("lets an admin act on another user's key pairs from 2.10, not before", async () => {
    const list = await call("admin", "GET", `/os-keypairs?user_id=${ids.alt_demo}`, { mv: "2.10" });
    expect(list.body.keypairs.map((k: { keypair: { name: string } }) => k.keypair.name)).toEqual(["rsa-21"]);
    const before = await call("admin", "GET", `/os-keypairs?user_id=${ids.alt_demo}`, { mv: "2.9" });
    expect(before.body.keypairs).toEqual([]);
    const shown = await call("admin", "GET", `/os-keypairs/rsa-21?user_id=${ids.alt_demo}`, { mv: "2.10" });
    expect(shown.body.keypair.user_id).toBe(ids.alt_demo);
    const made = await create("admin", { name: "for-alt", public_key: ED_PUB, user_id: ids.alt_demo }, "2.10");
    expect(made.status).toBe(201);
    expect(made.body.keypair.user_id).toBe(ids.alt_demo);
    const del = await call("admin", "DELETE", `/os-keypairs/for-alt?user_id=${ids.alt_demo}`, { mv: "2.10" });
    expect(del.status).toBe(204);
  });

  it("forbids a non-admin to act for another user", async () => {
    const r = await call("demo", "GET", `/os-keypairs?user_id=${ids.alt_demo}`, { mv: "2.10" });
    expect(r.status).toBe(403);
    expect(r.body).toEqual({
      forbidden: { code: 403, message: "Policy doesn't allow os_compute_api:os-keypairs:index to be performed." },
    });
    const c = await create("demo", { name: "x", public_key: ED_PUB, user_id: ids.alt_demo }, "2.10");
    expect(c.status).toBe(403);
  });

  it("deletes with 202 and no body before 2.2, 204 from 2.2", async () => {
    await create("demo", { name: "del-a", public_key: ED_PUB });
    await create("demo", { name: "del-b", public_key: ED_PUB });
    const a = await call("demo", "DELETE", "/os-keypairs/del-a");
    expect(a.status).toBe(202);
    expect(a.raw).toBe("");
    const b = await call("demo", "DELETE", "/os-keypairs/del-b", { mv: "2.2" });
    expect(b.status).toBe(204);
    expect((await call("demo", "GET", "/os-keypairs/del-a")).status).toBe(404);
  });

  it("rejects unknown query parameters from 2.75 only", async () => {
    expect((await call("demo", "GET", "/os-keypairs/rsa-21?foo=1", { mv: "2.74" })).status).toBe(200);
    const r = await call("demo", "GET", "/os-keypairs/rsa-21?foo=1", { mv: "2.75" });
    expect(r.status).toBe(400);
    expect(r.body.badRequest.message).toBe("Additional properties are not allowed ('foo' was unexpected)");
  });
});

describe("paging (2.35)", () => {
  beforeAll(async () => {
    for (const n of ["p-a", "p-b", "p-c", "p-d", "p-e"]) {
      const r = await create("alt_demo", { name: n, public_key: ED_PUB }, "2.35");
      expect(r.status).toBe(201);
    }
  });

  it("pages by name with limit/marker and a next link", async () => {
    const p1 = await call("alt_demo", "GET", "/os-keypairs?limit=2", { mv: "2.35" });
    expect(p1.body.keypairs.map((k: { keypair: { name: string } }) => k.keypair.name)).toEqual(["p-a", "p-b"]);
    expect(p1.body.keypairs_links).toEqual([
      { rel: "next", href: "http://localhost:80/compute/v2.1/os-keypairs?limit=2&marker=p-b" },
    ]);
    const p2 = await call("alt_demo", "GET", "/os-keypairs?limit=2&marker=p-b", { mv: "2.35" });
    expect(p2.body.keypairs.map((k: { keypair: { name: string } }) => k.keypair.name)).toEqual(["p-c", "p-d"]);
    const p3 = await call("alt_demo", "GET", "/os-keypairs?limit=2&marker=p-d", { mv: "2.35" });
    expect(p3.body.keypairs.map((k: { keypair: { name: string } }) => k.keypair.name)).toEqual(["p-e", "rsa-21"]);
    const p4 = await call("alt_demo", "GET", "/os-keypairs?limit=2&marker=rsa-21", { mv: "2.35" });
    expect(p4.body).toEqual({ keypairs: [] });
  });

  it("ignores limit before 2.35", async () => {
    const r = await call("alt_demo", "GET", "/os-keypairs?limit=2", { mv: "2.34" });
    expect(r.body.keypairs).toHaveLength(6);
    expect(r.body).not.toHaveProperty("keypairs_links");
  });

  it("answers 400 for an unknown marker or a bad limit", async () => {
    const m = await call("alt_demo", "GET", "/os-keypairs?marker=nope", { mv: "2.35" });
    expect(m.status).toBe(400);
    expect(m.body.badRequest.message).toBe("Marker nope could not be found.");
    const l = await call("alt_demo", "GET", "/os-keypairs?limit=-1", { mv: "2.35" });
    expect(l.status).toBe(400);
    expect(l.body.badRequest.message).toBe("Invalid input for query parameters limit. Value: -1. '-1' does not match '^[0-9]*$'");
  });
});

describe("quota and boot lookup", () => {
  it("refuses a key pair over the key_pairs quota with 403", async () => {
    const project = await t.db.prisma.project.findFirst({ where: { name: "demo" }, select: { id: true } });
    await t.db.prisma.quotaLimit.create({ data: { projectId: project!.id, resource: "key_pairs", hardLimit: 0 } });
    try {
      const r = await create("demo", { name: "over", public_key: ED_PUB });
      expect(r.status).toBe(403);
      expect(r.body).toEqual({ forbidden: { code: 403, message: "Quota exceeded, too many key pairs." } });
    } finally {
      await t.db.prisma.quotaLimit.deleteMany({ where: { projectId: project!.id } });
    }
  });

  it("findKeypairForBoot returns the key or Nova's 400", async () => {
    const kp = await findKeypairForBoot(t.db.prisma, ids.demo!, "rsa-21");
    expect(kp).toEqual({ name: "rsa-21", publicKey: RSA_PUB, type: "ssh" });
    await expect(findKeypairForBoot(t.db.prisma, ids.alt_demo!, "ed-22")).rejects.toMatchObject({
      code: 400,
      message: "Invalid key_name provided.",
    });
  });
});
