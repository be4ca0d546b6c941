import { z } from "zod";
import { versioned } from "../../../http/versioned.js";
import { boolean, fqdn } from "./parameter-types.js";

/**
 * GET /os-hypervisors* (nova/api/openstack/compute/schemas/hypervisors.py).
 * Query schemas change by microversion: anything goes before 2.33, 2.33 adds
 * paging, 2.53 adds the hostname pattern and with_servers and rejects others.
 */
const nonNegative = z.string().regex(/^[0-9]*$/).min(1).transform(Number);

export const indexQueryTable = versioned([
  { from: "2.1", schema: z.looseObject({}) },
  { from: "2.33", schema: z.looseObject({ limit: nonNegative.optional(), marker: z.string().optional() }) },
  {
    from: "2.53",
    schema: z.strictObject({
      limit: nonNegative.optional(),
      marker: z.string().optional(),
      hypervisor_hostname_pattern: fqdn.optional(),
      with_servers: boolean.optional(),
    }),
  },
]);

export const showQueryTable = versioned([
  { from: "2.1", schema: z.looseObject({}) },
  { from: "2.53", schema: z.strictObject({ with_servers: boolean.optional() }) },
]);

/** The declared (documented) query of the list routes: every version's parameters. */
export const indexQuery = z.looseObject({
  limit: z.string().optional().describe("Page size (2.33+)."),
  marker: z.string().optional().describe("Id of the last hypervisor of the previous page (2.33+; a UUID from 2.53)."),
  hypervisor_hostname_pattern: z.string().optional().describe("Substring of the hypervisor hostname (2.53+)."),
  with_servers: z.string().optional().describe("Include the servers on each hypervisor (2.53+)."),
});
export const showQuery = z.looseObject({ with_servers: z.string().optional().describe("Include the servers on the hypervisor (2.53+).") });

export const idParams = z.object({ id: z.string().describe("Integer id before 2.53, UUID from 2.53.") });
export const patternParams = z.object({ pattern: z.string().describe("Substring of the hypervisor hostname.") });

const id = z.union([z.number().int(), z.string()]);
const servers = z.array(z.object({ name: z.string(), uuid: z.string() }));
const state = z.enum(["up", "down"]);
const status = z.enum(["enabled", "disabled"]);

/** Summary view (index, search, servers, uptime). */
export const hypervisorSummary = z.object({
  id,
  hypervisor_hostname: z.string(),
  state,
  status,
  uptime: z.string().nullable().optional(),
  servers: servers.optional(),
});

/** Detailed view: resource fields before 2.88, uptime from 2.88, servers on request. */
export const hypervisorDetail = z.object({
  id,
  hypervisor_hostname: z.string(),
  state,
  status,
  hypervisor_type: z.string(),
  hypervisor_version: z.number().int(),
  host_ip: z.string().nullable(),
  service: z.object({ id, host: z.string(), disabled_reason: z.string().nullable() }),
  vcpus: z.number().int().optional(),
  memory_mb: z.number().int().optional(),
  local_gb: z.number().int().optional(),
  vcpus_used: z.number().int().optional(),
  memory_mb_used: z.number().int().optional(),
  local_gb_used: z.number().int().optional(),
  free_ram_mb: z.number().int().optional(),
  free_disk_gb: z.number().int().optional(),
  current_workload: z.number().int().optional(),
  running_vms: z.number().int().optional(),
  disk_available_least: z.number().int().nullable().optional(),
  cpu_info: z.union([z.string(), z.looseObject({})]).optional().describe("A JSON string before 2.28, an object from 2.28."),
  uptime: z.string().nullable().optional(),
  servers: servers.optional(),
});

const links = z.array(z.object({ rel: z.string(), href: z.string() }));

export const hypervisorList = z.object({ hypervisors: z.array(hypervisorSummary), hypervisors_links: links.optional() });
export const hypervisorDetailList = z.object({ hypervisors: z.array(hypervisorDetail), hypervisors_links: links.optional() });
export const hypervisorShow = z.object({ hypervisor: hypervisorDetail });
export const hypervisorUptime = z.object({ hypervisor: hypervisorSummary });

export const statistics = z.object({
  hypervisor_statistics: z.object({
    count: z.number().int(),
    vcpus: z.number().int(),
    memory_mb: z.number().int(),
    local_gb: z.number().int(),
    vcpus_used: z.number().int(),
    memory_mb_used: z.number().int(),
    local_gb_used: z.number().int(),
    free_ram_mb: z.number().int(),
    free_disk_gb: z.number().int(),
    current_workload: z.number().int(),
    running_vms: z.number().int(),
    disk_available_least: z.number().int(),
  }),
});
