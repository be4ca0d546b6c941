import crypto from "node:crypto";
import type { Clock } from "../clock.js";
import type { Database } from "../db/client.js";
import { identityRepo, isUniqueViolation } from "../db/repositories/identity.js";
import { Invalid, Conflict, NotFound } from "../errors.js";
import { hashPassword } from "./passwords.js";

/**
 * Keystone's resource, identity and assignment managers for the admin API:
 * projects, users, roles, domains, grants and role assignments. Messages are
 * Keystone's (keystone/exception.py). Policy is the route's business.
 */

const newId = () => crypto.randomUUID().replace(/-/g, "");

export const projectNotFound = (id: string) => new NotFound(`Could not find project: ${id}.`);
export const userNotFound = (id: string) => new NotFound(`Could not find user: ${id}.`);
export const roleNotFound = (id: string) => new NotFound(`Could not find role: ${id}.`);
export const domainNotFound = (id: string) => new NotFound(`Could not find domain: ${id}.`);

/**
 * keystone.common.sql.handle_conflicts: on create the entity carries its
 * domain_id, on update only the changed fields, hence two phrasings.
 */
const duplicate = (type: "project" | "user", name: string, domainId?: string) =>
  new Conflict(
    `Conflict occurred attempting to store ${type} - Duplicate entry found with name ${name}` +
      (domainId ? ` at domain ID ${domainId}.` : "."),
  );

async function storing<T>(write: () => Promise<T>, conflict: () => Conflict): Promise<T> {
  try {
    return await write();
  } catch (e) {
    // A concurrent request took the name between our check and the write.
    if (isUniqueViolation(e)) throw conflict();
    throw e;
  }
}

export interface ProjectCreate {
  name: string;
  domainId: string;
  description?: string | null;
  enabled?: boolean;
  parentId?: string | null;
}
export interface ProjectUpdate {
  name?: string;
  description?: string | null;
  enabled?: boolean;
}
export interface UserCreate {
  name: string;
  domainId: string;
  password?: string | null;
  enabled?: boolean;
  email?: string | null;
  description?: string | null;
  defaultProjectId?: string | null;
}
export type UserUpdate = Partial<Omit<UserCreate, "domainId">>;
export interface AssignmentFilter {
  userId?: string;
  groupId?: string;
  projectId?: string;
  domainId?: string;
  system?: string;
  roleId?: string;
  effective: boolean;
  includeNames: boolean;
}

type GrantKey = { projectId: string; userId: string; roleId: string };

/** One role assignment as Keystone's assignment manager reports it. */
export interface AssignmentRef {
  roleId: string;
  userId: string;
  projectId: string;
  /** For an implied role: the prior role it was inferred from. */
  indirectRoleId?: string;
  names?: {
    role: string;
    user: { name: string; domain: { id: string; name: string } };
    project: { name: string; domain: { id: string; name: string } };
  };
}

/**
 * `changed` is called after every write that can change what a token stands
 * for (a project's or user's state or name, a grant): the token service drops
 * its cache of validated tokens then (tokens.ts TOKEN_CACHE_TTL_MS).
 */
