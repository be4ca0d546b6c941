import { z } from "zod";
import { authProject } from "./auth.js";
import { collectionLinks, named, selfLinks } from "./common.js";

/** Request and response schemas of the Keystone admin resources (projects, users, roles, domains, assignments). */

// ---------------------------------------------------------------- shared parts

/** keystone/api/validation/parameter_types.py `boolean`, as it may appear in a query string. */
const KS_BOOLEAN = ["True", "TRUE", "true", "False", "FALSE", "false", "", "1", "0", "y", "Y", "n", "N", "on", "ON", "off", "OFF", "yes", "no"] as const;
/** keystone.common.utils.attr_as_boolean: oslo's false strings are false, anything else true. */
const FALSE_STRINGS = new Set(["0", "f", "false", "off", "n", "no"]);
export const queryBoolean = z.enum(KS_BOOLEAN).transform((v) => !FALSE_STRINGS.has(v.toLowerCase()));

/** Key-only flags (effective, include_names): present means true unless the value is "0". */
export const queryFlag = z
  .string()
  .optional()
  .transform((v) => v !== undefined && v !== "0");

/** Keystone's resource names: 1..64 characters with at least one non-blank. */
const resourceName = z.string().min(1).max(64).regex(/\S/);
/** User names: 1..255 characters with at least one non-blank. */
const identityName = z.string().min(1).max(255).regex(/\S/);
const description = z.string().max(255).nullable();

export const idParam = <K extends string>(name: K) => z.object({ [name]: z.string() } as Record<K, z.ZodString>);

// ---------------------------------------------------------------- projects

export const project = authProject;
export const projectBody = z.object({ project });
export const projectList = z.object({ projects: z.array(project), links: collectionLinks });

export const projectListQuery = z.object({
  name: resourceName.optional(),
  domain_id: z.string().optional(),
  enabled: queryBoolean.optional(),
});

export const projectCreate = z
  .object({
    project: z.object({
      name: resourceName,
      description: description.optional(),
      domain_id: z.string().max(64).nullable().optional(),
      enabled: z.boolean().optional(),
      is_domain: z.literal(false).optional(),
      parent_id: z.string().max(64).nullable().optional(),
    }),
  })
  .strict();

export const projectUpdate = z
  .object({
    project: z.object({
      id: z.string().optional(),
      name: resourceName.optional(),
      description: description.optional(),
      enabled: z.boolean().optional(),
    }),
  })
  .strict();

// ---------------------------------------------------------------- users

export const user = z.object({
  id: z.string(),
  name: z.string(),
  domain_id: z.string(),
  enabled: z.boolean(),
  password_expires_at: z.string().nullable(),
  options: z.record(z.string(), z.unknown()),
  default_project_id: z.string().optional(),
  email: z.string().optional(),
  description: z.string().optional(),
  links: selfLinks,
});
export const userBody = z.object({ user });
export const userList = z.object({ users: z.array(user), links: collectionLinks });

export const userListQuery = z.object({
  name: identityName.optional(),
  domain_id: z.string().optional(),
  enabled: queryBoolean.optional(),
});

const userFields = {
  password: z.string().nullable().optional(),
  enabled: z.boolean().optional(),
  email: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  default_project_id: z.string().nullable().optional(),
};
export const userCreate = z
  .object({ user: z.object({ name: identityName, domain_id: z.string().optional(), ...userFields }) })
  .strict();
export const userUpdate = z
  .object({ user: z.object({ id: z.string().optional(), name: identityName.optional(), ...userFields }) })
  .strict();

export const userProjectsQuery = projectListQuery;

// ---------------------------------------------------------------- roles

export const role = z.object({
  id: z.string(),
  name: z.string(),
  domain_id: z.null(),
  description: z.string().nullable(),
  options: z.record(z.string(), z.unknown()),
  links: selfLinks,
});
export const roleBody = z.object({ role });
export const roleList = z.object({ roles: z.array(role), links: collectionLinks });
export const roleListQuery = z.object({ name: z.string().optional() });

const roleRef = named.extend({ links: selfLinks });
export const roleInferences = z.object({
  role_inferences: z.array(z.object({ prior_role: roleRef, implies: z.array(roleRef) })),
});

// ---------------------------------------------------------------- domains

export const domain = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  enabled: z.boolean(),
  tags: z.array(z.string()),
  options: z.record(z.string(), z.unknown()),
  links: selfLinks,
});
export const domainBody = z.object({ domain });
export const domainList = z.object({ domains: z.array(domain), links: collectionLinks });
export const domainListQuery = z.object({ name: resourceName.optional(), enabled: queryBoolean.optional() });

// ---------------------------------------------------------------- role assignments

const namedInDomain = named.extend({ domain: named });
export const roleAssignment = z.object({
  scope: z.object({ project: z.union([namedInDomain, z.object({ id: z.string() })]) }),
  user: z.union([namedInDomain, z.object({ id: z.string() })]),
  role: z.union([named, z.object({ id: z.string() })]),
  links: z.object({ assignment: z.string(), prior_role: z.string().optional() }),
});
export const roleAssignmentList = z.object({ role_assignments: z.array(roleAssignment), links: collectionLinks });

export const roleAssignmentQuery = z.object({
  "user.id": z.string().optional(),
  "group.id": z.string().optional(),
  "role.id": z.string().optional(),
  "scope.project.id": z.string().optional(),
  "scope.domain.id": z.string().optional(),
  "scope.system": z.string().optional(),
  effective: queryFlag,
  include_names: queryFlag,
  include_subtree: queryFlag,
});

// ---------------------------------------------------------------- grants

export const grantParams = z.object({ project_id: z.string(), user_id: z.string(), role_id: z.string() });
export const grantListParams = z.object({ project_id: z.string(), user_id: z.string() });
export const grantList = z.object({ roles: z.array(role), links: collectionLinks });
