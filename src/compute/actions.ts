import type { Logger } from "pino";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import { instancesRepo } from "../db/repositories/instances.js";
import { OpenStackError, Conflict } from "../errors.js";
import type { AuthContext } from "../identity/types.js";
import type { Collaborators } from "./collaborators.js";
import { EFFECTS } from "./effects/index.js";
import type { InstanceRecord } from "./instance.js";
import { IDLE_TASK, LIFECYCLE, allowed, finalState, type ActionKey, type FinalState, type LifecycleAction } from "./lifecycle.js";
import type { Worker } from "./worker.js";

/**
 * Runs server actions through the lifecycle table (src/compute/lifecycle.ts):
 *
 *   start():   lock and state checks (409 with Nova's message), the action's
 *              `prepare` effect (validation, claims), then a compare-and-set
 *              into the first transient task_state, and the instance action.
 *   advance(): called by the worker when a step is due; runs the step's
 *              effect, moves to the next task_state, and at the end sets the
 *              final vm_state/power_state and finishes the instance action.
 *
 * Effects (src/compute/effects/*.ts) do what an action changes besides state:
 * claims, ports, images, migrations. A failing effect rolls back and leaves
 * the instance as the table's onError says, with a fault.
 */
export interface EffectContext {
  db: Db;
  clock: Clock;
  config: Config;
  logger: Logger;
  collab: Collaborators;
}

export type Params = Record<string, unknown>;
/** Instance fields an effect sets along with the transition. */
export type Fields = Record<string, unknown>;

export interface Effects {
  /** Before any state change, in the API request: validate, claim; returns the parameters to keep. May throw 4xx. */
  prepare?(ec: EffectContext, inst: InstanceRecord, params: Params, ctx: AuthContext): Promise<Params | void>;
  /** Fields to set when the action starts (with the first task_state). */
  begin?(ec: EffectContext, inst: InstanceRecord, params: Params): Promise<Fields | void>;
  /** When step `index` has run its time, before moving on. */
  step?(ec: EffectContext, inst: InstanceRecord, params: Params, index: number): Promise<Fields | void>;
  /** At the end, before the final state is set. */
  complete?(ec: EffectContext, inst: InstanceRecord, params: Params): Promise<Fields | void>;
  /** Undo after a failure (or a lost race). */
  rollback?(ec: EffectContext, inst: InstanceRecord, params: Params, error: unknown): Promise<void>;
  /** The final state, when it depends on more than the table says (e.g. evacuate at 2.95). */
  final?(inst: InstanceRecord, params: Params, from: FinalState): FinalState;
}

export interface ActionEngineDeps extends EffectContext {
  worker: Worker;
}

export function actionEngine(deps: ActionEngineDeps) {
  const { db, clock, config, logger } = deps;
  const repo = instancesRepo(db);
  const ec: EffectContext = deps;

  const durationOf = (key: ActionKey) => config.actionTimes[key] ?? config.actionTimeMs;
  const dueAt = (key: ActionKey) => new Date(clock.now().getTime() + durationOf(key));

  function check(inst: InstanceRecord, spec: LifecycleAction, ctx: AuthContext | null) {
    if (ctx && inst.locked && !ctx.isAdmin && !spec.ignoresLock) throw new Conflict(`Instance ${inst.id} is locked`);
    const a = allowed(spec, inst.vmState, inst.taskState);
    if (!a.ok) throw new Conflict(`Cannot '${spec.name}' instance ${inst.id} while it is in ${a.attr} ${a.state}`);
  }

  /** Start `key` on `inst` for `ctx`; returns the instance as it is once the action has begun. */
  async function start(
    ctx: AuthContext,
    requestId: string,
    inst: InstanceRecord,
    key: ActionKey,
    params: Params = {},
  ): Promise<InstanceRecord> {
    const spec: LifecycleAction = LIFECYCLE[key];
    const fx: Effects = EFFECTS[key] ?? {};
    check(inst, spec, ctx);
    const kept = { ...params, ...((await fx.prepare?.(ec, inst, params, ctx)) ?? {}) };
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
    const ok = await repo.transition(
      inst.id,
      { vmState: spec.vmStates ? [...spec.vmStates] : undefined, taskState: spec.taskStates ? [...spec.taskStates] : undefined },
      {
        ...begun,
        taskState: first ?? inst.taskState,
        pendingAction: first ? key : null,
        pendingStep: 0,
        pendingParams: JSON.stringify({ ...kept, _from: from }),
        taskDueAt: first ? dueAt(key) : null,
        updatedAt: now,
      },
    );
    if (!ok) {
      await fx.rollback?.(ec, inst, kept, new Error("lost race"));
      const fresh = await repo.find(inst.id);
      const a = fresh ? allowed(spec, fresh.vmState, fresh.taskState) : { ok: false as const, attr: "task_state" as const, state: "deleting" };
      const why = a.ok ? `task_state ${fresh?.taskState ?? null}` : `${a.attr} ${a.state}`;
      throw new Conflict(`Cannot '${spec.name}' instance ${inst.id} while it is in ${why}`);
    }
    await repo.startAction({
      instanceId: inst.id,
      action: spec.record,
      requestId,
      userId: ctx.userId,
      projectId: inst.projectId,
      startTime: now,
      event: spec.event,
      host: inst.host,
    });
    if (!first) {
      await finish(inst.id, key);
    } else {
      deps.worker.kick();
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
  }

  /** Set the final state of `key` (after its last step, or at once for step-less actions). */
  async function finish(id: string, key: ActionKey) {
    const spec: LifecycleAction = LIFECYCLE[key];
    const fx: Effects = EFFECTS[key] ?? {};
    const inst = await repo.find(id);
    if (!inst) return;
    const params = JSON.parse(inst.pendingParams) as Params;
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
      await repo.finishAction(id, spec.record, now, "Success", { host: after?.host ?? inst.host });
    }
  }

  /** The worker's entry: the current step of the instance's pending action is due. */
  async function advance(id: string) {
    const inst = await repo.find(id);
    if (!inst || !inst.pendingAction || !(inst.pendingAction in LIFECYCLE)) return;
    const key = inst.pendingAction as ActionKey;
    const spec: LifecycleAction = LIFECYCLE[key];
    const fx: Effects = EFFECTS[key] ?? {};
    const params = JSON.parse(inst.pendingParams) as Params;
    const index = inst.pendingStep;
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

  return { start, advance, check, durationOf };
}

export type ActionEngine = ReturnType<typeof actionEngine>;
