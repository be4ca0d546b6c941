import { z } from "zod";

export const link = z.object({ rel: z.string(), href: z.string(), type: z.string().optional() });
export const named = z.object({ id: z.string(), name: z.string() });
export const selfLinks = z.object({ self: z.string() });
export const collectionLinks = z.object({ self: z.string(), previous: z.string().nullable(), next: z.string().nullable() });

/** Keystone's X-Auth-Token is declared by the security scheme; these are the other headers. */
export const subjectTokenHeaders = z.object({ "x-subject-token": z.string().optional() });
