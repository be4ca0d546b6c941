import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { freshDatabaseUrl } from "../helpers.js";

/**
 * The server as a person starts it: the ready line (URL, docs, clouds.yaml and
 * the line to paste), /metrics without a token, and SIGTERM closing it
 * gracefully with exit status 0. Waits are for output and exit, not for time.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "novasim-start-"));
let drop: (() => Promise<void>) | undefined;
afterAll(async () => {
  await drop?.();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("novasim start and stop", () => {
  it("announces itself, writes clouds.yaml, serves /metrics, and closes on SIGTERM", async () => {
    const db = await freshDatabaseUrl();
    drop = db.drop;
    const proc = spawn(process.execPath, ["--import", "tsx", "src/server.ts", "--port", "0"], {
      cwd: root,
      env: { ...process.env, NOVASIM_DATA_DIR: dataDir, DATABASE_URL: db.url, NOVASIM_LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    proc.stderr!.on("data", (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((res) => proc.once("exit", (code) => res(code)));
    const ready = await new Promise<Record<string, unknown>>((resolve, reject) => {
      proc.stdout!.on("data", (c: Buffer) => {
        out += c.toString();
        const line = out.split("\n").find((l) => l.includes('"msg":"novasim listening"'));
        if (line) resolve(JSON.parse(line) as Record<string, unknown>);
      });
      void exited.then((code) => reject(new Error(`exited with ${code} before listening:\n${out}`)));
    });
    const url = ready.url as string;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(ready.address).toBe(url);
    expect(ready.docs).toBe(`${url}/docs`);
    const clouds = path.join(path.resolve(dataDir), "clouds.yaml");
    expect(ready.cloudsYaml).toBe(clouds);
    expect(ready.tryCommand).toBe(`export OS_CLIENT_CONFIG_FILE=${clouds}; openstack --os-cloud novasim-demo server list`);
    expect(ready.accounts).toEqual([
      { user: "admin", project: "admin", role: "admin" },
      { user: "demo", project: "demo", role: "member" },
      { user: "alt_demo", project: "alt_demo", role: "member" },
    ]);
    expect(fs.readFileSync(clouds, "utf8")).toContain(`auth_url: "${url}/identity/v3"`);

    const metrics = await fetch(`${url}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain("novasim_instances");

    proc.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(out.match(/"msg":"shutting down"/g)).toHaveLength(1);
    expect(out).toContain('"signal":"SIGTERM","msg":"shutting down"');
  }, 180_000);
});
