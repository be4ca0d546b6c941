import type { Db } from "../db/client.js";
import { instancesRepo } from "../db/repositories/instances.js";
import { migrationsRepo } from "../db/repositories/migrations.js";
import { Invalid, NotFound } from "../errors.js";
import type { AuthContext } from "../identity/types.js";
import { abortLiveMigration } from "./effects/migration.js";
import type { ActionEngine } from "./actions.js";
import type { EffectContext } from "./effects/types.js";
import { InstanceInvalidState } from "./errors.js";
import type { InstanceRecord } from "./instance.js";
import { GUARDS, guard } from "./lifecycle.js";
import type { HostForMove, MigrationFilter, MigrationRecord } from "./migration-record.js";
import { TASK } from "./vm-states.js";
import type { Wakeup } from "./wakeup.js";

export type { HostForMove, MigrationFilter, MigrationRecord } from "./migration-record.js";

/** Live migrations Nova shows as in progress (and links to). */
export const LIVE_IN_PROGRESS = ["queued", "preparing", "running", "post-migrating"];

export interface MigrationServiceDeps extends EffectContext {
  db: Db;
  wakeup: Pick<Wakeup, "ring">;
  /** The action engine, to cancel a live migration. */
  actions: Pick<ActionEngine, "cancel">;
}

/**
 * Nova's migration records (os-migrations, server_migrations) and what an
 * admin may do to a running live migration: force it to complete, abort it.
 * Both are refused by the one instance guard (lock, then state).
 */
export function migrationService(deps: MigrationServiceDeps) {
  const repo = migrationsRepo(deps.db);

  /** The instance's migration by id, or null (Nova's MigrationNotFoundForInstance). */
  async function ofInstance(inst: InstanceRecord, raw: string): Promise<MigrationRecord | null> {
    if (!/^[0-9]+$/.test(raw) || raw.length > 10) return null;
    const m = await repo.byId(Number(raw));
    return m && m.instanceUuid === inst.id ? m : null;
  }

  return {
    /** GET /os-migrations: newest first, after the marker (a migration uuid) when given. */
    async list(filter: MigrationFilter, page: { limit?: number; marker?: string } = {}): Promise<MigrationRecord[]> {
      let marker: MigrationRecord | undefined;
      if (page.marker !== undefined) {
        marker = (await repo.byUuid(page.marker)) ?? undefined;
        if (!marker) throw new Invalid(`Marker ${page.marker} could not be found.`);
      }
      return repo.list(filter, { limit: page.limit, marker });
    },

    /** The server's live migrations in progress (and accepted ones), oldest first. */
    async liveOf(inst: InstanceRecord): Promise<MigrationRecord[]> {
      const rows = await repo.list({ instanceUuid: inst.id, migrationType: "live-migration", hidden: false });
      return rows.filter((m) => LIVE_IN_PROGRESS.includes(m.status) || m.status === "accepted").reverse();
    },

    /** One in-progress live migration of the server; 404 with Nova's messages otherwise. */
    async showLive(inst: InstanceRecord, mid: string, sid: string): Promise<MigrationRecord> {
      const m = await ofInstance(inst, mid);
      if (!m) throw new NotFound(`In-progress live migration ${mid} is not found for server ${sid}.`);
      if (m.migrationType !== "live-migration") throw new NotFound(`Migration ${mid} for server ${sid} is not live-migration.`);
      if (!LIVE_IN_PROGRESS.includes(m.status)) throw new NotFound(`Live migration ${mid} for server ${sid} is not in progress.`);
      return m;
    },

    /** A compute host by name, for the move actions' checks (null if unknown). */
    host: (name: string): Promise<HostForMove | null> => repo.findHost(name),

    /** live_migrate_force_complete: the simulated copy converges at once (the step is due now). */
    async forceComplete(ctx: AuthContext, inst: InstanceRecord, mid: string, sid: string) {
      guard(GUARDS.forceComplete, inst, ctx);
      const m = await ofInstance(inst, mid);
      if (!m) throw new Invalid(`Migration ${mid} not found for instance ${sid}`);
      if (m.status !== "running") {
        throw new Invalid(`Migration ${mid} state of instance ${sid} is ${m.status}. Cannot force complete while the migration is in this state.`);
      }
      await instancesRepo(deps.db).makeDue(inst.id, "liveMigrate", TASK.MIGRATING, deps.clock.now());
      deps.wakeup.ring();
    },

    /**
     * live_migrate_abort: the instance stays on its source host. `abortable`:
     * the migration statuses it may be aborted in (queued and preparing too from 2.65).
     */
    async abort(ctx: AuthContext, inst: InstanceRecord, mid: string, sid: string, abortable: readonly string[]) {
      guard(GUARDS.abortLiveMigration, inst, ctx);
      const m = await ofInstance(inst, mid);
      if (!m) throw new NotFound(`Migration ${mid} not found for instance ${sid}`);
      if (!abortable.includes(m.status)) {
        throw new Invalid(`Migration ${mid} state of instance ${sid} is ${m.status}. Cannot abort live migration while the migration is in this state.`);
      }
      if (!(await abortLiveMigration(deps, deps.actions, inst, m))) throw new InstanceInvalidState(GUARDS.abortLiveMigration.name, inst.id, "task_state", inst.taskState);
    },
  };
}

export type MigrationService = ReturnType<typeof migrationService>;
