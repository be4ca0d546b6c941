import type { App, RouteDeps } from "../../composition.js";
import { auditLog, parseAuditTimestamp } from "../../compute/audit-log.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import * as schemas from "./schemas/instance-usage-audit-log.js";

/** os-instance_usage_audit_log (nova/api/openstack/compute/instance_usage_audit_log.py). Admin only. */
export default async function instanceUsageAuditLogRoutes(app: App, deps: RouteDeps) {
  const hostSvc = deps.services.hosts;
  const tags = ["compute"];
  const computeHosts = async () => (await hostSvc.services()).filter((s) => s.binary === "nova-compute").map((s) => s.host);

  app.get(
    "/os-instance_usage_audit_log",
    {
      schema: {
        operationId: "compute.instance_usage_audit_log.list",
        tags,
        summary: "Summarise the last completed instance usage audit",
        description: "Admin only. The audit is off (Nova's default instance_usage_audit = False), so every compute host is listed as not run.",
        querystring: schemas.anyQuery,
        response: { 200: schemas.indexResponse },
      },
    },
    async (req) => {
      authorize(authOf(req), "os_compute_api:os-instance-usage-audit-log:list", "admin_api");
      return { instance_usage_audit_logs: auditLog(await computeHosts(), deps.clock.now()) };
    },
  );

  app.get(
    "/os-instance_usage_audit_log/:before_timestamp",
    {
      schema: {
        operationId: "compute.instance_usage_audit_log.show",
        tags,
        summary: "Summarise the instance usage audit completed before a time",
        description: 'Admin only. 400 unless the timestamp reads "YYYY-MM-DD hh:mm:ss[.ffffff]".',
        params: schemas.beforeParams,
        querystring: schemas.anyQuery,
        response: { 200: schemas.showResponse },
      },
    },
    async (req) => {
      authorize(authOf(req), "os_compute_api:os-instance-usage-audit-log:show", "admin_api");
      const before = parseAuditTimestamp(req.params.before_timestamp);
      return { instance_usage_audit_log: auditLog(await computeHosts(), before) };
    },
  );
}
