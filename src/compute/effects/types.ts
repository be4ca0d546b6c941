import type { Logger } from "pino";
import type { Clock } from "../../clock.js";
import type { Config } from "../../config.js";
import type { Db } from "../../db/client.js";
import type { AuthContext } from "../../identity/types.js";
import type { Collaborators } from "../collaborators.js";
import type { InstanceRecord } from "../instance.js";
import type { ActionKey, FinalState } from "../lifecycle.js";

/**
 * What effects (src/compute/effects/*.ts) are given and what they may do:
 * the types shared by the action engine (src/compute/actions.ts) and the
 * effects, kept apart so that neither imports the other for them.
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

/** The action engine as periodic tasks use it: start an action for the system (see ActionEngine.startSystem). */
export interface SystemStarter {
  startSystem(
    inst: InstanceRecord,
    key: ActionKey,
    params?: Params,
    opts?: { record?: { requestId: string; userId: string }; immediate?: boolean },
  ): Promise<boolean>;
}
