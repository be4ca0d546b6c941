import type { Database } from "../db/client.js";
import { inChunks } from "../db/repositories/bounded.js";
import { instancesRepo } from "../db/repositories/instances.js";

/**
 * os-server-external-events (nova/api/openstack/compute/server_external_events.py):
 * Neutron, Cinder and Cyborg tell Nova about a server. Each event is answered
 * on its own: 404 for an unknown server, 400 for an event that needs a tag and
 * has none, 422 for a server with no host yet, 200 when it is passed to the
 * host. Any failure makes the whole answer 207.
 *
 * The simulated hosts wait for no event (vif plugging, volume extension and
 * power updates complete at once), so an accepted event changes nothing.
 */

/** Events that mean nothing without a tag (the port, volume or power state they are about). */
const TAG_REQUIRED = new Set(["volume-extended", "power-update", "accelerator-request-bound"]);

export type EventStatus = "failed" | "completed" | "in-progress";

export interface ExternalEvent {
  name: string;
  server_uuid: string;
  status?: EventStatus;
  tag?: string;
}

export type AnsweredEvent = ExternalEvent & { status: EventStatus; code: 200 | 400 | 404 | 422 };

export function externalEventService(deps: { db: Database }) {
  const db = deps.db.prisma;
  return {
    async create(events: ExternalEvent[]): Promise<{ events: AnsweredEvent[]; code: 200 | 207 }> {
      const uuids = [...new Set(events.map((e) => e.server_uuid))];
      const rows = await inChunks(uuids, (chunk) => instancesRepo(db).list({ id: { in: chunk }, deletedAt: null }));
      const hostOf = new Map(rows.map((i) => [i.id, i.host]));
      let code: 200 | 207 = 200;
      const out = events.map((e): AnsweredEvent => {
        const answer = (status: EventStatus, c: AnsweredEvent["code"]) => {
          if (c !== 200) code = 207;
          return { ...e, status, code: c };
        };
        if (!hostOf.has(e.server_uuid)) return answer("failed", 404);
        if (TAG_REQUIRED.has(e.name) && e.tag === undefined) return answer("failed", 400);
        return hostOf.get(e.server_uuid) ? answer("completed", 200) : answer("failed", 422);
      });
      return { events: out, code };
    },
  };
}

export type ExternalEventService = ReturnType<typeof externalEventService>;
