import { z } from "zod";
import { versioned } from "../../../http/versioned.js";
import { boolean, fqdn } from "./parameter-types.js";

/** GET /os-services (nova/api/openstack/compute/schemas/services.py). */
const filters = { host: z.string().optional(), binary: z.string().optional() };

export const listQueryTable = versioned([
  { from: "2.1", schema: z.looseObject(filters) },
  // 2.75 rejects unknown query parameters.
  { from: "2.75", schema: z.strictObject(filters) },
]);

export const listQuery = z.looseObject({
  host: z.string().optional().describe("Only the services of this host."),
  binary: z.string().optional().describe("Only the services with this binary, e.g. nova-compute."),
});

export const service = z.object({
  binary: z.string(),
  host: z.string(),
  id: z.union([z.number().int(), z.string()]).describe("Integer before 2.53, UUID from 2.53."),
  zone: z.string(),
  status: z.enum(["enabled", "disabled"]),
  state: z.enum(["up", "down"]),
  updated_at: z.string().nullable(),
  disabled_reason: z.string().nullable(),
  forced_down: z.boolean().optional().describe("From 2.11."),
});

export const serviceList = z.object({ services: z.array(service) });

/** PUT /os-services/{action} before 2.53: the service named by host and binary. */
const updateFields = {
  host: fqdn,
  binary: z.string().min(1).max(255),
  disabled_reason: z.string().min(1).max(255).optional(),
};
export const updateBodyTable = versioned<{
  host?: string;
  binary?: string;
  disabled_reason?: string;
  forced_down?: boolean;
  status?: "enabled" | "disabled";
}>([
  { from: "2.1", schema: z.strictObject(updateFields) },
  { from: "2.11", schema: z.strictObject({ ...updateFields, forced_down: boolean.optional() }) },
  // 2.53: the service is named by the UUID in the path; nothing is required (checked in code).
  {
    from: "2.53",
    schema: z.strictObject({
      status: z.enum(["enabled", "disabled"]).optional(),
      disabled_reason: z.string().min(1).max(255).optional(),
      forced_down: boolean.optional(),
    }),
  },
]);

/** The body as the route declares it: every version's fields. */
export const updateBodyDoc = z.looseObject({
  host: z.unknown().optional().describe("Before 2.53: the service's host."),
  binary: z.unknown().optional().describe("Before 2.53: the service's binary (only nova-compute can change)."),
  disabled_reason: z.unknown().optional().describe("Why the service is disabled (disable-log-reason; from 2.53 with status disabled)."),
  forced_down: z.unknown().optional().describe("force-down (2.11-2.52), or from 2.53."),
  status: z.unknown().optional().describe("From 2.53: enabled or disabled."),
});

export const idParams = z.object({
  service_id: z.string().describe("Before 2.53 the action (enable, disable, disable-log-reason, force-down) for PUT and the integer id for DELETE; from 2.53 the service's UUID."),
});

/** What the pre-2.53 actions answer: the host and binary with what changed. */
const actionResult = z.object({
  service: z.object({
    host: z.string(),
    binary: z.string(),
    status: z.enum(["enabled", "disabled"]).optional(),
    disabled_reason: z.string().optional(),
    forced_down: z.boolean().optional(),
  }),
});
export const updateResponse = z.union([z.object({ service }), actionResult]);
