import fs from "node:fs";
import type { Logger } from "pino";
import type { ClockMode, SimClock } from "../clock.js";
import type { Config } from "../config.js";
import type { Database } from "../db/client.js";
import { findHostByName, listHosts, setServiceUp } from "../db/repositories/hosts.js";
import { instancesRepo } from "../db/repositories/instances.js";
import {
  deleteSnapshot,
  findSnapshot,
  findToken,
  keepToken,
  liftHung,
  listSnapshots,
  nextPeriodicDue,
  readClockState,
  writeClockState,
  restoreSnapshot,
  saveSnapshot,
  seedStampPresent,
  tableCounts,
  type KeepRows,
  type SnapshotRow,
} from "../db/repositories/sim-state.js";
import { seed, seedFingerprint } from "../db/seed/index.js";
import { Conflict, Invalid, NotFound } from "../errors.js";
import { Gate } from "./gate.js";
import { seedRandomness } from "./determinism.js";
import { faultInjector } from "./faults.js";
import { EventLog, RequestJournal } from "./events.js";
import { liveHosts } from "./live-hosts.js";
import { HUNG_UNTIL } from "../compute/collaborators.js";
import { VM } from "../compute/vm-states.js";
import { ComputeHostNotFound } from "../compute/errors.js";

/** The snapshot a reset restores: the state the seed wrote on the database's first start. */
export const SEED_SNAPSHOT = "__seed__";
/** Bumped by every reset and restore: another replica that sees it move drops its in-memory state. */
export const EPOCH_TOPIC = "sim:epoch";
/** Bumped by every clock change: another replica that sees it move reads the clock's state. */
export const CLOCK_TOPIC = "sim:clock";

/** novasim's version, from package.json (beside src/ or dist/, whether this runs from sources or a bundle). */
const VERSION: string = (() => {
  for (const rel of ["../../package.json", "../package.json"]) {
    try {
      const pkg = JSON.parse(fs.readFileSync(new URL(rel, import.meta.url), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "novasim" && pkg.version) return pkg.version;
    } catch {
      // next
    }
  }
  return "unknown";
})();

/** What the control plane drives: the parts of the app with state outside the database, and the worker. */
export interface ControlDeps {
  config: Config;
  database: Database;
  clock: SimClock;
  logger: Logger;
  /** Drop every in-memory copy of database state (token cache, scheduler host-state cache and decisions…). */
  invalidate: () => void;
  worker: { idle(): Promise<void>; kick(): void; stop(): void; start(): Promise<void>; isStarted(): boolean };
}

export type Phase = "starting" | "ready" | "resetting";

export interface Health {
  status: Phase;
  version: string;
  database: Database["provider"];
  services: Record<string, string>;
  hosts: { total: number; up: number };
  uptimeSeconds: number;
}

export interface SnapshotInfo {
  name: string;
  createdAt: string;
  tables: number;
  rows: number;
}

const snapshotInfo = (s: SnapshotRow): SnapshotInfo => ({ name: s.name, createdAt: s.createdAt, tables: s.tables, rows: s.rows });

/** ISO-8601 durations (PnDTnHnMnS, PnW) or plain seconds, to milliseconds. */
export function parseDuration(v: string | number): number {
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v < 0) throw new Invalid("advance must be a non-negative number of seconds or an ISO 8601 duration.");
    return Math.round(v * 1000);
  }
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const m = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(v);
  if (!m || v === "P" || v.endsWith("T")) throw new Invalid(`Invalid duration ${JSON.stringify(v)}: give seconds or an ISO 8601 duration such as PT90S or P1DT2H.`);
  const [w, d, h, min, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number];
  return Math.round(((((w * 7 + d) * 24 + h) * 60 + min) * 60 + s) * 1000);
}

