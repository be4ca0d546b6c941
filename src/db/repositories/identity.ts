import type { Tx } from "../client.js";

/** Data access for Keystone's tables. Every query names what it selects. */

const domainSel = { id: true, name: true } as const;
export const projectSelect = {
  id: true,
  name: true,
  description: true,
  enabled: true,
  domainId: true,
  domain: { select: domainSel },
} as const;
export const userSelect = {
  id: true,
  name: true,
  enabled: true,
  email: true,
  description: true,
  domainId: true,
  defaultProjectId: true,
  passwordExpiresAt: true,
  domain: { select: domainSel },
} as const;

export function identityRepo(db: Tx) {
  return {
    findDomain: (ref: { id?: string; name?: string }) =>
      db.domain.findFirst({ where: ref.id ? { id: ref.id } : { name: ref.name }, select: { ...domainSel, enabled: true, description: true } }),

    listDomains: (where: { name?: string; enabled?: boolean }) =>
      db.domain.findMany({ where, orderBy: { name: "asc" }, select: { ...domainSel, enabled: true, description: true } }),

    findUserForLogin: (where: { id: string } | { domainId: string; name: string }) =>
      db.user.findFirst({
        where: "id" in where ? { id: where.id } : { domainId: where.domainId, name: where.name },
        select: { ...userSelect, passwordHash: true, domain: { select: { ...domainSel, enabled: true } } },
      }),

    findUser: (id: string) => db.user.findUnique({ where: { id }, select: userSelect }),

    listUsers: (where: { name?: string; domainId?: string; enabled?: boolean }) =>
      db.user.findMany({ where, orderBy: { name: "asc" }, select: userSelect }),

    findProject: (where: { id: string } | { domainId: string; name: string }) =>
      db.project.findFirst({
        where: "id" in where ? { id: where.id } : { domainId: where.domainId, name: where.name },
        select: { ...projectSelect, domain: { select: { ...domainSel, enabled: true } } },
      }),

    listProjects: (where: { name?: string; domainId?: string; enabled?: boolean }) =>
      db.project.findMany({
        where: { name: where.name, domainId: where.domainId, enabled: where.enabled },
        orderBy: { name: "asc" },
        select: projectSelect,
      }),

    /** Roles assigned directly to `userId` on `projectId`. */
    directRoles: (userId: string, projectId: string) =>
      db.roleAssignment.findMany({ where: { userId, projectId }, select: { role: { select: { id: true, name: true } } } }),

    /** Projects on which the user holds any role. */
    projectsOfUser: (userId: string) =>
      db.project.findMany({
        where: { assignments: { some: { userId } } },
        orderBy: { name: "asc" },
        select: projectSelect,
      }),

    listRoles: (where: { name?: string }) =>
      db.role.findMany({ where, orderBy: { name: "asc" }, select: { id: true, name: true, description: true } }),

    findRole: (id: string) => db.role.findUnique({ where: { id }, select: { id: true, name: true, description: true } }),

    implications: () => db.roleImplication.findMany({ select: { priorRoleId: true, impliedRoleId: true } }),

    listAssignments: (where: { userId?: string; projectId?: string; roleId?: string }) =>
      db.roleAssignment.findMany({
        where,
        orderBy: { id: "asc" },
        select: { roleId: true, userId: true, projectId: true, role: { select: { id: true, name: true } } },
      }),

    // ---------------------------------------------------------------- admin API

    createProject: (p: { id: string; name: string; domainId: string; description: string; enabled: boolean }) =>
      db.project.create({ data: p, select: projectSelect }),

    updateProject: (id: string, data: { name?: string; description?: string; enabled?: boolean }) =>
      db.project.update({ where: { id }, data, select: projectSelect }),

    /** Role assignments go with the project (ON DELETE CASCADE). */
    deleteProject: (id: string) => db.project.deleteMany({ where: { id } }),

    findUserByName: (domainId: string, name: string) =>
      db.user.findUnique({ where: { domainId_name: { domainId, name } }, select: { id: true } }),

    createUser: (u: {
      id: string;
      name: string;
      domainId: string;
      passwordHash: string;
      enabled: boolean;
      email: string | null;
      description: string | null;
      defaultProjectId: string | null;
    }) => db.user.create({ data: u, select: userSelect }),

    updateUser: (
      id: string,
      data: {
        name?: string;
        passwordHash?: string;
        enabled?: boolean;
        email?: string | null;
        description?: string | null;
        defaultProjectId?: string | null;
      },
    ) => db.user.update({ where: { id }, data, select: userSelect }),

    /** Tokens and role assignments go with the user (ON DELETE CASCADE). */
    deleteUser: (id: string) => db.user.deleteMany({ where: { id } }),

    /** Keystone's revocation event for a user: every live token of theirs stops validating. */
    revokeTokensOfUser: (userId: string, at: Date) =>
      db.token.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: at } }),

    /** Projects where the user holds a role, with optional list filters. */
    projectsOfUserFiltered: (userId: string, where: { name?: string; domainId?: string; enabled?: boolean }) =>
      db.project.findMany({
        where: { ...where, assignments: { some: { userId } } },
        orderBy: { name: "asc" },
        select: projectSelect,
      }),

    /** Every assignment matching the filters, with the names include_names needs, in one query. */
    listAssignmentsNamed: (where: { userId?: string; projectId?: string; roleId?: string }) =>
      db.roleAssignment.findMany({
        where,
        orderBy: { id: "asc" },
        select: {
          roleId: true,
          userId: true,
          projectId: true,
          role: { select: { id: true, name: true } },
          user: { select: { id: true, name: true, domain: { select: domainSel } } },
          project: { select: { id: true, name: true, domain: { select: domainSel } } },
        },
      }),

    findAssignment: (key: { userId: string; projectId: string; roleId: string }) =>
      db.roleAssignment.findUnique({ where: { userId_projectId_roleId: key }, select: { id: true } }),

    /** Idempotent, as Keystone's create_grant. */
    grant: (key: { userId: string; projectId: string; roleId: string }) =>
      db.roleAssignment.upsert({ where: { userId_projectId_roleId: key }, create: key, update: {}, select: { id: true } }),

    revokeGrant: (key: { userId: string; projectId: string; roleId: string }) =>
      db.roleAssignment.deleteMany({ where: key }),

    /** Roles held directly by `userId` on `projectId`, as full role rows. */
    grantedRoles: (userId: string, projectId: string) =>
      db.role.findMany({
        where: { assignments: { some: { userId, projectId } } },
        orderBy: { name: "asc" },
        select: { id: true, name: true, description: true },
      }),

    insertToken: (t: {
      hash: string;
      userId: string;
      projectId: string | null;
      methods: string;
      auditId: string;
      issuedAt: Date;
      expiresAt: Date;
    }) => db.token.create({ data: t, select: { hash: true } }),

    findToken: (hash: string) =>
      db.token.findUnique({
        where: { hash },
        select: {
          hash: true,
          projectId: true,
          methods: true,
          auditId: true,
          issuedAt: true,
          expiresAt: true,
          revokedAt: true,
          user: { select: { id: true, name: true, enabled: true, domain: { select: { ...domainSel, enabled: true } } } },
        },
      }),

    /** Whether the token still stands: its revocation time, by primary key (null: no such token, e.g. its user was deleted). */
    revokeToken: (hash: string, at: Date) =>
      db.token.updateMany({ where: { hash, revokedAt: null }, data: { revokedAt: at } }),

    deleteExpiredTokens: (before: Date) => db.token.deleteMany({ where: { expiresAt: { lt: before } } }),
  };
}

export type IdentityRepo = ReturnType<typeof identityRepo>;

/** A unique constraint refused the write (Prisma's P2002), e.g. a duplicate name in a domain. */
export const isUniqueViolation = (e: unknown) => (e as { code?: unknown } | null)?.code === "P2002";
