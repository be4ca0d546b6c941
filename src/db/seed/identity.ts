import crypto from "node:crypto";
import type { Db } from "../client.js";
import { hashPassword } from "../../identity/passwords.js";

export interface IdentitySeedOptions {
  passwords: { admin: string; demo: string; alt_demo: string };
  /** Hashes of those passwords already under way (see passwordHashes), used for the users this seed creates. */
  hashes?: Map<string, Promise<string>>;
}

/**
 * The seeded users' password hashes, started now: a start on a new database
 * begins them before it loads the database client, so the scrypt work (on
 * libuv's threads) runs beside it.
 */
export function passwordHashes(passwords: IdentitySeedOptions["passwords"]): Map<string, Promise<string>> {
  return new Map(
    USERS.map((u) => {
      const p = hashPassword(passwords[u.name]);
      // Awaited only for users the seed creates; a failure there surfaces at that await.
      p.catch(() => undefined);
      return [u.name, p] as const;
    }),
  );
}

const newId = () => crypto.randomUUID().replace(/-/g, "");

const PROJECTS = [
  { name: "admin", description: "Bootstrap project for initializing the cloud." },
  { name: "demo", description: "" },
  { name: "alt_demo", description: "" },
  { name: "service", description: "" },
];
// Keystone's bootstrap roles; each implies the next (admin -> member -> reader).
const ROLES = ["admin", "member", "reader"];
const USERS = [
  { name: "admin", project: "admin", role: "admin" },
  { name: "demo", project: "demo", role: "member" },
  { name: "alt_demo", project: "alt_demo", role: "member" },
] as const;

/**
 * First-start data. Idempotent: what exists is left alone (a changed password
 * variable does not overwrite a password set earlier), what is missing is added.
 */
export async function seedIdentity(db: Db, opts: IdentitySeedOptions): Promise<void> {
  const domain = await db.domain.upsert({
    where: { id: "default" },
    create: { id: "default", name: "Default", description: "The default domain" },
    update: {},
    select: { id: true },
  });

  const projectIds: Record<string, string> = {};
  for (const p of PROJECTS) {
    const row = await db.project.upsert({
      where: { domainId_name: { domainId: domain.id, name: p.name } },
      create: { id: newId(), name: p.name, domainId: domain.id, description: p.description },
      update: {},
      select: { id: true },
    });
    projectIds[p.name] = row.id;
  }

  const roleIds: Record<string, string> = {};
  for (const name of ROLES) {
    const row = await db.role.upsert({ where: { name }, create: { id: newId(), name }, update: {}, select: { id: true } });
    roleIds[name] = row.id;
  }
  for (let i = 0; i + 1 < ROLES.length; i++) {
    const key = { priorRoleId: roleIds[ROLES[i]!]!, impliedRoleId: roleIds[ROLES[i + 1]!]! };
    await db.roleImplication.upsert({ where: { priorRoleId_impliedRoleId: key }, create: key, update: {} });
  }

  const existing = await db.user.findMany({
    where: { domainId: domain.id, name: { in: USERS.map((u) => u.name) } },
    select: { id: true, name: true },
  });
  const found = new Map(existing.map((u) => [u.name, u]));
  // The missing users' password hashes, computed side by side (each scrypt takes tens of milliseconds, on libuv's threads).
  const hashes = new Map(
    await Promise.all(USERS.filter((u) => !found.has(u.name)).map(
        async (u) => [u.name, await (opts.hashes?.get(u.name) ?? hashPassword(opts.passwords[u.name]))] as const,
      )),
  );
  for (const u of USERS) {
    const user =
      found.get(u.name) ??
      (await db.user.create({
        data: {
          id: newId(),
          name: u.name,
          domainId: domain.id,
          passwordHash: hashes.get(u.name)!,
          defaultProjectId: projectIds[u.project],
        },
        select: { id: true },
      }));
    const key = { userId: user.id, projectId: projectIds[u.project]!, roleId: roleIds[u.role]! };
    await db.roleAssignment.upsert({ where: { userId_projectId_roleId: key }, create: key, update: {} });
  }
}
