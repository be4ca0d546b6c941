import { z } from "zod";
import { Forbidden, Invalid, NotFound, OpenStackError } from "../../../errors.js";
import { authorize } from "../../../identity/policy.js";
import type { Caller } from "../../../network/common.js";
import { parseIp } from "../../../network/ip.js";
import { floatingIpByAddress } from "../floating-ips.js";
import { callerOf } from "../neutron-proxy.js";
import { ipAddress } from "../schemas/parameter-types.js";
import type { ServerAction } from "./types.js";

/**
 * addFloatingIp / removeFloatingIp (nova/api/openstack/compute/floating_ips.py,
 * FloatingIPActionController), up to microversion 2.43: associate a floating IP
 * with one of the server's fixed IPs (its first IPv4 one unless named), and
 * disassociate it. Neutron's refusals come back as Nova words them.
 */

const addFloatingIp: ServerAction = {
  key: "addFloatingIp",
  summary: "Associate a floating IP with the server (up to 2.43)",
  versions: { max: "2.43" },
  schema: z.strictObject({ addFloatingIp: z.strictObject({ address: ipAddress, fixed_address: ipAddress.optional() }) }),
  status: 202,
  async handle({ req, ctx, inst, body, deps }) {
    authorize(ctx, "os_compute_api:os-floating-ips:add", "project_member_or_admin", { projectId: inst.projectId });
    const { address, fixed_address } = body.addFloatingIp as { address: string; fixed_address?: string };
    // Nova reads the instance's network info: its ports and their fixed IPs.
    const system: Caller = { projectId: inst.projectId, isAdmin: true, isMember: true };
    const ports = await deps.services.network.ports.list(system, { deviceIds: [inst.id] });
    if (!ports.length) throw new Invalid("Instance network is not ready yet");
    const fixed = ports.flatMap((p) => p.fixedIps.map((f) => ({ portId: p.id, address: f.ipAddress })));
    if (!fixed.length) throw new Invalid("No fixed IPs associated to instance");
    let chosen = fixed_address ? fixed.find((f) => f.address === fixed_address) : undefined;
    if (fixed_address && !chosen) throw new Invalid("Specified fixed address not assigned to instance");
    if (!chosen) {
      chosen = fixed.find((f) => parseIp(f.address)?.version === 4);
      if (!chosen) {
        throw new Invalid(
          `Unable to associate floating IP ${address} to any fixed IPs for instance ${inst.id}. Instance has no fixed IPv4 addresses to associate.`,
        );
      }
    }
    const fip = await floatingIpByAddress(deps, req, address, "floating IP not found");
    try {
      await deps.services.network.floatingIps.update(callerOf(req), fip.id, { port_id: chosen.portId, fixed_ip_address: chosen.address });
    } catch (e) {
      if (!(e instanceof OpenStackError)) throw e;
      if (e.kind === "conflict") throw new Invalid(e.message); // FloatingIpAssociateFailed
      if (e.kind === "forbidden") throw new Forbidden(e.message);
      throw new Invalid(
        `Unable to associate floating IP ${address} to fixed IP ${chosen.address} for instance ${inst.id}. Error: ${e.message}`,
      );
    }
    return null;
  },
};

const removeFloatingIp: ServerAction = {
  key: "removeFloatingIp",
  summary: "Disassociate a floating IP from the server (up to 2.43)",
  versions: { max: "2.43" },
  schema: z.strictObject({ removeFloatingIp: z.strictObject({ address: ipAddress }) }),
  status: 202,
  async handle({ req, ctx, inst, body, deps }) {
    const { address } = body.removeFloatingIp as { address: string };
    // get_instance_by_floating_ip_addr: the server the address is on, if any.
    const fip = await floatingIpByAddress(deps, req, address);
    const onServer = fip.fixedPort?.deviceId || null;
    authorize(ctx, "os_compute_api:os-floating-ips:remove", "project_member_or_admin", onServer ? { projectId: inst.projectId } : {});
    if (!onServer || !fip.fixedPortId || onServer !== inst.id) {
      throw new OpenStackError("conflict", `Floating IP ${address} is not associated with instance ${inst.id}.`);
    }
    try {
      await deps.services.network.floatingIps.update(callerOf(req), fip.id, { port_id: null });
    } catch (e) {
      if (e instanceof OpenStackError && e.kind === "forbidden") throw new Forbidden("Access was denied to this resource.");
      if (e instanceof OpenStackError && e.kind === "not-found") throw new NotFound("floating IP not found");
      throw e;
    }
    return null;
  },
};

export const FLOATING_IP_ACTIONS: readonly ServerAction[] = [addFloatingIp, removeFloatingIp];
