import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { TokenService } from "../identity/tokens.js";
import { baseUrlOf } from "./context.js";
import { AuthRequired } from "./errors.js";
import { PREFIX, serviceOf } from "./services.js";

/**
 * keystonemiddleware's job: every route that is not marked public needs a valid
 * X-Auth-Token. Failures are 401 with Keystone's body and a WWW-Authenticate
 * header naming the identity endpoint, whichever service was addressed.
 */
export default fp(async function auth(app: FastifyInstance, opts: { tokens: TokenService; publicUrl?: string }) {
  app.decorateRequest("auth", undefined);
  app.addHook("onRequest", async (req) => {
    // Outside the services' prefixes there is nothing to protect (404s, docs).
    if (req.routeOptions.config?.public || serviceOf(req.url) === "root") return;
    const token = req.headers["x-auth-token"];
    const ctx = typeof token === "string" && token ? await opts.tokens.validate(token) : null;
    if (!ctx) throw new AuthRequired(baseUrlOf(req, opts.publicUrl) + PREFIX.identity);
    req.auth = ctx;
  });
});
