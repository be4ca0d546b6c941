import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf, baseUrlOf } from "../../http/context.js";
import { Invalid } from "../../errors.js";
import type { Caller } from "../../network/common.js";
import { filterBodies, markerOf, pageBodies, project, type Query, type UnknownMarker } from "./query.js";
import { idParams, links, listQuery, showQuery } from "./schemas.js";

/**
 * The five routes of a Neutron collection (list, show, create, update,
 * delete), declared from one description. Neutron's v2 API controller
 * (neutron/api/v2/base.py) treats every resource this way: a body keyed by the
 * member name (or the collection name for bulk create), 201 on create, 204 on
 * delete, filters/fields/sorting/paging on list.
 */

type Body = Record<string, unknown>;

export interface CollectionSpec<TIn extends Record<string, unknown>> {
  collection: string; // "networks", "security-groups" (URL)
  key: string; // "networks", "security_groups" (body)
  member: string; // "network", "security_group"
  opPrefix: string; // operationId prefix, e.g. "network.networks"
  title: string; // "network"
  body: z.ZodType; // one member's schema in responses
  input: z.ZodType<TIn>;
  writable: string[];
  sortable: string[];
  notFound: (id: string) => Error;
  /** An unknown marker: the resource's 404 (networks, ports) or none (subnets, security groups); default "not-found". */
  unknownMarker?: UnknownMarker;
  list(caller: Caller, q: Query, admin: boolean): Promise<Body[]>;
  show(caller: Caller, id: string, admin: boolean): Promise<Body>;
  create(caller: Caller, body: TIn, admin: boolean): Promise<Body>;
  update(caller: Caller, id: string, body: TIn, admin: boolean): Promise<Body>;
  remove(caller: Caller, id: string): Promise<void>;
  /** Quota check for the items of one create request, before any is made (Neutron's make_reservation). */
  reserve?(caller: Caller, items: TIn[]): Promise<void>;
}

export function callerOf(req: FastifyRequest): Caller {
  const a = authOf(req);
  return { projectId: a.projectId ?? "", isAdmin: a.isAdmin, isMember: a.roleNames.has("member") };
}

/** Neutron refuses attributes it does not know. */
export function unrecognized(body: Record<string, unknown>, allowed: string[]) {
  const extra = Object.keys(body).filter((k) => !allowed.includes(k));
  if (extra.length) throw new Invalid(`Unrecognized attribute(s) '${extra.join(", ")}'`, "HTTPBadRequest");
}

function memberOf(raw: unknown, member: string): Record<string, unknown> {
  const body = raw as Record<string, unknown> | null | undefined;
  if (!body || typeof body !== "object") throw new Invalid("Resource body required", "HTTPBadRequest");
  const m = body[member];
  if (m === undefined) throw new Invalid(`Unable to find '${member}' in request body`, "HTTPBadRequest");
  if (m === null || typeof m !== "object" || Array.isArray(m)) {
    throw new Invalid(`Invalid input for operation: ${member} must be an object.`, "HTTPBadRequest");
  }
  return m as Record<string, unknown>;
}

