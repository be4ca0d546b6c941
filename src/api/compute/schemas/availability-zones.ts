import { z } from "zod";

/** GET /os-availability-zone[/detail] (nova/api/openstack/compute/schemas/availability_zone.py). */
export const listQuery = z.looseObject({});

const serviceState = z.object({ available: z.boolean(), active: z.boolean(), updated_at: z.string().nullable() });

export const zone = z.object({
  zoneName: z.string(),
  zoneState: z.object({ available: z.boolean() }),
  hosts: z.record(z.string(), z.record(z.string(), serviceState)).nullable().describe("null in the list; host → binary → state in the detail."),
});

export const zoneList = z.object({ availabilityZoneInfo: z.array(zone) });
