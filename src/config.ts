import path from "node:path";
import { z } from "zod";
import { DEFAULT_FILTERS, DEFAULT_WEIGHERS, FILTERS, WEIGHERS } from "./scheduler/registry.js";
import { topologyFile } from "./simulator/topology.js";

/**
 * Every setting novasim reads, in one zod schema. Each key is read from the
 * environment variable `NOVASIM_<KEY>` (DATABASE_URL keeps its usual name) or
 * from the command line as `--<key-in-kebab-case> value`; the command line wins.
 * A variable renamed to match its flag keeps its old name in `aliases`, still read.
 * The README's settings table and `--help` are this list.
 */
const port = z.coerce.number().int().min(0).max(65535);
const seconds = z.coerce.number().int().min(1).max(31_536_000);
const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");
const count = z.coerce.number().int().min(0).max(2_147_483_647);
const positive = z.coerce.number().int().min(1).max(2_147_483_647);
const ratio = z.coerce.number().positive().max(1_000_000);
const multiplier = z.coerce.number().finite();

/** A comma-separated list of scheduler filter or weigher names, each one the registry knows (src/scheduler/registry.ts). */
const names = (kind: string, known: Record<string, unknown>, defaults: string[]) =>
  z
    .string()
    .transform((s, c) => {
      const list = s.split(",").map((n) => n.trim()).filter(Boolean);
      const unknown = list.filter((n) => !(n in known));
      if (unknown.length) {
        c.addIssue({ code: "custom", message: `unknown ${kind} ${unknown.join(", ")} (known: ${Object.keys(known).join(", ")})` });
        return z.NEVER;
      }
      return list;
    })
    .default(defaults);

