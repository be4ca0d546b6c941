import type { Db } from "../db/client.js";
import { findHostById, usageByHost, type Amounts, type HostRow, type HostUsage } from "../db/repositories/hosts.js";
import { aggregatesStamp, changesSince, hostPage, ioOpsByHost, listAggregatesWithHosts } from "../db/repositories/scheduler.js";
import type { HostState } from "./types.js";

export interface HostStateCacheOptions {
  /** Every host is read again this often (wall-clock ms): deleted hosts go, rows written with an older timestamp are seen. */
  fullRefreshMs?: number;
  /**
   * Each look at the changed hosts reaches this far before the previous one
   * began: a row is stamped when its statement runs and seen when its
   * transaction commits, and replicas' clocks differ a little. Every row in
   * the window is read again each decision, so it stays short; what falls
   * outside it (a long commit, a clock far off) waits for the full read,
   * and a claim it misleads fails over to an alternate.
   */
  marginMs?: number;
  /** How old the I/O-operation counts may get (Nova's come with the compute nodes' reports). */
  ioOpsMaxAgeMs?: number;
  /** Wall clock in ms (the database's updatedAt is wall-clock time, whatever clock the rest of the app runs on). */
  now?: () => number;
}

type Aggregates = NonNullable<HostState["aggregates"]>;

/**
 * Nova's HostManager picture of the hosts, kept in memory between decisions
 * (one per process, created with the compute wiring). Before each decision
 * `hosts()` reads only what changed: the Host rows whose updatedAt moved
 * (an indexed range; every claim and release bumps the host's generation,
 * so updatedAt moves too), their usage when their generation moved, the
 * aggregates when their stamp changed, and the I/O counts when older than
 * `ioOpsMaxAgeMs`. Every `fullRefreshMs` everything is read again in the
 * background. The cache only guides the choice: claims are still a
 * compare-and-set on the host's generation in the database (claims.ts), so
 * a stale view costs a retry on an alternate, never an overfilled host.
 */
export class HostStateCache {
  private readonly byId = new Map<number, HostState>();
  private readonly byName = new Map<string, HostState>();
  private list: HostState[] = [];
  private listDirty = false;
  private loaded = false;
  private lastFull = 0;
  private since = 0;
  private aggStamp: string | null = null;
  private aggOf = new Map<string, Aggregates>();
  private ioOps = new Map<string, number>();
  private ioAt = -Infinity;
  private readonly failed = new Map<string, number>();
  private running: Promise<void> | null = null;
  private background: Promise<void> | null = null;
  private readonly o: Required<HostStateCacheOptions>;

  constructor(
    private readonly db: Db,
    opts: HostStateCacheOptions = {},
  ) {
    this.o = { fullRefreshMs: 60_000, marginMs: 500, ioOpsMaxAgeMs: 1_000, now: Date.now, ...opts };
  }

  /** Forget everything (the simulator replaced the database's state): the next look reads every host again. */
  invalidate(): void {
    this.loaded = false;
    this.aggStamp = null;
    this.ioAt = -Infinity;
    this.failed.clear();
  }

  /** The hosts, brought up to date. The objects are the cache's own: read them, do not keep them. */
  async hosts(): Promise<HostState[]> {
    await this.refresh();
    if (this.listDirty) {
      this.list = [...this.byId.values()].sort((a, b) => a.id - b.id);
      this.listDirty = false;
    }
    return this.list;
  }

  /** Read what changed since the last look (concurrent callers share one look). */
  async refresh(): Promise<void> {
    if (this.running) return this.running;
    this.running = (this.loaded ? this.delta() : this.full()).finally(() => {
      this.running = null;
    });
    await this.running;
    if (this.o.now() - this.lastFull > this.o.fullRefreshMs && !this.background) {
      this.background = this.full()
        .catch(() => undefined)
        .finally(() => {
          this.background = null;
        });
    }
  }

