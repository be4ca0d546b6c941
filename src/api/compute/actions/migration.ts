import crypto from "node:crypto";
import { z } from "zod";
import { LIFECYCLE } from "../../../compute/lifecycle.js";
import type { RouteDeps } from "../../../composition.js";
import { Invalid, NotFound } from "../../../errors.js";
import { versioned } from "../../../http/versioned.js";
import { authorize } from "../../../identity/policy.js";
import * as t from "../schemas/parameter-types.js";
import type { ServerAction } from "./types.js";

/**
 * resize / confirmResize / revertResize (servers.py), migrate and
 * os-migrateLive (migrate_server.py), evacuate (evacuate.py). The work itself
 * (claims, hosts, migration records) is in src/compute/effects/migration.ts.
 */

const host = t.fqdn.nullable();

const resize: ServerAction = {
  key: "resize",
  summary: "Resize a server to another flavor (ends in VERIFY_RESIZE)",
  schema: z.strictObject({
    resize: z.strictObject({ flavorRef: t.flavorRef, "OS-DCF:diskConfig": z.enum(["AUTO", "MANUAL"]).optional() }),
  }),
  status: 202,
  async handle({ req, ctx, inst, body, deps }) {
    authorize(ctx, "os_compute_api:servers:resize", "project_member_or_admin", { projectId: inst.projectId });
    const r = body.resize as { flavorRef: string; "OS-DCF:diskConfig"?: "AUTO" | "MANUAL" };
    const disk = r["OS-DCF:diskConfig"];
    await deps.services.actions.start(ctx, req.id, inst, "resize", {
      flavorRef: r.flavorRef,
      ...(disk ? { autoDiskConfig: disk === "AUTO" } : {}),
    });
    return null;
  },
};

const confirmResize: ServerAction = {
  key: "confirmResize",
  summary: "Confirm a resize or cold migration (frees the source host)",
  schema: z.strictObject({ confirmResize: z.unknown() }),
  status: 204,
  async handle({ req, ctx, inst, deps }) {
    authorize(ctx, "os_compute_api:servers:confirm_resize", "project_member_or_admin", { projectId: inst.projectId });
    await deps.services.actions.start(ctx, req.id, inst, "confirmResize");
    return null;
  },
};

const revertResize: ServerAction = {
  key: "revertResize",
  summary: "Revert a resize or cold migration (back to the old flavor and host)",
  schema: z.strictObject({ revertResize: z.unknown() }),
  status: 202,
  async handle({ req, ctx, inst, deps }) {
    authorize(ctx, "os_compute_api:servers:revert_resize", "project_member_or_admin", { projectId: inst.projectId });
    await deps.services.actions.start(ctx, req.id, inst, "revertResize");
    return null;
  },
};

/** Nova's host validation for moves: 400 "Compute host X could not be found." */
async function knownHost(deps: RouteDeps, name: string) {
  const h = await deps.services.migrations.host(name);
  if (!h) throw new Invalid(`Compute host ${name} could not be found.`);
  return h;
}

const migrate: ServerAction = {
  key: "migrate",
  summary: "Cold-migrate a server to another host (admin; target host from 2.56)",
  schema: versioned([
    // Before 2.56 Nova has no schema for the body: any value is accepted and ignored.
    { from: "2.1", schema: z.looseObject({ migrate: z.unknown() }) },
    { from: "2.56", schema: z.strictObject({ migrate: z.union([z.null(), z.strictObject({ host: host.optional() })]) }) },
  ]),
  status: 202,
  async handle({ req, ctx, inst, body, deps }) {
    const target = req.apiVersion.atLeast("2.56") ? ((body.migrate as { host?: string | null } | null)?.host ?? null) : null;
    authorize(ctx, target ? "os_compute_api:os-migrate-server:migrate:host" : "os_compute_api:os-migrate-server:migrate", "admin_api", { projectId: inst.projectId });
    if (target) {
      await knownHost(deps, target);
      if (target === inst.host) throw new Invalid("Cannot migrate to the host where the server exists.");
    }
    await deps.services.actions.start(ctx, req.id, inst, "migrate", { host: target });
    return null;
  },
};

