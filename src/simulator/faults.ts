import type { FaultDecision, FaultPoint, FaultPort } from "../compute/collaborators.js";
import { OpenStackError } from "../errors.js";
import { randomSource } from "./determinism.js";

/**
 * Fault injection (/sim/v1/faults): ordered rules, the first that matches a
 * point wins. State-machine rules are asked by the compute engine at each
 * build and at the first step of each server action (src/compute/build.ts,
 * actions.ts); HTTP rules by the request hook (src/http/sim.ts). A rule fires
 * with its probability (drawn from the seeded stream "faults" when a seed is
 * set) and at most `count` times. Rules live in this process's memory.
 */

/** The names a rule's `action` may take, and the lifecycle keys (src/compute/lifecycle.ts) each stands for. */
const ACTION_ALIASES: Record<string, string[]> = {
  build: ["build"],
  resize: ["resize"],
  migrate: ["migrate"],
  "live-migrate": ["liveMigrate"],
  evacuate: ["evacuate"],
  reboot: ["reboot_soft", "reboot_hard"],
  rebuild: ["rebuild"],
  snapshot: ["createImage", "createBackup"],
  delete: ["delete", "forceDelete", "softDelete", "reclaim"],
};
export const FAULT_ACTIONS = Object.keys(ACTION_ALIASES);

export type StateEffect =
  | { type: "fail"; code?: number; message?: string; details?: string }
  | { type: "hang" }
  | { type: "delay"; ms: number; jitterMs?: number }
  | { type: "no_valid_host" }
  | { type: "claim_conflict" };

export interface StateMatch {
  action?: string;
  host?: string;
  az?: string;
  flavor?: string;
  image?: string;
  project?: string;
  metadataKey?: string;
}

export interface HttpMatch {
  /** A regular expression over the path (query string excluded). */
  path?: string;
  service?: string;
  method?: string;
}

export interface HttpEffect {
  status?: number;
  message?: string;
  latencyMs?: number;
}

interface RuleBase {
  id: number;
  probability: number;
  /** Fires at most this many times (null: no limit). */
  count: number | null;
  fired: number;
  createdAt: Date;
}
export interface StateRule extends RuleBase {
  kind: "state";
  match: StateMatch;
  effect: StateEffect;
  /** Instances it left hung (lifted when the rule goes). */
  hung: Set<string>;
}
export interface HttpRule extends RuleBase {
  kind: "http";
  match: HttpMatch;
  effect: HttpEffect;
  pattern: RegExp | null;
}

const DEFAULT_MESSAGES: Record<string, string> = {
  build: "Build of instance {id} aborted: Injected fault.",
};

