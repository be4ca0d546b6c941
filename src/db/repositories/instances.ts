import { z } from "zod";
import type { Prisma } from "../generated/sqlite/client.js";
import type { Db, Tx } from "../client.js";
import { inChunks } from "./bounded.js";
import type { FastReader } from "../fast-read.js";
import type { InstanceRecord } from "../../compute/instance.js";

/** Data access for instances, their metadata, tags and actions. */

/**
 * Decoded texts, per column: the JSON of what `schema` made of each text seen.
 * The next row holding the same text (most rows share their flavor, and most
 * other columns hold their defaults) is decoded by one JSON.parse of that, a
 * fresh value each time, without running the schema again. Bounded; cleared
 * when full.
 */
const DECODED_MAX = 20_000;

/** A JSON text column decoded with `schema`; unreadable or missing text gives `fallback`. */
const jsonColumn = <T>(schema: z.ZodType<T>, fallback: T, decoded: Map<string, string>) => {
  return z.string().transform((text, c): T => {
    const known = decoded.get(text);
    if (known !== undefined) return JSON.parse(known) as T;
    let value: unknown;
    try {
      value = JSON.parse(text || "null");
    } catch {
      return fallback;
    }
    if (value === null) return fallback;
    const r = schema.safeParse(value);
    if (!r.success) {
      c.addIssue({ code: "custom", message: r.error.message });
      return z.NEVER;
    }
    if (decoded.size >= DECODED_MAX) decoded.clear();
    decoded.set(text, JSON.stringify(r.data));
    return r.data;
  });
};

const anyObject = z.record(z.string(), z.unknown());
const flavorSnapshot = z.looseObject({
  id: z.string(),
  name: z.string(),
  vcpus: z.number(),
  ram: z.number(),
  disk: z.number(),
  ephemeral: z.number(),
  swap: z.number(),
  extra_specs: z.record(z.string(), z.string()).default({}),
});
const requestedNetwork = z.looseObject({ networkId: z.string().optional(), portId: z.string().optional(), fixedIp: z.string().optional(), tag: z.string().optional() });

const JSON_COLUMNS = ["flavor", "schedulerHints", "requestedNetworks", "securityGroups", "requestSpec", "pendingParams", "previousState"] as const;
const decodedTexts = Object.fromEntries(JSON_COLUMNS.map((k) => [k, new Map<string, string>()])) as Record<(typeof JSON_COLUMNS)[number], Map<string, string>>;

/** The JSON columns of an instance, decoded once here rather than at each use. */
const instanceJson = z.object({
  flavor: jsonColumn(flavorSnapshot, { id: "", name: "", vcpus: 0, ram: 0, disk: 0, ephemeral: 0, swap: 0, extra_specs: {} }, decodedTexts.flavor),
  schedulerHints: jsonColumn(anyObject, {}, decodedTexts.schedulerHints),
  requestedNetworks: jsonColumn(z.array(requestedNetwork), [], decodedTexts.requestedNetworks),
  securityGroups: jsonColumn(z.array(z.string()), [], decodedTexts.securityGroups),
  requestSpec: jsonColumn(
    z.looseObject({ forcedHost: z.string().nullable().optional(), forcedNode: z.string().nullable().optional() }),
    {},
    decodedTexts.requestSpec,
  ),
  pendingParams: jsonColumn(anyObject, {}, decodedTexts.pendingParams),
  previousState: jsonColumn(anyObject, {}, decodedTexts.previousState),
});

type InstanceRow = Omit<InstanceRecord, keyof z.output<typeof instanceJson>> & z.input<typeof instanceJson>;
type InstanceJson = z.output<typeof instanceJson>;

/** A row as read, its JSON columns decoded: from the decoded texts when all were seen before, else by the schema. */
export function decodeInstance(row: InstanceRow): InstanceRecord {
  const json: Partial<Record<keyof InstanceJson, unknown>> = {};
  for (const k of JSON_COLUMNS) {
    const known = decodedTexts[k].get(row[k]);
    if (known === undefined) return { ...row, ...instanceJson.parse(row) };
    json[k] = JSON.parse(known);
  }
  return { ...row, ...(json as InstanceJson) };
}

