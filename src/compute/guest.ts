import crypto from "node:crypto";
import { flavorOf, type InstanceRecord } from "./instance.js";
import { POWER, VM } from "./vm-states.js";

/**
 * What a simulated guest shows the outside: its serial console log
 * (os-getConsoleOutput), its remote console URLs (os-getVNCConsole…,
 * remote-consoles) and the hypervisor's diagnostics of it. Everything is
 * derived from the instance, so the same server always shows the same log.
 */

/** A deterministic stream of numbers for one server. */
function seeded(id: string) {
  let counter = 0;
  return (max: number) => {
    const h = crypto.createHash("sha256").update(`${id}:${counter++}`).digest();
    return h.readUInt32BE(0) % max;
  };
}

const stamp = (seconds: number) => `[${seconds.toFixed(6).padStart(12, " ")}]`;

export interface GuestAddress {
  addr: string;
  version: number;
  mac: string;
}

/** The guest's console log as libvirt's console.log file would hold it. */
export function consoleLog(inst: InstanceRecord, addresses: GuestAddress[]): string {
  const rnd = seeded(inst.id);
  const f = flavorOf(inst);
  const memKb = (f.ram || inst.memoryMb) * 1024;
  const cpus = f.vcpus || inst.vcpus || 1;
  const diskGb = f.disk || inst.rootGb;
  const hostname = inst.hostname || "localhost";
  const launched = inst.launchedAt ?? inst.createdAt;
  let t = 0;
  const k: string[] = [];
  const kern = (msg: string, step = 0.01) => {
    t += step * (1 + rnd(100) / 100);
    k.push(`${stamp(t)} ${msg}`);
  };
  k.push(`${stamp(0)} Linux version 5.15.0-71-generic (buildd@lcy02-amd64-044) (gcc (Ubuntu 11.3.0-1ubuntu1~22.04) 11.3.0, GNU ld (GNU Binutils for Ubuntu) 2.38) #78-Ubuntu SMP Tue Apr 18 09:00:29 UTC 2023 (Ubuntu 5.15.0-71.78-generic 5.15.92)`);
  k.push(`${stamp(0)} Command line: BOOT_IMAGE=/vmlinuz-5.15.0-71-generic root=LABEL=cloudimg-rootfs ro console=tty1 console=ttyS0`);
  k.push(`${stamp(0)} DMI: OpenStack Foundation OpenStack Nova, BIOS 1.16.0-debian-1.16.0-5 04/01/2014`);
  k.push(`${stamp(0)} Hypervisor detected: KVM`);
  kern(`Memory: ${Math.floor(memKb * 0.86)}K/${memKb}K available (16393K kernel code, 4369K rwdata, 10836K rodata, 3240K init, 6556K bss, ${Math.floor(memKb * 0.14)}K reserved, 0K cma-reserved)`);
  kern(`smpboot: Allowing ${cpus} CPUs, 0 hotplug CPUs`);
  kern(`smp: Brought up 1 node, ${cpus} CPU${cpus > 1 ? "s" : ""}`, 0.05);
  kern(`clocksource: Switched to clocksource kvm-clock`, 0.1);
  kern(`virtio_blk virtio2: [vda] ${diskGb * 2097152} 512-byte logical blocks (${((diskGb * 1073741824) / 1e9).toFixed(1)} GB/${diskGb}.00 GiB)`, 0.2);
  kern(` vda: vda1 vda14 vda15`);
  addresses.forEach((a, i) => kern(`virtio_net virtio${i}: eth${i}: link up, mac ${a.mac}`, 0.02));
  kern(`EXT4-fs (vda1): mounted filesystem with ordered data mode. Opts: (null). Quota mode: none.`, 0.3);
  kern(`systemd[1]: Set hostname to <${hostname}>.`, 0.4);
  const when = launched.toUTCString().replace(/ GMT$/, " +0000");
  const up = (t + 2 + rnd(300) / 100).toFixed(2);
  const ci: string[] = [];
  ci.push(`[  OK  ] Started Initial cloud-init job (pre-networking).`);
  ci.push(`[  OK  ] Reached target Network (Pre).`);
  ci.push(`Cloud-init v. 23.1.2-0ubuntu0~22.04.1 running 'init' at ${when}. Up ${up} seconds.`);
  ci.push(`ci-info: ++++++++++++++++++++++++++++++++++++++Net device info+++++++++++++++++++++++++++++++++++++++`);
  ci.push(`ci-info: +--------+------+------------------------------+---------------+--------+-------------------+`);
  ci.push(`ci-info: | Device |  Up  |           Address            |      Mask     | Scope  |     Hw-Address    |`);
  ci.push(`ci-info: +--------+------+------------------------------+---------------+--------+-------------------+`);
  addresses.forEach((a, i) => {
    const mask = a.version === 4 ? "255.255.255.0" : "64";
    ci.push(`ci-info: |  eth${i}  | True | ${a.addr.padEnd(28)} | ${mask.padEnd(13)} | ${(a.version === 4 ? "global" : "global").padEnd(6)} | ${a.mac} |`);
  });
  ci.push(`ci-info: |   lo   | True |          127.0.0.1           |   255.0.0.0   |  host  |         .         |`);
  ci.push(`ci-info: +--------+------+------------------------------+---------------+--------+-------------------+`);
  ci.push(`Cloud-init v. 23.1.2-0ubuntu0~22.04.1 running 'modules:config' at ${when}. Up ${(Number(up) + 1.4).toFixed(2)} seconds.`);
  if (inst.keyName) {
    ci.push(`ci-info: ++++++++++++++++++++Authorized keys from /home/ubuntu/.ssh/authorized_keys for user ubuntu++++++++++++++++++++`);
    ci.push(`ci-info: | Keytype |                Fingerprint (sha256)                | Options | Comment      |`);
    ci.push(`ci-info: | ssh-rsa | ${crypto.createHash("sha256").update(inst.keyData ?? inst.keyName).digest("hex").replace(/(..)(?!$)/g, "$1:").slice(0, 47)} |    -    | ${inst.keyName} |`);
  }
  ci.push(`Cloud-init v. 23.1.2-0ubuntu0~22.04.1 running 'modules:final' at ${when}. Up ${(Number(up) + 2.1).toFixed(2)} seconds.`);
  ci.push(`Cloud-init v. 23.1.2-0ubuntu0~22.04.1 finished at ${when}. Datasource DataSourceOpenStackLocal [net,ver=2].  Up ${(Number(up) + 2.3).toFixed(2)} seconds`);
  ci.push("");
  ci.push(`Ubuntu 22.04.2 LTS ${hostname} ttyS0`);
  ci.push("");
  const lines = [...k, ...ci];
  const stopped = [VM.STOPPED, VM.SHELVED, VM.SHELVED_OFFLOADED].includes(inst.vmState as "stopped") || inst.powerState === POWER.SHUTDOWN;
  if (stopped) {
    lines.push(`${hostname} login: `);
    lines.push(`${stamp(t + 60 + rnd(6000) / 100)} reboot: Power down`);
    return lines.join("\n");
  }
  return [...lines, `${hostname} login: `].join("\n");
}

