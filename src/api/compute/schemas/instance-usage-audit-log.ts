import { z } from "zod";

/** /os-instance_usage_audit_log (nova/api/openstack/compute/schemas/instance_usage_audit_log.py). */

export const anyQuery = z.looseObject({});

export const beforeParams = z.object({
  before_timestamp: z.string().describe('A UTC time, "YYYY-MM-DD hh:mm:ss[.ffffff]": the audit period completed most recently before it.'),
});

const auditLog = z.object({
  period_beginning: z.string(),
  period_ending: z.string(),
  num_hosts: z.number().int(),
  num_hosts_done: z.number().int(),
  num_hosts_running: z.number().int(),
  num_hosts_not_run: z.number().int(),
  hosts_not_run: z.array(z.string()),
  total_instances: z.number().int(),
  total_errors: z.number().int(),
  overall_status: z.string(),
  log: z.record(z.string(), z.object({ state: z.enum(["RUNNING", "DONE"]), instances: z.number().int(), errors: z.number().int(), message: z.string() })),
});

export const indexResponse = z.object({ instance_usage_audit_logs: auditLog });
export const showResponse = z.object({ instance_usage_audit_log: auditLog });
