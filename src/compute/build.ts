import { instancesRepo } from "../db/repositories/instances.js";
import { NoValidHost, noteBuild, release, scheduleAndClaim } from "../scheduler/index.js";
import { HUNG_UNTIL, type RequestedNetwork } from "./collaborators.js";
import type { EffectContext } from "./effects/types.js";
import { LIFECYCLE, finalState } from "./lifecycle.js";
import { requestSpecOf } from "./request-spec.js";
import { serverGroupSpecOf } from "./server-groups.js";
import { VM } from "./vm-states.js";

/**
 * The boot (LIFECYCLE.build), as the conductor and the compute run it:
 * (building, scheduling) -> taken, a host claimed (block_device_mapping) ->
 * ports (networking) -> (building, spawning) until the boot time has passed
 * -> the table's final state. Each step is a compare-and-set on the table's
 * states: two workers never both win one, and a step that loses its race
 * (the server deleted meanwhile) gives back what it took. A failure ends in
 * the table's onError state (ERROR) with Nova's fault.
 */
const BUILD = LIFECYCLE.build;
const [SCHEDULING, BLOCK_DEVICE_MAPPING, NETWORKING, SPAWNING] = BUILD.steps;
const BUILDING = [...BUILD.vmStates];

export function buildSteps(ec: EffectContext) {
  const { db, clock, config, logger, collab } = ec;
  const repo = instancesRepo(db);

  /** The build failed: ERROR with Nova's fault, the claim and the ports given back. */
  async function fail(id: string, code: number, message: string, details: string) {
    const now = clock.now();
    const ok = await repo.transition(id, { vmState: BUILDING }, {
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
    if (ok) collab.events?.publish("server.build.failed", { server_id: id, vm_state: VM.ERROR, fault: { code, message } });
  }

  /** Take a new instance from (building, scheduling) and walk it to spawning (and on, with boot time 0). */
  async function build(id: string) {
    // Take the instance: only one worker moves it out of "scheduling".
    const mine = await repo.transition(id, { vmState: BUILDING, taskState: [...BUILD.taskStates] }, {
      taskState: BLOCK_DEVICE_MAPPING,
      updatedAt: clock.now(),
    });
    if (!mine) return;
    const inst = await repo.find(id);
    if (!inst) return;
    let hostname: string;
    let node: string;
    let az: string;
    try {
      const placed = await scheduleAndClaim(db, requestSpecOf(inst, { group: await serverGroupSpecOf(db, id) }), { hostSubsetSize: config.schedulerHostSubsetSize });
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
    const placedOk = await repo.transition(id, { vmState: BUILDING, taskState: BLOCK_DEVICE_MAPPING }, {
      taskState: NETWORKING,
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
      noteBuild(db, hostname, false);
      return fail(id, 500, `Build of instance ${id} aborted: ${message}`, message);
    }
    // The simulator's fault injection: the build fails (claims and ports given back), hangs in spawning, or takes longer.
    const fault = collab.faults?.decide({ action: "build", instance: inst, host: hostname }) ?? null;
    if (fault?.kind === "fail") {
      noteBuild(db, hostname, false);
      return fail(id, fault.code, fault.message, fault.details);
    }
    const bootMs = config.bootTimeMs + (fault?.kind === "delay" ? fault.ms : 0);
    const spawning = await repo.transition(id, { vmState: BUILDING, taskState: NETWORKING }, {
      taskState: SPAWNING,
      taskDueAt: fault?.kind === "hang" ? HUNG_UNTIL : new Date(clock.now().getTime() + bootMs),
      updatedAt: clock.now(),
    });
    if (!spawning) {
      await collab.network.release(db, id);
      await release(db, id);
      return;
    }
    if (bootMs === 0 && fault?.kind !== "hang") await spawned(id);
  }

  /** The boot time has passed: the instance ends as the table says, and its create action succeeds. */
  async function spawned(id: string) {
    const now = clock.now();
    const end = finalState(BUILD, { vmState: VM.BUILDING, powerState: 0 });
    const ok = await repo.transition(id, { vmState: BUILDING, taskState: SPAWNING }, {
      vmState: end.vmState,
      taskState: null,
      taskDueAt: null,
      powerState: end.powerState,
      launchedAt: now,
      updatedAt: now,
    });
    if (ok) {
      const inst = await repo.find(id);
      if (inst?.host) noteBuild(db, inst.host, true);
      await repo.finishAction(id, BUILD.record, now, "Success", { host: inst?.host });
      collab.events?.publish("server.build.finished", { server_id: id, vm_state: end.vmState, host: inst?.host ?? null });
    }
  }

  /**
   * After a restart, builds caught between scheduling and spawning start over
   * (their claims and ports are given back first).
   */
  async function recoverBuilds() {
    const stuck = await repo.inStates(VM.BUILDING, [BLOCK_DEVICE_MAPPING, NETWORKING]);
    for (const s of stuck) {
      await release(db, s.id);
      await collab.network.release(db, s.id);
      await repo.transition(s.id, { vmState: BUILDING, taskState: s.taskState }, { taskState: SCHEDULING, host: null, node: null });
    }
    if (stuck.length) logger.info({ count: stuck.length }, "restarting interrupted builds");
  }

  return { build, spawned, recoverBuilds };
}

export type BuildSteps = ReturnType<typeof buildSteps>;
