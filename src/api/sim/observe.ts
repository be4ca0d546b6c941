import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import type { SimEvent } from "../../simulator/events.js";
import type { LiveHost } from "../../simulator/live-hosts.js";
import * as schemas from "./schemas.js";

const hostView = ({ host: h, instances }: LiveHost) => ({
  name: h.hostname,
  state: h.serviceUp && !h.forcedDown ? ("up" as const) : ("down" as const),
  status: h.serviceDisabled ? ("disabled" as const) : ("enabled" as const),
  availability_zone: h.availabilityZone,
  vcpus: h.vcpus,
  ram_mb: h.memoryMb,
  disk_gb: h.localGb,
  cpu_allocation_ratio: h.cpuAllocationRatio,
  ram_allocation_ratio: h.ramAllocationRatio,
  disk_allocation_ratio: h.diskAllocationRatio,
  reserved_host_memory_mb: h.reservedHostMemoryMb,
  instances,
});

type Sizes = z.output<typeof schemas.hostUpdate>;
const sizesOf = (b: Sizes) => ({
  vcpus: b.vcpus,
  ramMb: b.ram_mb,
  diskGb: b.disk_gb,
  cpuAllocationRatio: b.cpu_allocation_ratio,
  ramAllocationRatio: b.ram_allocation_ratio,
  diskAllocationRatio: b.disk_allocation_ratio,
  reservedHostMemoryMb: b.reserved_host_memory_mb,
});

const sse = (e: SimEvent) => `id: ${e.id}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`;

/** /sim/v1 events (polling and server-sent events), the request journal, and the live topology. Admin only. */
export default async function observeRoutes(app: App, deps: RouteDeps) {
  const sim = deps.services.sim;
  const tags = ["simulator"];
  const admin = (req: Parameters<typeof authOf>[0], rule: string) => authorize(authOf(req), `novasim:${rule}`, "admin_api");

  app.get(
    "/events",
    {
      schema: {
        operationId: "sim.events.list",
        tags,
        summary: "The simulator's events: poll with a cursor, or stream them",
        description:
          "Admin only. Servers' builds and actions starting and ending, resets, restores, clock changes, faults fired, hosts down and up, in order. With `Accept: text/event-stream` the answer is a server-sent event stream (from `since`, or Last-Event-ID, then live); otherwise the events after `since`.",
        querystring: schemas.eventsQuery,
        response: { 200: schemas.eventList },
      },
    },
    async (req, reply) => {
      admin(req, "events:list");
      const q = req.query as { since?: number; limit?: number };
      const lastId = Number(req.headers["last-event-id"]);
      const since = q.since ?? (Number.isFinite(lastId) ? lastId : undefined);
      if (!String(req.headers.accept ?? "").includes("text/event-stream")) {
        const events = sim.events.since(since ?? 0, q.limit ?? 500);
        return { events, last: events.at(-1)?.id ?? Math.max(since ?? 0, 0) };
      }
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        "content-type": "text/event-stream",
        "cache-control": "no-cache",
        connection: "keep-alive",
        "x-openstack-request-id": req.id,
      });
      res.flushHeaders();
      for (const e of sim.events.since(since ?? sim.events.last, 2000)) res.write(sse(e));
      const off = sim.events.subscribe((e) => res.write(sse(e)));
      const beat = setInterval(() => res.write(": keep-alive\n\n"), 15_000);
      beat.unref();
      const done = () => {
        off();
        clearInterval(beat);
      };
      req.raw.once("close", done);
      res.once("close", done);
    },
  );

  app.get(
    "/requests",
    {
      schema: {
        operationId: "sim.requests.list",
        tags,
        summary: "The last API requests this process answered",
        description: "Admin only. Oldest first; the journal's own reads and event streams are left out.",
        querystring: schemas.requestsQuery,
        response: { 200: schemas.requestList },
      },
    },
    async (req) => {
      admin(req, "requests:list");
      const { limit } = req.query as { limit?: number };
      const all = sim.requests.list();
      return {
        requests: (limit ? all.slice(-limit) : all).map((r) => ({
          id: r.id,
          time: r.time,
          method: r.method,
          path: r.path,
          service: r.service,
          status: r.status,
          duration_ms: r.durationMs,
          user_id: r.userId,
          project_id: r.projectId,
        })),
      };
    },
  );

  app.get("/hosts", { schema: { operationId: "sim.hosts.list", tags, summary: "List the simulated hosts", description: "Admin only.", response: { 200: schemas.simHostList } } }, async (req) => {
    admin(req, "hosts:list");
    return { hosts: (await sim.hosts.list()).map(hostView) };
  });

  app.post(
    "/hosts",
    {
      schema: {
        operationId: "sim.hosts.create",
        tags,
        summary: "Add hosts (in bulk)",
        description: "Admin only. Groups as in the topology file: {name?, count?, sizes…}; unset sizes take the settings'. 409 when a name is taken.",
        body: schemas.hostsCreate,
        response: { 201: schemas.simHostList },
      },
    },
    async (req, reply) => {
      admin(req, "hosts:create");
      const b = req.body as z.output<typeof schemas.hostsCreate>;
      const added = await sim.hosts.add(b.hosts.map((g) => ({ name: g.name, count: g.count, ...sizesOf(g) })));
      sim.events.publish("sim.host.added", { hosts: added.map((h) => h.hostname) });
      reply.code(201);
      return { hosts: added.map((host) => hostView({ host, instances: 0 })) };
    },
  );

  app.patch(
    "/hosts/:host_name",
    {
      schema: {
        operationId: "sim.hosts.update",
        tags,
        summary: "Change a host's inventory",
        description: "Admin only. Sizes and allocation ratios; its resource provider's generation moves.",
        params: schemas.hostParams,
        body: schemas.hostUpdate,
        response: { 200: schemas.simHostShow },
      },
    },
    async (req) => {
      admin(req, "hosts:update");
      const name = (req.params as { host_name: string }).host_name;
      await sim.hosts.change(name, sizesOf(req.body as Sizes));
      sim.events.publish("sim.host.changed", { host: name });
      const h = (await sim.hosts.list()).find((x) => x.host.hostname === name)!;
      return { host: hostView(h) };
    },
  );

  app.delete(
    "/hosts/:host_name",
    {
      schema: {
        operationId: "sim.hosts.delete",
        tags,
        summary: "Remove a host",
        description: "Admin only. 409 while it runs servers.",
        params: schemas.hostParams,
        response: { 204: z.undefined().describe("No body") },
      },
    },
    async (req, reply) => {
      admin(req, "hosts:delete");
      const name = (req.params as { host_name: string }).host_name;
      await sim.hosts.remove(name);
      sim.events.publish("sim.host.removed", { host: name });
      return reply.code(204).send(undefined);
    },
  );
}
