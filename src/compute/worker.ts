import type { Logger } from "pino";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import { instancesRepo } from "../db/repositories/instances.js";
import type { BuildSteps } from "./build.js";
import type { Collaborators } from "./collaborators.js";
import { autoConfirmDue } from "./effects/migration.js";
import { offloadShelvedDue } from "./effects/images-shelve.js";
import { reclaimDue } from "./effects/rebuild-delete.js";
import type { SystemStarter } from "./effects/types.js";
import { LIFECYCLE } from "./lifecycle.js";
import { TASK, VM } from "./vm-states.js";
import type { Wakeup } from "./wakeup.js";

/**
 * The simulated conductor and compute services' clock: finds the instances
 * whose state (persisted in the database, so work survives a restart) has
 * something due, and has the compute engine take the step: builds
 * (src/compute/build.ts), server actions and deletes (src/compute/actions.ts),
 * and Nova's periodic tasks. Every step is a compare-and-set on (vm_state,
 * task_state): two workers (two replicas) never both win a step.
 */
export interface WorkerDeps {
  db: Db;
  clock: Clock;
  config: Config;
  logger: Logger;
  collab: Collaborators;
  /** The action engine: its steps when due, the boot's steps, and the system's own actions (reclaim…). */
  actions: SystemStarter & Pick<BuildSteps, "build" | "spawned" | "recoverBuilds"> & { advance(id: string): Promise<void> };
  /** Rung by whoever made work (the worker runs soon). */
  wakeup: Pick<Wakeup, "onRing">;
}

const [SCHEDULING, , , SPAWNING] = LIFECYCLE.build.steps;

export function createWorker(deps: WorkerDeps) {
  const { db, clock, config, logger, collab, actions } = deps;
  const repo = instancesRepo(db);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let started = false;

  /** Nova's periodic tasks: auto-confirm of resizes, offload of shelved servers, reclaim of soft-deleted ones; and the volumes' due steps. */
  async function periodic(now: Date): Promise<number> {
    const ec = { db, clock, config, logger, collab };
    let n = 0;
    if (config.resizeConfirmWindowSeconds > 0) n += await autoConfirmDue(ec, now, actions);
    if (config.shelvedOffloadTimeSeconds > 0) n += await offloadShelvedDue(ec, actions);
    if (config.reclaimInstanceIntervalSeconds > 0) n += await reclaimDue(ec, actions);
    // Cinder's side: volume and snapshot steps whose time has come end here too, not only when read.
    await collab.volumes.settle();
    return n;
  }

  /** Take the step each pending instance has due now. */
  async function step(pending: Awaited<ReturnType<typeof repo.pending>>) {
    for (const p of pending) {
      try {
        if (p.taskState === TASK.DELETING) await actions.advance(p.id);
        else if (p.vmState === VM.BUILDING && p.taskState === SCHEDULING) await actions.build(p.id);
        else if (p.vmState === VM.BUILDING && p.taskState === SPAWNING) await actions.spawned(p.id);
        else if (p.pendingAction) await actions.advance(p.id);
      } catch (err) {
        logger.error({ err, instance: p.id }, "worker step failed");
      }
    }
    return pending.length;
  }

  /** Advance everything that can advance now (Nova's periodic tasks too); returns how many steps were taken. */
  async function tick(): Promise<number> {
    const now = clock.now();
    try {
      await periodic(now);
    } catch (err) {
      logger.error({ err }, "periodic task failed");
    }
    return step(await repo.pending(now));
  }

  /** Advance what is due now on the instances `ids` only (work a request has just made). */
  const tickAmong = async (ids: readonly string[]) => step(await repo.pendingAmong(ids, clock.now()));

  /** After a restart, builds caught between scheduling and spawning start over (deletes are completed by the tick). */
  const recover = () => actions.recoverBuilds();

  // What the next round looks at: everything (a poll, or a ring that named no instance), or only the instances rung about.
  let full = false;
  let rung = new Set<string>();

  async function runLoop() {
    // Steps can make more work due at once (boot time 0); go round until quiet, boundedly.
    let last: readonly string[] = [];
    for (let round = 0; round < 50; round++) {
      again = false;
      let n: number;
      if (full) {
        full = false;
        rung = new Set();
        n = await tick();
      } else {
        // A ring names the instances it made work for: look at those (and, while they keep
        // having work, again), not at every instance; the poll finds the rest.
        const ids = rung.size ? [...rung] : last;
        rung = new Set();
        last = ids;
        n = ids.length ? await tickAmong(ids) : 0;
      }
      if (n === 0 && !again) break;
    }
  }

  function schedule() {
    if (!started) return;
    if (timer) clearTimeout(timer);
    // Due tasks are found by polling, so work created by another replica is picked up too.
    timer = setTimeout(() => kick(), config.workerPollMs);
    timer.unref();
  }

  /** Run the worker soon: on the instances `ids` when given (work a request made), else on everything. */
  function kick(ids?: readonly string[]) {
    if (ids) for (const id of ids) rung.add(id);
    else full = true;
    if (running) {
      again = true;
      return;
    }
    running = runLoop()
      .catch((err) => logger.error({ err }, "worker loop failed"))
      .finally(() => {
        running = null;
        schedule();
      });
  }

  deps.wakeup.onRing(kick);

  return {
    tick,
    kick,
    recover,
    /** Whether start() was called (and stop() not since). */
    isStarted: () => started,
    /** Resolves when the worker has nothing running. */
    async idle() {
      while (running) await running;
    },
    async start() {
      started = true;
      await recover();
      kick();
    },
    stop() {
      started = false;
      if (timer) clearTimeout(timer);
    },
  };
}

export type Worker = ReturnType<typeof createWorker>;