  /** Everything again: hosts, usage, aggregates, I/O counts. Changes made meanwhile are read again by the next delta. */
  private async full(): Promise<void> {
    const start = this.o.now();
    // Each snapshot read after what it qualifies: usage after the rows (so it is never older than
    // their generation), the aggregates after their stamp. Anything newer is read by the next delta.
    // A page at a time, so the decisions made meanwhile are not held up behind one long read.
    const seen = new Set<number>();
    for (let after = 0; ; ) {
      const rows = await hostPage(this.db, after, FULL_PAGE);
      if (!rows.length) break;
      const usage = await usageByHost(this.db, rows.map((r) => r.id));
      for (const r of rows) {
        seen.add(r.id);
        this.upsert(r, usage.get(r.id) ?? zero);
      }
      after = rows.at(-1)!.id;
      if (rows.length < FULL_PAGE) break;
    }
    const stamp = await aggregatesStamp(this.db);
    const aggs = await listAggregatesWithHosts(this.db);
    const io = await ioOpsByHost(this.db);
    for (const id of [...this.byId.keys()]) if (!seen.has(id)) this.remove(id);
    this.applyAggregates(stamp, aggs);
    this.applyIoOps(io, start);
    this.loaded = true;
    this.lastFull = start;
    this.since = start - this.o.marginMs;
  }

  private async delta(): Promise<void> {
    const start = this.o.now();
    const needIo = start - this.ioAt > this.o.ioOpsMaxAgeMs;
    const [{ hosts: rows, aggregatesStamp: stamp }, io] = await Promise.all([
      changesSince(this.db, new Date(this.since)),
      needIo ? ioOpsByHost(this.db) : Promise.resolve(null),
    ]);
    const moved: number[] = [];
    for (const r of rows) {
      const cached = this.byId.get(r.id);
      if (!cached || cached.generation !== r.generation) moved.push(r.id);
      else this.upsert(r);
    }
    if (moved.length) {
      const usage = await usageByHost(this.db, moved);
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const id of moved) this.upsert(byId.get(id)!, usage.get(id) ?? zero);
    }
    if (stamp !== this.aggStamp) this.applyAggregates(stamp, await listAggregatesWithHosts(this.db));
    if (io) this.applyIoOps(io, start);
    this.since = start - this.o.marginMs;
  }

  /** Read one host again (after its claim failed: someone else moved it). */
  async refreshHost(id: number): Promise<void> {
    const row = await findHostById(this.db, id);
    if (!row) return this.remove(id);
    const usage = await usageByHost(this.db, [id]);
    this.upsert(row, usage.get(id) ?? zero);
  }

  /**
   * Our own claim succeeded: the host's usage is `usage` at `generation`,
   * and it has one instance (and one I/O operation, the build) more, as
   * Nova's HostState.consume_from_request counts them.
   */
  applyClaim(hostId: number, generation: number, usage: Amounts, newConsumer = true): void {
    const h = this.byId.get(hostId);
    if (!h) return;
    h.generation = generation;
    h.usedVcpus = usage.VCPU;
    h.usedMemoryMb = usage.MEMORY_MB;
    h.usedDiskGb = usage.DISK_GB;
    if (newConsumer) h.numInstances = (h.numInstances ?? 0) + 1;
    const io = (this.ioOps.get(h.hostname) ?? 0) + 1;
    this.ioOps.set(h.hostname, io);
    h.numIoOps = io;
  }

  /** A build on `hostname` failed (or succeeded: the count starts again), as the compute reports failed_builds. */
  noteBuild(hostname: string, ok: boolean): void {
    const n = ok ? 0 : (this.failed.get(hostname) ?? 0) + 1;
    if (n) this.failed.set(hostname, n);
    else this.failed.delete(hostname);
    const h = this.byName.get(hostname);
    if (h) h.failedBuilds = n;
  }

  /** Hosts held, for tests and the bench. */
  get size(): number {
    return this.byId.size;
  }

  private upsert(r: HostRow, usage?: HostUsage): void {
    let h = this.byId.get(r.id);
    if (!h) {
      h = hostStateOf(r, usage ?? zero);
      h.numIoOps = this.ioOps.get(r.hostname) ?? 0;
      h.aggregates = this.aggOf.get(r.hostname) ?? [];
      h.failedBuilds = this.failed.get(r.hostname) ?? 0;
      this.byId.set(r.id, h);
      this.byName.set(r.hostname, h);
      this.listDirty = true;
      return;
    }
    if (h.hostname !== r.hostname) {
      this.byName.delete(h.hostname);
      this.byName.set(r.hostname, h);
    }
    const fresh = hostStateOf(r, usage ?? { VCPU: h.usedVcpus, MEMORY_MB: h.usedMemoryMb, DISK_GB: h.usedDiskGb, consumers: h.numInstances ?? 0 });
    fresh.numIoOps = this.ioOps.get(r.hostname) ?? 0;
    fresh.aggregates = this.aggOf.get(r.hostname) ?? [];
    fresh.failedBuilds = this.failed.get(r.hostname) ?? 0;
    Object.assign(h, fresh);
  }

  private remove(id: number): void {
    const h = this.byId.get(id);
    if (!h) return;
    this.byId.delete(id);
    if (this.byName.get(h.hostname) === h) this.byName.delete(h.hostname);
    this.listDirty = true;
  }

  private applyAggregates(stamp: string, aggs: Awaited<ReturnType<typeof listAggregatesWithHosts>>): void {
    const next = new Map<string, Aggregates>();
    for (const a of aggs) {
      const entry = { uuid: a.uuid, name: a.name, availabilityZone: a.availabilityZone, metadata: a.metadata };
      for (const host of a.hosts) {
        const list = next.get(host);
        if (list) list.push(entry);
        else next.set(host, [entry]);
      }
    }
    for (const name of new Set([...this.aggOf.keys(), ...next.keys()])) {
      const h = this.byName.get(name);
      if (h) h.aggregates = next.get(name) ?? [];
    }
    this.aggOf = next;
    this.aggStamp = stamp;
  }

  private applyIoOps(io: Map<string, number>, at: number): void {
    for (const name of new Set([...this.ioOps.keys(), ...io.keys()])) {
      const h = this.byName.get(name);
      if (h) h.numIoOps = io.get(name) ?? 0;
    }
    this.ioOps = io;
    this.ioAt = at;
  }
}