export const instanceSelect = {
  id: true,
  displayName: true,
  displayDescription: true,
  projectId: true,
  userId: true,
  flavorId: true,
  flavor: true,
  vcpus: true,
  memoryMb: true,
  rootGb: true,
  ephemeralGb: true,
  swapMb: true,
  imageRef: true,
  vmState: true,
  taskState: true,
  powerState: true,
  host: true,
  node: true,
  availabilityZone: true,
  requestedAz: true,
  autoDiskConfig: true,
  keyName: true,
  keyData: true,
  userData: true,
  hostname: true,
  accessIpV4: true,
  accessIpV6: true,
  configDrive: true,
  reservationId: true,
  launchIndex: true,
  progress: true,
  locked: true,
  lockedBy: true,
  lockedReason: true,
  schedulerHints: true,
  requestedNetworks: true,
  securityGroups: true,
  faultCode: true,
  faultMessage: true,
  faultDetails: true,
  faultCreatedAt: true,
  launchedAt: true,
  terminatedAt: true,
  deletedAt: true,
  taskDueAt: true,
  requestSpec: true,
  pendingAction: true,
  pendingStep: true,
  pendingParams: true,
  previousState: true,
  createdAt: true,
  updatedAt: true,
  metadata: { select: { key: true, value: true }, orderBy: { key: "asc" } },
  tags: { select: { tag: true }, orderBy: { tag: "asc" } },
} as const satisfies Prisma.InstanceSelect;

export type InstanceCreate = Omit<Prisma.InstanceUncheckedCreateInput, "metadata" | "tags" | "actions"> & {
  id: string;
  metadata?: Record<string, string>;
  tags?: string[];
};

/** Expected (vm_state, task_state) for a compare-and-set; `undefined` task means "any". */
export interface Expected {
  vmState?: string | string[];
  taskState?: string | null | (string | null)[];
}

function expectedWhere(e: Expected): Prisma.InstanceWhereInput {
  const where: Prisma.InstanceWhereInput = {};
  if (e.vmState !== undefined) where.vmState = Array.isArray(e.vmState) ? { in: e.vmState } : e.vmState;
  if (e.taskState !== undefined) {
    const states = Array.isArray(e.taskState) ? e.taskState : [e.taskState];
    const named = states.filter((s): s is string => s !== null);
    const anyNull = states.includes(null);
    where.OR = [...(named.length ? [{ taskState: { in: named } }] : []), ...(anyNull ? [{ taskState: null }] : [])];
  }
  return where;
}

/** Instance columns a list may sort by. */
export type InstanceSortColumn = keyof Prisma.InstanceOrderByWithRelationInput & keyof InstanceRecord;
export interface InstanceSortKey {
  col: InstanceSortColumn;
  dir: "asc" | "desc";
}

/** Nullable sort columns: NULL sorts as the smallest value on both databases (SQLite's own order; PostgreSQL's needs NULLS FIRST/LAST). */
const NULLABLE = new Set<string>(["displayDescription", "host", "node", "availabilityZone", "keyName", "lockedBy", "taskState", "launchedAt", "terminatedAt", "deletedAt", "taskDueAt", "faultCreatedAt", "faultMessage", "requestedAz", "keyData", "userData"]);
/** The Boolean columns (SQLite keeps them as 0/1). */
const BOOLEAN = new Set<string>(["locked", "autoDiskConfig"]);
const NOTHING: Prisma.InstanceWhereInput = { id: { in: [] } };

function orderByOf(sort: InstanceSortKey[]): Prisma.InstanceOrderByWithRelationInput[] {
  return sort.map(({ col, dir }) =>
    NULLABLE.has(col) ? { [col]: { sort: dir, nulls: dir === "asc" ? "first" : "last" } } : { [col]: dir },
  );
}

/** Rows whose `col` comes after `v` in direction `dir` (NULL smallest). */
function afterValue(col: string, dir: "asc" | "desc", v: unknown): Prisma.InstanceWhereInput {
  if (v === null || v === undefined) return dir === "asc" ? { [col]: { not: null } } : NOTHING;
  if (BOOLEAN.has(col)) return dir === "asc" ? (v ? NOTHING : { [col]: true }) : v ? { [col]: false } : NOTHING;
  if (dir === "asc") return { [col]: { gt: v } };
  return NULLABLE.has(col) ? { OR: [{ [col]: { lt: v } }, { [col]: null }] } : { [col]: { lt: v } };
}

/** Keyset condition: the rows after `row` in the order `sort` (which ends with a unique column). */
function keysetAfter(sort: InstanceSortKey[], row: InstanceRecord): Prisma.InstanceWhereInput {
  const or: Prisma.InstanceWhereInput[] = [];
  sort.forEach(({ col, dir }, i) => {
    const equal = sort.slice(0, i).map((k) => ({ [k.col]: row[k.col] ?? null }) as Prisma.InstanceWhereInput);
    or.push({ AND: [...equal, afterValue(col, dir, row[col])] });
  });
  return { OR: or };
}

