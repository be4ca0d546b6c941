import type { Logger } from "pino";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import { instancesRepo } from "../db/repositories/instances.js";
import { NoValidHost, release, scheduleAndClaim } from "../scheduler/index.js";
import type { Collaborators, RequestedNetwork } from "./collaborators.js";
import { autoConfirmDue } from "./effects/migration.js";
import { offloadShelvedDue } from "./effects/images-shelve.js";
import { reclaimDue } from "./effects/rebuild-delete.js";
import type { SystemStarter } from "./effects/types.js";
import { LIFECYCLE } from "./lifecycle.js";
import { requestSpecOf } from "./request-spec.js";
import { POWER, TASK, VM } from "./vm-states.js";
import type { Wakeup } from "./wakeup.js";

/**
 * The simulated conductor and compute services: advances instances whose
 * state is persisted in the database, so work survives a restart. Every step
 * is a compare-and-set on (vm_state, task_state): two workers (two replicas)
 * never both win a step, and a step that loses its race undoes what it did.
 *
 * Boot (LIFECYCLE.build): (building, scheduling) -> claim a host ->
 * (building, networking) -> ports -> (building, spawning) until the boot time
 * has passed -> (active, -). Server actions in progress, deletes included, are
 * advanced by the action engine.
 */
export interface WorkerDeps {
  db: Db;
  clock: Clock;
  config: Config;
  logger: Logger;
  collab: Collaborators;
  /** The action engine: its steps when due, and the system's own actions (reclaim). */
  actions: SystemStarter & { advance(id: string): Promise<void> };
  /** Rung by whoever made work (the worker runs soon). */
  wakeup: Pick<Wakeup, "onRing">;
}

const BUILD = LIFECYCLE.build;

