import { z } from "zod";

/** Nova's security group and rule views (os-security-groups, and a server's groups). */
export const novaRule = z.object({
  id: z.string(),
  parent_group_id: z.string(),
  ip_protocol: z.string().nullable(),
  from_port: z.number().int().nullable(),
  to_port: z.number().int().nullable(),
  group: z.object({ name: z.string().optional(), tenant_id: z.string().optional() }),
  ip_range: z.object({ cidr: z.string().optional() }),
});

export const novaGroup = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  tenant_id: z.string(),
  rules: z.array(novaRule),
});
