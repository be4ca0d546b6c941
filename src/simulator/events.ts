/**
 * The simulator's event log (GET /sim/v1/events): what happened to servers
 * (builds and actions starting and ending), and to the simulation (reset,
 * restore, clock, faults fired, hosts down or added), in order, each with a
 * sequence number. Kept in a bounded ring in this process's memory; readers
 * poll with a `since` cursor or stream it as server-sent events.
 */
export interface SimEvent {
  id: number;
  /** The simulated time it happened, ISO 8601. */
  time: string;
  type: string;
  data: Record<string, unknown>;
}

export class EventLog {
  private readonly ring: SimEvent[] = [];
  private seq = 0;
  private readonly listeners = new Set<(e: SimEvent) => void>();

  constructor(
    private readonly now: () => Date,
    private readonly keep = 2000,
  ) {}

  publish(type: string, data: Record<string, unknown> = {}): SimEvent {
    const e: SimEvent = { id: ++this.seq, time: this.now().toISOString(), type, data };
    this.ring.push(e);
    if (this.ring.length > this.keep) this.ring.splice(0, this.ring.length - this.keep);
    for (const l of this.listeners) l(e);
    return e;
  }

  /** Events after `since` (oldest first), at most `limit`. */
  since(since = 0, limit = 500): SimEvent[] {
    const from = this.ring.findIndex((e) => e.id > since);
    return from === -1 ? [] : this.ring.slice(from, from + limit);
  }

  /** The last id handed out (a cursor for "from now on"). */
  get last(): number {
    return this.seq;
  }

  subscribe(fn: (e: SimEvent) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}

/** One API request as GET /sim/v1/requests lists it. */
export interface RequestRecord {
  id: string;
  time: string;
  method: string;
  path: string;
  service: string;
  status: number;
  durationMs: number;
  userId: string | null;
  projectId: string | null;
}

/** The last N API requests (a bounded ring, newest last). */
export class RequestJournal {
  private readonly ring: RequestRecord[] = [];
  constructor(private readonly keep = 500) {}
  record(r: RequestRecord): void {
    this.ring.push(r);
    if (this.ring.length > this.keep) this.ring.splice(0, this.ring.length - this.keep);
  }
  list(): RequestRecord[] {
    return [...this.ring];
  }
  clear(): void {
    this.ring.length = 0;
  }
}
