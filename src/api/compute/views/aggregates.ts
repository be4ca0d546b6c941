import type { z } from "zod";
import type { AggregateView } from "../../../compute/aggregates.js";
import type { ApiVersion } from "../../../http/microversion.js";
import { naiveTime, naiveTimeOrNull } from "../../../time-formats.js";
import type { aggregate, createdAggregate } from "../schemas/aggregates.js";

/**
 * An aggregate as Nova marshals its object (AggregateController._marshall_aggregate):
 * every field, `deleted`/`deleted_at` fixed, the zone from the metadata,
 * `uuid` from 2.41; create's answer drops hosts and metadata.
 */
export function aggregateView(a: AggregateView, v: ApiVersion): z.input<typeof aggregate> | z.input<typeof createdAggregate> {
  return {
    availability_zone: a.metadata.availability_zone ?? a.availabilityZone ?? null,
    created_at: naiveTime(a.createdAt),
    deleted: false,
    deleted_at: null,
    ...(a.withMembers ? { hosts: a.hosts, metadata: a.metadata } : {}),
    id: a.id,
    name: a.name,
    updated_at: naiveTimeOrNull(a.updatedAt),
    ...(v.atLeast("2.41") ? { uuid: a.uuid } : {}),
  };
}
