import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import { instancesRepo } from "../db/repositories/instances.js";
import { Forbidden, NotFound } from "../errors.js";
import type { AuthContext } from "../identity/types.js";
import { novaGroupView, remoteGroupNames, sortNovaGroups, type NovaGroup } from "../network/nova.js";
import { addSecurityGroupToServer, removeSecurityGroupFromServer, serverSecurityGroups } from "../network/servers.js";
import type { Collaborators } from "./collaborators.js";
import { InstanceInvalidState, InstanceNotFound, InstanceNotReady } from "./errors.js";
import { consoleLog, instanceDiagnostics, legacyDiagnostics, powerStateName, tailLog, type GuestAddress } from "./guest.js";
import type { InstanceRecord } from "./instance.js";
import { attachInterface, detachInterface, listInterfaces, showInterface, type AttachRequest, type InterfaceAttachment } from "./interfaces.js";
import { GUARDS, guard, type Guard } from "./lifecycle.js";
import { POWER } from "./vm-states.js";
import { serverGroupsOfServers } from "./server-groups.js";

export type { InterfaceAttachment } from "./interfaces.js";
export type { NovaGroup } from "../network/nova.js";

export interface ServerResourceDeps {
  db: Db;
  clock: Clock;
  collab: Collaborators;
}

/** What the server views need besides the instances, fetched for all of them at once. */
export interface ServerViewData {
  addresses: Map<string, Record<string, unknown[]>>;
  securityGroups: Map<string, { name: string }[]>;
  hostStatus: Map<string, string>;
  imageProperties: Map<string, Record<string, unknown>>;
  /** The server group uuid of each server (when asked), for 2.71+. */
  serverGroups: Map<string, string[]>;
  /** The volumes attached to each server, in attach order (os-extended-volumes:volumes_attached). */
  volumes: Map<string, { id: string; deleteOnTermination: boolean }[]>;
}

/** An instance action record (os-instance-actions) with its events. */
export type InstanceActionRecord = NonNullable<Awaited<ReturnType<ReturnType<typeof instancesRepo>["findAction"]>>>;
export type InstanceActionSummary = Awaited<ReturnType<ReturnType<typeof instancesRepo>["listActions"]>>[number];

/** attach_interface / detach_interface: their guard and their instance action. */
const ATTACH = { ...GUARDS.attachInterface, record: "attach_interface", event: "compute_attach_interface" };
const DETACH = { ...GUARDS.detachInterface, record: "detach_interface", event: "compute_detach_interface" };

/**
 * What a server has besides its state: addresses, security groups, port
 * interfaces, console output, diagnostics, instance actions. The routes
 * authorize; this checks the instance (Nova's guards) and does the work.
 */
