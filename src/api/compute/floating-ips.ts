import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { Forbidden, Invalid, NotFound, OpenStackError } from "../../errors.js";
import type { FloatingIp } from "../../network/floating-ips.js";
import { UUID_RE } from "../../network/common.js";
import { PROXY, callerOf, can, idParams, tags } from "./neutron-proxy.js";

/**
 * Nova's deprecated floating-IP proxies to Neutron, up to microversion 2.35
 * (404 from 2.36): os-floating-ip-pools (floating_ip_pools.py: the external
 * networks) and os-floating-ips (floating_ips.py: the project's floating IPs,
 * allocate from a pool, release). The pool of a create without one is
 * [neutron] default_floating_pool, which deployments set to their external
 * network (here `public`, as DevStack's).
 */

export const DEFAULT_FLOATING_POOL = "public";

const floatingIp = z.object({
  fixed_ip: z.string().nullable(),
  id: z.string(),
  instance_id: z.string().nullable(),
  ip: z.string(),
  pool: z.string(),
});

/** _translate_floating_ip_view: the pool is the network's name (or id), instance_id the port's device. */
export function novaFloatingIpView(f: FloatingIp, networkNames: Map<string, string>) {
  return {
    fixed_ip: f.fixedIpAddress,
    id: f.id,
    instance_id: f.fixedPort ? f.fixedPort.deviceId : null,
    ip: f.floatingIpAddress,
    pool: networkNames.get(f.floatingNetworkId) || f.floatingNetworkId,
  };
}

/** Names of the floating IPs' networks, as the caller sees them. */
async function networkNames(deps: RouteDeps, req: FastifyRequest, fips: FloatingIp[]) {
  const ids = [...new Set(fips.map((f) => f.floatingNetworkId))];
  const nets = ids.length ? await deps.services.network.networks.list(callerOf(req), { ids }) : [];
  return new Map(nets.map((n) => [n.id, n.name]));
}

/** A floating IP by id, with Nova's 404. */
async function floatingIpOr404(deps: RouteDeps, req: FastifyRequest, id: string): Promise<FloatingIp> {
  try {
    return await deps.services.network.floatingIps.get(callerOf(req), id);
  } catch (e) {
    if (e instanceof OpenStackError && e.kind === "not-found") throw new NotFound(`Floating IP not found for ID ${id}`);
    throw e;
  }
}

/**
 * nova.network.neutron.API._get_floating_ip_by_address: the one floating IP
 * with this address the caller sees (404 FloatingIpNotFoundForAddress).
 */
export async function floatingIpByAddress(deps: RouteDeps, req: FastifyRequest, address: string, notFound?: string): Promise<FloatingIp> {
  const found = await deps.services.network.floatingIps.list(callerOf(req), { addresses: [address] });
  if (!found.length) throw new NotFound(notFound ?? `Floating IP not found for address ${address}.`);
  if (found.length > 1) throw new OpenStackError("internal", `Multiple floating IPs are found for address ${address}.`);
  return found[0]!;
}

