import { z } from "zod";
import { versioned } from "../../../http/versioned.js";

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
