import { z } from "zod";
import { versioned } from "../../../http/versioned.js";
import { uuid } from "./parameter-types.js";

/** POST /os-server-external-events (nova/api/openstack/compute/schemas/server_external_events.py). */

const BASE = ["network-changed", "network-vif-plugged", "network-vif-unplugged", "network-vif-deleted"] as const;
/** Event names by the microversion that added them. */
const ADDED: [string, string][] = [
  ["2.51", "volume-extended"],
  ["2.76", "power-update"],
  ["2.82", "accelerator-request-bound"],
  ["2.93", "volume-reimaged"],
];
const STATUSES = ["failed", "completed", "in-progress"] as const;

const body = (names: readonly string[]) =>
  z.strictObject({
    events: z
      .array(
        z.strictObject({
          name: z.enum(names as [string, ...string[]]),
          server_uuid: uuid,
          status: z.enum(STATUSES).optional(),
          tag: z.string().max(255).optional(),
        }),
      )
      .min(1),
  });

export interface CreateBody {
  events: { name: string; server_uuid: string; status?: "failed" | "completed" | "in-progress"; tag?: string }[];
}

export const createBody = versioned<CreateBody>([
  { from: "2.1", schema: body(BASE) },
  ...ADDED.map(([from], i) => ({ from, schema: body([...BASE, ...ADDED.slice(0, i + 1).map(([, n]) => n)]) })),
]);

export const createBodyDoc = z.looseObject({
  events: z.unknown().describe(
    "Events {name, server_uuid, status?, tag?}; names: " + [...BASE, ...ADDED.map(([v, n]) => `${n} (${v}+)`)].join(", "),
  ),
});

const answered = z.object({
  name: z.string(),
  server_uuid: z.string(),
  status: z.enum(STATUSES),
  tag: z.string().optional(),
  code: z.union([z.literal(200), z.literal(400), z.literal(404), z.literal(422)]),
});
export const createResponse = z.object({ events: z.array(answered) });
