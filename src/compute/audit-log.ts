import { Invalid } from "../errors.js";

/**
 * Nova's instance usage audit (nova/api/openstack/compute/instance_usage_audit_log.py,
 * nova.utils.last_completed_audit_period). The audit runs only with
 * [DEFAULT]instance_usage_audit = True, which is off by default: novasim's
 * hosts never run it, so no host has a task log and every compute host is
 * reported as not run for the period.
 */

/** A naive UTC datetime as Python's str() prints it: "2026-11-01 00:00:00". */
const pyDatetime = (d: Date) => d.toISOString().replace("T", " ").replace(/\.\d{3}Z$/, "");

/** The most recently completed audit period before `before`, for the default period unit (`month`, starting on the 1st). */
export function lastCompletedAuditPeriod(before: Date): { begin: Date; end: Date } {
  let end = new Date(Date.UTC(before.getUTCFullYear(), before.getUTCMonth(), 1));
  if (end.getTime() >= before.getTime()) end = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 1, 1));
  const begin = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 1, 1));
  return { begin, end };
}

const TIMESTAMP = /^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,6}))?$/;

/**
 * The show route's id, parsed as Nova does with strptime: "%Y-%m-%d %H:%M:%S",
 * or with ".%f" when it contains a dot; 400 otherwise.
 */
export function parseAuditTimestamp(id: string): Date {
  const bad = () => new Invalid(`Invalid timestamp for date ${id}`);
  const m = TIMESTAMP.exec(id);
  if (!m || (id.includes(".") && m[7] === undefined)) throw bad();
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const micros = Number((m[7] ?? "").padEnd(6, "0"));
  const daysIn = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  // strptime's %S takes 0-61 (leap seconds); a datetime then refuses anything over 59.
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn || h > 23 || mi > 59 || s > 59) throw bad();
  // Milliseconds are as fine as a Date goes: a timestamp a few microseconds past a period's start counts as at its start.
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s, Math.floor(micros / 1000)));
}

export interface AuditLog {
  period_beginning: string;
  period_ending: string;
  num_hosts: number;
  num_hosts_done: number;
  num_hosts_running: number;
  num_hosts_not_run: number;
  hosts_not_run: string[];
  total_instances: number;
  total_errors: number;
  overall_status: string;
  log: Record<string, { state: "RUNNING" | "DONE"; instances: number; errors: number; message: string }>;
}

/** The audit summary over `computeHosts` (every nova-compute, disabled ones too) for the period before `before`. */
export function auditLog(computeHosts: string[], before: Date): AuditLog {
  const { begin, end } = lastCompletedAuditPeriod(before);
  const done = 0;
  const n = computeHosts.length;
  return {
    period_beginning: pyDatetime(begin),
    period_ending: pyDatetime(end),
    num_hosts: n,
    num_hosts_done: done,
    num_hosts_running: 0,
    num_hosts_not_run: n,
    hosts_not_run: [...computeHosts],
    total_instances: 0,
    total_errors: 0,
    overall_status: `${done === n ? "ALL" : `${done} of ${n}`} hosts done. 0 errors.`,
    log: {},
  };
}
