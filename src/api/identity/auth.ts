import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { App, RouteDeps } from "../../composition.js";
import { buildCatalog } from "../../identity/catalog.js";
import { authOf, baseUrlOf } from "../../http/context.js";
import { Invalid, Forbidden, Unauthorized } from "../../errors.js";
import type { AuthRequest } from "../../identity/tokens.js";
import { authCatalog, authProjects, authRequest, tokenBody, tokenQuery, type AuthRequestBody } from "./schemas/auth.js";
import { subjectTokenHeaders } from "./schemas/common.js";
import { tokenView } from "./views/token.js";
import { projectView } from "./views/resources.js";

function toAuthRequest(body: AuthRequestBody): AuthRequest {
  const { identity, scope } = body.auth;
  for (const m of identity.methods) {
    if (m !== "password" && m !== "token") throw new Unauthorized();
    if (!identity[m]) throw new Invalid(`Invalid input for field 'identity': '${m}' is a required property`);
  }
  if (scope && scope !== "unscoped" && (scope.domain || scope.system)) {
    // Domain and system scope need role assignments novasim does not model.
    throw new Unauthorized();
  }
  return {
    methods: identity.methods,
    password: identity.password,
    token: identity.token,
    project: scope && scope !== "unscoped" ? scope.project : undefined,
  };
}

/** POST/GET/HEAD/DELETE /v3/auth/tokens and the /v3/auth/* helpers. */
export default async function authRoutes(app: App, deps: RouteDeps) {
  const { tokens } = deps.services;
  const admin = deps.services.identityAdmin;
  const base = (req: FastifyRequest) => baseUrlOf(req, deps.config.publicUrl);
  const catalogFor = (req: FastifyRequest, q: { nocatalog?: string }, projectId: string | null) =>
    q.nocatalog !== undefined ? null : buildCatalog(base(req), deps.config.region, projectId);

  app.post(
    "/v3/auth/tokens",
    {
      config: { public: true },
      schema: {
        operationId: "identity.tokens.create",
        tags: ["identity"],
        summary: "Password or token authentication",
        description: "Issues a token, returned in the X-Subject-Token header. `?nocatalog` leaves the catalog out.",
        security: [],
        querystring: tokenQuery,
        body: authRequest,
        response: { 201: tokenBody },
      },
    },
    async (req, reply) => {
      const { token, ctx } = await tokens.issue(toAuthRequest(req.body));
      reply.code(201).header("X-Subject-Token", token);
      return tokenView(ctx, catalogFor(req, req.query, ctx.projectId));
    },
  );

  /** The subject token, readable by its own user or an admin. */
  const subjectToken = (req: FastifyRequest) => {
    const h = req.headers["x-subject-token"];
    return typeof h === "string" ? h : undefined;
  };
  async function subject(req: FastifyRequest) {
    const caller = authOf(req);
    const ctx = await tokens.subject(subjectToken(req));
    if (!caller.isAdmin && ctx.userId !== caller.userId) {
      throw new Forbidden("You are not authorized to perform the requested action: identity:validate_token.");
    }
    return ctx;
  }

  app.get(
    "/v3/auth/tokens",
    {
      exposeHeadRoute: false,
      schema: {
        operationId: "identity.tokens.validate",
        tags: ["identity"],
        summary: "Validate and show information for a token",
        headers: subjectTokenHeaders,
        querystring: tokenQuery,
        response: { 200: tokenBody },
      },
    },
    async (req, reply) => {
      const ctx = await subject(req);
      reply.header("X-Subject-Token", subjectToken(req));
      return tokenView(ctx, catalogFor(req, req.query, ctx.projectId));
    },
  );

  app.head(
    "/v3/auth/tokens",
    {
      schema: {
        operationId: "identity.tokens.check",
        tags: ["identity"],
        summary: "Check a token",
        headers: subjectTokenHeaders,
        response: { 200: z.null() },
      },
    },
    async (req, reply) => {
      await subject(req);
      return reply.code(200).send(null);
    },
  );

  app.delete(
    "/v3/auth/tokens",
    {
      schema: {
        operationId: "identity.tokens.revoke",
        tags: ["identity"],
        summary: "Revoke a token",
        headers: subjectTokenHeaders,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await subject(req);
      await tokens.revoke(subjectToken(req));
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/v3/auth/projects",
    {
      schema: {
        operationId: "identity.auth.projects",
        tags: ["identity"],
        summary: "List the projects the token's user can scope to",
        response: { 200: authProjects },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      const projects = await admin.scopableProjects(ctx.userId);
      const b = base(req);
      return {
        projects: projects.map((p) => projectView(p, b)),
        links: { self: `${b}/identity/v3/auth/projects`, previous: null, next: null },
      };
    },
  );

  app.get(
    "/v3/auth/catalog",
    {
      schema: {
        operationId: "identity.auth.catalog",
        tags: ["identity"],
        summary: "The service catalog of the token's scope",
        response: { 200: authCatalog },
      },
    },
    async (req) => {
      const ctx = authOf(req);
      // Keystone: an unscoped token has no catalog to give.
      if (!ctx.project) throw new Forbidden("The service catalog is empty.");
      const b = base(req);
      return {
        catalog: buildCatalog(b, deps.config.region, ctx.projectId),
        links: { self: `${b}/identity/v3/auth/catalog`, previous: null, next: null },
      };
    },
  );
}
