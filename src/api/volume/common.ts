import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { RouteDeps } from "../../composition.js";
import { authOf, baseUrlOf } from "../../http/context.js";
import type { VolumeTypeRow } from "../../volume/service.js";
import type { VolumeViewContext } from "./views.js";

export const tags = ["volume"];

export const projectParams = z.object({ project_id: z.string() });
export const volumeParams = z.object({ project_id: z.string(), volume_id: z.string() });
export const snapshotParams = z.object({ project_id: z.string(), snapshot_id: z.string() });

export const link = z.object({ rel: z.string(), href: z.string() });
export const metadata = z.record(z.string(), z.string());

/** Cinder's boolean strings (parameter_types.boolean, strutils.bool_from_string). */
const TRUE = ["true", "1", "on", "yes", "y", "t"];
export const boolish = (v: unknown) => v === true || (typeof v === "string" && TRUE.includes(v.toLowerCase()));

export const noBody = z.undefined().describe("No body");

/** The context of a Cinder view: links under the v3 endpoint the request reached, in the caller's project. */
export function viewContext(req: FastifyRequest, deps: RouteDeps, types: Map<string, VolumeTypeRow>): VolumeViewContext {
  const ctx = authOf(req);
  return {
    base: `${baseUrlOf(req, deps.config.publicUrl)}/volume/v3`,
    projectId: (req.params as { project_id?: string }).project_id ?? ctx.projectId ?? "",
    version: req.apiVersion,
    isAdmin: ctx.isAdmin,
    types,
  };
}

/** A query value given once or repeated: the last one, as webob's params.get does. */
export const lastOf = (v: unknown): string | undefined => (Array.isArray(v) ? lastOf(v.at(-1)) : typeof v === "string" ? v : undefined);
