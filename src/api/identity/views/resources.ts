/** Keystone resource views: pure functions of (entity, base URL). */

import type { AssignmentRef } from "../../../identity/admin.js";
import { naiveTimeOrNull } from "../../../time-formats.js";

const v3 = (base: string) => `${base}/identity/v3`;

export function projectView(
  p: { id: string; name: string; description: string; enabled: boolean; domainId: string },
  base: string,
) {
  return {
    id: p.id,
    name: p.name,
    domain_id: p.domainId,
    description: p.description,
    enabled: p.enabled,
    // Top-level projects have their domain as parent in Keystone.
    parent_id: p.domainId,
    is_domain: false,
    tags: [] as string[],
    options: {},
    links: { self: `${v3(base)}/projects/${p.id}` },
  };
}

/** Keystone's user: the extra attributes (email, description) and default_project_id only when set. */
export function userView(
  u: {
    id: string;
    name: string;
    domainId: string;
    enabled: boolean;
    email: string | null;
    description: string | null;
    defaultProjectId: string | null;
    passwordExpiresAt: Date | null;
  },
  base: string,
) {
  return {
    id: u.id,
    name: u.name,
    domain_id: u.domainId,
    enabled: u.enabled,
    // Keystone renders this timestamp without a zone suffix.
    password_expires_at: naiveTimeOrNull(u.passwordExpiresAt),
    options: {},
    ...(u.defaultProjectId ? { default_project_id: u.defaultProjectId } : {}),
    ...(u.email != null ? { email: u.email } : {}),
    ...(u.description != null ? { description: u.description } : {}),
    links: { self: `${v3(base)}/users/${u.id}` },
  };
}

/** Global roles: domain_id is null. */
export function roleView(r: { id: string; name: string; description: string | null }, base: string) {
  return {
    id: r.id,
    name: r.name,
    domain_id: null,
    description: r.description,
    options: {},
    links: { self: `${v3(base)}/roles/${r.id}` },
  };
}

export function domainView(d: { id: string; name: string; description: string; enabled: boolean }, base: string) {
  return {
    id: d.id,
    name: d.name,
    description: d.description,
    enabled: d.enabled,
    tags: [] as string[],
    options: {},
    links: { self: `${v3(base)}/domains/${d.id}` },
  };
}

/** One entry of GET /v3/role_assignments (keystone/api/role_assignments.py _format_entity). */
export function assignmentView(a: AssignmentRef, base: string) {
  const n = a.names;
  // An implied role links to the grant of the prior role it came from.
  const linkedRole = a.indirectRoleId ?? a.roleId;
  return {
    scope: { project: n ? { id: a.projectId, name: n.project.name, domain: n.project.domain } : { id: a.projectId } },
    user: n ? { id: a.userId, name: n.user.name, domain: n.user.domain } : { id: a.userId },
    role: n ? { id: a.roleId, name: n.role } : { id: a.roleId },
    links: {
      assignment: `${v3(base)}/projects/${a.projectId}/users/${a.userId}/roles/${linkedRole}`,
      // Keystone builds this link with the two ids in this order.
      ...(a.indirectRoleId ? { prior_role: `${v3(base)}/prior_role/${a.roleId}/implies/${a.indirectRoleId}` } : {}),
    },
  };
}

/** An entry of GET /v3/role_inferences. */
export const roleRefView = (r: { id: string; name: string }, base: string) => ({
  id: r.id,
  name: r.name,
  links: { self: `${v3(base)}/roles/${r.id}` },
});

/** Keystone collections carry their own URL (with the query string) and no paging links. */
export const listLinks = (self: string) => ({ self, previous: null, next: null });
