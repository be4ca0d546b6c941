import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

describe("configuration", () => {
  it("has working defaults", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: "127.0.0.1", port: 8774, region: "RegionOne", tokenTtl: 3600, logLevel: "info" });
    expect(c.databaseUrl).toMatch(/^file:.*data\/novasim\.db$/);
  });

  it("reads environment variables and lets flags override them", () => {
    const c = loadConfig({ NOVASIM_PORT: "9000", NOVASIM_TOKEN_TTL: "60" }, ["--port", "9100", "--log-level=debug"]);
    expect(c.port).toBe(9100);
    expect(c.tokenTtl).toBe(60);
    expect(c.logLevel).toBe("debug");
  });

  it("strips a trailing slash from the public URL", () => {
    expect(loadConfig({ NOVASIM_PUBLIC_URL: "https://cloud.example/" }).publicUrl).toBe("https://cloud.example");
  });

  it.each([
    [{ NOVASIM_PORT: "abc" }, [], /^invalid NOVASIM_PORT="abc": /],
    [{ NOVASIM_PORT: "70000" }, [], /^invalid NOVASIM_PORT="70000"/],
    [{ NOVASIM_LOG_LEVEL: "loud" }, [], /^invalid NOVASIM_LOG_LEVEL="loud"/],
    [{ DATABASE_URL: "mysql://x" }, [], /^invalid DATABASE_URL="mysql:\/\/x": must start with file: or postgresql:\/\//],
    [{ NOVASIM_PUBLIC_URL: "not a url" }, [], /^invalid NOVASIM_PUBLIC_URL/],
    [{}, ["--port", "x"], /^invalid --port="x"/],
    [{}, ["--no-such-flag", "1"], /^unknown option --no-such-flag$/],
    [{}, ["--port"], /^option --port needs a value$/],
  ] as const)("rejects %j %j with a one-line message naming the setting", (env, argv, msg) => {
    let err: unknown;
    try {
      loadConfig(env as NodeJS.ProcessEnv, [...argv]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(msg);
    expect((err as Error).message).not.toContain("\n");
  });

  it("the server exits non-zero with that one line on a bad value", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "src/server.ts"], {
      env: { ...process.env, NOVASIM_PORT: "not-a-port" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^novasim: invalid NOVASIM_PORT="not-a-port": .+$/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