export function createWorker(deps: WorkerDeps) {
  const { db, clock, config, logger, collab, actions } = deps;
  const repo = instancesRepo(db);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let started = false;

  async function fail(id: string, code: number, message: string, details: string) {
    const now = clock.now();
    const ok = await repo.transition(id, { vmState: VM.BUILDING }, {
      vmState: VM.ERROR,
      taskState: null,
      taskDueAt: null,
      faultCode: code,
      faultMessage: message,
      faultDetails: details,
      faultCreatedAt: now,
      updatedAt: now,
    });
    await release(db, id);
    await collab.network.release(db, id);
    if (ok) await repo.finishAction(id, BUILD.record, now, "Error", { traceback: details, message });
  }

  async function build(id: string) {
    // Take the instance: only one worker moves it out of "scheduling".
    const mine = await repo.transition(id, { vmState: [...BUILD.vmStates], taskState: [...BUILD.taskStates] }, {
      taskState: TASK.BLOCK_DEVICE_MAPPING,
      updatedAt: clock.now(),
    });
    if (!mine) return;
    const inst = await repo.find(id);
    if (!inst) return;
    let hostname: string;
    let node: string;
    let az: string;
    try {
      const placed = await scheduleAndClaim(db, requestSpecOf(inst), { hostSubsetSize: config.schedulerHostSubsetSize });
      hostname = placed.host.hostname;
      node = placed.host.nodename;
      az = placed.host.availabilityZone;
    } catch (err) {
      if (err instanceof NoValidHost) {
        logger.info({ instance: id, decision: err.details }, "no valid host");
        return fail(id, 500, err.message, err.details);
      }
      throw err;
    }
    const now = clock.now();
    const placedOk = await repo.transition(id, { vmState: VM.BUILDING, taskState: TASK.BLOCK_DEVICE_MAPPING }, {
      taskState: TASK.NETWORKING,
      host: hostname,
      node,
      availabilityZone: az,
      updatedAt: now,
    });
    if (!placedOk) {
      // Deleted meanwhile: give the claim back.
      await release(db, id);
      return;
    }
    try {
      await collab.network.allocate(db, {
        projectId: inst.projectId,
        serverId: id,
        requested: inst.requestedNetworks as RequestedNetwork[],
        securityGroups: inst.securityGroups,
        availabilityZone: az,
      });
      await collab.network.bind(db, id, hostname);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      logger.info({ instance: id, err: message }, "network allocation failed");
      return fail(id, 500, `Build of instance ${id} aborted: ${message}`, message);
    }
    const spawning = await repo.transition(id, { vmState: VM.BUILDING, taskState: TASK.NETWORKING }, {
      taskState: TASK.SPAWNING,
      taskDueAt: new Date(clock.now().getTime() + config.bootTimeMs),
      updatedAt: clock.now(),
    });
    if (!spawning) {
      await collab.network.release(db, id);
      await release(db, id);
      return;
    }
    if (config.bootTimeMs === 0) await finishSpawn(id);
  }

  async function finishSpawn(id: string) {
    const now = clock.now();
    const ok = await repo.transition(id, { vmState: VM.BUILDING, taskState: TASK.SPAWNING }, {
      vmState: VM.ACTIVE,
      taskState: null,
      taskDueAt: null,
      powerState: POWER.RUNNING,
      launchedAt: now,
      updatedAt: now,
    });
    if (ok) {
      const inst = await repo.find(id);
      await repo.finishAction(id, BUILD.record, now, "Success", { host: inst?.host });
    }
  }

  /** Nova's periodic tasks: auto-confirm of resizes, offload of shelved servers, reclaim of soft-deleted ones. */
  async function periodic(now: Date): Promise<number> {
    const ec = { db, clock, config, logger, collab };
    let n = 0;
    if (config.resizeConfirmWindowSeconds > 0) n += await autoConfirmDue(ec, now, actions);
    if (config.shelvedOffloadTimeSeconds > 0) n += await offloadShelvedDue(ec, actions);
    if (config.reclaimInstanceIntervalSeconds > 0) n += await reclaimDue(ec, actions);
    return n;
  }

  /** Advance everything that can advance now; returns how many steps were taken. */
  async function tick(): Promise<number> {
    const now = clock.now();
    try {
      await periodic(now);
    } catch (err) {
      logger.error({ err }, "periodic task failed");
    }
    const pending = await repo.pending(now);
    for (const p of pending) {
      try {
        if (p.taskState === TASK.DELETING) await actions.advance(p.id);
        else if (p.vmState === VM.BUILDING && p.taskState === TASK.SCHEDULING) await build(p.id);
        else if (p.vmState === VM.BUILDING && p.taskState === TASK.SPAWNING) await finishSpawn(p.id);
        else if (p.pendingAction) await actions.advance(p.id);
      } catch (err) {
        logger.error({ err, instance: p.id }, "worker step failed");
      }
    }
    return pending.length;
  }

  /**
   * After a restart, builds caught between scheduling and spawning start over
   * (their claims and ports are given back first) and deletes are completed.
   */
  async function recover() {
    const stuck = await repo.inStates(VM.BUILDING, [TASK.BLOCK_DEVICE_MAPPING, TASK.NETWORKING]);
    for (const s of stuck) {
      await release(db, s.id);
      await collab.network.release(db, s.id);
      await repo.transition(s.id, { vmState: VM.BUILDING, taskState: s.taskState }, { taskState: TASK.SCHEDULING, host: null, node: null });
    }
    if (stuck.length) logger.info({ count: stuck.length }, "restarting interrupted builds");
  }

  async function runLoop() {
    // Steps can make more work due at once (boot time 0); go round until quiet, boundedly.
    for (let round = 0; round < 50; round++) {
      again = false;
      if ((await tick()) === 0 && !again) break;
    }
  }

  function schedule() {
    if (!started) return;
    if (timer) clearTimeout(timer);
    // Due tasks are found by polling, so work created by another replica is picked up too.
    timer = setTimeout(() => kick(), config.workerPollMs);
    timer.unref();
  }

  /** Run the worker soon (after a request created work). */
  function kick() {
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
