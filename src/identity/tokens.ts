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

/**
 * How long a validated token's context (user, project, roles) is reused
 * without reading them again. Revocation is not part of what is cached: every
 * request still reads the token's row by its primary key (outside Prisma:
 * src/db/fast-read.ts), so a revoked token
 * (DELETE /v3/auth/tokens, a disabled or deleted user) is refused at once, by
 * every replica on the database; expiry is checked against the clock on every
 * hit. In this process any identity change (project, user, grant) drops the
 * cache at once; another replica sees a disabled project or a removed role
 * within this bound. (keystonemiddleware caches whole tokens, revocation
 * included, for token_cache_time = 300 s by default.)
 */
export const TOKEN_CACHE_TTL_MS = 1000;
/** Entries kept at most (the oldest go first): a bound on memory, not a tuning knob. */
const TOKEN_CACHE_MAX = 10_000;

/** Keystone's token operations: issue, validate, revoke. */
export function tokenService(deps: { db: Database; clock: Clock; config: Pick<Config, "tokenTtl"> }) {
  const { clock } = deps;
  const ttlSeconds = deps.config.tokenTtl;
  const repo = identityRepo(deps.db.prisma);
  const cache = new Map<string, { ctx: AuthContext; until: number }>();
  // Bumped when identity data changes: a validation that began before the change does not fill the cache.
  let generation = 0;
  function forgetAll() {
    generation++;
    cache.clear();
  }
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

  /** The enabled domain `ref` names; `seen` shares lookups within one request (user and project usually name the same domain). */
  async function resolveDomain(ref: DomainRef | undefined, seen?: Map<string, ReturnType<typeof repo.findDomain>>) {
    if (!ref || (!ref.id && !ref.name)) return null;
    const key = ref.id ? `id:${ref.id}` : `name:${ref.name}`;
    let found = seen?.get(key);
    if (!found) {
      found = repo.findDomain(ref);
      seen?.set(key, found);
    }
    const d = await found;
    return d && d.enabled ? d : null;
  }

  async function passwordUser(p: PasswordIdentity, seen?: Map<string, ReturnType<typeof repo.findDomain>>) {
    const u = p.user;
    let user;
    if (u.id) user = await repo.findUserForLogin({ id: u.id });
    else if (u.name) {
      const domain = await resolveDomain(u.domain, seen);
      if (!domain) throw new Unauthorized();
      user = await repo.findUserForLogin({ domainId: domain.id, name: u.name });
    }
    if (!user || !user.enabled || !user.domain.enabled || !(await verifyPassword(u.password, user.passwordHash))) {
      throw new Unauthorized();
    }
    return user;
  }

  async function scopeProject(userId: string, scope: ProjectScope, seen?: Map<string, ReturnType<typeof repo.findDomain>>) {
    let project;
    if (scope.id) project = await repo.findProject({ id: scope.id });
    else if (scope.name) {
      const domain = await resolveDomain(scope.domain, seen);
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
    const now = clock.now();
    const hit = cache.get(hash);
    if (hit && hit.until > now.getTime()) {
      const state = hit.ctx.expiresAt > now ? await deps.db.fast.tokenRevokedAt(hash) : null;
      if (state && !state.revoked) return { ...hit.ctx };
      cache.delete(hash);
      return null;
    }
    if (hit) cache.delete(hash);
    const started = generation;
    const ctx = await load(hash, now);
    if (ctx && started === generation) remember(hash, ctx, now);
    return ctx ? { ...ctx } : null;
  }

  function remember(hash: string, ctx: AuthContext, now: Date) {
    if (cache.size >= TOKEN_CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(hash, { ctx, until: now.getTime() + TOKEN_CACHE_TTL_MS });
  }

  /** The token's context read from the database: the token with its user, the project and the roles. */
  async function load(hash: string, now: Date): Promise<AuthContext | null> {
    const t = await repo.findToken(hash);
    if (!t || t.revokedAt || t.expiresAt <= now || !t.user.enabled || !t.user.domain.enabled) return null;
    let project: AuthContext["project"] = null;
    let roles: Named[] = [];
    if (t.projectId) {
      const [p, r] = await Promise.all([repo.findProject({ id: t.projectId }), effectiveRoles(t.user.id, t.projectId)]);
      if (!p || !p.enabled || r.length === 0) return null;
      project = { id: p.id, name: p.name, domain: { id: p.domain.id, name: p.domain.name } };
      roles = r;
    }
    return contextOf(hash, t.user, project, roles, { ...t, methods: t.methods.split(",") });
  }

  function contextOf(
    hash: string,
    user: { id: string; name: string; domain: Named },
    project: AuthContext["project"],
    roles: Named[],
    t: Pick<AuthContext, "methods" | "auditId" | "issuedAt" | "expiresAt">,
  ): AuthContext {
    const roleNames = new Set(roles.map((r) => r.name));
    return {
      tokenHash: hash,
      userId: user.id,
      userName: user.name,
      userDomain: { id: user.domain.id, name: user.domain.name },
      projectId: project?.id ?? null,
      project,
      roles,
      roleNames,
      methods: t.methods,
      auditId: t.auditId,
      issuedAt: t.issuedAt,
      expiresAt: t.expiresAt,
      isAdmin: roleNames.has("admin"),
    };
  }

  /**
   * POST /v3/auth/tokens. Returns the new bearer token and its context, built
   * from what the authentication read (user, project, roles) rather than read
   * back, and cached like a validated token.
   */
  async function issue(req: AuthRequest): Promise<{ token: string; ctx: AuthContext }> {
    const started = generation;
    const domains = new Map<string, ReturnType<typeof repo.findDomain>>();
    let user: { id: string; name: string; domain: Named };
    let expiresAt: Date | undefined;
    const methods = [...new Set(req.methods)];
    if (methods.includes("password")) {
      if (!req.password) throw new Unauthorized();
      user = await passwordUser(req.password, domains);
    } else if (methods.includes("token")) {
      const prior = req.token?.id ? await validate(req.token.id) : null;
      if (!prior) throw new Unauthorized();
      user = { id: prior.userId, name: prior.userName, domain: prior.userDomain };
      // A token from a token never outlives the one it came from (Keystone).
      expiresAt = prior.expiresAt;
    } else {
      throw new Unauthorized();
    }
    let project: AuthContext["project"] = null;
    let roles: Named[] = [];
    if (req.project) {
      const scoped = await scopeProject(user.id, req.project, domains);
      project = { id: scoped.project.id, name: scoped.project.name, domain: { id: scoped.project.domain.id, name: scoped.project.domain.name } };
      roles = scoped.roles;
    }
    const now = clock.now();
    const token = crypto.randomBytes(32).toString("base64url");
    const row = {
      hash: hashToken(token),
      userId: user.id,
      projectId: project?.id ?? null,
      methods: methods.join(","),
      auditId: crypto.randomBytes(16).toString("base64url").slice(0, 22),
      issuedAt: now,
      expiresAt: expiresAt ?? new Date(now.getTime() + ttlSeconds * 1000),
    };
    await repo.insertToken(row);
    const ctx = contextOf(row.hash, user, project, roles, { ...row, methods });
    if (started === generation) remember(row.hash, ctx, now);
    return { token, ctx: { ...ctx } };
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
    cache.delete(ctx.tokenHash);
  }

  return { issue, validate, subject, revoke, effectiveRoles, forgetAll };
}

export type TokenService = ReturnType<typeof tokenService>;