const liveBody = (extra: z.ZodRawShape, blockMigration: z.ZodType) =>
  z.strictObject({ "os-migrateLive": z.strictObject({ block_migration: blockMigration, host, ...extra }) });
const autoOrBool = z.union([z.literal("auto"), t.boolean]);

const migrateLive: ServerAction = {
  key: "os-migrateLive",
  summary: "Live-migrate a server (admin; block_migration auto from 2.25, force 2.30-2.67)",
  schema: versioned([
    { from: "2.1", schema: liveBody({ disk_over_commit: t.boolean }, t.boolean) },
    { from: "2.25", schema: liveBody({}, autoOrBool) },
    { from: "2.30", schema: liveBody({ force: t.boolean.optional() }, autoOrBool) },
    { from: "2.68", schema: liveBody({}, autoOrBool) },
  ]),
  status: 202,
  async handle({ req, ctx, inst, body, deps }) {
    const b = body["os-migrateLive"] as { host: string | null; force?: boolean };
    authorize(ctx, b.host ? "os_compute_api:os-migrate-server:migrate_live:host" : "os_compute_api:os-migrate-server:migrate_live", "admin_api", { projectId: inst.projectId });
    if (b.force && !b.host) throw new Invalid("Can't force to a non-provided destination");
    // The state check comes before the host checks, as in compute/api.py.
    deps.services.actions.check(inst, LIFECYCLE.liveMigrate, ctx);
    if (b.host) {
      await knownHost(deps, b.host);
      if (b.host === inst.host) throw new Invalid(`Unable to migrate instance (${inst.id}) to current host (${inst.host}).`);
    }
    await deps.services.actions.start(ctx, req.id, inst, "liveMigrate", { host: b.host, sync: !req.apiVersion.atLeast("2.34") });
    return null;
  },
};

const evacuateResponse = z.object({ adminPass: z.string().nullable().optional() });

const evacuate: ServerAction = {
  key: "evacuate",
  summary: "Rebuild a server of a failed host on another host (admin; answers 200)",
  schema: versioned([
    { from: "2.1", schema: z.strictObject({ evacuate: z.strictObject({ host: t.fqdn.optional(), onSharedStorage: t.boolean, adminPass: z.string().optional() }) }) },
    { from: "2.14", schema: z.strictObject({ evacuate: z.strictObject({ host: t.fqdn.optional(), adminPass: z.string().optional() }) }) },
    { from: "2.29", schema: z.strictObject({ evacuate: z.strictObject({ host: t.fqdn.optional(), adminPass: z.string().optional(), force: t.boolean.optional() }) }) },
    { from: "2.68", schema: z.strictObject({ evacuate: z.strictObject({ host: t.fqdn.optional(), adminPass: z.string().optional() }) }) },
  ]),
  status: 200,
  response: evacuateResponse,
  async handle({ req, reply, ctx, inst, body, deps }) {
    authorize(ctx, "os_compute_api:os-evacuate", "admin_api", { projectId: inst.projectId });
    const b = body.evacuate as { host?: string; onSharedStorage?: boolean; adminPass?: string; force?: boolean };
    if (b.force && !b.host) throw new Invalid("Can't force to a non-provided destination");
    let password: string | undefined;
    if (!req.apiVersion.atLeast("2.14")) {
      if (b.adminPass !== undefined && b.onSharedStorage) throw new Invalid("admin password can't be changed on existing disk");
      password = b.adminPass ?? (b.onSharedStorage ? undefined : crypto.randomBytes(9).toString("base64url").slice(0, 12));
    }
    if (b.host !== undefined) {
      const h = await deps.services.migrations.host(b.host);
      if (!h) throw new NotFound(`Compute host ${b.host} not found.`);
    }
    if (b.host !== undefined && b.host === inst.host) throw new Invalid("The target host can't be the same one.");
    await deps.services.actions.start(ctx, req.id, inst, "evacuate", { host: b.host ?? null, stopAtEnd: req.apiVersion.atLeast("2.95") });
    if (req.apiVersion.atLeast("2.14")) {
      reply.code(200).send();
      return null;
    }
    return { adminPass: password ?? null };
  },
};

export const MIGRATION_ACTIONS: readonly ServerAction[] = [resize, confirmResize, revertResize, migrate, migrateLive, evacuate];
