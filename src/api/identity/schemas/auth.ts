import { z } from "zod";
import { collectionLinks, named } from "./common.js";

const domainRef = z.object({ id: z.string().optional(), name: z.string().optional() }).strict();

const passwordUser = z
  .object({
    id: z.string().optional(),
    name: z.string().optional(),
    domain: domainRef.optional(),
    password: z.string(),
  })
  .strict()
  .refine((u) => u.id || u.name, { message: "either user id or name is required" });

export const authRequest = z.object({
  auth: z.object({
    identity: z.object({
      methods: z.array(z.string()).min(1),
      password: z.object({ user: passwordUser }).optional(),
      token: z.object({ id: z.string() }).optional(),
    }),
    scope: z
      .union([
        z.literal("unscoped"),
        z.object({
          project: z
            .object({ id: z.string().optional(), name: z.string().optional(), domain: domainRef.optional() })
            .strict()
            .optional(),
          domain: domainRef.optional(),
          system: z.object({ all: z.boolean() }).optional(),
        }),
      ])
      .optional(),
  }),
});
export type AuthRequestBody = z.infer<typeof authRequest>;

export const catalogEntry = z.object({
  id: z.string(),
  type: z.string(),
  name: z.string(),
  endpoints: z.array(
    z.object({ id: z.string(), interface: z.string(), region: z.string(), region_id: z.string(), url: z.string() }),
  ),
});

const namedInDomain = named.extend({ domain: named });

export const tokenBody = z.object({
  token: z.object({
    methods: z.array(z.string()),
    user: namedInDomain.extend({ password_expires_at: z.string().nullable() }),
    audit_ids: z.array(z.string()),
    issued_at: z.string(),
    expires_at: z.string(),
    project: namedInDomain.optional(),
    is_domain: z.boolean().optional(),
    roles: z.array(named).optional(),
    catalog: z.array(catalogEntry).optional(),
  }),
});

export const tokenQuery = z.object({
  nocatalog: z.string().optional(),
  allow_expired: z.string().optional(),
});

export const authProject = z.object({
  id: z.string(),
  name: z.string(),
  domain_id: z.string(),
  description: z.string(),
  enabled: z.boolean(),
  parent_id: z.string(),
  is_domain: z.boolean(),
  tags: z.array(z.string()),
  options: z.record(z.string(), z.unknown()),
  links: z.object({ self: z.string() }),
});

export const authProjects = z.object({ projects: z.array(authProject), links: collectionLinks });
export const authCatalog = z.object({ catalog: z.array(catalogEntry), links: collectionLinks });
