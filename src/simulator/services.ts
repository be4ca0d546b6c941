import crypto from "node:crypto";

/**
 * The Nova services a real deployment lists: nova-conductor and nova-scheduler
 * on the controller, nova-compute on each simulated host. The controller's
 * services are not stored; their ids and UUIDs are fixed so every replica and
 * every restart reports the same ones.
 */
export const CONTROLLER_HOST = "controller";
/** Nova's internal_service_availability_zone. */
export const INTERNAL_ZONE = "internal";
/** How often a simulated service reports (Nova's report_interval). */
const REPORT_INTERVAL_MS = 10_000;

export interface ServiceEntity {
  /** Integer id (before microversion 2.53). */
  id: number;
  uuid: string;
  binary: string;
  host: string;
  zone: string;
  disabled: boolean;
  disabledReason: string | null;
  forcedDown: boolean;
  up: boolean;
  updatedAt: Date;
}

/** The parts of a host row the service view needs. */
export interface ComputeServiceSource {
  id: number;
  hostname: string;
  serviceId: string;
  availabilityZone: string;
  serviceDisabled: boolean;
  disabledReason: string | null;
  forcedDown: boolean;
  serviceUp: boolean;
  updatedAt: Date;
}

/** A name-based UUID (version 5 layout over SHA-1), stable for a given name. */
export function stableUuid(name: string): string {
  const h = crypto.createHash("sha1").update(`novasim:${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

const CONTROLLER_BINARIES = ["nova-conductor", "nova-scheduler"] as const;
/** Compute services' integer ids follow the controller's (as in a deployment where those registered first). */
export const computeServiceId = (hostId: number) => hostId + CONTROLLER_BINARIES.length;

/** The last heartbeat of a live service: within the last report interval, staggered per service. */
function lastReport(now: Date, id: number): Date {
  const offset = (id * 3_700) % REPORT_INTERVAL_MS;
  const t = now.getTime() - offset;
  return new Date(Math.floor(t / REPORT_INTERVAL_MS) * REPORT_INTERVAL_MS + offset);
}

export function controllerServices(now: Date): ServiceEntity[] {
  return CONTROLLER_BINARIES.map((binary, i) => ({
    id: i + 1,
    uuid: stableUuid(`${binary}@${CONTROLLER_HOST}`),
    binary,
    host: CONTROLLER_HOST,
    zone: INTERNAL_ZONE,
    disabled: false,
    disabledReason: null,
    forcedDown: false,
    up: true,
    updatedAt: lastReport(now, i + 1),
  }));
}

export function computeService(h: ComputeServiceSource, now: Date): ServiceEntity {
  const id = computeServiceId(h.id);
  return {
    id,
    uuid: h.serviceId,
    binary: "nova-compute",
    host: h.hostname,
    zone: h.availabilityZone,
    disabled: h.serviceDisabled,
    disabledReason: h.disabledReason,
    forcedDown: h.forcedDown,
    // Nova's servicegroup: a forced-down service is down whatever its heartbeat.
    up: h.serviceUp && !h.forcedDown,
    // A stopped service stopped reporting when it was last changed.
    updatedAt: h.serviceUp ? lastReport(now, id) : h.updatedAt,
  };
}

/** Every service, controller first, as `openstack compute service list` shows them. */
export function allServices(hosts: ComputeServiceSource[], now: Date): ServiceEntity[] {
  return [...controllerServices(now), ...hosts.map((h) => computeService(h, now))];
}

/** A host's uptime as libvirt reports it (the output of uptime(1)), counted from the host's creation. */
export function uptimeText(since: Date, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const clock = `${pad(now.getUTCHours())}:${pad(now.getUTCMinutes())}:${pad(now.getUTCSeconds())}`;
  const mins = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  const days = Math.floor(mins / 1440);
  const hm = `${Math.floor((mins % 1440) / 60)}:${pad(mins % 60)}`;
  const up = days > 0 ? `${days} day${days === 1 ? "" : "s"}, ${hm.padStart(5)}` : mins < 60 ? `${mins} min` : hm.padStart(5);
  return ` ${clock} up ${up},  0 users,  load average: 0.00, 0.00, 0.00`;
}