/**
 * Nova's tail of the console log (compute manager _tail_log): the last
 * `length` lines; 0 gives nothing, and a negative count drops lines from the
 * start, as Python's slice [-n:] does.
 */
export function tailLog(log: string, length: number | null): string {
  if (length === null) return log;
  if (length === 0) return "";
  return log.split("\n").slice(-length).join("\n");
}

export type ConsoleProtocol = "vnc" | "spice" | "serial" | "mks" | "rdp";

/**
 * The access URL of a console, as Nova's ConsoleAuthToken.access_url builds it
 * from the proxy base URL and a new token; the proxies live under this server.
 */
export function consoleUrl(base: string, type: string): string {
  const token = crypto.randomUUID();
  switch (type) {
    case "novnc":
      return `${base}/vnc_auto.html?path=%3Ftoken%3D${token}`;
    case "spice-html5":
      return `${base}/spice_auto.html?token=${token}`;
    case "spice-direct":
      return `${base}/nova?token=${token}`;
    default:
      return `${base.replace(/^http(s?):/, "ws$1:")}/?token=${token}`;
  }
}

/** Console types each protocol's driver call accepts (else Nova's ConsoleTypeInvalid). */
export const CONSOLE_TYPES: Record<string, readonly string[]> = {
  vnc: ["novnc"],
  spice: ["spice-html5", "spice-direct"],
  serial: ["serial"],
};

/** Whether the guest is up for a console: Nova's driver has a running domain to connect to. */
export const guestRunning = (inst: Pick<InstanceRecord, "powerState" | "host">) =>
  !!inst.host && (inst.powerState === POWER.RUNNING || inst.powerState === POWER.PAUSED);

const POWER_NAMES: Record<number, string> = { 0: "pending", 1: "running", 3: "paused", 4: "shutdown", 6: "crashed", 7: "suspended" };
export const powerStateName = (p: number) => POWER_NAMES[p] ?? "pending";

export interface DiagnosticsPort {
  id: string;
  mac: string;
}

/** Traffic counters that grow with uptime, deterministic per server. */
function counters(id: string, uptime: number) {
  const rnd = seeded(`${id}:diag`);
  const scale = Math.max(1, uptime);
  return {
    cpuTime: (n: number) => scale * (200_000_000 + rnd(800_000_000)) + n,
    read: 262144 * (1 + rnd(50)),
    readReq: 112 + rnd(500),
    write: 5778432 + scale * rnd(4096),
    writeReq: 488 + rnd(200) + Math.floor(scale / 10),
    rx: () => 2070139 + scale * rnd(2048),
    rxPackets: () => 26701 + scale * rnd(8),
    tx: () => 140208 + scale * rnd(512),
    txPackets: () => 662 + scale * rnd(3),
    utilisation: () => rnd(40),
  };
}

