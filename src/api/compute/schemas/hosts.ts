import { z } from "zod";
import { pyRepr } from "../../../python-literals.js";

/** /os-hosts (nova/api/openstack/compute/schemas/hosts.py), deprecated: gone from 2.43. */

export const indexQuery = z.looseObject({
  zone: z.union([z.string(), z.array(z.string())]).optional().describe("Only the services in this availability zone."),
});

const mode = z.enum(["enable", "disable", "Enable", "Disable", "ENABLE", "DISABLE"]);

export const updateBody = z
  .strictObject({ status: mode.optional(), maintenance_mode: mode.optional() })
  .superRefine((b, ctx) => {
    // anyOf: [required status, required maintenance_mode]
    if (b.status === undefined && b.maintenance_mode === undefined) {
      ctx.addIssue({ code: "custom", message: `${pyRepr(b)} is not valid under any of the given schemas` });
    }
  });

export const anyQuery = z.looseObject({});

export const hostParams = z.object({ host_name: z.string().describe("The host's name.") });

export const hostList = z.object({
  hosts: z.array(z.object({ host_name: z.string(), service: z.string(), zone: z.string() })),
});

export const hostShow = z.object({
  host: z.array(
    z.object({
      resource: z.object({ host: z.string(), project: z.string(), cpu: z.number().int(), memory_mb: z.number().int(), disk_gb: z.number().int() }),
    }),
  ),
});

export const updateResponse = z.object({
  host: z.string(),
  status: z.enum(["enabled", "disabled"]).optional(),
  maintenance_mode: z.enum(["on_maintenance", "off_maintenance"]).optional(),
});

export const powerActionResponse = z.object({ host: z.string(), power_action: z.string() });