export function registerCollection<TIn extends Record<string, unknown>>(app: App, deps: RouteDeps, spec: CollectionSpec<TIn>) {
  const url = `/v2.0/${spec.collection}`;
  const tags = ["network"];
  const selfUrl = (req: FastifyRequest) => `${baseUrlOf(req, deps.config.publicUrl)}/networking${url}`;
  const parseMember = (m: Record<string, unknown>): TIn => {
    const r = spec.input.safeParse(m);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      const field = issue.path.join(".") || spec.member;
      throw new Invalid(`Invalid input for ${field}. Reason: ${issue.message}.`, "HTTPBadRequest");
    }
    unrecognized(m, spec.writable);
    return r.data;
  };

  app.get(
    url,
    {
      schema: {
        operationId: `${spec.opPrefix}.list`,
        tags,
        summary: `List ${spec.title}s`,
        description: "Filters on any attribute (repeat a key to OR values), `fields`, `sort_key`/`sort_dir`, `limit`/`marker`/`page_reverse`.",
        querystring: listQuery,
        response: { 200: z.object({ [spec.key]: z.array(spec.body), [`${spec.key}_links`]: links.optional() }) },
      },
    },
    async (req) => {
      const q = req.query as Query;
      const admin = authOf(req).isAdmin;
      const caller = callerOf(req);
      const all = filterBodies(await spec.list(caller, q, admin), q);
      const marker = await markerOf(all, q, { collection: spec.key, lookup: (id) => spec.show(caller, id, admin), notFound: spec.notFound, unknown: spec.unknownMarker ?? "not-found" });
      const at = req.url.indexOf("?");
      const pairs = at === -1 ? [] : [...new URLSearchParams(req.url.slice(at + 1)).entries()];
      const page = pageBodies(all, q, { collection: spec.key, sortable: spec.sortable, marker, selfUrl: selfUrl(req), pairs });
      return { [spec.key]: page.items, ...(page.links ? { [`${spec.key}_links`]: page.links } : {}) };
    },
  );

  app.get(
    `${url}/:id`,
    {
      schema: {
        operationId: `${spec.opPrefix}.show`,
        tags,
        summary: `Show a ${spec.title}`,
        params: idParams,
        querystring: showQuery,
        response: { 200: z.object({ [spec.member]: spec.body }) },
      },
    },
    async (req) => {
      const body = await spec.show(callerOf(req), req.params.id, authOf(req).isAdmin);
      return { [spec.member]: project(body, req.query as Query) };
    },
  );

  app.post(
    url,
    {
      schema: {
        operationId: `${spec.opPrefix}.create`,
        tags,
        summary: `Create a ${spec.title} (or several, with the collection key)`,
        body: z.object({ [spec.member]: spec.input.optional(), [spec.key]: z.array(spec.input).optional() }).loose(),
        response: { 201: z.object({ [spec.member]: spec.body.optional(), [spec.key]: z.array(spec.body).optional() }) },
      },
      // Our own checks give Neutron's messages; zod only documents the body.
      validatorCompiler: () => (data) => ({ value: data }),
    },
    async (req, reply) => {
      const raw = req.body as Record<string, unknown> | null;
      const caller = callerOf(req);
      const admin = authOf(req).isAdmin;
      if (raw && typeof raw === "object" && Array.isArray(raw[spec.key])) {
        const items = (raw[spec.key] as unknown[]).map((m) => parseMember(memberOf({ m }, "m")));
        await spec.reserve?.(caller, items);
        const out: Body[] = [];
        for (const m of items) out.push(await spec.create(caller, m, admin));
        return reply.code(201).send({ [spec.key]: out });
      }
      const item = parseMember(memberOf(raw, spec.member));
      await spec.reserve?.(caller, [item]);
      const created = await spec.create(caller, item, admin);
      return reply.code(201).send({ [spec.member]: created });
    },
  );

  app.put(
    `${url}/:id`,
    {
      schema: {
        operationId: `${spec.opPrefix}.update`,
        tags,
        summary: `Update a ${spec.title}`,
        params: idParams,
        body: z.object({ [spec.member]: spec.input }).loose(),
        response: { 200: z.object({ [spec.member]: spec.body }) },
      },
      validatorCompiler: () => (data) => ({ value: data }),
    },
    async (req) => {
      const m = parseMember(memberOf(req.body, spec.member));
      return { [spec.member]: await spec.update(callerOf(req), req.params.id, m, authOf(req).isAdmin) };
    },
  );

  app.delete(
    `${url}/:id`,
    {
      schema: {
        operationId: `${spec.opPrefix}.delete`,
        tags,
        summary: `Delete a ${spec.title}`,
        params: idParams,
        response: { 204: z.null().describe("No content") },
      },
    },
    async (req, reply) => {
      await spec.remove(callerOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}