export const settings = {
  host: { env: "NOVASIM_HOST", schema: z.string().min(1).default("127.0.0.1"), doc: "Address to listen on." },
  port: { env: "NOVASIM_PORT", schema: port.default(8774), doc: "TCP port to listen on (0 picks a free one)." },
  dataDir: { env: "NOVASIM_DATA_DIR", schema: z.string().min(1).default("./data"), doc: "Directory for the embedded SQLite database and image files." },
  databaseUrl: {
    env: "DATABASE_URL",
    schema: z
      .string()
      .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: or postgresql://")
      .optional(),
    doc: "Database: `file:<path>` for SQLite (default `file:<dataDir>/novasim.db`) or `postgresql://…`.",
  },
  publicUrl: {
    env: "NOVASIM_PUBLIC_URL",
    schema: z.url({ protocol: /^https?$/ }).optional(),
    doc: "Base URL advertised in the service catalog and version documents (default: the address the request reached, from its Host header).",
  },
  region: { env: "NOVASIM_REGION", schema: z.string().min(1).default("RegionOne"), doc: "Region name in the service catalog." },
  logLevel: {
    env: "NOVASIM_LOG_LEVEL",
    schema: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    doc: "pino log level.",
  },
  tokenTtl: { env: "NOVASIM_TOKEN_TTL", schema: seconds.default(3600), doc: "Keystone token lifetime in seconds." },
  adminPassword: { env: "NOVASIM_ADMIN_PASSWORD", schema: z.string().min(1).default("admin"), doc: "Password of the seeded `admin` user (first start only)." },
  demoPassword: { env: "NOVASIM_DEMO_PASSWORD", schema: z.string().min(1).default("demo"), doc: "Password of the seeded `demo` user (first start only)." },
  altDemoPassword: { env: "NOVASIM_ALT_DEMO_PASSWORD", schema: z.string().min(1).default("alt_demo"), doc: "Password of the seeded `alt_demo` user (first start only)." },
  docs: { env: "NOVASIM_DOCS", schema: bool.default(true), doc: "Serve Swagger UI at /docs." },
  validateResponses: {
    env: "NOVASIM_VALIDATE_RESPONSES",
    schema: bool.default(false),
    doc: "Check every response body against its schema (the OpenAPI document's) before sending it, and answer 500 when it does not match; for development and tests (the test suite turns it on), it costs time per request.",
  },
  seed: {
    env: "NOVASIM_SEED",
    schema: z.coerce.number().int().min(0).max(2_147_483_647).optional(),
    doc: "Seed for repeatable runs: UUIDs, MAC and IP addresses, scheduler tie-breaks and fault probabilities come from it (POST /sim/v1/reset takes one too). Tokens and passwords stay random.",
  },
  // ---- simulated compute hosts and scheduler (src/simulator, src/scheduler)
  hostCount: { env: "NOVASIM_HOST_COUNT", schema: count.default(4), doc: "Number of simulated compute hosts, named compute1..N (ignored when a topology file is given)." },
  hostVcpus: { env: "NOVASIM_HOST_VCPUS", schema: positive.default(16), doc: "vCPUs of each simulated host." },
  hostRamMb: { env: "NOVASIM_HOST_RAM_MB", schema: positive.default(65536), doc: "RAM of each simulated host, in MiB." },
  hostDiskGb: { env: "NOVASIM_HOST_DISK_GB", schema: positive.default(1024), doc: "Local disk of each simulated host, in GiB." },
  cpuAllocationRatio: { env: "NOVASIM_CPU_ALLOCATION_RATIO", schema: ratio.default(16.0), doc: "vCPU overcommit ratio (Nova's initial_cpu_allocation_ratio)." },
  ramAllocationRatio: { env: "NOVASIM_RAM_ALLOCATION_RATIO", schema: ratio.default(1.5), doc: "RAM overcommit ratio (Nova's initial_ram_allocation_ratio)." },
  diskAllocationRatio: { env: "NOVASIM_DISK_ALLOCATION_RATIO", schema: ratio.default(1.0), doc: "Disk overcommit ratio (Nova's initial_disk_allocation_ratio)." },
  reservedHostMemoryMb: { env: "NOVASIM_RESERVED_HOST_MEMORY_MB", schema: count.default(512), doc: "RAM each host keeps for itself, in MiB (Nova's reserved_host_memory_mb)." },
  availabilityZone: { env: "NOVASIM_AVAILABILITY_ZONE", schema: z.string().min(1).max(255).default("nova"), doc: "Availability zone of hosts that name none (Nova's default_availability_zone)." },
  actionTimeMs: { env: "NOVASIM_ACTION_TIME_MS", schema: count.default(500), doc: "How long each simulated step of a server action (stop, reboot, resize…) lasts, in milliseconds (0: at once)." },
  actionTimes: {
    env: "NOVASIM_ACTION_TIMES",
    schema: z
      .string()
      .transform((s, c) => {
        try {
          return JSON.parse(s) as unknown;
        } catch {
          c.addIssue({ code: "custom", message: "must be a JSON object" });
          return z.NEVER;
        }
      })
      .pipe(z.record(z.string(), z.number().int().min(0)))
      .default({}),
    doc: 'Per-action step times overriding NOVASIM_ACTION_TIME_MS, as JSON, e.g. `{"resize": 2000, "stop": 0}` (keys as in src/compute/lifecycle.ts).',
  },
  workerPollMs: { env: "NOVASIM_WORKER_POLL_MS", schema: count.default(250), doc: "How often the instance worker looks for due work (for example from another replica), in milliseconds." },
  bootTimeMs: { env: "NOVASIM_BOOT_TIME_MS", schema: count.default(1000), doc: "How long a simulated server takes to boot, in milliseconds (0: at once)." },
  volumeActionTimeMs: { env: "NOVASIM_VOLUME_ACTION_TIME_MS", schema: count.default(0), doc: "How long each simulated step of a volume (creating, extending, attaching, detaching, deleting, snapshot creating) lasts, in milliseconds (0: the next request sees it done)." },
  topologyFile: {
    env: "NOVASIM_TOPOLOGY_FILE",
    schema: topologyFile.optional(),
    doc: "JSON file describing the hosts: a list (or {\"hosts\": list}) of {name?, count?, az?, vcpus?, ramMb?, diskGb?, cpuAllocationRatio?, ramAllocationRatio?, diskAllocationRatio?, reservedHostMemoryMb?}; unset fields take the settings above.",
  },
  shelvedOffloadTimeSeconds: {
    env: "NOVASIM_SHELVED_OFFLOAD_TIME_SECONDS",
    aliases: ["NOVASIM_SHELVED_OFFLOAD_TIME"],
    schema: z.coerce.number().int().min(-1).max(2_147_483_647).default(0),
    doc: "Seconds a shelved server keeps its host before it is offloaded (Nova's shelved_offload_time): 0 offloads at once, -1 never.",
  },
  reclaimInstanceIntervalSeconds: {
    env: "NOVASIM_RECLAIM_INSTANCE_INTERVAL_SECONDS",
    aliases: ["NOVASIM_RECLAIM_INSTANCE_INTERVAL"],
    schema: count.default(0),
    doc: "When > 0, DELETE soft-deletes servers (restorable) and they are reclaimed after this many seconds (Nova's reclaim_instance_interval).",
  },
  resizeConfirmWindowSeconds: {
    env: "NOVASIM_RESIZE_CONFIRM_WINDOW_SECONDS",
    aliases: ["NOVASIM_RESIZE_CONFIRM_WINDOW"],
    schema: count.default(0),
    doc: "Seconds after which a resize or cold migration waiting in VERIFY_RESIZE is confirmed automatically (Nova's resize_confirm_window; 0: never).",
  },
  schedulerHostSubsetSize: {
    env: "NOVASIM_SCHEDULER_HOST_SUBSET_SIZE",
    schema: positive.default(1),
    doc: "The scheduler picks at random among this many best-weighed hosts (Nova's [filter_scheduler] host_subset_size).",
  },
  schedulerMaxAttempts: {
    env: "NOVASIM_SCHEDULER_MAX_ATTEMPTS",
    schema: positive.default(3),
    doc: "Hosts a placement tries to claim on, the chosen one and its alternates, before NoValidHost (Nova's [scheduler] max_attempts).",
  },
  schedulerMaxPlacementResults: {
    env: "NOVASIM_SCHEDULER_MAX_PLACEMENT_RESULTS",
    schema: positive.default(1000),
    doc: "Filtering stops once this many hosts passed, and only those are weighed (Nova's [scheduler] max_placement_results; the scan starts at a random host, as with Placement's randomize_allocation_candidates).",
  },
  schedulerEnabledFilters: {
    env: "NOVASIM_SCHEDULER_ENABLED_FILTERS",
    schema: names("scheduler filter", FILTERS, DEFAULT_FILTERS),
    doc: "Comma-separated filters, run in this order (Nova's [filter_scheduler] enabled_filters names; src/scheduler/registry.ts lists them).",
  },
  schedulerWeightClasses: {
    env: "NOVASIM_SCHEDULER_WEIGHT_CLASSES",
    schema: names("scheduler weigher", WEIGHERS, DEFAULT_WEIGHERS),
    doc: "Comma-separated weighers (Nova's [filter_scheduler] weight_classes; default all of them).",
  },
  ramWeightMultiplier: { env: "NOVASIM_RAM_WEIGHT_MULTIPLIER", schema: multiplier.default(1.0), doc: "RAMWeigher multiplier: positive spreads, negative stacks (Nova's ram_weight_multiplier; an aggregate's metadata key of that name overrides it for its hosts, as do the keys of the multipliers below)." },
  cpuWeightMultiplier: { env: "NOVASIM_CPU_WEIGHT_MULTIPLIER", schema: multiplier.default(1.0), doc: "CPUWeigher multiplier (Nova's cpu_weight_multiplier)." },
  diskWeightMultiplier: { env: "NOVASIM_DISK_WEIGHT_MULTIPLIER", schema: multiplier.default(1.0), doc: "DiskWeigher multiplier (Nova's disk_weight_multiplier)." },
  numInstancesWeightMultiplier: { env: "NOVASIM_NUM_INSTANCES_WEIGHT_MULTIPLIER", schema: multiplier.default(0.0), doc: "NumInstancesWeigher multiplier: negative prefers hosts with fewer instances (Nova's num_instances_weight_multiplier)." },
  ioOpsWeightMultiplier: { env: "NOVASIM_IO_OPS_WEIGHT_MULTIPLIER", schema: multiplier.default(-1.0), doc: "IoOpsWeigher multiplier: negative prefers idle hosts (Nova's io_ops_weight_multiplier)." },
  softAffinityWeightMultiplier: { env: "NOVASIM_SOFT_AFFINITY_WEIGHT_MULTIPLIER", schema: multiplier.min(0).default(1.0), doc: "ServerGroupSoftAffinityWeigher multiplier (Nova's soft_affinity_weight_multiplier)." },
  softAntiAffinityWeightMultiplier: { env: "NOVASIM_SOFT_ANTI_AFFINITY_WEIGHT_MULTIPLIER", schema: multiplier.min(0).default(1.0), doc: "ServerGroupSoftAntiAffinityWeigher multiplier (Nova's soft_anti_affinity_weight_multiplier)." },
  buildFailureWeightMultiplier: { env: "NOVASIM_BUILD_FAILURE_WEIGHT_MULTIPLIER", schema: multiplier.default(1000000.0), doc: "BuildFailureWeigher multiplier, taken negated: hosts with recent failed builds sink (Nova's build_failure_weight_multiplier)." },
  hypervisorVersionWeightMultiplier: { env: "NOVASIM_HYPERVISOR_VERSION_WEIGHT_MULTIPLIER", schema: multiplier.default(1.0), doc: "HypervisorVersionWeigher multiplier (Nova's hypervisor_version_weight_multiplier)." },
  maxIoOpsPerHost: { env: "NOVASIM_MAX_IO_OPS_PER_HOST", schema: count.default(8), doc: "IoOpsFilter: hosts with this many instances building, resizing, migrating, snapshotting… take no more (Nova's max_io_ops_per_host)." },
  maxInstancesPerHost: { env: "NOVASIM_MAX_INSTANCES_PER_HOST", schema: positive.default(50), doc: "NumInstancesFilter: hosts with this many instances take no more (Nova's max_instances_per_host)." },
} as const;

