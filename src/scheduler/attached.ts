import type { Db } from "../db/client.js";
import type { Placement, RequestSpec, ScheduleOptions } from "./types.js";

/**
 * The scheduler built with the compute wiring, found from the database
 * client it serves: `scheduleAndClaim(db, …)` (claims.ts), called from the
 * build, move and unshelve code, goes through it (its host-state cache, its
 * settings, its record of decisions) when there is one for `db`, and makes
 * a plain uncached pass otherwise (scripts, tests of the claim itself).
 */
export interface AttachedScheduler {
  scheduleAndClaim(spec: RequestSpec, opts?: ScheduleOptions): Promise<Placement>;
  /** A build on `hostname` ended: failures count for the BuildFailureWeigher until one succeeds there. */
  noteBuild(hostname: string, ok: boolean): void;
}

const attached = new WeakMap<Db, AttachedScheduler>();

export function attachScheduler(db: Db, scheduler: AttachedScheduler): void {
  attached.set(db, scheduler);
}

export function attachedScheduler(db: Db): AttachedScheduler | undefined {
  return attached.get(db);
}

/**
 * A build on `hostname` failed after it was placed there, or succeeded, as
 * the compute reports failed_builds to the scheduler (reset by a success).
 * Without a scheduler for `db` nothing counts.
 */
export function noteBuild(db: Db, hostname: string, ok: boolean): void {
  attached.get(db)?.noteBuild(hostname, ok);
}
