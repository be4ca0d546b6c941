import type { AuthContext } from "../identity/types.js";
import type { Image } from "./image.js";

/** Glance's visibility and ownership rules (glance/policies, new defaults). */

export const hasRole = (ctx: AuthContext, r: string) => ctx.roleNames.has(r);

/** glance/db/utils.py is_image_visible */
export function visibleTo(ctx: AuthContext, image: Image, memberStatus: string | null): boolean {
  if (ctx.isAdmin) return true;
  if (image.owner === null) return true;
  if (image.visibility === "public" || image.visibility === "community") return true;
  if (ctx.projectId !== null && ctx.projectId === image.owner) return true;
  return image.visibility === "shared" && memberStatus !== null;
}

/** admin, or a member of the owning project (ADMIN_OR_PROJECT_MEMBER with project_id = owner). */
export function ownsImage(ctx: AuthContext, image: Pick<Image, "owner">): boolean {
  return ctx.isAdmin || (hasRole(ctx, "member") && !!ctx.projectId && ctx.projectId === image.owner);
}
