import crypto from "node:crypto";
import ipaddr from "ipaddr.js";
import type { Logger } from "pino";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import { instancesRepo, type InstanceCreate, type InstanceSortKey, type InstanceSortColumn } from "../db/repositories/instances.js";
import { Conflict, Invalid, Forbidden, NotFound } from "../errors.js";
import { authorize } from "../identity/policy.js";
import type { AuthContext } from "../identity/types.js";
import type { ServerCreate, ServerListQuery, ServerUpdate } from "./server-inputs.js";
import type { Collaborators, RequestedNetwork } from "./collaborators.js";
import { sanitizeHostname, type FlavorSnapshot, type InstanceRecord } from "./instance.js";
import { POWER, TASK, VM, statesFromStatuses } from "./vm-states.js";
import type { ActionEngine } from "./actions.js";
import { InstanceNotFound, MetadataQuotaExceeded } from "./errors.js";
import { GUARDS, LIFECYCLE, guard } from "./lifecycle.js";
import type { RequestSpecExtra } from "./request-spec.js";
import { resolveBlockDevices } from "./block-devices.js";
import { joinServerGroup, requestedServerGroup } from "./server-groups.js";
import type { Wakeup } from "./wakeup.js";
import type { FastReader } from "../db/fast-read.js";

export { InstanceNotFound } from "./errors.js";

export interface ServiceDeps {
  db: Db;
  clock: Clock;
  config: Config;
  logger: Logger;
  collab: Collaborators;
  /** Rung when servers have been created (the worker builds them). */
  wakeup: Pick<Wakeup, "ring">;
  /** The action engine: DELETE is one of its actions (a soft delete when reclaim_instance_interval is set). */
  actions: Pick<ActionEngine, "start">;
  /** Reads without Prisma, for long server lists (instancesRepo.page). */
  fast?: FastReader;
}

const GiB = 1024 ** 3;
/** Access IPs are stored as netaddr prints them: IPv6 compressed (RFC 5952), as Nova does. */
const normalizeIp = (ip: string) => (ipaddr.isValid(ip) ? ipaddr.parse(ip).toString() : ip);
const randomString = (n: number, alphabet: string) =>
  Array.from(crypto.randomBytes(n), (b) => alphabet[b % alphabet.length]).join("");