export default async function floatingIpRoutes(app: App, deps: RouteDeps) {
  const { networks, floatingIps } = deps.services.network;

  app.get(
    "/os-floating-ip-pools",
    {
      config: PROXY,
      schema: {
        operationId: "compute.os_floating_ip_pools.list",
        tags,
        summary: "List floating IP pools: the external networks (proxy, deprecated)",
        response: { 200: z.object({ floating_ip_pools: z.array(z.object({ name: z.string() })) }) },
      },
    },
    async (req) => {
      // os_compute_api:os-floating-ip-pools is RULE_ANY: every authenticated caller.
      const pools = (await networks.list(callerOf(req))).filter((n) => n.external);
      return { floating_ip_pools: pools.map((n) => ({ name: n.name || n.id })) };
    },
  );

  app.get(
    "/os-floating-ips",
    {
      config: PROXY,
      schema: {
        operationId: "compute.os_floating_ips.list",
        tags,
        summary: "List the project's floating IPs (proxy, deprecated)",
        response: { 200: z.object({ floating_ips: z.array(floatingIp) }) },
      },
    },
    async (req) => {
      can(req, "os_compute_api:os-floating-ips:list", "project_reader_or_admin");
      // Nova lists by the token's project, whoever asks (admins too).
      const project = authOf(req).projectId;
      const fips = (await floatingIps.list(callerOf(req))).filter((f) => f.projectId === project);
      const names = await networkNames(deps, req, fips);
      return { floating_ips: fips.map((f) => novaFloatingIpView(f, names)) };
    },
  );

  app.get(
    "/os-floating-ips/:id",
    {
      config: PROXY,
      schema: {
        operationId: "compute.os_floating_ips.show",
        tags,
        summary: "Show a floating IP (proxy, deprecated)",
        params: idParams,
        response: { 200: z.object({ floating_ip: floatingIp }) },
      },
    },
    async (req) => {
      can(req, "os_compute_api:os-floating-ips:show", "project_reader_or_admin");
      const f = await floatingIpOr404(deps, req, req.params.id);
      return { floating_ip: novaFloatingIpView(f, await networkNames(deps, req, [f])) };
    },
  );

  app.post(
    "/os-floating-ips",
    {
      config: PROXY,
      schema: {
        operationId: "compute.os_floating_ips.create",
        tags,
        summary: "Allocate a floating IP from a pool (proxy, deprecated)",
        body: z.object({ pool: z.string().nullable().optional() }).loose().nullable().optional(),
        response: { 200: z.object({ floating_ip: floatingIp }) },
      },
    },
    async (req) => {
      can(req, "os_compute_api:os-floating-ips:create", "project_member_or_admin");
      const body = req.body as { pool?: string | null } | null | undefined;
      const pool = body?.pool ?? null;
      const wanted = pool || DEFAULT_FLOATING_POOL;
      // _get_floating_ip_pool_id_by_name_or_id: an external network by id (uuid-like) or name.
      const external = (await networks.list(callerOf(req))).filter((n) => n.external);
      const matches = external.filter((n) => (UUID_RE.test(wanted) ? n.id === wanted : n.name === wanted));
      if (!matches.length) throw new NotFound("Floating IP pool not found.");
      if (matches.length > 1) throw new OpenStackError("internal", `Multiple floating IP pools matches found for name '${wanted}'`);
      let created: FloatingIp;
      try {
        // Neutron's API checks the quota before the create, as for its own route.
        await deps.services.network.quotas.checkCreate(callerOf(req), "floatingip", [{}]);
        created = await floatingIps.create(callerOf(req), { floating_network_id: matches[0]!.id });
      } catch (e) {
        const type = (e as { type?: string }).type;
        if (type === "IpAddressGenerationFailure" || type === "ExternalIpAddressExhausted") {
          throw new NotFound(pool ? `No more floating IPs in pool ${pool}.` : "No more floating IPs available.");
        }
        if (type === "OverQuota") throw new Forbidden(pool ? `IP allocation over quota in pool ${pool}.` : "IP allocation over quota.");
        if (e instanceof OpenStackError && e.kind === "invalid") throw new Invalid("The floating IP request failed with a BadRequest");
        throw e;
      }
      return { floating_ip: novaFloatingIpView(created, await networkNames(deps, req, [created])) };
    },
  );

  app.delete(
    "/os-floating-ips/:id",
    {
      config: PROXY,
      schema: {
        operationId: "compute.os_floating_ips.delete",
        tags,
        summary: "Release a floating IP, disassociating it first (proxy, deprecated)",
        params: idParams,
        response: { 202: z.null().describe("Accepted") },
      },
    },
    async (req, reply) => {
      can(req, "os_compute_api:os-floating-ips:delete", "project_member_or_admin");
      const f = await floatingIpOr404(deps, req, req.params.id);
      await floatingIps.delete(callerOf(req), f.id);
      return reply.code(202).send(null);
    },
  );
}
