import { z } from "zod";

/** /extensions (nova/api/openstack/compute/schemas/extension_info.py). */

export const anyQuery = z.looseObject({});
export const aliasParams = z.object({ alias: z.string().describe("The extension's alias, e.g. os-aggregates.") });

const extension = z.object({
  alias: z.string(),
  description: z.string(),
  links: z.array(z.unknown()),
  name: z.string(),
  namespace: z.string(),
  updated: z.string(),
});

export const extensionList = z.object({ extensions: z.array(extension) });
export const extensionShow = z.object({ extension });