const adminPassword = () => randomString(12, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
const reservationId = () => `r-${randomString(8, "abcdefghijklmnopqrstuvwxyz0123456789")}`;

/**
 * PUT /servers/{id} with pinned_availability_zone (2.104, nova/api/openstack/compute/servers.py
 * update): the new pinned zone, or undefined when nothing changes. null unpins; a zone pins
 * only an unpinned server, and only to the zone it is in now; naming the pinned zone again
 * changes nothing; another zone while pinned is a conflict (unpin first).
 */
function pinnedAzChange(inst: Pick<InstanceRecord, "requestedAz" | "availabilityZone">, requested: string | null): string | null | undefined {
  const current = inst.requestedAz;
  if (requested === null) return current === null ? undefined : null;
  if (current !== null) {
    if (requested !== current) {
      throw new Conflict("Cannot change pinned availability zone directly. Unpin first by setting pinned_availability_zone to null.");
    }
    return undefined;
  }
  const here = inst.availabilityZone;
  if (requested !== here) {
    throw new Conflict(`Server can only be pinned to its current availability zone '${here ?? "None"}', but '${requested}' was requested.`);
  }
  return requested;
}

export function computeService(deps: ServiceDeps) {
  const { db, clock, collab } = deps;
  const repo = instancesRepo(db);

  /** The instance if the caller may see it: its own project's, or any for admins; else 404. */
  async function visible(ctx: AuthContext, id: string): Promise<InstanceRecord> {
    const inst = await repo.find(id);
    if (!inst || (!ctx.isAdmin && inst.projectId !== ctx.projectId)) throw new InstanceNotFound(id);
    return inst;
  }

  async function create(ctx: AuthContext, requestId: string, s: ServerCreate) {
    authorize(ctx, "os_compute_api:servers:create", "project_member_api", { projectId: ctx.projectId });
    const projectId = ctx.projectId!;
    const hints = s.schedulerHints;

    const minCount = s.minCount ?? 1;
    const maxCount = s.maxCount ?? minCount;
    if (minCount > maxCount) throw new Invalid("min_count must be <= max_count");

    // block_device_mapping(_v2): an image-backed root, or a root volume (boot from volume) and other volumes.
    const bdm = await resolveBlockDevices(db, collab, ctx, { imageRef: s.imageRef ?? "", blockDevices: s.blockDevices, maxCount });
    const imageRef = bdm.imageRef;

    const networksRaw = s.networks;
    if (Array.isArray(networksRaw) && maxCount > 1) {
      if (networksRaw.some((n) => n.port)) {
        throw new Invalid(
          "Unable to launch multiple instances with a single configured port ID. Please launch your instance one by one with different ports.",
        );
      }
      if (networksRaw.some((n) => n.fixed_ip)) throw new Invalid("max_count cannot be greater than 1 if an fixed_ip is specified.");
    }

    const [flavor, image] = await Promise.all([
      collab.flavorForBoot(db, s.flavorRef, ctx),
      imageRef ? collab.imageForBoot(db, imageRef.replace(/^.*\//, ""), ctx) : Promise.resolve(null),
    ]);
    if (image && image.minRam > flavor.memoryMb) throw new Invalid("Flavor's memory is too small for requested image.");
    if (image && flavor.rootGb > 0) {
      if (image.size !== null && image.size > flavor.rootGb * GiB) {
        throw new Invalid(
          `Flavor's disk is too small for requested image. Flavor disk is ${flavor.rootGb * GiB} bytes, image is ${image.size} bytes.`,
        );
      }
      if (image.minDisk > flavor.rootGb) {
        throw new Invalid(
          `Flavor's disk is smaller than the minimum size specified in image metadata. Flavor disk is ${flavor.rootGb * GiB} bytes, minimum size is ${image.minDisk * GiB} bytes.`,
        );
      }
    }

    const keypair = s.keyName ? await collab.keypairForBoot(db, ctx.userId, s.keyName) : null;

    // availability_zone is "az", "az:host" or "az:host:node"; host forcing is for admins.
    const spec: RequestSpecExtra = {};
    let az: string | null = null;
    if (s.availabilityZone) {
      const [zone, host, node] = s.availabilityZone.split(":");
      az = zone || null;
      if (host || node) {
        authorize(ctx, "os_compute_api:servers:create:forced_host", "admin_api");
        spec.forcedHost = host || null;
        spec.forcedNode = node || null;
      }
    }
    if (s.host || s.hypervisorHostname) {
      authorize(ctx, "compute:servers:create:requested_destination", "admin_api");
      spec.forcedHost = s.host ?? spec.forcedHost ?? null;
      spec.forcedNode = s.hypervisorHostname ?? spec.forcedNode ?? null;
    }
    if (az && !(await collab.availabilityZones(db)).includes(az)) {
      throw new Invalid("The requested availability zone is not available");
    }

    const requested: RequestedNetwork[] = await collab.network.resolve(db, { projectId, networks: networksRaw });
    const securityGroups = s.securityGroups;
    const groupNames = securityGroups.length ? [...new Set(securityGroups)] : ["default"];
    if (requested.length) await collab.network.checkSecurityGroups(db, { projectId, names: groupNames });

    // The `group` hint names a server group the caller can see (Nova's _get_requested_instance_group).
    const group = await requestedServerGroup(db, ctx, hints);

    const metadata = s.metadata ?? {};
    // No metadata never exceeds the limit: it is looked up only when there is some.
    const metaItems = Object.keys(metadata).length;
    const metaLimit = metaItems ? await collab.quotas.metadataItems(db, projectId) : -1;
    if (metaLimit >= 0 && metaItems > metaLimit) throw new MetadataQuotaExceeded(metaItems, metaLimit);

    const snapshot: FlavorSnapshot = {
      id: flavor.flavorId,
      name: flavor.name,
      vcpus: flavor.vcpus,
      ram: flavor.memoryMb,
      disk: flavor.rootGb,
      ephemeral: flavor.ephemeralGb,
      swap: flavor.swapMb,
      extra_specs: flavor.extraSpecs,
    };
    const now = clock.now();
    const resv = reservationId();
    const pass = s.adminPass ?? adminPassword();
    const description = s.description;

    const instances = await collab.quotas.withProjectLock(db, projectId, async (tx) => {
      const count = await collab.quotas.enforceServers(tx, {
        projectId,
        userId: ctx.userId,
        instances: maxCount,
        minInstances: minCount,
        cores: flavor.vcpus * maxCount,
        ramMb: flavor.memoryMb * maxCount,
      });
      const rows: InstanceCreate[] = [];
      for (let i = 0; i < count; i++) {
        const name = count > 1 ? `${s.name}-${i + 1}` : s.name;
        const id = crypto.randomUUID();
        rows.push({
          id,
          displayName: name,
          displayDescription: description,
          projectId,
          userId: ctx.userId,
          flavorId: flavor.flavorId,
          flavor: JSON.stringify(snapshot),
          vcpus: flavor.vcpus,
          memoryMb: flavor.memoryMb,
          rootGb: flavor.rootGb,
          ephemeralGb: flavor.ephemeralGb,
          swapMb: flavor.swapMb,
          imageRef: image?.id ?? "",
          vmState: VM.BUILDING,
          taskState: TASK.SCHEDULING,
          powerState: POWER.NOSTATE,
          keyName: keypair?.name ?? null,
          keyData: keypair?.publicKey ?? null,
          userData: s.userData ?? null,
          hostname: s.hostname && count === 1 ? s.hostname : sanitizeHostname(name, `server-${id}`),
          accessIpV4: s.accessIPv4 ? normalizeIp(s.accessIPv4) : "",
          accessIpV6: s.accessIPv6 ? normalizeIp(s.accessIPv6) : "",
          configDrive: s.configDrive ? "True" : "",
          autoDiskConfig: s.diskConfig === "AUTO",
          reservationId: resv,
          launchIndex: i,
          requestedAz: az,
          availabilityZone: az,
          schedulerHints: JSON.stringify(hints),
          requestSpec: JSON.stringify(bdm.volumes.length ? { ...spec, blockDevices: bdm.volumes } : spec),
          requestedNetworks: JSON.stringify(requested),
          securityGroups: JSON.stringify(groupNames),
          metadata,
          tags: s.tags,
          createdAt: now,
          updatedAt: now,
        });
      }
      const txRepo = instancesRepo(tx);
      await txRepo.create(rows);
      if (group) await joinServerGroup(tx, group, { projectId, userId: ctx.userId }, rows.map((r) => r.id), now);
      for (const r of rows) {
        await txRepo.startAction({
          instanceId: r.id,
          action: "create",
          requestId,
          userId: ctx.userId,
          projectId,
          startTime: now,
          event: "compute__do_build_and_run_instance",
        });
      }
      return rows;
    });
    deps.wakeup.ring(instances.map((r) => r.id));
    return { instances, adminPass: pass, reservationId: resv, securityGroups: groupNames };
  }

  async function show(ctx: AuthContext, id: string) {
    const inst = await visible(ctx, id);
    authorize(ctx, "os_compute_api:servers:show", "project_reader_or_admin", { projectId: inst.projectId });
    return inst;
  }

  async function update(ctx: AuthContext, id: string, body: ServerUpdate) {
    const inst = await visible(ctx, id);
    authorize(ctx, "os_compute_api:servers:update", "project_member_or_admin", { projectId: inst.projectId });
    const data: Record<string, unknown> = { updatedAt: clock.now() };
    if (body.name !== undefined) data.displayName = body.name;
    if (body.description !== undefined) data.displayDescription = body.description;
    if (body.accessIPv4 !== undefined) data.accessIpV4 = normalizeIp(body.accessIPv4);
    if (body.accessIPv6 !== undefined) data.accessIpV6 = normalizeIp(body.accessIPv6);
    if (body.diskConfig !== undefined) data.autoDiskConfig = body.diskConfig === "AUTO";
    if (body.hostname !== undefined) data.hostname = body.hostname;
    if (body.pinnedAvailabilityZone !== undefined) {
      const pinned = pinnedAzChange(inst, body.pinnedAvailabilityZone);
      if (pinned !== undefined) data.requestedAz = pinned;
    }
    await repo.update(id, data);
    return (await repo.find(id))!;
  }

  async function remove(ctx: AuthContext, requestId: string, id: string) {
    const inst = await visible(ctx, id);
    authorize(ctx, "os_compute_api:servers:delete", "project_member_or_admin", { projectId: inst.projectId });
    // Nova's _delete: with reclaim_instance_interval, servers that have run are soft-deleted (restorable).
    const key = deps.config.reclaimInstanceIntervalSeconds > 0 && inst.launchedAt ? "softDelete" : "delete";
    guard(LIFECYCLE[key], inst, ctx);
    // A delete in progress: nothing more to do.
    if (inst.taskState === TASK.DELETING) return;
    await deps.actions.start(ctx, requestId, inst, key);
  }

  // ---------------------------------------------------------------- listing
  const PAGING = new Set(["limit", "marker", "sort_key", "sort_dir", "page_reverse"]);
  const SORT_COLUMNS: Record<string, InstanceSortColumn> = {
    access_ip_v4: "accessIpV4",
    access_ip_v6: "accessIpV6",
    auto_disk_config: "autoDiskConfig",
    availability_zone: "availabilityZone",
    config_drive: "configDrive",
    created_at: "createdAt",
    display_description: "displayDescription",
    display_name: "displayName",
    host: "host",
    hostname: "hostname",
    image_ref: "imageRef",
    instance_type_id: "flavorId",
    key_name: "keyName",
    launch_index: "launchIndex",
    launched_at: "launchedAt",
    locked: "locked",
    locked_by: "lockedBy",
    node: "node",
    power_state: "powerState",
    progress: "progress",
    project_id: "projectId",
    root_device_name: "host",
    task_state: "taskState",
    terminated_at: "terminatedAt",
    updated_at: "updatedAt",
    user_id: "userId",
    uuid: "id",
    vm_state: "vmState",
  };
  const asList = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);
  const one = (v: unknown): string | undefined => (v === undefined ? undefined : Array.isArray(v) ? String(v.at(-1)) : String(v));
  const isTrue = (v: unknown) => ["true", "1", "yes", "on", "t", "y"].includes(String(one(v) ?? "").toLowerCase());
  const regex = (v: string) => {
    try {
      return new RegExp(v);
    } catch {
      return new RegExp(v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    }
  };
  // ISO 8601 only, as oslo's timeutils.parse_isotime: "2011/01/01" is not a date here.
  const ISO = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i;
  const parseTime = (name: string, v: string) => {
    const t = ISO.test(v) ? Date.parse(/[zZ]|[+-]\d{2}(:?\d{2})?$/.test(v) || v.length <= 10 ? v : `${v}Z`) : NaN;
    if (Number.isNaN(t)) throw new Invalid(`Invalid filter field: ${name}.`);
    return new Date(t);
  };

  /** GET /servers and /servers/detail, with Nova's filters, sorting and marker/limit paging. */
  async function list(ctx: AuthContext, { query, nonAdminFilters: allowed, strictStatus, strictSortKeys }: ServerListQuery, isDetail: boolean) {
    const q: Record<string, unknown> = { ...query };
    const isAdmin = ctx.isAdmin;
    if (!isAdmin) {
      for (const k of Object.keys(q)) if (!allowed.has(k) && !PAGING.has(k)) delete q[k];
    }
    for (const k of Object.keys(q)) {
      if (["block_device_mapping", "services", "metadata", "system_metadata", "info_cache", "security_groups", "pci_devices"].includes(k) || k.startsWith("_")) {
        throw new Invalid(`Invalid filter field: ${k}.`);
      }
    }
    let statusFilter: { vmStates: string[]; taskStates: string[] } | null = null;
    if (q.status !== undefined) {
      statusFilter = statesFromStatuses(asList(q.status));
      if (!statusFilter.vmStates.length) {
        if (strictStatus) throw new Invalid("Invalid status value");
        return { instances: [] as InstanceRecord[], more: false };
      }
    }
    const changesSince = q["changes-since"] !== undefined ? parseTime("changes-since", one(q["changes-since"])!) : null;
    const changesBefore = q["changes-before"] !== undefined ? parseTime("changes-before", one(q["changes-before"])!) : null;
    if (changesSince && changesBefore && changesBefore < changesSince) {
      throw new Invalid("The value of changes-since must be less than or equal to changes-before.");
    }
    let deleted: boolean | null = q.deleted !== undefined ? isTrue(q.deleted) : changesSince || changesBefore ? null : false;
    if (statusFilter && statusFilter.vmStates.length === 1 && statusFilter.vmStates[0] === VM.DELETED) {
      if (!isAdmin) throw new Forbidden("Only administrators may list deleted instances");
      deleted = true;
    }
    const allTenants = q.all_tenants !== undefined && (one(q.all_tenants) === "" || isTrue(q.all_tenants) || one(q.all_tenants) === "True");
    if (allTenants) {
      authorize(ctx, `os_compute_api:servers:${isDetail ? "detail" : "index"}:get_all_tenants`, "admin_api");
    }
    const where: Record<string, unknown> = {};
    if (!allTenants) where.projectId = ctx.projectId;
    else if (q.project_id ?? q.tenant_id) where.projectId = one(q.project_id ?? q.tenant_id);
    if (deleted === false) where.deletedAt = null;
    else if (deleted === true) where.deletedAt = { not: null };
    if (changesSince || changesBefore) where.updatedAt = { ...(changesSince ? { gte: changesSince } : {}), ...(changesBefore ? { lte: changesBefore } : {}) };
    if (statusFilter) {
      where.vmState = { in: statusFilter.vmStates };
      if (!statusFilter.taskStates.includes("default")) where.taskState = { in: statusFilter.taskStates };
    }
    const exact: [string, string][] = [
      ["reservation_id", "reservationId"],
      ["host", "host"],
      ["user_id", "userId"],
      ["vm_state", "vmState"],
      ["task_state", "taskState"],
      ["key_name", "keyName"],
      ["uuid", "id"],
    ];
    for (const [param, col] of exact) if (q[param] !== undefined) where[col] = { in: asList(q[param]) };
    if (q.image !== undefined) where.imageRef = one(q.image)!.replace(/^.*\//, "");
    if (q.flavor !== undefined) where.flavorId = one(q.flavor)!.replace(/^.*\//, "");
    if (q.locked !== undefined) where.locked = isTrue(q.locked);
    if (q.power_state !== undefined) where.powerState = { in: asList(q.power_state).map(Number).filter((n) => !Number.isNaN(n)) };
    const tagsAll = q.tags !== undefined ? one(q.tags)!.split(",") : [];
    if (tagsAll.length) where.AND = tagsAll.map((tag) => ({ tags: { some: { tag } } }));
    if (q["tags-any"] !== undefined) where.tags = { some: { tag: { in: one(q["tags-any"])!.split(",") } } };

    // Sorting: default created_at desc, then uuid for a stable order (Nova's tiebreaker, in the first key's direction).
    const keys = asList(q.sort_key);
    const dirs = asList(q.sort_dir);
    for (const d of dirs) if (!["asc", "desc"].includes(d)) throw new Invalid(`Unknown sort direction, must be 'desc' or 'asc'`);
    const sort: InstanceSortKey[] = [];
    keys.forEach((k, n) => {
      // Sorting by host or node is an admin privilege in Nova; others' such keys are dropped.
      if ((k === "host" || k === "node") && !isAdmin) return;
      const col = SORT_COLUMNS[k];
      if (!col) {
        if (strictSortKeys || !isKnownSortKey(k)) throw new Invalid(`Invalid input for query parameters sort_key. Value: ${k}.`);
        return;
      }
      sort.push({ col, dir: (dirs[n] ?? dirs[0] ?? "desc") === "asc" ? "asc" : "desc" });
    });
    if (!sort.length) sort.push({ col: "createdAt", dir: "desc" });
    sort.push({ col: "id", dir: sort[0]!.dir });

    // Filters the database does not evaluate here: Nova's regular expressions
    // (Python's re, applied to each row), the not-tags sets, and ip/ip6 (regular
    // expressions over the server's Neutron addresses). They run on each batch
    // the database returns, so paging fetches batches until the page is full.
    const re: [string, (i: InstanceRecord) => string | null][] = [
      ["name", (i) => i.displayName],
      ["availability_zone", (i) => i.availabilityZone],
      ["node", (i) => i.node],
      ["hostname", (i) => i.hostname],
      ["description", (i) => i.displayDescription],
    ];
    const tests: ((i: InstanceRecord) => boolean)[] = [];
    for (const [param, get] of re) {
      if (q[param] === undefined) continue;
      const r = regex(one(q[param])!);
      tests.push((i) => r.test(get(i) ?? ""));
    }
    if (q["not-tags"] !== undefined) {
      const not = one(q["not-tags"])!.split(",");
      tests.push((i) => !not.every((t) => i.tags.some((x) => x.tag === t)));
    }
    if (q["not-tags-any"] !== undefined) {
      const not = new Set(one(q["not-tags-any"])!.split(","));
      tests.push((i) => !i.tags.some((x) => not.has(x.tag)));
    }
    const r4 = q.ip !== undefined ? regex(one(q.ip)!) : null;
    const r6 = q.ip6 !== undefined ? regex(one(q.ip6)!) : null;
    const filter = async (batch: InstanceRecord[]): Promise<InstanceRecord[]> => {
      let rows = batch.filter((i) => tests.every((test) => test(i)));
      if ((r4 || r6) && rows.length) {
        const addresses = await collab.network.addresses(db, rows.map((i) => i.id));
        rows = rows.filter((i) => {
          const addrs = Object.values(addresses.get(i.id) ?? {}).flat() as { addr: string; version: number }[];
          return addrs.some((a) => (r4 && a.version === 4 && r4.test(a.addr)) || (r6 && a.version === 6 && r6.test(a.addr)));
        });
      }
      return rows;
    };

    // Nova reads the marker by its uuid alone, deleted rows included and
    // neither filters nor project applied (instance_list.get_marker_record with
    // read_deleted='yes'), and pages on from its sort values: a list whose
    // marker is the server just deleted continues after it.
    const marker = one(q.marker);
    let after: InstanceRecord | null = null;
    if (marker !== undefined) {
      after = await repo.find(marker, { withDeleted: true });
      if (!after) throw new Invalid(`marker [${marker}] not found`);
    }
    const limit = q.limit !== undefined ? Math.min(Number(q.limit), 1000) : 1000;
    // One row more than the page tells whether there is a next page.
    const want = limit + 1;
    const rows: InstanceRecord[] = [];
    for (;;) {
      const batch = await repo.page(where, sort, after, want, deps.fast);
      rows.push(...(await filter(batch)));
      if (rows.length >= want || batch.length < want) break;
      after = batch.at(-1)!;
    }
    const more = rows.length > limit;
    return { instances: rows.slice(0, limit), more, limit };
  }
  function isKnownSortKey(k: string) {
    return ["architecture", "cell_name", "cleaned", "default_ephemeral_device", "default_swap_device", "deleted", "deleted_at", "disable_terminate", "ephemeral_gb", "ephemeral_key_uuid", "id", "key_data", "launched_on", "memory_mb", "os_type", "reservation_id", "root_gb", "shutdown_terminate", "user_data", "vcpus", "vm_mode", "kernel_id", "ramdisk_id"].includes(k);
  }

  // ---------------------------------------------------------------- metadata and tags
  async function forMetadata(ctx: AuthContext, id: string, write: false | "update" | "delete") {
    const inst = await visible(ctx, id);
    authorize(ctx, `os_compute_api:server-metadata:${write ? "update" : "index"}`, write ? "project_member_or_admin" : "project_reader_or_admin", { projectId: inst.projectId });
    if (write) guard(write === "update" ? GUARDS.updateMetadata : GUARDS.deleteMetadata, inst, ctx);
    return inst;
  }
  async function checkMetadataQuota(projectId: string, metadata: Record<string, string>) {
    const limit = await collab.quotas.metadataItems(db, projectId);
    const n = Object.keys(metadata).length;
    if (limit >= 0 && n > limit) {
      throw new MetadataQuotaExceeded(n, limit);
    }
  }
  const asMap = (inst: InstanceRecord) => Object.fromEntries(inst.metadata.map((m) => [m.key, m.value]));

  async function setMetadata(ctx: AuthContext, id: string, metadata: Record<string, string>, replace: boolean) {
    const inst = await forMetadata(ctx, id, "update");
    const merged = replace ? metadata : { ...asMap(inst), ...metadata };
    await checkMetadataQuota(inst.projectId, merged);
    await (replace ? repo.replaceMetadata(id, metadata) : repo.upsertMetadata(id, metadata));
    await repo.touch(id, clock.now());
    return merged;
  }

  async function deleteMetadataKey(ctx: AuthContext, id: string, key: string) {
    const inst = await forMetadata(ctx, id, "delete");
    if (!inst.metadata.some((m) => m.key === key)) throw new NotFound(`Metadata item was not found`);
    await repo.deleteMetadata(id, key);
    await repo.touch(id, clock.now());
  }

  async function forTags(ctx: AuthContext, id: string, write: boolean) {
    const inst = await visible(ctx, id);
    authorize(ctx, `os_compute_api:os-server-tags:${write ? "update" : "index"}`, write ? "project_member_or_admin" : "project_reader_or_admin", { projectId: inst.projectId });
    if (write) guard(GUARDS.updateTags, inst, ctx);
    return inst;
  }

  return {
    create,
    show,
    update,
    remove,
    list,
    visible,
    setMetadata,
    deleteMetadataKey,
    forMetadata,
    forTags,
    async replaceTags(ctx: AuthContext, id: string, tags: string[]) {
      await forTags(ctx, id, true);
      await repo.replaceTags(id, tags);
      await repo.touch(id, clock.now());
      return [...new Set(tags)].sort();
    },
    async addTag(ctx: AuthContext, id: string, tag: string): Promise<boolean> {
      const inst = await forTags(ctx, id, true);
      if (inst.tags.some((t) => t.tag === tag)) return false;
      if (inst.tags.length >= 50) throw new Invalid(`The number of tags exceeded the per-server limit 50`);
      await repo.addTag(id, tag);
      await repo.touch(id, clock.now());
      return true;
    },
    async deleteTag(ctx: AuthContext, id: string, tag: string) {
      const inst = await forTags(ctx, id, true);
      if (!inst.tags.some((t) => t.tag === tag)) throw new NotFound(`Tag '${tag}' could not be found.`);
      await repo.deleteTag(id, tag);
      await repo.touch(id, clock.now());
    },
    async deleteAllTags(ctx: AuthContext, id: string) {
      await forTags(ctx, id, true);
      await repo.replaceTags(id, []);
      await repo.touch(id, clock.now());
    },
  };
}

export type ComputeService = ReturnType<typeof computeService>;
