import { Forbidden } from "../errors.js";
import type { AuthContext } from "./types.js";

/**
 * Default policy rules, in one place. These follow Nova's and Keystone's
 * defaults since their "secure RBAC" rework: `reader` and `member` are project
 * roles, `admin` is global, and admin implies member implies reader (so a
 * member passes reader rules through the implied roles in the token).
 * Each route names the rule it enforces.
 */
export interface Target {
  /** The project that owns the resource acted upon. */
  projectId?: string | null;
  /** The user that owns the resource acted upon (keypairs, Keystone users). */
  userId?: string | null;
}

type Check = (ctx: AuthContext, target: Target) => boolean;

const hasRole = (name: string): Check => (ctx) => ctx.roleNames.has(name);
const ownsProject: Check = (ctx, t) => !!ctx.projectId && (t.projectId == null || t.projectId === ctx.projectId);
/** oslo.policy's `project_id:%(project_id)s`: a target without a project matches no one. */
const isProject: Check = (ctx, t) => !!ctx.projectId && t.projectId != null && t.projectId === ctx.projectId;
const isUser: Check = (ctx, t) => t.userId != null && t.userId === ctx.userId;
const and = (...c: Check[]): Check => (ctx, t) => c.every((f) => f(ctx, t));
const or = (...c: Check[]): Check => (ctx, t) => c.some((f) => f(ctx, t));

export const RULES = {
  // nova/policies/base.py
  admin_api: hasRole("admin"),
  project_reader_api: and(hasRole("reader"), ownsProject),
  project_member_api: and(hasRole("member"), ownsProject),
  project_reader_or_admin: or(hasRole("admin"), and(hasRole("reader"), ownsProject)),
  project_member_or_admin: or(hasRole("admin"), and(hasRole("member"), ownsProject)),
  // Service-to-service APIs (os-server-external-events): the service role, or admin for now (Nova's service_or_admin).
  service_or_admin: or(hasRole("service"), hasRole("admin")),
  // Keypairs belong to users, not projects.
  admin_or_owner_user: or(hasRole("admin"), isUser),
  // Any authenticated caller (e.g. listing flavors, limits of one's own project).
  any_authenticated: () => true,
  // keystone/common/policies/base.py
  identity_admin: hasRole("admin"),
  identity_admin_or_owner_user: or(hasRole("admin"), isUser),
  identity_admin_or_project_reader: or(hasRole("admin"), and(hasRole("reader"), ownsProject)),
  // placement/policies/base.py
  placement_admin_or_service: or(hasRole("admin"), hasRole("service")),
  placement_admin_or_project_reader_or_service: or(hasRole("admin"), and(hasRole("reader"), isProject), hasRole("service")),
} satisfies Record<string, Check>;

export type RuleName = keyof typeof RULES;

export function allowed(ctx: AuthContext, rule: RuleName, target: Target = {}): boolean {
  return RULES[rule](ctx, target);
}

/** Throws Nova's policy error (403) unless `rule` allows `action`. */
export function authorize(ctx: AuthContext, action: string, rule: RuleName, target: Target = {}): void {
  if (allowed(ctx, rule, target)) return;
  const message = action.startsWith("identity:")
    ? `You are not authorized to perform the requested action: ${action}.`
    : action.startsWith("placement:")
      ? `Policy does not allow ${action} to be performed.`
      : `Policy doesn't allow ${action} to be performed.`;
  throw new Forbidden(message, "PolicyNotAuthorized");
}
