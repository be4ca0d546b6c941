import type { CatalogEntry } from "../../../identity/catalog.js";
import type { AuthContext } from "../../../identity/types.js";
import { keystoneTime } from "../../../time-formats.js";


/** The body of POST/GET /v3/auth/tokens. `catalog` is omitted for ?nocatalog. */
export function tokenView(ctx: AuthContext, catalog: CatalogEntry[] | null) {
  return {
    token: {
      methods: ctx.methods,
      user: { domain: ctx.userDomain, id: ctx.userId, name: ctx.userName, password_expires_at: null },
      audit_ids: [ctx.auditId],
      issued_at: keystoneTime(ctx.issuedAt),
      expires_at: keystoneTime(ctx.expiresAt),
      ...(ctx.project
        ? {
            project: { domain: ctx.project.domain, id: ctx.project.id, name: ctx.project.name },
            is_domain: false,
            roles: ctx.roles.map((r) => ({ id: r.id, name: r.name })),
            ...(catalog ? { catalog } : {}),
          }
        : {}),
    },
  };
}