const zero: HostUsage = { VCPU: 0, MEMORY_MB: 0, DISK_GB: 0, consumers: 0 };
/** Hosts read per query of a full read. */
const FULL_PAGE = 2000;

/** A host row and its usage as the filters see them. */
export function hostStateOf(h: HostRow, u: HostUsage = zero): HostState {
  return {
    id: h.id,
    uuid: h.uuid,
    hostname: h.hostname,
    nodename: h.hypervisorHostname,
    availabilityZone: h.availabilityZone,
    serviceDisabled: h.serviceDisabled,
    serviceUp: h.serviceUp,
    forcedDown: h.forcedDown,
    generation: h.generation,
    vcpus: h.vcpus,
    memoryMb: h.memoryMb,
    diskGb: h.localGb,
    reservedVcpus: h.reservedHostCpus,
    reservedMemoryMb: h.reservedHostMemoryMb,
    reservedDiskGb: h.reservedHostDiskGb,
    cpuAllocationRatio: h.cpuAllocationRatio,
    ramAllocationRatio: h.ramAllocationRatio,
    diskAllocationRatio: h.diskAllocationRatio,
    usedVcpus: u.VCPU,
    usedMemoryMb: u.MEMORY_MB,
    usedDiskGb: u.DISK_GB,
    numInstances: u.consumers,
    numIoOps: 0,
    hostIp: h.hostIp,
    hypervisorType: h.hypervisorType,
    hypervisorVersion: h.hypervisorVersion,
    aggregates: [],
    failedBuilds: 0,
  };
}
