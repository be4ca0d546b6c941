import fs from "node:fs";
import path from "node:path";
import type { Config } from "./config.js";

/**
 * What the start tells a person: where the API and its docs are, the seeded
 * accounts, and a clouds.yaml (written to the data directory) for the
 * `openstack` CLI and openstacksdk, with the line to paste.
 */

export interface Account {
  cloud: string;
  user: string;
  password: string;
  project: string;
  role: string;
}

/** The seeded accounts with the passwords of this configuration (they are set on the first start only). */
export function seededAccounts(c: Pick<Config, "adminPassword" | "demoPassword" | "altDemoPassword">): Account[] {
  return [
    { cloud: "novasim-admin", user: "admin", password: c.adminPassword, project: "admin", role: "admin" },
    { cloud: "novasim-demo", user: "demo", password: c.demoPassword, project: "demo", role: "member" },
    { cloud: "novasim-alt-demo", user: "alt_demo", password: c.altDemoPassword, project: "alt_demo", role: "member" },
  ];
}

/** The base URL a client on this machine reaches: the public URL, else the bound address (a wildcard one as 127.0.0.1). */
export function baseUrl(c: Pick<Config, "publicUrl">, address: { address: string; port: number; family: string }): string {
  if (c.publicUrl) return c.publicUrl;
  const wildcard = address.address === "0.0.0.0" || address.address === "::";
  const host = wildcard ? "127.0.0.1" : address.family === "IPv6" ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** YAML needs no library here: every value is a plain scalar, quoted as JSON (a YAML subset). */
const q = (s: string) => JSON.stringify(s);

/** clouds.yaml with one cloud per seeded account (password authentication, project-scoped). */
export function cloudsYaml(base: string, region: string, accounts: Account[]): string {
  const lines = ["# Written by novasim at each start: one cloud per seeded account.", "clouds:"];
  for (const a of accounts) {
    lines.push(
      `  ${a.cloud}:`,
      "    auth:",
      `      auth_url: ${q(`${base}/identity/v3`)}`,
      `      username: ${q(a.user)}`,
      `      password: ${q(a.password)}`,
      `      project_name: ${q(a.project)}`,
      `      user_domain_name: "Default"`,
      `      project_domain_name: "Default"`,
      `    region_name: ${q(region)}`,
      `    interface: "public"`,
      "    identity_api_version: 3",
    );
  }
  return lines.join("\n") + "\n";
}

export interface ReadyInfo {
  url: string;
  docs: string | null;
  metrics: string;
  cloudsYaml: string;
  tryCommand: string;
  accounts: Omit<Account, "cloud">[];
}

/** Write clouds.yaml into the data directory and describe the running server. */
export function announce(c: Config, address: { address: string; port: number; family: string }): ReadyInfo {
  const url = baseUrl(c, address);
  const accounts = seededAccounts(c);
  const file = path.resolve(c.dataDir, "clouds.yaml");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Passwords inside: readable by the owner only.
  fs.writeFileSync(file, cloudsYaml(url, c.region, accounts), { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return {
    url,
    docs: c.docs ? `${url}/docs` : null,
    metrics: `${url}/metrics`,
    cloudsYaml: file,
    tryCommand: `export OS_CLIENT_CONFIG_FILE=${file}; openstack --os-cloud novasim-demo server list`,
    accounts: accounts.map(({ cloud: _cloud, ...a }) => a),
  };
}

/** The ready message for a person at a terminal. */
export function banner(r: ReadyInfo): string {
  const accounts = r.accounts.map((a) => `    ${a.user} / ${a.password}  (project ${a.project}, role ${a.role})`);
  return [
    `novasim is ready at ${r.url}`,
    ...(r.docs ? [`  API docs:  ${r.docs}   (OpenAPI: ${r.url}/openapi.json)`] : []),
    `  metrics:   ${r.metrics}`,
    "  accounts (user / password):",
    ...accounts,
    `  clouds.yaml: ${r.cloudsYaml}; try:`,
    `    ${r.tryCommand}`,
    "",
  ].join("\n");
}