function disks(inst: InstanceRecord): string[] {
  const out = ["vda"];
  if (inst.ephemeralGb > 0) out.push("vdb");
  if (inst.swapMb > 0) out.push(inst.ephemeralGb > 0 ? "vdc" : "vdb");
  if (inst.configDrive) out.push("hda");
  return out;
}

/** The libvirt driver's pre-2.48 diagnostics: a flat, driver-specific dict. */
export function legacyDiagnostics(inst: InstanceRecord, ports: DiagnosticsPort[], now: Date): Record<string, number> {
  const uptime = inst.launchedAt ? Math.max(0, Math.floor((now.getTime() - inst.launchedAt.getTime()) / 1000)) : 0;
  const c = counters(inst.id, uptime);
  const out: Record<string, number> = {};
  for (let i = 0; i < Math.max(1, inst.vcpus); i++) out[`cpu${i}_time`] = c.cpuTime(i);
  out.memory = inst.memoryMb * 1024;
  out["memory-actual"] = inst.memoryMb * 1024;
  out["memory-rss"] = Math.floor(inst.memoryMb * 1024 * 0.35);
  for (const d of disks(inst)) {
    out[`${d}_errors`] = -1;
    out[`${d}_read`] = c.read;
    out[`${d}_read_req`] = c.readReq;
    out[`${d}_write`] = c.write;
    out[`${d}_write_req`] = c.writeReq;
  }
  for (const p of ports) {
    const tap = `tap${p.id.slice(0, 11)}`;
    out[`${tap}_rx`] = c.rx();
    out[`${tap}_rx_drop`] = 0;
    out[`${tap}_rx_errors`] = 0;
    out[`${tap}_rx_packets`] = c.rxPackets();
    out[`${tap}_tx`] = c.tx();
    out[`${tap}_tx_drop`] = 0;
    out[`${tap}_tx_errors`] = 0;
    out[`${tap}_tx_packets`] = c.txPackets();
  }
  return out;
}

export interface Diagnostics {
  state: string;
  driver: "libvirt";
  hypervisor: string;
  hypervisor_os: string;
  uptime: number;
  config_drive: boolean;
  num_cpus: number;
  num_nics: number;
  num_disks: number;
  cpu_details: { id: number; time: number; utilisation: number }[];
  nic_details: {
    mac_address: string;
    rx_octets: number;
    rx_errors: number;
    rx_drop: number;
    rx_packets: number;
    rx_rate: number | null;
    tx_octets: number;
    tx_errors: number;
    tx_drop: number;
    tx_packets: number;
    tx_rate: number | null;
  }[];
  disk_details: { read_bytes: number; read_requests: number; write_bytes: number; write_requests: number; errors_count: number }[];
  memory_details: { maximum: number; used: number };
}

/** The standard diagnostics of 2.48 (nova/virt/diagnostics.py), as the libvirt driver fills them. */
export function instanceDiagnostics(inst: InstanceRecord, ports: DiagnosticsPort[], now: Date): Diagnostics {
  const uptime = inst.launchedAt ? Math.max(0, Math.floor((now.getTime() - inst.launchedAt.getTime()) / 1000)) : 0;
  const c = counters(inst.id, uptime);
  const ds = disks(inst);
  const cpus = Math.max(1, inst.vcpus);
  return {
    state: powerStateName(inst.powerState),
    driver: "libvirt",
    hypervisor: "kvm",
    hypervisor_os: "linux",
    uptime,
    config_drive: inst.configDrive === "True" || inst.configDrive === "true",
    num_cpus: cpus,
    num_nics: ports.length,
    num_disks: ds.length,
    cpu_details: Array.from({ length: cpus }, (_, id) => ({ id, time: c.cpuTime(id), utilisation: c.utilisation() })),
    nic_details: ports.map((p) => ({
      mac_address: p.mac,
      rx_octets: c.rx(),
      rx_errors: 0,
      rx_drop: 0,
      rx_packets: c.rxPackets(),
      rx_rate: null,
      tx_octets: c.tx(),
      tx_errors: 0,
      tx_drop: 0,
      tx_packets: c.txPackets(),
      tx_rate: null,
    })),
    disk_details: ds.map(() => ({ read_bytes: c.read, read_requests: c.readReq, write_bytes: c.write, write_requests: c.writeReq, errors_count: -1 })),
    memory_details: { maximum: inst.memoryMb * 1024, used: Math.floor(inst.memoryMb * 1024 * 0.35) },
  };
}

