import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf } from "../../http/context.js";
import { authorize } from "../../identity/policy.js";
import type { ClockState } from "../../clock.js";
import type { SnapshotInfo } from "../../simulator/control.js";
import * as schemas from "./schemas.js";

const snapshotView = (s: SnapshotInfo) => ({ name: s.name, created_at: s.createdAt, tables: s.tables, rows: s.rows });
const clockView = (c: ClockState) => ({ mode: c.mode, speed: c.speed, now: c.now.toISOString() });

/**
 * The simulator's control plane under /sim/v1: health (no token), reset and
 * named snapshots of the whole cloud, the simulated clock. Admin only.
 */
export default async function controlRoutes(app: App, deps: RouteDeps) {
  const sim = deps.services.sim;
  const tags = ["simulator"];

  app.get(
    "/health",
    {
      config: { public: true },
      schema: {
        operationId: "sim.health",
        tags,
        summary: "Is novasim ready",
        description: "No token. 200 once migrations and seeding are done; 503 while starting or while a reset or restore runs.",
        response: { 200: schemas.health, 503: schemas.health },
      },
    },
    async (_req, reply) => {
      const h = await sim.health();
      reply.code(h.status === "ready" ? 200 : 503);
      return { status: h.status, version: h.version, database: h.database, services: h.services, hosts: h.hosts, uptime_seconds: h.uptimeSeconds };
    },
  );

  app.post(
    "/reset",
    {
      schema: {
        operationId: "sim.reset",
        tags,
        summary: "Reset the whole cloud to the seeded state",
        description:
          "Admin only. Every table back to what the seed wrote on first start; caches dropped on every replica. The caller's token stays valid unless keep_token is false. Requests arriving meanwhile wait.",
        body: schemas.resetBody,
        response: { 200: schemas.resetResult },
      },
    },
    async (req) => {
      const auth = authOf(req);
      authorize(auth, "novasim:reset", "admin_api");
      const body = (req.body ?? {}) as { keep_token?: boolean; seed?: number };
      const r = await sim.reset({ keepTokenHash: body.keep_token === false ? undefined : auth.tokenHash, seed: body.seed });
      return { reset: r };
    },
  );

  app.get(
    "/snapshots",
    { schema: { operationId: "sim.snapshots.list", tags, summary: "List named snapshots", description: "Admin only.", response: { 200: schemas.snapshotList } } },
    async (req) => {
      authorize(authOf(req), "novasim:snapshots:list", "admin_api");
      return { snapshots: (await sim.snapshots()).map(snapshotView) };
    },
  );

  app.post(
    "/snapshots",
    {
      schema: {
        operationId: "sim.snapshots.create",
        tags,
        summary: "Save the whole cloud's state under a name",
        description: "Admin only. 409 when the name is taken.",
        body: schemas.snapshotCreate,
        response: { 201: schemas.snapshotShow },
      },
    },
    async (req, reply) => {
      authorize(authOf(req), "novasim:snapshots:create", "admin_api");
      const s = await sim.createSnapshot((req.body as { name: string }).name);
      reply.code(201);
      return { snapshot: snapshotView(s) };
    },
  );

  app.get(
    "/snapshots/:name",
    { schema: { operationId: "sim.snapshots.show", tags, summary: "Show a snapshot", description: "Admin only.", params: schemas.snapshotParams, response: { 200: schemas.snapshotShow } } },
    async (req) => {
      authorize(authOf(req), "novasim:snapshots:show", "admin_api");
      return { snapshot: snapshotView(await sim.snapshot((req.params as { name: string }).name)) };
    },
  );

  app.post(
    "/snapshots/:name/restore",
    {
      schema: {
        operationId: "sim.snapshots.restore",
        tags,
        summary: "Restore the whole cloud to a snapshot",
        description: "Admin only. As a reset, to the snapshot's state; the caller's token stays valid unless keep_token is false.",
        params: schemas.snapshotParams,
        body: schemas.restoreBody,
        response: { 200: schemas.snapshotShow },
      },
    },
    async (req) => {
      const auth = authOf(req);
      authorize(auth, "novasim:snapshots:restore", "admin_api");
      const body = (req.body ?? {}) as { keep_token?: boolean };
      const s = await sim.restore((req.params as { name: string }).name, { keepTokenHash: body.keep_token === false ? undefined : auth.tokenHash });
      return { snapshot: snapshotView(s) };
    },
  );

  app.delete(
    "/snapshots/:name",
    { schema: { operationId: "sim.snapshots.delete", tags, summary: "Delete a snapshot", description: "Admin only.", params: schemas.snapshotParams, response: { 204: z.undefined().describe("No body") } } },
    async (req, reply) => {
      authorize(authOf(req), "novasim:snapshots:delete", "admin_api");
      await sim.deleteSnapshot((req.params as { name: string }).name);
      return reply.code(204).send(undefined);
    },
  );

  app.get(
    "/clock",
    { schema: { operationId: "sim.clock.show", tags, summary: "Show the simulated clock", description: "Admin only.", response: { 200: schemas.clockShow } } },
    async (req) => {
      authorize(authOf(req), "novasim:clock:show", "admin_api");
      return { clock: clockView(sim.clockState()) };
    },
  );

  app.post(
    "/clock",
    {
      schema: {
        operationId: "sim.clock.update",
        tags,
        summary: "Set the clock's mode, speed or time, or advance it",
        description:
          "Admin only. mode real (default), speed (with speed), manual; set jumps to a time; advance (seconds or ISO 8601 duration) moves on, firing every step that falls due on the way in time order (boots, action steps, periodic tasks), and answers when they are done.",
        body: schemas.clockUpdate,
        response: { 200: schemas.clockShow },
      },
    },
    async (req) => {
      authorize(authOf(req), "novasim:clock:update", "admin_api");
      const b = req.body as { mode?: "real" | "speed" | "manual"; speed?: number; set?: string; advance?: number | string };
      const c = await sim.setClock({ mode: b.mode, speed: b.speed, set: b.set ? new Date(b.set) : undefined, advance: b.advance });
      return { clock: clockView(c) };
    },
  );
}
