import type { Database, Db } from "../db/client.js";
import { usageRepo, type UsageInstance } from "../db/repositories/usage.js";
import { Invalid } from "../errors.js";

/**
 * Nova's simple tenant usage (nova/api/openstack/compute/simple_tenant_usage.py):
 * for a period, the hours each instance ran in it and the vCPU, RAM and disk
 * hours per project. Times are kept in microseconds since the epoch, because
 * Nova echoes the period with the microseconds it was given.
 */

/** Microseconds since the epoch, UTC. */
export type Micros = number;

export const microsOf = (d: Date): Micros => d.getTime() * 1000;

/** A naive datetime as Nova's JSON shows it: `%Y-%m-%dT%H:%M:%S.%f`. */
export function naiveMicros(us: Micros): string {
  const ms = Math.floor(us / 1000);
  const frac = us - Math.floor(us / 1_000_000) * 1_000_000;
  return `${new Date(ms).toISOString().slice(0, 19)}.${String(frac).padStart(6, "0")}`;
}

// strptime's patterns for %Y %m %d %H %M %S and %f (Python's _strptime, case-insensitive).
const DATE = String.raw`(\d{4})-(1[0-2]|0[1-9]|[1-9])-(3[01]|[12]\d|0[1-9]|[1-9]| [1-9])`;
const TIME = String.raw`(2[0-3]|[0-1]\d|\d):([0-5]\d|\d):(6[0-1]|[0-5]\d|\d)`;
const FORMATS = [
  new RegExp(`^${DATE}T${TIME}$`, "i"),
  new RegExp(`^${DATE}T${TIME}\\.([0-9]{1,6})$`, "i"),
  new RegExp(`^${DATE} ${TIME}\\.([0-9]{1,6})$`, "i"),
];

const invalidTime = () => new Invalid("Invalid datetime string: Datetime is in invalid format");

/**
 * `start`/`end` of the query: one of Nova's three formats, read as UTC; empty
 * or absent means now.
 */
export function parseUsageTime(s: string | undefined, now: Micros): Micros {
  if (!s) return now;
  for (const re of FORMATS) {
    const m = re.exec(s);
    if (!m) continue;
    const [y, mo, d, h, mi, sec] = m.slice(1, 7).map((x) => Number(x!.trim()));
    const frac = m[7] ? Number(m[7].padEnd(6, "0")) : 0;
    // datetime() refuses what strptime matched but no calendar has (Feb 30, second 60, year 0).
    const ms = Date.UTC(y!, mo! - 1, d!, h!, mi!, sec!);
    const back = new Date(ms);
    if (y! < 1 || sec! > 59 || back.getUTCDate() !== d || back.getUTCMonth() !== mo! - 1) continue;
    // Date.UTC maps years 0-99 to 1900-1999.
    const fixed = y! < 100 ? new Date(ms).setUTCFullYear(y!) : ms;
    return fixed * 1000 + frac;
  }
  throw invalidTime();
}

export interface UsagePeriod {
  start: Micros;
  stop: Micros;
}

/**
 * The period asked for: start before end (else 400), the end no later than
 * now. Nova reads the clock once per missing bound, so an omitted end falls
 * just after an omitted start: modelled as one microsecond later.
 */
export function usagePeriod(q: { start?: string; end?: string }, now: Micros): UsagePeriod {
  const start = parseUsageTime(q.start, now);
  if (!q.end) {
    if (!(start < now + 1)) throw badPeriod();
    return { start, stop: now + 1 };
  }
  const stop = parseUsageTime(q.end, now);
  if (!(start < stop)) throw badPeriod();
  return { start, stop: Math.min(stop, now) };
}
const badPeriod = () => new Invalid("Invalid start time. The start time cannot occur after the end time.");

export interface ServerUsage {
  instance_id: string;
  name: string;
  hours: number;
  memory_mb: number;
  local_gb: number;
  vcpus: number;
  tenant_id: string;
  flavor: string;
  started_at: string;
  ended_at: string | null;
  state: string;
  uptime: number;
}

export interface TenantUsage {
  tenant_id: string;
  server_usages?: ServerUsage[];
  total_local_gb_usage: number;
  total_vcpus_usage: number;
  total_memory_mb_usage: number;
  total_hours: number;
  start: string;
  stop: string;
}