/**
 * Pages longer than this read their rows without Prisma: for a page of 1,000
 * servers a profile put about half of the request's CPU time in Prisma's
 * mapping of the rows (and their metadata and tags) to objects.
 */
const FAST_PAGE_MIN = 50;

const SCALARS = Object.keys(instanceSelect).filter((k) => instanceSelect[k as keyof typeof instanceSelect] === true);
const DATES = ["faultCreatedAt", "launchedAt", "terminatedAt", "deletedAt", "taskDueAt", "createdAt", "updatedAt"] as const;
const quoted = (cols: readonly string[]) => cols.map((c) => `"${c}"`).join(", ");
const marks = (n: number) => Array.from({ length: n }, () => "?").join(", ");
const asDate = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));

/**
 * The rows of `ids` as instanceSelect gives them (metadata by key, tags by
 * tag), in the order of `ids`, read through the fast reader: the same values,
 * without Prisma's per-row work (test/integration/instance-rows.test.ts
 * compares the two on both databases).
 */
export async function instanceRowsByIds(fast: FastReader, ids: readonly string[]): Promise<InstanceRow[]> {
  // `IN ()` is an error on PostgreSQL.
  if (!ids.length) return [];
  const chunks = await inChunks(ids, async (chunk) => {
    const list = marks(chunk.length);
    const [rows, meta, tags] = await Promise.all([
      fast.rows(`SELECT ${quoted(SCALARS)} FROM "Instance" WHERE "id" IN (${list})`, chunk),
      fast.rows(`SELECT "instanceId", "key", "value" FROM "InstanceMetadata" WHERE "instanceId" IN (${list}) ORDER BY "instanceId", "key"`, chunk),
      fast.rows(`SELECT "instanceId", "tag" FROM "InstanceTag" WHERE "instanceId" IN (${list}) ORDER BY "instanceId", "tag"`, chunk),
    ]);
    const metaOf = new Map<string, { key: string; value: string }[]>();
    for (const m of meta) {
      const k = m.instanceId as string;
      if (!metaOf.has(k)) metaOf.set(k, []);
      metaOf.get(k)!.push({ key: m.key as string, value: m.value as string });
    }
    const tagsOf = new Map<string, { tag: string }[]>();
    for (const t of tags) {
      const k = t.instanceId as string;
      if (!tagsOf.has(k)) tagsOf.set(k, []);
      tagsOf.get(k)!.push({ tag: t.tag as string });
    }
    return rows.map((r) => {
      for (const d of DATES) r[d] = asDate(r[d]);
      for (const b of BOOLEAN) r[b] = Boolean(r[b]);
      r.metadata = metaOf.get(r.id as string) ?? [];
      r.tags = tagsOf.get(r.id as string) ?? [];
      return r as unknown as InstanceRow;
    });
  });
  const byId = new Map(chunks.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Instances one worker pass takes at most. */
const PENDING_MAX = 500;

/**
 * Run `fn` with the instances repository in one transaction: several writes
 * of one step land together, and on Prisma's driver adapters one transaction
 * costs less than the one each single write otherwise opens for itself. Inside
 * a transaction already, `fn` runs in it.
 */
export async function inInstanceTransaction<T>(db: Tx, fn: (repo: InstancesRepo) => Promise<T>): Promise<T> {
  const client = db as Partial<Pick<Db, "$transaction">>;
  if (typeof client.$transaction !== "function") return fn(instancesRepo(db));
  return client.$transaction((tx) => fn(instancesRepo(tx)), { maxWait: 60_000, timeout: 60_000 });
}

export function instancesRepo(db: Tx) {
  return {
    /**
     * Insert new instances with their metadata and tags: one multi-row insert
     * per table (a nested create would take an insert and a read back per row).
     * Call it in a transaction, so the three land together.
     */
    async create(rows: InstanceCreate[]): Promise<void> {
      const metadata = rows.flatMap((r) => Object.entries(r.metadata ?? {}).map(([key, value]) => ({ instanceId: r.id, key, value })));
      const tags = rows.flatMap((r) => [...new Set(r.tags ?? [])].map((tag) => ({ instanceId: r.id, tag })));
      await db.instance.createMany({ data: rows.map(({ metadata: _m, tags: _t, ...row }) => row) });
      if (metadata.length) await db.instanceMetadata.createMany({ data: metadata });
      if (tags.length) await db.instanceTag.createMany({ data: tags });
    },

    async find(id: string, opts: { withDeleted?: boolean } = {}): Promise<InstanceRecord | null> {
      const row = await db.instance.findFirst({
        where: { id, ...(opts.withDeleted ? {} : { deletedAt: null }) },
        select: instanceSelect,
      });
      return row ? decodeInstance(row) : null;
    },

    list: async (where: Prisma.InstanceWhereInput): Promise<InstanceRecord[]> =>
      (await db.instance.findMany({ where, select: instanceSelect })).map(decodeInstance),

    /**
     * At most `take` instances matching `where`, in the order `sort` (which must
     * end with `id`, so that the order is total), after the row `after` when
     * given: keyset paging in the database, no offset and no full load.
     */
    page: async (
      where: Prisma.InstanceWhereInput,
      sort: InstanceSortKey[],
      after: InstanceRecord | null,
      take: number,
      fast?: FastReader,
    ): Promise<InstanceRecord[]> => {
      const query = { where: after ? { AND: [where, keysetAfter(sort, after)] } : where, orderBy: orderByOf(sort), take };
      // A long page: Prisma picks the ids (filters, order, keyset), the rows come through the fast reader.
      if (fast && take > FAST_PAGE_MIN) {
        const ids = (await db.instance.findMany({ ...query, select: { id: true } })).map((r) => r.id);
        return (await instanceRowsByIds(fast, ids)).map(decodeInstance);
      }
      return (await db.instance.findMany({ ...query, select: instanceSelect })).map(decodeInstance);
    },

    /**
     * Instances a worker must advance: building ones, due ones, deleting ones;
     * the oldest 500. One query per kind, each served by an index (vmState+taskState,
     * taskDueAt, taskState), so a poll costs the same with 10 or 100,000 servers.
     */
    /**
     * Of `ids`, those with a step due now (as `pending` would find them), in
     * creation order: one query, for the worker when it is told which
     * instances have new work.
     */
    pendingAmong: async (ids: readonly string[], now: Date) => {
      const select = { id: true, vmState: true, taskState: true, taskDueAt: true, pendingAction: true, createdAt: true } as const;
      const rows = await inChunks(ids, (chunk) =>
        db.instance.findMany({
          where: {
            id: { in: chunk },
            deletedAt: null,
            OR: [{ vmState: "building", taskState: "scheduling" }, { taskDueAt: { lte: now }, taskState: { not: null } }, { taskState: "deleting" }],
          },
          select,
        }),
      );
      return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).map(({ createdAt, ...r }) => (void createdAt, r));
    },

    pending: async (now: Date) => {
      const select = { id: true, vmState: true, taskState: true, taskDueAt: true, pendingAction: true, createdAt: true } as const;
      const take = PENDING_MAX;
      const orderBy = { createdAt: "asc" } as const;
      const kinds = await Promise.all([
        db.instance.findMany({ where: { deletedAt: null, vmState: "building", taskState: "scheduling" }, select, orderBy, take }),
        // Ordered by the due time: the order its index gives (ordering by creation would make SQLite scan that index instead).
        db.instance.findMany({ where: { deletedAt: null, taskDueAt: { lte: now }, taskState: { not: null } }, select, orderBy: { taskDueAt: "asc" }, take }),
        db.instance.findMany({ where: { deletedAt: null, taskState: "deleting" }, select, orderBy, take }),
      ]);
      const byId = new Map(kinds.flat().map((r) => [r.id, r]));
      return [...byId.values()]
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
        .slice(0, take)
        .map(({ createdAt, ...r }) => (void createdAt, r));
    },

    /** Ids and task_states of the (live) instances in `vmState` with one of `taskStates`. */
    inStates: (vmState: string, taskStates: string[]) =>
      db.instance.findMany({ where: { deletedAt: null, vmState, taskState: { in: taskStates } }, select: { id: true, taskState: true } }),

    /** Next time a task falls due, for the worker's timer. */
    nextDue: (after: Date) =>
      db.instance.findFirst({
        where: { deletedAt: null, taskDueAt: { gt: after }, taskState: { not: null } },
        orderBy: { taskDueAt: "asc" },
        select: { taskDueAt: true },
      }),

    /** Compare-and-set: apply `data` only if the instance is still in the expected state. */
    async transition(id: string, expected: Expected, data: Prisma.InstanceUncheckedUpdateManyInput): Promise<boolean> {
      const r = await db.instance.updateMany({ where: { id, deletedAt: null, ...expectedWhere(expected) }, data });
      return r.count === 1;
    },

    /** Make the current step of `pendingAction` due at `at`, if the instance is still in it (task_state `taskState`). */
    async makeDue(id: string, pendingAction: string, taskState: string, at: Date): Promise<boolean> {
      const r = await db.instance.updateMany({ where: { id, deletedAt: null, taskState, pendingAction }, data: { taskDueAt: at } });
      return r.count === 1;
    },

    update: (id: string, data: Prisma.InstanceUncheckedUpdateManyInput) =>
      db.instance.updateMany({ where: { id, deletedAt: null }, data }),

    countActive: (projectId: string) => db.instance.count({ where: { projectId, deletedAt: null } }),

    replaceMetadata: async (id: string, metadata: Record<string, string>) => {
      await db.instanceMetadata.deleteMany({ where: { instanceId: id } });
      await db.instanceMetadata.createMany({ data: Object.entries(metadata).map(([key, value]) => ({ instanceId: id, key, value })) });
    },
    upsertMetadata: async (id: string, metadata: Record<string, string>) => {
      for (const [key, value] of Object.entries(metadata)) {
        await db.instanceMetadata.upsert({
          where: { instanceId_key: { instanceId: id, key } },
          create: { instanceId: id, key, value },
          update: { value },
        });
      }
    },
    deleteMetadata: (id: string, key: string) => db.instanceMetadata.deleteMany({ where: { instanceId: id, key } }),

    replaceTags: async (id: string, tags: string[]) => {
      await db.instanceTag.deleteMany({ where: { instanceId: id } });
      await db.instanceTag.createMany({ data: [...new Set(tags)].map((tag) => ({ instanceId: id, tag })) });
    },
    addTag: (id: string, tag: string) =>
      db.instanceTag.upsert({ where: { instanceId_tag: { instanceId: id, tag } }, create: { instanceId: id, tag }, update: {} }),
    deleteTag: (id: string, tag: string) => db.instanceTag.deleteMany({ where: { instanceId: id, tag } }),
    touch: (id: string, at: Date) => db.instance.updateMany({ where: { id }, data: { updatedAt: at } }),

    // ------------------------------------------------------------ instance actions
    startAction: (a: { instanceId: string; action: string; requestId: string; userId: string; projectId: string; startTime: Date; event: string; host?: string | null }) =>
      db.instanceAction.create({
        data: {
          instanceId: a.instanceId,
          action: a.action,
          requestId: a.requestId,
          userId: a.userId,
          projectId: a.projectId,
          startTime: a.startTime,
          updatedAt: a.startTime,
          events: { create: [{ event: a.event, startTime: a.startTime, host: a.host ?? null }] },
        },
        select: { id: true },
      }),

    /** Finish the open event of the instance's latest action of that name. */
    async finishAction(instanceId: string, action: string, at: Date, result: "Success" | "Error", info: { host?: string | null; hostId?: string; traceback?: string; details?: string; message?: string } = {}) {
      const a = await db.instanceAction.findFirst({
        where: { instanceId, action, finishTime: null },
        orderBy: { id: "desc" },
        select: { id: true },
      });
      if (!a) return;
      await db.instanceActionEvent.updateMany({
        where: { actionId: a.id, finishTime: null },
        data: { finishTime: at, result, host: info.host ?? undefined, hostId: info.hostId, traceback: info.traceback, details: info.details },
      });
      // updateMany: a single UPDATE (update with a select reads the row back in a transaction of its own).
      await db.instanceAction.updateMany({
        where: { id: a.id },
        data: { finishTime: at, updatedAt: at, ...(result === "Error" ? { message: info.message ?? "Error" } : {}) },
      });
    },

    listActions: (instanceId: string) =>
      db.instanceAction.findMany({
        where: { instanceId },
        orderBy: [{ startTime: "desc" }, { id: "desc" }],
        select: { id: true, action: true, requestId: true, userId: true, projectId: true, startTime: true, finishTime: true, message: true, updatedAt: true, instanceId: true },
      }),

    findAction: (instanceId: string, requestId: string) =>
      db.instanceAction.findFirst({
        where: { instanceId, requestId },
        orderBy: { id: "desc" },
        select: {
          id: true, action: true, requestId: true, userId: true, projectId: true, startTime: true, finishTime: true, message: true, updatedAt: true, instanceId: true,
          events: { orderBy: { id: "asc" }, select: { event: true, startTime: true, finishTime: true, result: true, traceback: true, host: true, hostId: true, details: true } },
        },
      }),
  };
}

export type InstancesRepo = ReturnType<typeof instancesRepo>;