type Settings = typeof settings;
export type Config = { -readonly [K in keyof Settings]: z.output<Settings[K]["schema"]> } & { databaseUrl: string };

export class ConfigError extends Error {}

const kebab = (k: string) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** A setting's command-line flag: `--` and its key in kebab case. */
export const flagOf = (key: string) => `--${kebab(key)}`;

/** The variables a setting is read from: its own, then the older names it keeps as aliases. */
export function envNamesOf(key: keyof Settings): string[] {
  const def = settings[key] as { env: string; aliases?: readonly string[] };
  return [def.env, ...(def.aliases ?? [])];
}

/** A setting's default as a person writes it (`{}` for an empty object, a list comma-joined), or undefined when unset. */
export function defaultText(key: keyof Settings): string | undefined {
  const parsed = settings[key].schema.safeParse(undefined);
  const v: unknown = parsed.success ? parsed.data : undefined;
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return v.join(",");
  if (typeof v === "object" && v !== null) return JSON.stringify(v);
  return String(v);
}

/** `--help`: every setting with its flag, variable, default and meaning. */
export function helpText(): string {
  const lines = [
    "Usage: novasim [--flag value | --flag=value]...",
    "",
    "An OpenStack-compatible control plane with simulated hypervisors. Each setting is read",
    "from its flag or its environment variable (the flag wins); an empty variable is unset.",
    "",
  ];
  for (const key of Object.keys(settings) as (keyof Settings)[]) {
    const def = defaultText(key);
    lines.push(`  ${flagOf(key)} <value>   ${envNamesOf(key).join(", ")}   default: ${def ?? "(unset)"}`);
    lines.push(`      ${settings[key].doc}`);
  }
  lines.push("", "  --help, -h   print this and exit", "");
  return lines.join("\n");
}

