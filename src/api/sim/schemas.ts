import { z } from "zod";

/** GET /sim/v1/scheduler/decisions: the scheduler's recent decisions (src/scheduler/scheduler.ts DecisionRecord). */
export const decisionsQuery = z.object({
  instance_uuid: z.string().optional().describe("Only the decisions for this instance."),
  limit: z.coerce.number().int().min(1).max(1000).optional().describe("At most this many, newest first."),
});

export const decisionParams = z.object({ decision_id: z.string() });

const filterStep = z.object({
  filter: z.string(),
  hosts_before: z.number().int(),
  hosts_after: z.number().int(),
  rejected_count: z.number().int(),
  rejected: z.array(z.object({ host: z.string(), reason: z.string() })).describe("A few of the hosts the filter removed, with the reason."),
});

export const decision = z
  .object({
    id: z.string(),
    instance_uuid: z.string(),
    request_id: z.string().nullable(),
    time: z.string().describe("ISO 8601, UTC."),
    outcome: z.enum(["placed", "no_valid_host"]),
    host: z.string().nullable(),
    node: z.string().nullable(),
    request: z.object({
      vcpus: z.number().int(),
      memory_mb: z.number().int(),
      disk_gb: z.number().int(),
      availability_zone: z.string().nullable(),
      forced_host: z.string().nullable(),
      group: z.string().nullable(),
    }),
    duration_ms: z.object({ refresh: z.number(), select: z.number(), claim: z.number(), total: z.number() }),
    hosts_considered: z.number().int(),
    hosts_filtered: z.number().int().describe("Hosts the filters saw: fewer than considered when filtering stopped with enough candidates (max_placement_results)."),
    excluded: z.array(z.object({ host: z.string(), reason: z.string() })).describe("Left out before filtering (ignore_hosts, forced host)."),
    filters: z.array(filterStep),
    weighed: z
      .array(z.object({ host: z.string(), weight: z.number(), weighers: z.record(z.string(), z.number()) }))
      .describe("The best candidates after filtering, best first (the chosen one first), with each weigher's share."),
    attempts: z.array(z.object({ host: z.string(), outcome: z.string() })).describe("Claims tried, in order."),
    chosen: z.string().nullable(),
    summary: z.string().describe("The decision in one paragraph (what a NoValidHost fault's details say)."),
  })
  .meta({ id: "SchedulerDecision" });

export const decisionList = z.object({ decisions: z.array(decision) });
export const decisionShow = z.object({ decision });

// ---- health, reset, snapshots, clock (src/simulator/control.ts)

export const health = z
  .object({
    status: z.enum(["starting", "ready", "resetting"]),
    version: z.string(),
    database: z.enum(["sqlite", "postgresql"]),
    services: z.record(z.string(), z.string()).describe("Each OpenStack service novasim serves and its state (up, or the phase)."),
    hosts: z.object({ total: z.number().int(), up: z.number().int() }).describe("Simulated compute hosts, and those whose nova-compute is up."),
    uptime_seconds: z.number().int(),
  })
  .meta({ id: "SimHealth" });

export const resetBody = z
  .object({
    keep_token: z.boolean().optional().describe("Keep the caller's token valid across the reset (default true)."),
    seed: z.number().int().min(0).max(2_147_483_647).optional().describe("Seed the randomness from here on (UUIDs, addresses, scheduler tie-breaks, fault probabilities); default the --seed setting."),
  })
  .optional();

export const resetResult = z.object({
  reset: z.object({
    tables: z.record(z.string(), z.number().int()).describe("Rows in each table after the reset."),
    seed: z.number().int().nullable().describe("The seed the randomness now comes from, or null."),
  }),
});

export const snapshot = z
  .object({ name: z.string(), created_at: z.string(), tables: z.number().int(), rows: z.number().int() })
  .meta({ id: "SimSnapshot" });
export const snapshotName = z.string().min(1).max(48).regex(/^[A-Za-z0-9_.-]+$/, "letters, digits, '.', '_' and '-' only");
export const snapshotCreate = z.object({ name: snapshotName });
export const snapshotParams = z.object({ name: z.string() });
export const restoreBody = z.object({ keep_token: z.boolean().optional() }).optional();
export const snapshotShow = z.object({ snapshot });
export const snapshotList = z.object({ snapshots: z.array(snapshot) });

export const clock = z
  .object({
    mode: z.enum(["real", "speed", "manual"]),
    speed: z.number().describe("Simulated seconds per real second (0 in manual mode)."),
    now: z.string().describe("The simulated time, ISO 8601 UTC."),
  })
  .meta({ id: "SimClock" });
export const clockShow = z.object({ clock });
export const clockUpdate = z
  .object({
    mode: z.enum(["real", "speed", "manual"]).optional(),
    speed: z.number().positive().max(1_000_000).optional().describe("With mode speed (or alone: switches to speed mode)."),
    set: z.iso.datetime({ offset: true }).optional().describe("Jump to this time."),
    advance: z.union([z.number().min(0), z.string()]).optional().describe("Seconds, or an ISO 8601 duration (PT90S, P1DT2H): move on, firing every step due on the way in time order."),
  })
  .strict();

// ---- fault injection (src/simulator/faults.ts) and host state

const probability = z.number().min(0).max(1).optional().describe("Chance the rule fires when it matches (default 1), drawn from the seed's stream when a seed is set.");
const count = z.number().int().min(1).optional().describe("Fires at most this many times (default: no limit).");

