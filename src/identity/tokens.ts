import crypto from "node:crypto";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Database } from "../db/client.js";
import { identityRepo } from "../db/repositories/identity.js";
import { NotFound, Unauthorized } from "../errors.js";
import { verifyPassword } from "./passwords.js";
import type { AuthContext, Named } from "./types.js";

export type DomainRef = { id?: string; name?: string };
export type PasswordIdentity = { user: { id?: string; name?: string; domain?: DomainRef; password: string } };
export type ProjectScope = { id?: string; name?: string; domain?: DomainRef };

export interface AuthRequest {
  methods: string[];
  password?: PasswordIdentity;
  token?: { id: string };
  /** undefined or "unscoped" means an unscoped token. */
  project?: ProjectScope;
}

export const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/** Keystone's token operations: issue, validate, revoke. */
export function tokenService(deps: { db: Database; clock: Clock; config: Pick<Config, "tokenTtl"> }) {
  const { clock } = deps;
  const ttlSeconds = deps.config.tokenTtl;
  const repo = identityRepo(deps.db.prisma);
  // Implied roles change only at seed time; load the graph once per process.
  let implied: Promise<Map<string, string[]>> | undefined;
  const implications = () =>
    (implied ??= repo.implications().then((rows) => {
      const m = new Map<string, string[]>();
      for (const r of rows) m.set(r.priorRoleId, [...(m.get(r.priorRoleId) ?? []), r.impliedRoleId]);
      return m;
    }));

  /** Roles on the project, with implied roles added (admin -> member -> reader). */
  async function effectiveRoles(userId: string, projectId: string): Promise<Named[]> {
    const [direct, graph, all] = await Promise.all([repo.directRoles(userId, projectId), implications(), allRoles()]);
    const ids = new Set<string>();
    const stack = direct.map((d) => d.role.id);
    while (stack.length) {
      const id = stack.pop()!;
      if (ids.has(id)) continue;
      ids.add(id);
      stack.push(...(graph.get(id) ?? []));
    }
    return all.filter((r) => ids.has(r.id));
  }
  let roles: Promise<Named[]> | undefined;
  const allRoles = () => (roles ??= repo.listRoles({}).then((rs) => rs.map(({ id, name }) => ({ id, name }))));

  async function resolveDomain(ref: DomainRef | undefined) {
    if (!ref || (!ref.id && !ref.name)) return null;
    const d = await repo.findDomain(ref);
    return d && d.enabled ? d : null;
  }

  async function passwordUser(p: PasswordIdentity) {
    const u = p.user;
    let user;
    if (u.id) user = await repo.findUserForLogin({ id: u.id });
    else if (u.name) {
      const domain = await resolveDomain(u.domain);
      if (!domain) throw new Unauthorized();
      user = await repo.findUserForLogin({ domainId: domain.id, name: u.name });
    }
    if (!user || !user.enabled || !user.domain.enabled || !(await verifyPassword(u.password, user.passwordHash))) {
      throw new Unauthorized();
    }
    return user;
  }

  async function scopeProject(userId: string, scope: ProjectScope) {
    let project;
    if (scope.id) project = await repo.findProject({ id: scope.id });
    else if (scope.name) {
      const domain = await resolveDomain(scope.domain);
      if (domain) project = await repo.findProject({ domainId: domain.id, name: scope.name });
    }
    if (!project || !project.enabled || !project.domain.enabled) throw new Unauthorized();
    const roles = await effectiveRoles(userId, project.id);
    if (roles.length === 0) throw new Unauthorized();
    return { project, roles };
  }

  /** Validate a bearer token; null when unknown, expired, revoked or its user is disabled. */
  async function validate(token: string): Promise<AuthContext | null> {
    const hash = hashToken(token);
    const t = await repo.findToken(hash);
    const now = clock.now();
    if (!t || t.revokedAt || t.expiresAt <= now || !t.user.enabled || !t.user.domain.enabled) return null;
    let project: AuthContext["project"] = null;
    let roles: Named[] = [];
    if (t.projectId) {
      const [p, r] = await Promise.all([repo.findProject({ id: t.projectId }), effectiveRoles(t.user.id, t.projectId)]);
      if (!p || !p.enabled || r.length === 0) return null;
      project = { id: p.id, name: p.name, domain: { id: p.domain.id, name: p.domain.name } };
      roles = r;
    }
    const roleNames = new Set(roles.map((r) => r.name));
    return {
      tokenHash: hash,
      userId: t.user.id,
      userName: t.user.name,
      userDomain: { id: t.user.domain.id, name: t.user.domain.name },
      projectId: project?.id ?? null,
      project,
      roles,
      roleNames,
      methods: t.methods.split(","),
      auditId: t.auditId,
      issuedAt: t.issuedAt,
      expiresAt: t.expiresAt,
      isAdmin: roleNames.has("admin"),
    };
  }

  /** POST /v3/auth/tokens. Returns the new bearer token and its context. */
  async function issue(req: AuthRequest): Promise<{ token: string; ctx: AuthContext }> {
    let userId: string;
    let expiresAt: Date | undefined;
    const methods = [...new Set(req.methods)];
    if (methods.includes("password")) {
      if (!req.password) throw new Unauthorized();
      userId = (await passwordUser(req.password)).id;
    } else if (methods.includes("token")) {
      const prior = req.token?.id ? await validate(req.token.id) : null;
      if (!prior) throw new Unauthorized();
      userId = prior.userId;
      // A token from a token never outlives the one it came from (Keystone).
      expiresAt = prior.expiresAt;
    } else {
      throw new Unauthorized();
    }
    const projectId = req.project ? (await scopeProject(userId, req.project)).project.id : null;
    const now = clock.now();
    const token = crypto.randomBytes(32).toString("base64url");
    await repo.insertToken({
      hash: hashToken(token),
      userId,
      projectId,
      methods: methods.join(","),
      auditId: crypto.randomBytes(16).toString("base64url").slice(0, 22),
      issuedAt: now,
      expiresAt: expiresAt ?? new Date(now.getTime() + ttlSeconds * 1000),
    });
    const ctx = await validate(token);
    if (!ctx) throw new Unauthorized();
    return { token, ctx };
  }

  /** Validate a subject token for GET/HEAD/DELETE /v3/auth/tokens; 404 when invalid. */
  async function subject(token: string | undefined): Promise<AuthContext> {
    const ctx = token ? await validate(token) : null;
    if (!ctx) throw new NotFound(`Could not find token: ${token ?? ""}.`);
    return ctx;
  }

  async function revoke(token: string | undefined): Promise<void> {
    const ctx = await subject(token);
    await repo.revokeToken(ctx.tokenHash, clock.now());
  }

  return { issue, validate, subject, revoke, effectiveRoles };
}

export type TokenService = ReturnType<typeof tokenService>;