export function serverResourceService(deps: ServerResourceDeps) {
  const { db, clock, collab } = deps;
  const repo = instancesRepo(db);

  async function record(ctx: AuthContext, requestId: string, inst: InstanceRecord, g: Guard & { record: string; event: string }) {
    await repo.startAction({ instanceId: inst.id, action: g.record, requestId, userId: ctx.userId, projectId: inst.projectId, startTime: clock.now(), event: g.event, host: inst.host });
  }

  /** Actions stay readable after delete from 2.21 (`withDeleted`). */
  async function forActions(ctx: AuthContext, id: string, withDeleted: boolean) {
    const inst = await repo.find(id, { withDeleted });
    if (!inst || (!ctx.isAdmin && inst.projectId !== ctx.projectId)) throw new InstanceNotFound(id);
    return inst;
  }

  return {
    /**
     * Addresses, security group names, host status (when asked), image
     * properties (when asked) and server groups as `serverGroups` sees them
     * (when asked) of these instances.
     */
    async viewData(
      instances: InstanceRecord[],
      opts: { hostStatus: boolean; imageProperties: boolean; serverGroups?: Pick<AuthContext, "projectId" | "isAdmin"> },
    ): Promise<ServerViewData> {
      const ids = instances.map((i) => i.id);
      const [addresses, securityGroups, hostStatus, imageProperties, serverGroups, attachments] = await Promise.all([
        collab.network.addresses(db, ids),
        collab.network.securityGroups(db, ids),
        opts.hostStatus ? collab.hostStatus(db) : Promise.resolve(new Map<string, string>()),
        opts.imageProperties ? collab.imageProperties(db, instances.map((i) => i.imageRef).filter(Boolean)) : Promise.resolve(new Map<string, Record<string, unknown>>()),
        opts.serverGroups ? serverGroupsOfServers(db, opts.serverGroups, ids) : Promise.resolve(new Map<string, string[]>()),
        collab.volumes.attachmentsOf(ids),
      ]);
      const volumes = new Map<string, { id: string; deleteOnTermination: boolean }[]>();
      for (const a of attachments) {
        const list = volumes.get(a.instanceUuid) ?? [];
        list.push({ id: a.volumeId, deleteOnTermination: a.deleteOnTermination });
        volumes.set(a.instanceUuid, list);
      }
      return { addresses, securityGroups, hostStatus, imageProperties, serverGroups, volumes };
    },

    /** The instance, deleted or not (after an action that may have ended it). */
    async current(id: string): Promise<InstanceRecord> {
      const inst = await repo.find(id, { withDeleted: true });
      if (!inst) throw new InstanceNotFound(id);
      return inst;
    },

    /** The server's addresses by network label. */
    async addresses(inst: InstanceRecord): Promise<Record<string, unknown[]>> {
      return (await collab.network.addresses(db, [inst.id])).get(inst.id) ?? {};
    },

    /** Replace the server's metadata as a whole (rebuild, once its state change has been won). */
    async replaceMetadata(inst: InstanceRecord, metadata: Record<string, string>) {
      await repo.replaceMetadata(inst.id, metadata);
    },

    /** Before 2.39 the image metadata of a snapshot counts against the metadata_items quota. */
    async checkImageMetadataQuota(inst: InstanceRecord, metadata: Record<string, string>) {
      const limit = await collab.quotas.metadataItems(db, inst.projectId);
      if (limit >= 0 && Object.keys(metadata).length > limit) throw new Forbidden("Image metadata limit exceeded");
    },

    /** os-getConsoleOutput: the last `length` lines of the guest's log (the server needs a host). */
    async consoleOutput(inst: InstanceRecord, length: number | null): Promise<string> {
      if (!inst.host) throw new InstanceNotReady(inst.id);
      const nets = (await collab.network.addresses(db, [inst.id])).get(inst.id) ?? {};
      const addresses: GuestAddress[] = Object.values(nets)
        .flat()
        .map((a) => a as { addr: string; version: number; "OS-EXT-IPS-MAC:mac_addr": string })
        .map((a) => ({ addr: a.addr, version: a.version, mac: a["OS-EXT-IPS-MAC:mac_addr"] }));
      // Nova strips control characters other than tab and newline from the log.
      return tailLog(consoleLog(inst, addresses), length).replace(/[\x00-\x08\x0b-\x1f]/g, "");
    },

    /** add/removeSecurityGroup: the group is looked up in `projectId` (the caller's, as Nova does). */
    async changeSecurityGroup(inst: InstanceRecord, projectId: string, name: string, add: boolean) {
      const opts = { projectId, serverId: inst.id, name, clock };
      await (add ? addSecurityGroupToServer(db, opts) : removeSecurityGroupFromServer(db, opts));
    },

    /** The groups on the server's ports with their rules; remote group names as `scope` (a project, or null: all) sees them. */
    async securityGroups(inst: InstanceRecord, scope: string | null): Promise<NovaGroup[]> {
      const groups = await serverSecurityGroups(db, inst.id);
      const names = await remoteGroupNames(db, groups, scope);
      return sortNovaGroups(groups.map((g) => novaGroupView(g, names)));
    },

    listInterfaces: (inst: InstanceRecord, withTags: boolean) => listInterfaces(db, inst, withTags),
    showInterface: (inst: InstanceRecord, portId: string, withTags: boolean) => showInterface(db, inst, portId, withTags),

    /** attach_interface, recorded as an instance action; the port attached as the API shows it. */
    async attachInterface(ctx: AuthContext, requestId: string, inst: InstanceRecord, req: AttachRequest, withTags: boolean): Promise<InterfaceAttachment> {
      guard(ATTACH, inst, ctx);
      await record(ctx, requestId, inst, ATTACH);
      const now = clock.now();
      try {
        const done = await attachInterface(db, inst, ctx.projectId ?? inst.projectId, req, now);
        await repo.update(inst.id, { requestedNetworks: done.requestedNetworks, updatedAt: now });
        await repo.finishAction(inst.id, ATTACH.record, now, "Success", { host: inst.host });
        const fresh = (await repo.find(inst.id)) ?? inst;
        return await showInterface(db, fresh, done.portId, withTags);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        await repo.finishAction(inst.id, ATTACH.record, now, "Error", { host: inst.host, traceback: message, message: "Error" });
        throw e;
      }
    },

    /** detach_interface: an unknown port only records the failure (Nova's compute fails after the API's cast). */
    async detachInterface(ctx: AuthContext, requestId: string, inst: InstanceRecord, portId: string) {
      guard(DETACH, inst, ctx);
      await record(ctx, requestId, inst, DETACH);
      const now = clock.now();
      const requested = await detachInterface(db, inst, portId, now);
      if (requested === null) {
        const message = `Port ${portId} is not attached`;
        await repo.finishAction(inst.id, DETACH.record, now, "Error", { host: inst.host, traceback: message, message: "Error" });
      } else {
        await repo.update(inst.id, { requestedNetworks: requested, updatedAt: now });
        await repo.finishAction(inst.id, DETACH.record, now, "Success", { host: inst.host });
      }
    },

    /** The hypervisor's diagnostics of a running server: the standard model (2.48) or the libvirt driver's dict. */
    async diagnostics(inst: InstanceRecord, standard: boolean) {
      if (!inst.host) throw new InstanceNotReady(inst.id);
      if (inst.powerState !== POWER.RUNNING) throw new InstanceInvalidState("get_diagnostics", inst.id, "power state", powerStateName(inst.powerState));
      const ports = (await listInterfaces(db, inst, false)).map((p) => ({ id: p.port_id, mac: p.mac_addr }));
      const now = clock.now();
      return standard ? instanceDiagnostics(inst, ports, now) : legacyDiagnostics(inst, ports, now);
    },

    /** The server's instance actions, newest first (with the server, for views). */
    async actions(ctx: AuthContext, id: string, withDeleted: boolean): Promise<{ inst: InstanceRecord; actions: InstanceActionSummary[] }> {
      const inst = await forActions(ctx, id, withDeleted);
      return { inst, actions: await repo.listActions(inst.id) };
    },

    /** One instance action with its events; Nova's 404 otherwise. */
    async action(ctx: AuthContext, id: string, requestId: string, withDeleted: boolean): Promise<{ inst: InstanceRecord; action: InstanceActionRecord }> {
      const inst = await forActions(ctx, id, withDeleted);
      const a = await repo.findAction(inst.id, requestId);
      if (!a) throw new NotFound(`Action for request_id ${requestId} on instance ${inst.id} not found`);
      return { inst, action: a };
    },
  };
}

export type ServerResourceService = ReturnType<typeof serverResourceService>;
