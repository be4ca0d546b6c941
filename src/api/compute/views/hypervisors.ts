import type { z } from "zod";
import type { Host, HypervisorEntity } from "../../../simulator/hosts.js";
import type { ApiVersion } from "../../../http/microversion.js";
import { computeService, uptimeText } from "../../../simulator/services.js";
import type { hypervisorDetail, hypervisorSummary, statistics } from "../schemas/hypervisors.js";

export type { HypervisorEntity };

export interface ViewCtx {
  version: ApiVersion;
  now: Date;
}

/** What Nova's resource tracker reports: used includes the host's own reservation. */
function resources(e: HypervisorEntity) {
  const h = e.host;
  const memoryUsed = h.reservedHostMemoryMb + e.usage.MEMORY_MB;
  const diskUsed = h.reservedHostDiskGb + e.usage.DISK_GB;
  return {
    vcpus: h.vcpus,
    memory_mb: h.memoryMb,
    local_gb: h.localGb,
    vcpus_used: h.reservedHostCpus + e.usage.VCPU,
    memory_mb_used: memoryUsed,
    local_gb_used: diskUsed,
    free_ram_mb: h.memoryMb - memoryUsed,
    free_disk_gb: h.localGb - diskUsed,
    current_workload: e.workload,
    running_vms: e.usage.consumers,
    disk_available_least: h.localGb - diskUsed,
  };
}

/** The simulated CPU, shaped as the libvirt driver's cpu_info. */
function cpuInfo(h: Host) {
  return {
    arch: "x86_64",
    model: "Nehalem",
    vendor: "Intel",
    features: ["pge", "clflush"],
    topology: { cores: h.vcpus, threads: 1, sockets: 1 },
  };
}

/** JSON as Python's json.dumps writes it (", " and ": "), as Nova stores cpu_info. */
function pyJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(pyJson).join(", ")}]`;
  if (v && typeof v === "object") return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${pyJson(x)}`).join(", ")}}`;
  return JSON.stringify(v);
}

const isUp = (h: Host) => h.serviceUp && !h.forcedDown;

function base(h: Host, ctx: ViewCtx) {
  return {
    id: ctx.version.atLeast("2.53") ? h.uuid : h.id,
    hypervisor_hostname: h.hypervisorHostname,
    state: isUp(h) ? ("up" as const) : ("down" as const),
    status: h.serviceDisabled ? ("disabled" as const) : ("enabled" as const),
  };
}

/** Nova: `servers` when the host has any; from 2.75 an empty list when asked for and none. */
function withServers<T extends object>(body: T, e: HypervisorEntity, ctx: ViewCtx): T & { servers?: { name: string; uuid: string }[] } {
  if (!e.servers) return body;
  if (e.servers.length) return { ...body, servers: e.servers.map((s) => ({ name: s.name, uuid: s.uuid })) };
  return ctx.version.atLeast("2.75") ? { ...body, servers: [] } : body;
}

export function hypervisorSummaryView(e: HypervisorEntity, ctx: ViewCtx): z.input<typeof hypervisorSummary> {
  return withServers(base(e.host, ctx), e, ctx);
}

/** The pre-2.88 uptime route: the summary plus the host's uptime. */
export function hypervisorUptimeView(e: HypervisorEntity, ctx: ViewCtx): z.input<typeof hypervisorSummary> {
  return { ...base(e.host, ctx), uptime: isUp(e.host) ? uptimeText(e.host.createdAt, ctx.now) : null };
}

export function hypervisorDetailView(e: HypervisorEntity, ctx: ViewCtx): z.input<typeof hypervisorDetail> {
  const h = e.host;
  const uuids = ctx.version.atLeast("2.53");
  const svc = computeService(h, ctx.now);
  const body: z.input<typeof hypervisorDetail> = {
    ...base(h, ctx),
    hypervisor_type: h.hypervisorType,
    hypervisor_version: h.hypervisorVersion,
    host_ip: h.hostIp,
    service: { id: uuids ? svc.uuid : svc.id, host: h.hostname, disabled_reason: h.disabledReason },
  };
  if (ctx.version.atLeast("2.88")) {
    body.uptime = isUp(h) ? uptimeText(h.createdAt, ctx.now) : null;
  } else {
    Object.assign(body, resources(e));
    body.cpu_info = ctx.version.atLeast("2.28") ? cpuInfo(h) : pyJson(cpuInfo(h));
  }
  return withServers(body, e, ctx);
}

/** GET /os-hypervisors/statistics: sums over every compute node. */
export function statisticsView(all: HypervisorEntity[]): z.input<typeof statistics> {
  const sum = { count: all.length, vcpus: 0, memory_mb: 0, local_gb: 0, vcpus_used: 0, memory_mb_used: 0, local_gb_used: 0, free_ram_mb: 0, free_disk_gb: 0, current_workload: 0, running_vms: 0, disk_available_least: 0 };
  for (const e of all) {
    const r = resources(e);
    for (const k of Object.keys(r) as (keyof typeof r)[]) sum[k] += r[k];
  }
  return { hypervisor_statistics: sum };
}