export function faultInjector(deps: { now: () => Date; lift: (instanceIds: string[]) => Promise<void>; fired?: (rule: { id: number }, data: Record<string, unknown>) => void }) {
  let state: StateRule[] = [];
  let http: HttpRule[] = [];
  let nextId = 1;
  let draw = randomSource("faults");

  const fires = (r: RuleBase) => {
    if (r.count !== null && r.fired >= r.count) return false;
    if (r.probability < 1 && draw() >= r.probability) return false;
    r.fired++;
    return true;
  };

  function matches(m: StateMatch, p: FaultPoint): boolean {
    if (m.action && !(ACTION_ALIASES[m.action] ?? [m.action]).includes(p.action)) return false;
    if (m.host && m.host !== (p.host ?? p.instance.host)) return false;
    if (m.az && m.az !== p.instance.availabilityZone) return false;
    if (m.flavor && m.flavor !== p.instance.flavor.id && m.flavor !== p.instance.flavor.name) return false;
    if (m.image && m.image !== p.instance.imageRef) return false;
    if (m.project && m.project !== p.instance.projectId) return false;
    if (m.metadataKey && !p.instance.metadata.some((x) => x.key === m.metadataKey)) return false;
    return true;
  }

  function decisionOf(r: StateRule, p: FaultPoint): FaultDecision {
    const e = r.effect;
    const id = p.instance.id;
    switch (e.type) {
      case "fail":
        return {
          kind: "fail",
          code: e.code ?? 500,
          message: (e.message ?? DEFAULT_MESSAGES[p.action] ?? "Injected fault.").replace("{id}", id),
          details: e.details ?? `novasim fault rule ${r.id}`,
        };
      case "no_valid_host":
        return { kind: "fail", code: 500, message: "No valid host was found. There are not enough hosts available.", details: `novasim fault rule ${r.id}: no valid host` };
      case "claim_conflict":
        return {
          kind: "fail",
          code: 500,
          message: `Exceeded maximum number of retries. Exhausted all hosts available for retrying build failures for instance ${id}.`,
          details: `novasim fault rule ${r.id}: every claim met a resource provider generation conflict`,
        };
      case "hang":
        r.hung.add(id);
        return { kind: "hang" };
      case "delay":
        return { kind: "delay", ms: Math.max(0, Math.round(e.ms + (e.jitterMs ? (draw() * 2 - 1) * e.jitterMs : 0))) };
    }
  }

  const port: FaultPort = {
    decide(p) {
      for (const r of state) {
        if (!matches(r.match, p) || !fires(r)) continue;
        const d = decisionOf(r, p);
        deps.fired?.(r, { server_id: p.instance.id, action: p.action, effect: r.effect.type });
        return d;
      }
      return null;
    },
  };

  return {
    port,
    /** The seed changed (a reset with a seed): the probabilities draw from the new stream. */
    reseed() {
      draw = randomSource("faults");
    },
    state: () => state,
    http: () => http,
    addState(r: { match: StateMatch; effect: StateEffect; probability?: number; count?: number | null }): StateRule {
      const rule: StateRule = { kind: "state", id: nextId++, match: r.match, effect: r.effect, probability: r.probability ?? 1, count: r.count ?? null, fired: 0, createdAt: deps.now(), hung: new Set() };
      state = [...state, rule];
      return rule;
    },
    addHttp(r: { match: HttpMatch; effect: HttpEffect; probability?: number; count?: number | null }): HttpRule {
      const rule: HttpRule = {
        kind: "http",
        id: nextId++,
        match: r.match,
        effect: r.effect,
        pattern: r.match.path ? new RegExp(r.match.path) : null,
        probability: r.probability ?? 1,
        count: r.count ?? null,
        fired: 0,
        createdAt: deps.now(),
      };
      http = [...http, rule];
      return rule;
    },
    /** Remove one rule (state or HTTP), lifting what it left hung; false when there is none. */
    async remove(id: number): Promise<boolean> {
      const s = state.find((r) => r.id === id);
      if (s) {
        state = state.filter((r) => r !== s);
        await deps.lift([...s.hung]);
        return true;
      }
      const before = http.length;
      http = http.filter((r) => r.id !== id);
      return http.length < before;
    },
    /** Remove every rule of `kind` (both without), lifting every hang. */
    async clear(kind?: "state" | "http"): Promise<void> {
      if (kind !== "http") {
        const hung = state.flatMap((r) => [...r.hung]);
        state = [];
        await deps.lift(hung);
      }
      if (kind !== "state") http = [];
    },
    /** The HTTP rule for a request, if one fires. */
    httpFault(req: { method: string; path: string; service: string }): HttpRule | null {
      for (const r of http) {
        const m = r.match;
        if (m.method && m.method.toUpperCase() !== req.method) continue;
        if (m.service && m.service !== req.service) continue;
        if (r.pattern && !r.pattern.test(req.path)) continue;
        if (fires(r)) {
          deps.fired?.(r, { method: req.method, path: req.path, status: r.effect.status ?? null });
          return r;
        }
      }
      return null;
    },
  };
}

export type FaultInjector = ReturnType<typeof faultInjector>;

/** The answer an HTTP fault rule gives: its status, in the addressed service's error body. */
export class InjectedHttpFault extends OpenStackError {
  constructor(private readonly status: number, message: string) {
    super(status >= 500 ? "internal" : status === 404 ? "not-found" : status === 409 ? "conflict" : status === 403 ? "forbidden" : "invalid", message);
  }
  override get code(): number {
    return this.status;
  }
}
