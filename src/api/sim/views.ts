import { describeDecision, type DecisionRecord } from "../../scheduler/index.js";

/** A scheduler decision as the /sim API shows it. */
export function decisionView(d: DecisionRecord) {
  const x = d.decision;
  const shares = new Map((x.weights ?? []).map((w) => [w.host, w.by]));
  return {
    id: d.id,
    instance_uuid: d.instanceUuid,
    request_id: d.requestId,
    time: d.time.toISOString(),
    outcome: d.outcome,
    host: d.host,
    node: d.node,
    request: {
      vcpus: d.request.vcpus,
      memory_mb: d.request.memoryMb,
      disk_gb: d.request.diskGb,
      availability_zone: d.request.availabilityZone,
      forced_host: d.request.forcedHost,
      group: d.request.group,
    },
    duration_ms: d.ms,
    hosts_considered: x.hosts,
    hosts_filtered: x.scanned ?? x.hosts - x.excluded.length,
    excluded: x.excluded,
    filters: x.steps.map((s) => ({ filter: s.filter, hosts_before: s.before, hosts_after: s.after, rejected_count: s.rejectedCount, rejected: s.rejected })),
    weighed: x.weighed.map((w) => ({ host: w.host, weight: w.weight, weighers: shares.get(w.host) ?? {} })),
    attempts: x.attempts,
    chosen: x.chosen,
    summary: describeDecision(x),
  };
}