/** The command line asks for help. */
export const wantsHelp = (argv: string[]) => argv.some((a) => a === "--help" || a === "-h");

/** Parse `--flag value` and `--flag=value` pairs into setting keys. */
function parseArgv(argv: string[]): Record<string, string> {
  const byFlag = new Map(Object.keys(settings).map((k) => [kebab(k), k]));
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) throw new ConfigError(`unexpected argument '${arg}'`);
    const eq = arg.indexOf("=");
    const flag = arg.slice(2, eq === -1 ? undefined : eq);
    const key = byFlag.get(flag);
    if (!key) throw new ConfigError(`unknown option --${flag}`);
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined) throw new ConfigError(`option --${flag} needs a value`);
    out[key] = value;
  }
  return out;
}

/** Build the configuration; throws ConfigError with a one-line message naming the setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = []): Config {
  const flags = parseArgv(argv);
  const out: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(settings)) {
    const fromEnv = envNamesOf(key as keyof Settings).find((name) => env[name] !== undefined && env[name] !== "");
    const raw = flags[key] ?? (fromEnv === undefined ? undefined : env[fromEnv]);
    const parsed = def.schema.safeParse(raw);
    if (!parsed.success) {
      const where = key in flags ? `--${kebab(key)}` : (fromEnv ?? def.env);
      const why = parsed.error.issues[0]?.message ?? "invalid value";
      throw new ConfigError(`invalid ${where}=${JSON.stringify(raw)}: ${why}`);
    }
    out[key] = parsed.data;
  }
  const cfg = out as Config;
  cfg.databaseUrl ??= `file:${path.resolve(cfg.dataDir, "novasim.db")}`;
  if (cfg.publicUrl) cfg.publicUrl = cfg.publicUrl.replace(/\/+$/, "");
  return cfg;
}