export function simControl(deps: ControlDeps) {
  const { database, config, clock, logger } = deps;
  const gate = new Gate();
  const startedAt = Date.now();
  let phase: Phase = "ready";
  let epoch: number | null = null;
  let readyLogged = false;
  const seeded = config.seed !== undefined;
  let usedSeed = false;
  const events = new EventLog(() => clock.now());
  const requests = new RequestJournal();
  const hosts = liveHosts({ database, config, changed: () => deps.invalidate() });
  const faults = faultInjector({
    now: () => clock.now(),
    fired: (rule, data) => events.publish("sim.fault.fired", { rule: rule.id, ...data }),
    lift: async (ids) => {
      if ((await liftHung(database, ids, HUNG_UNTIL, clock.now())) > 0) deps.worker.kick();
    },
  });
  if (seeded) seedRandomness(config.seed!);

  let clockVersion: number | null = null;

  /** The epoch as stored; when another replica moved it, this one's caches go. The same for the clock's state. */
  async function sync(): Promise<void> {
    const e = await database.fast.stamp(EPOCH_TOPIC);
    if (epoch !== null && e !== epoch) deps.invalidate();
    epoch = e;
    const c = await database.fast.stamp(CLOCK_TOPIC);
    if (c !== clockVersion) {
      clockVersion = c;
      if (c > 0) {
        const stored = await readClockState(database);
        if (stored) clock.importState(JSON.parse(stored));
      }
    }
  }

  /** Share this replica's clock with the others (after a change here). */
  async function publishClock(): Promise<void> {
    await writeClockState(database, JSON.stringify(clock.exportState()), CLOCK_TOPIC);
    clockVersion = await database.fast.stamp(CLOCK_TOPIC);
  }

  const bumpEpoch: KeepRows = async (db) => {
    const t = db as unknown as Database["prisma"];
    await t.changeStamp.upsert({ where: { topic: EPOCH_TOPIC }, create: { topic: EPOCH_TOPIC, version: 1 }, update: { version: { increment: 1 } } });
  };

  /** Run `fn` with every other request held back and the worker paused, then drop every cache. */
  async function swap<T>(fn: () => Promise<T>): Promise<T> {
    return gate.exclusive(1, async () => {
      const was = deps.worker.isStarted();
      deps.worker.stop();
      await deps.worker.idle();
      phase = "resetting";
      try {
        return await fn();
      } finally {
        deps.invalidate();
        epoch = await database.fast.stamp(EPOCH_TOPIC);
        phase = "ready";
        if (was) await deps.worker.start();
      }
    });
  }

  const both = (a: KeepRows, b?: KeepRows): KeepRows => async (db) => {
    await a(db);
    if (b) await b(db);
  };

  const saveSeed = () => saveSeedState(database, config);

  return {
    gate,
    sync,
    faults,
    events,
    requests,
    hosts,
    /** Mark a host's nova-compute service down (as when its host stops reporting) or up again. */
    async setHostState(name: string, up: boolean) {
      const host = await findHostByName(database.prisma, name);
      if (!host) throw new ComputeHostNotFound(name);
      await setServiceUp(database.prisma, [host.id], up);
      events.publish(up ? "sim.host.up" : "sim.host.down", { host: host.hostname });
      return { name: host.hostname, up };
    },
    /** Health as GET /sim/v1/health reports it. */
    async health(): Promise<Health> {
      const hosts = phase === "resetting" ? [] : await listHosts(database.prisma);
      const state = phase === "ready" ? "up" : phase;
      return {
        status: phase,
        version: VERSION,
        database: database.provider,
        services: { identity: state, compute: state, image: state, network: state, placement: state },
        hosts: { total: hosts.length, up: hosts.filter((h) => h.serviceUp && !h.forcedDown).length },
        uptimeSeconds: Math.floor((Date.now() - startedAt) / 1000),
      };
    },
    /** The app closes: the process's randomness is the system's again. */
    close() {
      if (seeded || usedSeed) seedRandomness(null);
    },
    /** The one "ready" log line, once the process listens. */
    ready(extra: Record<string, unknown> = {}) {
      if (readyLogged) return;
      readyLogged = true;
      logger.info({ version: VERSION, database: database.provider, ...extra }, "ready");
    },

    /**
     * The whole cloud back to the seeded state. `keepTokenHash`: the caller's
     * token stays valid (when its user and project exist after the reset).
     */
    async reset(opts: { keepTokenHash?: string; seed?: number } = {}): Promise<{ tables: Record<string, number>; seed: number | null }> {
      return swap(async () => {
        const token = opts.keepTokenHash ? await findToken(database, opts.keepTokenHash) : null;
        const base = await findSnapshot(database, SEED_SNAPSHOT);
        if (base && base.fingerprint === seedFingerprint(config)) {
          await restoreSnapshot(database, base, both(bumpEpoch, token ? keepToken(token) : undefined));
        } else {
          // No saved seed state (a database seeded before snapshots, or other seed settings): empty it and seed again.
          logger.warn("no saved seed state: emptying the database and seeding it again");
          await restoreSnapshot(database, null, bumpEpoch);
          await seed(database.prisma, config);
          await saveSeed();
        }
        const rngSeed = opts.seed ?? config.seed ?? null;
        if (rngSeed !== null) {
          seedRandomness(rngSeed);
          usedSeed = true;
        }
        // Fault rules are part of the state a reset clears (the instances they hung are gone).
        await faults.clear();
        faults.reseed();
        logger.info({ seed: rngSeed }, "simulator reset to the seeded state");
        requests.clear();
        events.publish("sim.reset", { seed: rngSeed });
        return { tables: await tableCounts(database), seed: rngSeed };
      });
    },

    async snapshots(): Promise<SnapshotInfo[]> {
      return (await listSnapshots(database)).filter((s) => s.kind === "user").map(snapshotInfo);
    },
    async snapshot(name: string): Promise<SnapshotInfo> {
      const s = await findSnapshot(database, name);
      if (!s || s.kind !== "user") throw new NotFound(`Snapshot ${name} could not be found.`);
      return snapshotInfo(s);
    },
    async createSnapshot(name: string): Promise<SnapshotInfo> {
      if (name === SEED_SNAPSHOT) throw new Invalid(`Snapshot name ${name} is reserved.`);
      if (await findSnapshot(database, name)) throw new Conflict(`Snapshot ${name} already exists.`);
      // Taken with the gate closed: no request writes while the tables are copied.
      const info = await swap(async () => snapshotInfo(await saveSnapshot(database, name, { at: clock.now() })));
      events.publish("sim.snapshot.created", { name });
      return info;
    },
    async restore(name: string, opts: { keepTokenHash?: string } = {}): Promise<SnapshotInfo> {
      return swap(async () => {
        const s = await findSnapshot(database, name);
        if (!s || s.kind !== "user") throw new NotFound(`Snapshot ${name} could not be found.`);
        const token = opts.keepTokenHash ? await findToken(database, opts.keepTokenHash) : null;
        await restoreSnapshot(database, s, both(bumpEpoch, token ? keepToken(token) : undefined));
        logger.info({ snapshot: name }, "simulator state restored from a snapshot");
        events.publish("sim.snapshot.restored", { name });
        return snapshotInfo(s);
      });
    },
    async deleteSnapshot(name: string): Promise<void> {
      const s = await findSnapshot(database, name);
      if (!s || s.kind !== "user") throw new NotFound(`Snapshot ${name} could not be found.`);
      await deleteSnapshot(database, name);
    },

    // ---- the clock
    clockState: () => clock.state(),
    /** Wait until the worker has done what is due now. */
    quiesce: () => deps.worker.idle(),
    /** Change the clock's mode, speed, or time. */
    async setClock(req: { mode?: ClockMode; speed?: number; set?: Date; advance?: string | number }) {
      if (req.mode) clock.setMode(req.mode, req.speed ?? 1);
      else if (req.speed !== undefined) {
        if (clock.state().mode === "manual") throw new Invalid("speed applies in real or speed mode; the clock is in manual mode.");
        clock.setMode("speed", req.speed);
      }
      if (req.set) clock.set(req.set);
      if (req.set || req.mode) deps.worker.kick();
      if (req.advance !== undefined) await this.advance(parseDuration(req.advance));
      await publishClock();
      const st = clock.state();
      events.publish("sim.clock", { mode: st.mode, speed: st.speed, now: st.now.toISOString() });
      return st;
    },
    /**
     * Move the clock on by `ms`, firing every step that falls due on the way
     * in time order: the clock stops at each due task (a boot ending, an
     * action's next step) and the worker takes it, with Nova's periodic tasks
     * (resize auto-confirm, shelved offload, reclaim) checked at each stop.
     */
    async advance(ms: number): Promise<void> {
      const target = clock.now().getTime() + ms;
      const repo = instancesRepo(database.prisma);
      await deps.worker.idle();
      const periodic = {
        reclaim: { vmState: VM.SOFT_DELETED, seconds: config.reclaimInstanceIntervalSeconds },
        confirm: { seconds: config.resizeConfirmWindowSeconds },
      };
      for (let i = 0; i < 10_000; i++) {
        const now = clock.now();
        const [task, job] = await Promise.all([repo.nextDue(now), nextPeriodicDue(database, periodic, now)]);
        const times = [task?.taskDueAt?.getTime(), job?.getTime()].filter((x): x is number => x !== undefined && x > now.getTime());
        const at = times.length ? Math.min(...times) : undefined;
        if (at === undefined || at > target) break;
        clock.set(at);
        await settle();
      }
      clock.set(target);
      await settle();
    },
  };

  async function settle() {
    await deps.worker.idle();
    deps.worker.kick();
    await deps.worker.idle();
  }
}

export type SimControl = ReturnType<typeof simControl>;

/** Whether the seed steps have run on this database with these settings (before seeding: a fresh database has not). */
export const isSeeded = (database: Database, config: Config) => seedStampPresent(database, `seed:${seedFingerprint(config)}`);

/** Save the seeded state as what a reset returns to (bootstrap, on a database seeded just now). */
export async function saveSeedState(database: Database, config: Config): Promise<void> {
  await saveSnapshot(database, SEED_SNAPSHOT, { kind: "seed", fingerprint: seedFingerprint(config), at: new Date() });
}
