import { instancesRepo } from "../db/repositories/instances.js";
import { OpenStackError } from "../errors.js";
import type { AuthContext } from "../identity/types.js";
import { buildSteps } from "./build.js";
import { EFFECTS } from "./effects/index.js";
import type { EffectContext, Effects, Fields, Params } from "./effects/types.js";
import { InstanceInvalidState, InstanceNotFound } from "./errors.js";
import type { InstanceRecord } from "./instance.js";
import { DELETE_KEYS, IDLE_TASK, LIFECYCLE, allowed, finalState, guard, type ActionKey, type FinalState, type Guard, type LifecycleAction } from "./lifecycle.js";
import { TASK } from "./vm-states.js";
import { HUNG_UNTIL } from "./collaborators.js";
import type { Wakeup } from "./wakeup.js";

/**
 * Runs server actions through the lifecycle table (src/compute/lifecycle.ts):
 *
 *   start():   lock, host and state checks (guard(), with Nova's messages),
 *              the action's `prepare` effect (validation, claims), then a
 *              compare-and-set into the first transient task_state, and the
 *              instance action.
 *   advance(): called by the worker when a step is due; runs the step's
 *              effect, moves to the next task_state, and at the end sets the
 *              final vm_state/power_state and finishes the instance action.
 *
 * Effects (src/compute/effects/*.ts) do what an action changes besides state:
 * claims, ports, images, migrations. A failing effect rolls back and leaves
 * the instance as the table's onError says, with a fault.
 */

/** How the system starts an action of its own (startSystem). */
export interface SystemStart {
  /** Record it as an instance action of this request id and user. */
  record?: { requestId: string; userId: string };
  /** Run the steps at once rather than one per action time. */
  immediate?: boolean;
}

export interface ActionEngineDeps extends EffectContext {
  /** Rung when an action has steps for the worker. */
  wakeup: Pick<Wakeup, "ring">;
}

/** A failure the simulator's fault injection asked for: its code, message and details become the instance's fault. */
class InjectedFault extends OpenStackError {
  constructor(private readonly status: number, message: string, details: string) {
    super(status >= 500 ? "internal" : status === 409 ? "conflict" : "invalid", message);
    this.stack = details;
  }
  override get code(): number {
    return this.status;
  }
}

/** The action a pending instance is in: a deleting one is always finished as a delete. */
function pendingKeyOf(inst: Pick<InstanceRecord, "taskState" | "pendingAction">): ActionKey | null {
  const key = inst.pendingAction && inst.pendingAction in LIFECYCLE ? (inst.pendingAction as ActionKey) : null;
  if (inst.taskState === TASK.DELETING) return key && DELETE_KEYS.includes(key) ? key : "delete";
  return key;
}