export function identityAdmin(deps: { db: Database; clock: Clock; changed?: () => void }) {
  const { clock } = deps;
  const repo = identityRepo(deps.db.prisma);
  /** Run a write, then tell the token cache, whether the write succeeded or not. */
  async function changing<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } finally {
      deps.changed?.();
    }
  }

  async function getProject(id: string) {
    const p = await repo.findProject({ id });
    if (!p) throw projectNotFound(id);
    return p;
  }
  async function getUser(id: string) {
    const u = await repo.findUser(id);
    if (!u) throw userNotFound(id);
    return u;
  }
  async function getRole(id: string) {
    const r = await repo.findRole(id);
    if (!r) throw roleNotFound(id);
    return r;
  }
  async function getDomain(id: string) {
    const d = await repo.findDomain({ id });
    if (!d) throw domainNotFound(id);
    return d;
  }

  /** prior role id -> implied role ids. */
  async function implicationGraph() {
    const m = new Map<string, string[]>();
    for (const r of await repo.implications()) m.set(r.priorRoleId, [...(m.get(r.priorRoleId) ?? []), r.impliedRoleId]);
    return m;
  }

  /** keystone.assignment.core.Manager.add_implied_roles, same traversal and the same duplicates. */
  function addImpliedRoles(refs: AssignmentRef[], graph: Map<string, string[]>): AssignmentRef[] {
    const same = (a: AssignmentRef, b: AssignmentRef) =>
      a.roleId === b.roleId && a.userId === b.userId && a.projectId === b.projectId && a.indirectRoleId === b.indirectRoleId;
    const results = [...refs];
    const toCheck = [...refs];
    const checked: AssignmentRef[] = [];
    while (toCheck.length) {
      const next = toCheck.pop()!;
      checked.push(next);
      for (const implied of graph.get(next.roleId) ?? []) {
        const ref: AssignmentRef = { ...next, roleId: implied, indirectRoleId: next.roleId };
        if (checked.some((c) => same(c, ref))) continue; // a cycle
        results.push(ref);
        toCheck.push(ref);
      }
    }
    return results;
  }

  return {
    getProject,
    getUser,
    getRole,
    getDomain,

    // ------------------------------------------------------------ projects
    listProjects: (f: { name?: string; domainId?: string; enabled?: boolean }) => repo.listProjects(f),

    async createProject(req: ProjectCreate) {
      const name = req.name.trim();
      // Keystone reports a missing domain or parent as a validation error (400).
      const domain = await repo.findDomain({ id: req.domainId });
      if (!domain) throw new Invalid(`Could not find domain: ${req.domainId}.`);
      if (req.parentId && req.parentId !== domain.id) {
        const parent = await repo.findProject({ id: req.parentId });
        if (!parent) throw new Invalid(`Could not find project: ${req.parentId}.`);
        // Project hierarchies are not modelled: every project hangs off its domain.
        throw new Invalid("Cannot create project: novasim supports only top-level projects (parent_id must be the domain).");
      }
      const conflict = () => duplicate("project", name, domain.id);
      if (await repo.findProject({ domainId: domain.id, name })) throw conflict();
      return storing(
        () =>
          repo.createProject({
            id: newId(),
            name,
            domainId: domain.id,
            description: req.description ?? "",
            enabled: req.enabled ?? true,
          }),
        conflict,
      );
    },

    async updateProject(id: string, req: ProjectUpdate) {
      const current = await getProject(id);
      const name = req.name?.trim();
      const conflict = () => duplicate("project", name ?? current.name);
      if (name !== undefined && name !== current.name && (await repo.findProject({ domainId: current.domainId, name }))) {
        throw conflict();
      }
      return changing(() => storing(
        () =>
          repo.updateProject(id, {
            name,
            description: req.description === null ? "" : req.description,
            enabled: req.enabled,
          }),
        conflict,
      ));
    },

    async deleteProject(id: string) {
      await getProject(id);
      await changing(() => repo.deleteProject(id));
    },

    // ------------------------------------------------------------ users
    listUsers: (f: { name?: string; domainId?: string; enabled?: boolean }) => repo.listUsers(f),

    async createUser(req: UserCreate) {
      const name = req.name.trim();
      const domain = await getDomain(req.domainId);
      const conflict = () => duplicate("user", name, domain.id);
      if (await repo.findUserByName(domain.id, name)) throw conflict();
      // No password (or null) makes a user that cannot authenticate with one.
      const passwordHash = req.password == null ? "" : await hashPassword(req.password);
      return storing(
        () =>
          repo.createUser({
            id: newId(),
            name,
            domainId: domain.id,
            passwordHash,
            enabled: req.enabled ?? true,
            email: req.email ?? null,
            description: req.description ?? null,
            defaultProjectId: req.defaultProjectId ?? null,
          }),
        conflict,
      );
    },

    async updateUser(id: string, req: UserUpdate) {
      const current = await getUser(id);
      const name = req.name?.trim();
      const conflict = () => duplicate("user", name ?? current.name);
      if (name !== undefined && name !== current.name && (await repo.findUserByName(current.domainId, name))) {
        throw conflict();
      }
      const passwordHash =
        req.password === undefined ? undefined : req.password === null ? "" : await hashPassword(req.password);
      const updated = await changing(() => storing(
        () =>
          repo.updateUser(id, {
            name,
            passwordHash,
            enabled: req.enabled,
            email: req.email,
            description: req.description,
            defaultProjectId: req.defaultProjectId,
          }),
        conflict,
      ));
      // Keystone persists a revocation event when a user is disabled or given a new password.
      if ((req.enabled === false && current.enabled) || (req.password !== undefined && req.password !== null)) {
        await repo.revokeTokensOfUser(id, clock.now());
      }
      return updated;
    },

    /** The user's tokens and role assignments go with it. */
    async deleteUser(id: string) {
      await getUser(id);
      await changing(() => repo.deleteUser(id));
    },

    projectsOfUser: (userId: string, f: { name?: string; domainId?: string; enabled?: boolean }) =>
      repo.projectsOfUserFiltered(userId, f),

    /** GET /v3/auth/projects: the enabled projects the user has a role on, which a token may be scoped to. */
    async scopableProjects(userId: string) {
      return (await repo.projectsOfUser(userId)).filter((p) => p.enabled);
    },

    // ------------------------------------------------------------ roles and domains
    listRoles: (f: { name?: string }) => repo.listRoles(f),

    async roleInferences() {
      const [roles, rules] = await Promise.all([repo.listRoles({}), repo.implications()]);
      const byId = new Map(roles.map((r) => [r.id, r]));
      const out = new Map<string, { prior: { id: string; name: string }; implies: { id: string; name: string }[] }>();
      for (const r of rules) {
        const prior = byId.get(r.priorRoleId);
        const implied = byId.get(r.impliedRoleId);
        if (!prior || !implied) continue;
        const entry = out.get(prior.id) ?? { prior, implies: [] };
        entry.implies.push(implied);
        out.set(prior.id, entry);
      }
      return [...out.values()];
    },

    listDomains: (f: { name?: string; enabled?: boolean }) => repo.listDomains(f),

    // ------------------------------------------------------------ grants
    /**
     * The grant APIs' target lookup (keystone/api/projects.py): role, then
     * user, then project, each a 404 before any policy check.
     */
    async grantTargets(key: Partial<GrantKey> & { projectId: string }, opts: { allowMissingUser?: boolean } = {}) {
      if (key.roleId !== undefined) await getRole(key.roleId);
      if (key.userId !== undefined) {
        const user = await repo.findUser(key.userId);
        if (!user && !opts.allowMissingUser) throw userNotFound(key.userId);
      }
      await getProject(key.projectId);
    },

    async checkGrant(key: GrantKey) {
      if (!(await repo.findAssignment(key))) throw assignmentNotFound(key);
    },

    async createGrant(key: GrantKey) {
      await changing(() => repo.grant(key));
    },

    async revokeGrant(key: GrantKey) {
      await getRole(key.roleId);
      if (!(await repo.findAssignment(key))) throw assignmentNotFound(key);
      await getProject(key.projectId);
      await changing(() => repo.revokeGrant(key));
    },

    listGrants: (projectId: string, userId: string) => repo.grantedRoles(userId, projectId),

    // ------------------------------------------------------------ role assignments
    /** GET /v3/role_assignments: direct assignments, or effective ones with implied roles expanded. */
    async listAssignments(f: AssignmentFilter): Promise<AssignmentRef[]> {
      // Assignments exist only for users on projects: group, domain and
      // system assignments are never made, so those filters match nothing.
      if (f.groupId || f.domainId || f.system) return [];
      const rows = await repo.listAssignmentsNamed({
        userId: f.userId,
        projectId: f.projectId,
        // In effective mode the role filter applies after expansion (an implied role matches too).
        roleId: f.effective ? undefined : f.roleId,
      });
      let refs: AssignmentRef[] = rows.map((r) => ({ roleId: r.roleId, userId: r.userId, projectId: r.projectId }));
      if (f.effective) {
        refs = addImpliedRoles(refs, await implicationGraph());
        if (f.roleId) refs = refs.filter((r) => r.roleId === f.roleId);
      }
      if (!f.includeNames) return refs;
      const roleNames = new Map((await repo.listRoles({})).map((r) => [r.id, r.name]));
      const users = new Map(rows.map((r) => [r.userId, r.user]));
      const projects = new Map(rows.map((r) => [r.projectId, r.project]));
      return refs.map((r) => {
        const u = users.get(r.userId)!;
        const p = projects.get(r.projectId)!;
        return {
          ...r,
          names: {
            role: roleNames.get(r.roleId) ?? "",
            user: { name: u.name, domain: u.domain },
            project: { name: p.name, domain: p.domain },
          },
        };
      });
    },
  };
}

const assignmentNotFound = (k: GrantKey) =>
  new NotFound(
    `Could not find role assignment with role: ${k.roleId}, user or group: ${k.userId}, project, domain, or system: ${k.projectId}.`,
  );

export type IdentityAdmin = ReturnType<typeof identityAdmin>;
