import { inInstanceTransaction, instancesRepo } from "../db/repositories/instances.js";
import { NoValidHost, noteBuild, release, scheduleAndClaim } from "../scheduler/index.js";
import { HUNG_UNTIL, type RequestedNetwork } from "./collaborators.js";
import type { EffectContext } from "./effects/types.js";
import { LIFECYCLE, finalState } from "./lifecycle.js";
import { requestSpecOf } from "./request-spec.js";
import { serverGroupSpecOf } from "./server-groups.js";
import { provisionBootVolumes } from "./block-devices.js";
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
      // A server is in a group only through the `group` hint it was created with (Nova has no API to add members).
      const group = inst.schedulerHints.group === undefined ? null : await serverGroupSpecOf(db, id);
      const placed = await scheduleAndClaim(db, requestSpecOf(inst, { group }), { hostSubsetSize: config.schedulerHostSubsetSize });
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
    // block_device_mapping: the volumes the request asked for are made and attached on the chosen host.
    const bootVolumes = inst.requestSpec.blockDevices ?? [];
    if (bootVolumes.length) {
      try {
        await provisionBootVolumes(collab, { id, projectId: inst.projectId, userId: inst.userId, host: hostname }, bootVolumes);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        logger.info({ instance: id, err: message }, "block device mapping failed");
        return fail(id, 500, `Build of instance ${id} aborted: Failure prepping block device.`, message);
      }
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
    if (bootMs === 0 && fault?.kind !== "hang") await spawned(id, hostname);
  }

  /**
   * The boot time has passed: the instance ends as the table says, and its
   * create action succeeds. `host`: where it was built, when the caller knows.
   */
  async function spawned(id: string, host?: string) {
    const now = clock.now();
    const end = finalState(BUILD, { vmState: VM.BUILDING, powerState: 0 });
    // The final state and the create action's end, together.
    const on = await inInstanceTransaction(db, async (tx) => {
      const ok = await tx.transition(id, { vmState: BUILDING, taskState: SPAWNING }, {
        vmState: end.vmState,
        taskState: null,
        taskDueAt: null,
        powerState: end.powerState,
        launchedAt: now,
        updatedAt: now,
      });
      if (!ok) return undefined;
      const at = host ?? (await tx.find(id))?.host ?? undefined;
      await tx.finishAction(id, BUILD.record, now, "Success", { host: at });
      return at ?? null;
    });
    if (on === undefined) return;
    if (on) noteBuild(db, on, true);
    collab.events?.publish("server.build.finished", { server_id: id, vm_state: end.vmState, host: on });
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
