import { z } from "zod";
import { pyRepr } from "../../../python-literals.js";
import { fqdn, name, nameWithSpaces, uuid } from "./parameter-types.js";

/** /os-aggregates (nova/api/openstack/compute/schemas/aggregates.py, aggregate_images.py). */

// az_name: printable characters but ':', no leading or trailing whitespace, 1-255.
const AZ_NAME = /^[^\p{C}:]+$/u;
const isAzName = (v: unknown): v is string => typeof v === "string" && v.length <= 255 && AZ_NAME.test(v) && v.trim() === v;

/**
 * `oneOf: [az_name, null]`: whatever fails it, jsonschema only says the value
 * "is not valid under any of the given schemas".
 */
const availabilityZone = z
  .unknown()
  .superRefine((v, ctx) => {
    if (v !== null && !isAzName(v)) ctx.addIssue({ code: "custom", message: `${pyRepr(v)} is not valid under any of the given schemas` });
  })
  .transform((v) => v as string | null);

export const createBody = z.strictObject({
  aggregate: z.strictObject({ name, availability_zone: availabilityZone.optional() }),
});

export const updateBody = z.strictObject({
  aggregate: z
    .strictObject({ name: nameWithSpaces.optional(), availability_zone: availabilityZone.optional() })
    .superRefine((a, ctx) => {
      // anyOf: [required name, required availability_zone]
      if (!("name" in a) && !("availability_zone" in a)) ctx.addIssue({ code: "custom", message: `${pyRepr(a)} is not valid under any of the given schemas` });
    }),
});

/** metadata_with_null: keys 1-255 of [a-zA-Z0-9-_:. ], values strings up to 255 or null (null removes the key). */
export const metadataWithNull = z.record(z.string().regex(/^[a-zA-Z0-9-_:. ]{1,255}$/), z.string().max(255).nullable());

export const actionBodies = {
  add_host: z.strictObject({ add_host: z.strictObject({ host: fqdn }) }),
  remove_host: z.strictObject({ remove_host: z.strictObject({ host: fqdn }) }),
  set_metadata: z.strictObject({ set_metadata: z.strictObject({ metadata: metadataWithNull }) }),
};

/** The action body as the route declares it: one of the three actions. */
export const actionBodyDoc = z.union([
  actionBodies.add_host.meta({ title: "add_host", description: "Add a compute host to the aggregate." }),
  actionBodies.remove_host.meta({ title: "remove_host", description: "Remove a host from the aggregate." }),
  actionBodies.set_metadata.meta({ title: "set_metadata", description: "Merge metadata into the aggregate's; a null value removes its key." }),
]);

export const imagesBody = z.strictObject({
  cache: z.array(z.strictObject({ id: uuid })).min(1),
});

/** Queries accept anything (2.102 would reject unknown parameters; novasim stops at 2.100). */
export const anyQuery = z.looseObject({});

export const idParams = z.object({ aggregate_id: z.string().describe("The aggregate's integer id.") });

const aggregateCore = {
  availability_zone: z.string().nullable(),
  created_at: z.string(),
  deleted: z.boolean(),
  deleted_at: z.string().nullable(),
  id: z.number().int(),
  name: z.string(),
  updated_at: z.string().nullable(),
  uuid: z.string().optional().describe("From 2.41."),
};

/** An aggregate in create's answer: no hosts or metadata. */
export const createdAggregate = z.object(aggregateCore);
export const aggregate = z.object({ ...aggregateCore, hosts: z.array(z.string()), metadata: z.record(z.string(), z.string()) });

export const aggregateList = z.object({ aggregates: z.array(aggregate) });
export const aggregateShow = z.object({ aggregate });
export const aggregateCreated = z.object({ aggregate: createdAggregate });
