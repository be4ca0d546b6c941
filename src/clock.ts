/** Time source. Everything that depends on time takes a Clock so tests can drive it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to; for tests and simulations. */
export class ManualClock implements Clock {
  private t: number;
  constructor(start: Date | number = Date.UTC(2026, 0, 1)) {
    this.t = typeof start === "number" ? start : start.getTime();
  }
  now(): Date {
    return new Date(this.t);
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

export type ClockMode = "real" | "speed" | "manual";

export interface ClockState {
  mode: ClockMode;
  /** Simulated seconds per real second (1 in real mode, 0 in manual mode). */
  speed: number;
  now: Date;
}

/**
 * The simulated clock the whole app reads (/sim/v1/clock drives it). It runs
 * on a base clock (the system's, or a test's ManualClock): in real mode it is
 * the base clock (plus any offset a `set` gave it), in speed mode it runs
 * `speed` times as fast from where it was switched, in manual mode it stands
 * still until set or advanced.
 */
export class SimClock implements Clock {
  private mode: ClockMode = "real";
  private factor = 1;
  /** Simulated time (ms) at `anchorBase`, base time (ms). */
  private anchorSim: number;
  private anchorBase: number;

  constructor(readonly base: Clock = systemClock) {
    this.anchorBase = base.now().getTime();
    this.anchorSim = this.anchorBase;
  }

  private ms(): number {
    if (this.mode === "manual") return this.anchorSim;
    return this.anchorSim + (this.base.now().getTime() - this.anchorBase) * this.factor;
  }

  now(): Date {
    return new Date(Math.floor(this.ms()));
  }

  state(): ClockState {
    return { mode: this.mode, speed: this.mode === "manual" ? 0 : this.factor, now: this.now() };
  }

  /** Switch mode (the simulated time goes on from where it is); `speed` applies to speed mode. */
  setMode(mode: ClockMode, speed = 1): void {
    const t = this.ms();
    this.mode = mode;
    this.factor = mode === "speed" ? speed : 1;
    this.anchorSim = t;
    this.anchorBase = this.base.now().getTime();
  }

  /** Jump to `at` (in any mode; running modes go on from there). */
  set(at: Date | number): void {
    this.anchorSim = typeof at === "number" ? at : at.getTime();
    this.anchorBase = this.base.now().getTime();
  }

  advance(ms: number): void {
    this.set(this.ms() + ms);
  }

  /** The state that defines the clock, for other replicas (anchors in ms). */
  exportState(): { mode: ClockMode; factor: number; anchorSim: number; anchorBase: number } {
    return { mode: this.mode, factor: this.factor, anchorSim: this.anchorSim, anchorBase: this.anchorBase };
  }

  /** Take another replica's state (its base clock is taken to be this one's: wall clocks agree closely enough). */
  importState(s: { mode: ClockMode; factor: number; anchorSim: number; anchorBase: number }): void {
    this.mode = s.mode;
    this.factor = s.factor;
    this.anchorSim = s.anchorSim;
    this.anchorBase = s.anchorBase;
  }

  /** Real mode, base time: as at start. */
  reset(): void {
    this.mode = "real";
    this.factor = 1;
    this.anchorBase = this.base.now().getTime();
    this.anchorSim = this.anchorBase;
  }
}

/** The app's SimClock: `clock` itself when it is one, else one running on it. */
export const simClockOn = (clock: Clock): SimClock => (clock instanceof SimClock ? clock : new SimClock(clock));