/** Hours of the period the instance ran: from launch (or the period start) to termination (or the period end). */
export function hoursIn(launchedAt: Micros | null, terminatedAt: Micros | null, p: UsagePeriod): number {
  if (terminatedAt !== null && terminatedAt < p.start) return 0;
  if (launchedAt === null || launchedAt > p.stop) return 0;
  const start = Math.max(launchedAt, p.start);
  const stop = terminatedAt !== null ? Math.min(p.stop, terminatedAt) : p.stop;
  return (stop - start) / 1e6 / 3600;
}

function flavorName(i: UsageInstance): string {
  try {
    const f = JSON.parse(i.flavor) as { original_name?: unknown; name?: unknown };
    const name = f.original_name ?? f.name;
    return typeof name === "string" ? name : "";
  } catch {
    return "";
  }
}

export function serverUsage(i: UsageInstance, p: UsagePeriod, now: Micros): ServerUsage {
  const launched = i.launchedAt ? microsOf(i.launchedAt) : null;
  const terminated = i.terminatedAt ? microsOf(i.terminatedAt) : null;
  const started = launched ?? now;
  return {
    instance_id: i.id,
    name: i.displayName,
    hours: hoursIn(launched, terminated, p),
    memory_mb: i.memoryMb,
    local_gb: i.rootGb + i.ephemeralGb,
    vcpus: i.vcpus,
    tenant_id: i.projectId,
    flavor: flavorName(i),
    started_at: naiveMicros(started),
    ended_at: terminated !== null ? naiveMicros(terminated) : null,
    state: terminated !== null ? "terminated" : i.vmState,
    // int() of the seconds: truncated toward zero.
    uptime: Math.trunc(((terminated ?? now) - started) / 1e6),
  };
}

export class MarkerNotFound extends Invalid {
  constructor(marker: string) {
    super(`Marker ${marker} could not be found.`);
  }
}

/**
 * Usage per project over the period, in (project, instance id) order, at most
 * `limit` instances after `marker` (an instance id). `serverUsages` lists all
 * the instances counted, for the paging links, whether or not `detailed`.
 */
export async function tenantUsages(
  db: Db,
  opts: { period: UsagePeriod; now: Micros; projectId?: string; detailed: boolean; limit: number; marker?: string },
): Promise<{ usages: TenantUsage[]; serverUsages: ServerUsage[] }> {
  const repo = usageRepo(db);
  let after: { projectId: string; id: string } | undefined;
  if (opts.marker !== undefined) {
    const m = await repo.findMarker(opts.marker);
    if (!m) throw new MarkerNotFound(opts.marker);
    after = m;
  }
  const { period } = opts;
  const instances =
    opts.limit > 0
      ? await repo.activeInWindow({
          // Stored times have millisecond precision: round so the comparisons hold at the microsecond.
          begin: new Date(Math.floor(period.start / 1000)),
          end: new Date(Math.ceil(period.stop / 1000)),
          projectId: opts.projectId,
          limit: opts.limit,
          after,
        })
      : [];
  const byProject = new Map<string, TenantUsage>();
  const serverUsages: ServerUsage[] = [];
  for (const i of instances) {
    const info = serverUsage(i, period, opts.now);
    let summary = byProject.get(info.tenant_id);
    if (!summary) {
      summary = {
        tenant_id: info.tenant_id,
        ...(opts.detailed ? { server_usages: [] } : {}),
        total_local_gb_usage: 0,
        total_vcpus_usage: 0,
        total_memory_mb_usage: 0,
        total_hours: 0,
        start: naiveMicros(period.start),
        stop: naiveMicros(period.stop),
      };
      byProject.set(info.tenant_id, summary);
    }
    summary.total_local_gb_usage += info.local_gb * info.hours;
    summary.total_vcpus_usage += info.vcpus * info.hours;
    summary.total_memory_mb_usage += info.memory_mb * info.hours;
    summary.total_hours += info.hours;
    serverUsages.push(info);
    summary.server_usages?.push(info);
  }
  return { usages: [...byProject.values()], serverUsages };
}

/** os-simple-tenant-usage's queries, with the database bound at start. */
export function usageService(deps: { db: Database }) {
  return {
    tenantUsages: (opts: Parameters<typeof tenantUsages>[1]) => tenantUsages(deps.db.prisma, opts),
  };
}

export type UsageService = ReturnType<typeof usageService>;