export const faultCreate = z
  .object({
    match: z
      .object({
        action: z.string().min(1).optional().describe("build, resize, migrate, live-migrate, evacuate, reboot, rebuild, snapshot, delete, or any other action key of src/compute/lifecycle.ts."),
        host: z.string().optional(),
        az: z.string().optional(),
        flavor: z.string().optional().describe("Flavor id or name."),
        image: z.string().optional().describe("Image id."),
        project: z.string().optional().describe("Project id."),
        metadata_key: z.string().optional().describe("Servers with this metadata key."),
      })
      .strict()
      .default({}),
    effect: z
      .object({
        type: z.enum(["fail", "hang", "delay", "no_valid_host", "claim_conflict"]),
        code: z.number().int().min(400).max(599).optional().describe("fail: the fault's code (default 500)."),
        message: z.string().optional().describe("fail: the fault's message."),
        details: z.string().optional().describe("fail: the fault's details (admins see them)."),
        delay_ms: z.number().int().min(0).optional().describe("delay: added to the step's time."),
        jitter_ms: z.number().int().min(0).optional().describe("delay: up to this much more or less, at random."),
      })
      .strict(),
    probability,
    count,
  })
  .strict();

export const fault = z
  .object({
    id: z.number().int(),
    match: z.record(z.string(), z.string()),
    effect: z.record(z.string(), z.union([z.string(), z.number()])),
    probability: z.number(),
    count: z.number().int().nullable(),
    fired: z.number().int().describe("How many times it has fired."),
    hung: z.array(z.string()).describe("Servers it holds in their task state until the rule is deleted."),
    created_at: z.string(),
  })
  .meta({ id: "SimFault" });
export const faultShow = z.object({ fault });
export const faultList = z.object({ faults: z.array(fault) });
export const faultParams = z.object({ fault_id: z.coerce.number().int() });

export const httpFaultCreate = z
  .object({
    match: z
      .object({
        path: z
          .string()
          .optional()
          .refine((p) => {
            try {
              new RegExp(p ?? "");
              return true;
            } catch {
              return false;
            }
          }, "must be a regular expression")
          .describe("A regular expression over the request path (without the query string), e.g. ^/compute/v2.1/servers$."),
        service: z.enum(["identity", "compute", "image", "network", "placement", "root"]).optional(),
        method: z.string().optional(),
      })
      .strict()
      .default({}),
    effect: z
      .object({
        status: z.number().int().min(400).max(599).optional().describe("Answer this status with the service's own error body."),
        message: z.string().optional(),
        latency_ms: z.number().int().min(0).max(600_000).optional().describe("Wait this long first."),
      })
      .strict(),
    probability,
    count,
  })
  .strict();

export const httpFault = z
  .object({
    id: z.number().int(),
    match: z.record(z.string(), z.string()),
    effect: z.record(z.string(), z.union([z.string(), z.number()])),
    probability: z.number(),
    count: z.number().int().nullable(),
    fired: z.number().int(),
    created_at: z.string(),
  })
  .meta({ id: "SimHttpFault" });
export const httpFaultShow = z.object({ http_fault: httpFault });
export const httpFaultList = z.object({ http_faults: z.array(httpFault) });

export const hostParams = z.object({ host_name: z.string() });
export const hostState = z.object({ host: z.object({ name: z.string(), state: z.enum(["up", "down"]) }) });

// ---- events, request journal, live topology

export const event = z
  .object({ id: z.number().int(), time: z.string(), type: z.string(), data: z.record(z.string(), z.unknown()) })
  .meta({ id: "SimEvent" });
export const eventsQuery = z.object({
  since: z.coerce.number().int().min(0).optional().describe("Only events after this id (the `last` of the previous answer)."),
  limit: z.coerce.number().int().min(1).max(2000).optional(),
});
export const eventList = z.object({ events: z.array(event), last: z.number().int().describe("Pass as since to get what comes next.") });

export const requestRecord = z
  .object({
    id: z.string(),
    time: z.string(),
    method: z.string(),
    path: z.string(),
    service: z.string(),
    status: z.number().int(),
    duration_ms: z.number(),
    user_id: z.string().nullable(),
    project_id: z.string().nullable(),
  })
  .meta({ id: "SimRequest" });
export const requestsQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).optional().describe("The last this many (default all kept, up to 500).") });
export const requestList = z.object({ requests: z.array(requestRecord) });

const hostSizes = {
  vcpus: z.number().int().min(1).optional(),
  ram_mb: z.number().int().min(1).optional(),
  disk_gb: z.number().int().min(1).optional(),
  cpu_allocation_ratio: z.number().positive().optional(),
  ram_allocation_ratio: z.number().positive().optional(),
  disk_allocation_ratio: z.number().positive().optional(),
  reserved_host_memory_mb: z.number().int().min(0).optional(),
};
export const hostsCreate = z
  .object({
    hosts: z
      .array(
        z
          .object({
            name: z.string().min(1).max(255).regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/).optional().describe("One host of this name, or name1..nameN with count; unnamed: computeN."),
            count: z.number().int().min(1).max(10_000).optional(),
            ...hostSizes,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export const hostUpdate = z.object(hostSizes).strict();
export const simHost = z
  .object({
    name: z.string(),
    state: z.enum(["up", "down"]),
    status: z.enum(["enabled", "disabled"]),
    availability_zone: z.string(),
    vcpus: z.number().int(),
    ram_mb: z.number().int(),
    disk_gb: z.number().int(),
    cpu_allocation_ratio: z.number(),
    ram_allocation_ratio: z.number(),
    disk_allocation_ratio: z.number(),
    reserved_host_memory_mb: z.number().int(),
    instances: z.number().int(),
  })
  .meta({ id: "SimHost" });
export const simHostList = z.object({ hosts: z.array(simHost) });
export const simHostShow = z.object({ host: simHost });