export function actionEngine(deps: ActionEngineDeps) {
  const { db, clock, config, logger } = deps;
  const repo = instancesRepo(db);
  const ec: EffectContext = deps;

  const durationOf = (key: ActionKey) => config.actionTimes[key] ?? config.actionTimeMs;
  const dueAt = (key: ActionKey) => new Date(clock.now().getTime() + durationOf(key));

  /** The one guard of every instance operation: lock, host, then state (src/compute/lifecycle.ts guard). */
  function check(inst: InstanceRecord, spec: Guard, ctx: AuthContext | null) {
    guard(spec, inst, ctx);
  }

  /** Start `key` on `inst` for `ctx`; returns the instance as it is once the action has begun. */
  async function start(
    ctx: AuthContext,
    requestId: string,
    inst: InstanceRecord,
    key: ActionKey,
    params: Params = {},
  ): Promise<InstanceRecord> {
    return begin({ ctx, requestId }, inst, key, params);
  }

  /**
   * Start `key` for the system itself (Nova's periodic tasks): no lock
   * applies, no `prepare` runs (`params` are the prepared ones), and an
   * instance action is recorded only with `opts.record`; `opts.immediate` runs
   * the steps at once. False when the instance has moved on meanwhile.
   */
  async function startSystem(inst: InstanceRecord, key: ActionKey, params: Params = {}, opts: SystemStart = {}): Promise<boolean> {
    try {
      await begin(null, inst, key, params, opts);
      return true;
    } catch (err) {
      if (err instanceof InstanceInvalidState || err instanceof InstanceNotFound) return false;
      throw err;
    }
  }

  async function begin(who: { ctx: AuthContext; requestId: string } | null, inst: InstanceRecord, key: ActionKey, params: Params, opts: SystemStart = {}): Promise<InstanceRecord> {
    const spec: LifecycleAction = LIFECYCLE[key];
    const fx: Effects = EFFECTS[key] ?? {};
    check(inst, spec, who?.ctx ?? null);
    const prepared = who && fx.prepare ? await fx.prepare(ec, inst, params, who.ctx) : undefined;
    const kept = { ...params, ...(prepared ?? {}) };
    const now = clock.now();
    const from: FinalState = { vmState: inst.vmState, powerState: inst.powerState };
    let begun: Fields;
    try {
      begun = (await fx.begin?.(ec, inst, kept)) ?? {};
    } catch (err) {
      await fx.rollback?.(ec, inst, kept, err);
      throw err;
    }
    const first = spec.steps[0];
    const immediate = spec.immediate || opts.immediate;
    const ok = await repo.transition(
      inst.id,
      { vmState: spec.vmStates ? [...spec.vmStates] : undefined, taskState: spec.taskStates ? [...spec.taskStates] : undefined },
      {
        ...begun,
        taskState: first ?? inst.taskState,
        pendingAction: first ? key : null,
        pendingStep: 0,
        pendingParams: JSON.stringify({ ...kept, _from: from }),
        taskDueAt: first ? (immediate ? now : dueAt(key)) : null,
        updatedAt: now,
      },
    );
    if (!ok) {
      await fx.rollback?.(ec, inst, kept, new Error("lost race"));
      const fresh = await repo.find(inst.id);
      // An action allowed in any state loses only to the instance being gone.
      if (!fresh && !spec.vmStates && !spec.taskStates) throw new InstanceNotFound(inst.id);
      const a = fresh ? allowed(spec, fresh.vmState, fresh.taskState) : { ok: false as const, attr: "task_state" as const, state: TASK.DELETING };
      if (a.ok) throw new InstanceInvalidState(spec.name, inst.id, "task_state", fresh?.taskState ?? null);
      throw new InstanceInvalidState(spec.name, inst.id, a.attr, a.state);
    }
    const recorded = who ? { requestId: who.requestId, userId: who.ctx.userId } : opts.record;
    if (recorded) {
      await repo.startAction({
        instanceId: inst.id,
        action: spec.record,
        requestId: recorded.requestId,
        userId: recorded.userId,
        projectId: inst.projectId,
        startTime: now,
        event: spec.event,
        host: spec.apiEvent ? null : inst.host,
      });
    }
    deps.collab.events?.publish("server.action.started", { server_id: inst.id, action: key, task_state: first ?? inst.taskState });
    if (!first) {
      await finish(inst.id, key);
    } else if (immediate) {
      // Quick in the simulator: done now, so that it is over when the call returns.
      for (let i = 0; i < spec.steps.length; i++) await advance(inst.id);
    } else {
      deps.wakeup.ring([inst.id]);
    }
    return (await repo.find(inst.id, { withDeleted: true }))!;
  }

  async function fail(inst: InstanceRecord, key: ActionKey, params: Params, err: unknown) {
    const spec: LifecycleAction = LIFECYCLE[key];
    const fx: Effects = EFFECTS[key] ?? {};
    const message = err instanceof Error ? err.message : String(err);
    logger.info({ instance: inst.id, action: key, err: message }, "server action failed");
    try {
      await fx.rollback?.(ec, inst, params, err);
    } catch (e) {
      logger.error({ err: e, instance: inst.id }, "rollback failed");
    }
    const now = clock.now();
    const from = (params._from as FinalState | undefined) ?? { vmState: inst.vmState, powerState: inst.powerState };
    const code = err instanceof OpenStackError ? err.code : 500;
    await repo.transition(inst.id, { taskState: inst.taskState }, {
      ...(spec.onError === "error" ? { vmState: "error" } : { vmState: from.vmState, powerState: from.powerState }),
      ...IDLE_TASK,
      faultCode: code,
      faultMessage: message,
      faultDetails: err instanceof Error ? (err.stack ?? message) : message,
      faultCreatedAt: now,
      updatedAt: now,
    });
    await repo.finishAction(inst.id, spec.record, now, "Error", { host: inst.host, traceback: message, message: "Error" });
    deps.collab.events?.publish("server.action.failed", { server_id: inst.id, action: key, fault: { code, message } });
  }

  /** Set the final state of `key` (after its last step, or at once for step-less actions). */
  async function finish(id: string, key: ActionKey) {
    const spec: LifecycleAction = LIFECYCLE[key];
    const fx: Effects = EFFECTS[key] ?? {};
    const inst = await repo.find(id);
    if (!inst) return;
    const params: Params = inst.pendingParams;
    const from = (params._from as FinalState | undefined) ?? { vmState: inst.vmState, powerState: inst.powerState };
    let fields: Fields;
    try {
      fields = (await fx.complete?.(ec, inst, params)) ?? {};
    } catch (err) {
      return fail(inst, key, params, err);
    }
    const end = fx.final ? fx.final(inst, params, from) : finalState(spec, from);
    const now = clock.now();
    const ok = await repo.transition(id, { taskState: inst.taskState }, {
      ...fields,
      vmState: end.vmState,
      powerState: end.powerState,
      ...IDLE_TASK,
      updatedAt: now,
    });
    if (ok) {
      const after = await repo.find(id, { withDeleted: true });
      await repo.finishAction(id, spec.record, now, "Success", spec.apiEvent ? {} : { host: after?.host ?? inst.host });
      deps.collab.events?.publish("server.action.finished", { server_id: id, action: key, vm_state: end.vmState });
    }
  }

  /** The worker's entry: the current step of the instance's pending action is due. */
  async function advance(id: string) {
    const inst = await repo.find(id);
    const key = inst && pendingKeyOf(inst);
    if (!inst || !key) return;
    const spec: LifecycleAction = LIFECYCLE[key];
    const fx: Effects = EFFECTS[key] ?? {};
    const params: Params = inst.pendingParams;
    const index = inst.pendingStep;
    // The simulator's fault injection, asked once per action at its first step: fail, hang, or a delay.
    if (params._fault && inst.taskDueAt && inst.taskDueAt > clock.now()) return;
    if (index === 0 && !params._fault && deps.collab.faults) {
      const fault = deps.collab.faults.decide({ action: key, instance: inst, host: inst.host });
      if (fault?.kind === "fail") return fail(inst, key, params, new InjectedFault(fault.code, fault.message, fault.details));
      if (fault) {
        const due = fault.kind === "hang" ? HUNG_UNTIL : new Date(clock.now().getTime() + fault.ms);
        await repo.transition(id, { taskState: inst.taskState }, { pendingParams: JSON.stringify({ ...params, _fault: fault.kind }), taskDueAt: due });
        return;
      }
    }
    let fields: Fields;
    try {
      fields = (await fx.step?.(ec, inst, params, index)) ?? {};
    } catch (err) {
      return fail(inst, key, params, err);
    }
    const next = spec.steps[index + 1];
    if (next === undefined) {
      if (Object.keys(fields).length) await repo.update(id, fields);
      return finish(id, key);
    }
    await repo.transition(id, { taskState: inst.taskState }, {
      ...fields,
      taskState: next,
      pendingStep: index + 1,
      taskDueAt: dueAt(key),
      updatedAt: clock.now(),
    });
  }

  /**
   * Cancel the action in progress on `inst` (an aborted live migration): back
   * to no task, `undo` what it had done, its instance action finished as an
   * error. False when the instance has moved on meanwhile.
   */
  async function cancel(inst: InstanceRecord, key: ActionKey, traceback: string, undo: () => Promise<void>): Promise<boolean> {
    const spec: LifecycleAction = LIFECYCLE[key];
    const now = clock.now();
    if (!(await repo.transition(inst.id, { taskState: inst.taskState }, { ...IDLE_TASK, updatedAt: now }))) return false;
    await undo();
    await repo.finishAction(inst.id, spec.record, now, "Error", { host: inst.host, message: "Error", traceback });
    return true;
  }

  // The boot is the engine's too (its steps are the worker's to trigger).
  const { build, spawned, recoverBuilds } = buildSteps(ec);

  return { start, startSystem, advance, cancel, check, durationOf, build, spawned, recoverBuilds };
}

export type ActionEngine = ReturnType<typeof actionEngine>;
