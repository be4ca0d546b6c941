import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { authOf, baseUrlOf } from "../../http/context.js";
import { novaParse, parseVersionedBody } from "../../http/versioned.js";
import { authorize } from "../../identity/policy.js";
import {
  createBody,
  createBodyDoc,
  createResponse,
  indexQuery,
  indexQueryDoc,
  indexResponse,
  nameParams,
  showQuery,
  showQueryDoc,
  showResponse,
} from "./schemas/keypairs.js";
import { collectionLinks, MAX_LIMIT, pageLimit } from "./paging.js";
import { first, last } from "./query.js";
import { createdKeypair, listedKeypair, shownKeypair } from "./views/keypairs.js";

/** /os-keypairs (nova/api/openstack/compute/keypairs.py). Key pairs belong to users. */
export default async function routes(app: App, deps: RouteDeps) {
  const keypairs = deps.services.keypairs;
  const tags = ["compute"];

  /** The user acted upon: the caller, or `?user_id` (2.10+, admins by policy). */
  const targetUser = (req: FastifyRequest, requested: string | undefined) =>
    (req.apiVersion.atLeast("2.10") && requested) || authOf(req).userId;

  app.get(
    "/os-keypairs",
    {
      schema: {
        operationId: "compute.keypairs.list",
        tags,
        summary: "List key pairs",
        description: "The caller's key pairs by name. 2.2 adds `type`; 2.10 `?user_id` (admins); 2.35 `limit`/`marker` and `keypairs_links`.",
        querystring: indexQueryDoc,
        response: { 200: indexResponse },
      },
    },
    async (req) => {
      const v = req.apiVersion;
      const q = novaParse(indexQuery.at(v), req.query, "querystring");
      const userId = targetUser(req, first(q.user_id));
      authorize(authOf(req), "os_compute_api:os-keypairs:index", "admin_or_owner_user", { userId });
      const paged = v.atLeast("2.35");
      const limit = paged ? pageLimit(last(q.limit)) : undefined;
      const list = await keypairs.list(userId, { limit, marker: paged ? last(q.marker) : undefined });
      const body: z.infer<typeof indexResponse> = { keypairs: list.map((k) => listedKeypair(k, v)) };
      if (paged) {
        const links = collectionLinks(
          `${baseUrlOf(req, deps.config.publicUrl)}/compute/v2.1`,
          "os-keypairs",
          req.query as Record<string, unknown>,
          list.length,
          limit,
          MAX_LIMIT,
          list.at(-1)?.name,
        );
        if (links.length) body.keypairs_links = links;
      }
      return body;
    },
  );

  app.post(
    "/os-keypairs",
    {
      schema: {
        operationId: "compute.keypairs.create",
        tags,
        summary: "Create or import a key pair",
        description:
          "Imports `public_key`, or (before 2.92) generates an RSA key pair and returns its `private_key` once. " +
          "200 before 2.2, 201 from 2.2. 403 when the key_pairs quota is used up, 409 when the name is taken.",
        body: createBodyDoc,
        response: { 200: createResponse, 201: createResponse },
      },
    },
    async (req, reply) => {
      const v = req.apiVersion;
      const { keypair: kp } = parseVersionedBody(req, createBody);
      const ctx = authOf(req);
      const userId = targetUser(req, kp.user_id);
      authorize(ctx, "os_compute_api:os-keypairs:create", "admin_or_owner_user", { userId });
      const created = await keypairs.create({
        userId,
        projectId: ctx.projectId,
        name: kp.name.trim(),
        type: kp.type ?? "ssh",
        publicKey: kp.public_key,
        now: deps.clock.now(),
      });
      reply.code(v.atLeast("2.2") ? 201 : 200);
      return createdKeypair(created, v);
    },
  );

  app.get(
    "/os-keypairs/:keypair_name",
    {
      schema: {
        operationId: "compute.keypairs.show",
        tags,
        summary: "Show a key pair",
        querystring: showQueryDoc,
        params: nameParams,
        response: { 200: showResponse },
      },
    },
    async (req) => {
      const q = novaParse(showQuery.at(req.apiVersion), req.query, "querystring");
      const userId = targetUser(req, first(q.user_id));
      authorize(authOf(req), "os_compute_api:os-keypairs:show", "admin_or_owner_user", { userId });
      return shownKeypair(await keypairs.get(userId, req.params.keypair_name), req.apiVersion);
    },
  );

  app.delete(
    "/os-keypairs/:keypair_name",
    {
      schema: {
        operationId: "compute.keypairs.delete",
        tags,
        summary: "Delete a key pair",
        description: "202 before 2.2, 204 from 2.2.",
        querystring: showQueryDoc,
        params: nameParams,
        response: { 202: z.undefined().describe("No body"), 204: z.undefined().describe("No body") },
      },
    },
    async (req, reply) => {
      const q = novaParse(showQuery.at(req.apiVersion), req.query, "querystring");
      const userId = targetUser(req, first(q.user_id));
      authorize(authOf(req), "os_compute_api:os-keypairs:delete", "admin_or_owner_user", { userId });
      await keypairs.delete(userId, req.params.keypair_name);
      return reply.code(req.apiVersion.atLeast("2.2") ? 204 : 202).send(undefined);
    },
  );
}
