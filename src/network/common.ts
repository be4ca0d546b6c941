import crypto from "node:crypto";
import type { Db, Tx } from "../db/client.js";
import { NeutronErrors } from "./errors.js";

/** Who is calling the networking domain: their project, and whether they are admin, or a member of it. */
export interface Caller {
  projectId: string;
  isAdmin: boolean;
  /** Holds the member role (a reader does not): Neutron's secure-RBAC writes need it. */
  isMember: boolean;
}

/**
 * Neutron's secure-RBAC defaults (neutron/conf/policies): ADMIN_OR_PROJECT_MEMBER
 * (role:admin, or role:member on the project that owns the target), and
 * NET_OWNER_MEMBER / SG_OWNER_MEMBER alike with the owning network's or group's
 * project. A reader passes none of them.
 */
export const memberOf = (c: Caller, projectId: string) => c.isMember && c.projectId === projectId;
export const adminOrMemberOf = (c: Caller, projectId: string) => c.isAdmin || memberOf(c, projectId);

/** Visibility scope for repository queries: null = everything. */
export const scopeOf = (c: Caller) => (c.isAdmin ? null : c.projectId);

export const newId = () => crypto.randomUUID();

export const UUID_RE = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

export function parseJson<T>(s: string, fallback: T): T {
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
}

export const isUniqueViolation = (e: unknown) => (e as { code?: string } | null)?.code === "P2002";

/**
 * Run `fn` in a transaction and run it again (from a fresh read) when it hits a
 * unique-key violation: the IpAllocation and MAC keys are how two concurrent
 * port creations, on one process or two replicas, learn they picked the same
 * address. The last violation is rethrown after `attempts` tries.
 */
export async function retryOnConflict<T>(db: Db, fn: (tx: Tx) => Promise<T>, attempts = 200): Promise<T> {
  // Already inside the caller's transaction: run there, once (the caller owns retries).
  if (typeof (db as { $transaction?: unknown }).$transaction !== "function") return fn(db as Tx);
  for (let i = 1; ; i++) {
    try {
      return await db.$transaction((tx) => fn(tx as Tx), { maxWait: 60_000, timeout: 60_000 });
    } catch (e) {
      if (i < attempts && isUniqueViolation(e)) continue;
      throw e;
    }
  }
}

/** project_id/tenant_id of a create body; only admins may name another project. */
export function owningProject(caller: Caller, body: { project_id?: string; tenant_id?: string }): string {
  const asked = body.project_id ?? body.tenant_id;
  if (body.project_id !== undefined && body.tenant_id !== undefined && body.project_id !== body.tenant_id) {
    throw NeutronErrors.invalidInput("'project_id' and 'tenant_id' do not match");
  }
  if (asked === undefined || asked === caller.projectId) return caller.projectId;
  if (!caller.isAdmin) throw NeutronErrors.adminForProject();
  return asked;
}
