import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { envNamesOf, flagOf, helpText, loadConfig, settings, wantsHelp } from "../../src/config.js";
import { announce, baseUrl, cloudsYaml, seededAccounts } from "../../src/ready.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const keys = Object.keys(settings) as (keyof typeof settings)[];
const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();

describe("--help", () => {
  it("lists every setting with its flag, variables and default", () => {
    const text = helpText();
    for (const k of keys) {
      expect(text).toContain(flagOf(k));
      for (const env of envNamesOf(k)) expect(text).toContain(env);
    }
    expect(text).toContain("--action-times <value>   NOVASIM_ACTION_TIMES   default: {}");
    expect(text).not.toContain("[object Object]");
    expect(wantsHelp(["--port", "1", "--help"])).toBe(true);
    expect(wantsHelp(["-h"])).toBe(true);
    expect(wantsHelp(["--port", "1"])).toBe(false);
  });

  it("prints the settings and exits 0 from the command line; an unknown option still exits 2", () => {
    const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", path.join(root, "src/server.ts"), ...args], { cwd: root, encoding: "utf8" });
    const help = run(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--shelved-offload-time-seconds <value>   NOVASIM_SHELVED_OFFLOAD_TIME_SECONDS, NOVASIM_SHELVED_OFFLOAD_TIME");
    const bad = run(["--no-such-flag", "1"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown option --no-such-flag");
  });
});

describe("setting names", () => {
  it("every flag and its variable share a name (NOVASIM_ and the flag; DATABASE_URL keeps its usual name)", () => {
    for (const k of keys) {
      const want = k === "databaseUrl" ? "DATABASE_URL" : `NOVASIM_${snake(k)}`;
      expect(envNamesOf(k)[0], flagOf(k)).toBe(want);
      expect(flagOf(k).slice(2).replace(/-/g, "_").toUpperCase(), flagOf(k)).toBe(want.replace(/^NOVASIM_/, ""));
    }
  });

  it("still reads the older variable names, the current name first", () => {
    expect(loadConfig({ NOVASIM_SHELVED_OFFLOAD_TIME: "60" }).shelvedOffloadTimeSeconds).toBe(60);
    expect(loadConfig({ NOVASIM_SHELVED_OFFLOAD_TIME: "60", NOVASIM_SHELVED_OFFLOAD_TIME_SECONDS: "5" }).shelvedOffloadTimeSeconds).toBe(5);
    expect(loadConfig({ NOVASIM_RECLAIM_INSTANCE_INTERVAL: "600" }).reclaimInstanceIntervalSeconds).toBe(600);
    expect(loadConfig({ NOVASIM_RESIZE_CONFIRM_WINDOW_SECONDS: "7" }).resizeConfirmWindowSeconds).toBe(7);
    expect(() => loadConfig({ NOVASIM_RESIZE_CONFIRM_WINDOW: "x" })).toThrow('invalid NOVASIM_RESIZE_CONFIRM_WINDOW="x"');
  });
});

describe("the ready announcement", () => {
  it("says where a client on this machine reaches the server", () => {
    expect(baseUrl({ publicUrl: undefined }, { address: "0.0.0.0", port: 8774, family: "IPv4" })).toBe("http://127.0.0.1:8774");
    expect(baseUrl({ publicUrl: undefined }, { address: "::1", port: 9000, family: "IPv6" })).toBe("http://[::1]:9000");
    expect(baseUrl({ publicUrl: "https://cloud.example" }, { address: "0.0.0.0", port: 8774, family: "IPv4" })).toBe("https://cloud.example");
  });

  it("writes clouds.yaml (owner-only) into the data directory, one cloud per seeded account", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-ready-"));
    try {
      const config = loadConfig({ NOVASIM_DATA_DIR: dir, NOVASIM_DEMO_PASSWORD: "s3cret" });
      const r = announce(config, { address: "127.0.0.1", port: 8774, family: "IPv4" });
      const file = path.join(dir, "clouds.yaml");
      expect(r.cloudsYaml).toBe(file);
      expect(r.docs).toBe("http://127.0.0.1:8774/docs");
      expect(r.tryCommand).toBe(`export OS_CLIENT_CONFIG_FILE=${file}; openstack --os-cloud novasim-demo server list`);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const yaml = fs.readFileSync(file, "utf8");
      expect(yaml).toBe(cloudsYaml("http://127.0.0.1:8774", "RegionOne", seededAccounts(config)));
      expect(yaml).toContain(
        [
          "  novasim-demo:",
          "    auth:",
          '      auth_url: "http://127.0.0.1:8774/identity/v3"',
          '      username: "demo"',
          '      password: "s3cret"',
          '      project_name: "demo"',
          '      user_domain_name: "Default"',
          '      project_domain_name: "Default"',
          '    region_name: "RegionOne"',
        ].join("\n"),
      );
      expect(r.accounts.map((a) => a.user)).toEqual(["admin", "demo", "alt_demo"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
