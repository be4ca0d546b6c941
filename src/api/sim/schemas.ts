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
