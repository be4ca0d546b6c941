import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { serviceOf, type Service } from "./services.js";
import { OpenStackError, Invalid, NotFound, UnsupportedMediaType, OverQuota } from "../errors.js";
import { describeIssue, novaMessage, type Issue } from "./validation-message.js";

/** keystonemiddleware's rejection of a missing or invalid token, the same for every service. */
export class AuthRequired extends OpenStackError {
  constructor(identityUri: string) {
    super("unauthorized", "The request you have made requires authentication.", "HTTPUnauthorized", {
      "www-authenticate": `Keystone uri="${identityUri}"`,
    });
    this.renderAs = "identity";
  }
}

/** An error the framework raised with only a status (fastify's own 4xx). */
class FrameworkError extends OpenStackError {
  constructor(readonly status: number, message: string) {
    super(status >= 500 ? "internal" : "invalid", message);
  }
  override get code(): number {
    return this.status;
  }
}

const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  409: "Conflict",
  410: "Gone",
  413: "Request Entity Too Large",
  415: "Unsupported Media Type",
  500: "Internal Server Error",
  501: "Not Implemented",
  503: "Service Unavailable",
};
export const reason = (status: number) => REASONS[status] ?? "Error";

/** Nova's fault names (nova/api/openstack/wsgi.py _FAULT_NAMES), by status. */
const NOVA_FAULTS: Record<number, string> = {
  400: "badRequest",
  401: "unauthorized",
  403: "forbidden",
  404: "itemNotFound",
  405: "badMethod",
  409: "conflictingRequest",
  413: "overLimit",
  415: "badMediaType",
  429: "overLimit",
  501: "notImplemented",
  503: "serviceUnavailable",
};

/** The error body each service sends for (status, message). */
export function renderError(service: Service, err: OpenStackError, requestId: string): unknown {
  const { code: status, message } = err;
  switch (err.renderAs ?? service) {
    case "compute":
    case "volume":
      // Cinder's Fault (cinder/api/openstack/wsgi.py) names its faults as Nova does.
      return { [NOVA_FAULTS[status] ?? "computeFault"]: { code: status, message } };
    case "network":
      return { NeutronError: { type: err.type ?? "HTTPError", message, detail: "" } };
    case "placement":
      return { errors: [{ status, title: reason(status), detail: message, request_id: requestId }] };
    case "image":
      // Glance answers with webob's error page in its JSON form; webob's template puts
      // "<br /><br />\n<detail>\n\n" after the explanation (src/image/errors.ts builds full ones).
      return {
        message: message.includes("<br /><br />") ? message : `${message}<br /><br />\n\n\n`,
        code: `${status} ${reason(status)}`,
        title: reason(status),
      };
    case "identity":
    case "root":
    default:
      return { error: { code: status, message, title: reason(status) } };
  }
}

/** Translate what fastify and its plugins throw into an OpenStackError for `service`. */
export function toOpenStackError(err: FastifyError | Error, service: Service, req?: FastifyRequest): OpenStackError {
  if (err instanceof OpenStackError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issue = err.validation[0] as unknown as Issue;
    const context = (err as FastifyError & { validationContext?: string }).validationContext;
    const root = context === "querystring" ? req?.query : context === "params" ? req?.params : context === "headers" ? req?.headers : req?.body;
    // Cinder validates with the same jsonschema wrapper as Nova (cinder/api/validation), with the same messages.
    if (service === "compute" || service === "volume") return new Invalid(novaMessage(issue, root, context));
    const d = describeIssue(issue, root);
    const field = d.path.at(-1) ?? context ?? "body";
    if (service === "network") return new Invalid(`Invalid input for operation: ${d.message}.`, "HTTPBadRequest");
    return new Invalid(`Invalid input for field '${field}': ${d.message}`);
  }
  const code = (err as FastifyError).code;
  switch (code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new Invalid(service === "compute" || service === "volume" ? "Malformed request body" : `Malformed JSON in request body. ${err.message}`);
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return new UnsupportedMediaType(
        service === "compute" ? "Unsupported Content-Type" : `Unsupported Content-Type: ${err.message}`,
      );
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new OverQuota("Request is too large.", "HTTPRequestEntityTooLarge");
  }
  const status = (err as FastifyError).statusCode;
  if (status && status >= 400 && status < 500) return new FrameworkError(status, err.message);
  return new FrameworkError(500, "Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ and attach the Nova API log if possible.");
}

export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const service = serviceOf(req.url);
  const api = toOpenStackError(err, service, req);
  // A 4xx, or a 501 for what is deliberately not implemented, is an answer, not a fault: no error line, no stack.
  if (api.code >= 500 && api.code !== 501) req.log.error({ err }, "unhandled error");
  else req.log.info({ status: api.code, error: api.message }, "request failed");
  reply.code(api.code).headers(api.headers).type("application/json").send(renderError(service, api, req.id));
}

export function notFoundHandler(req: FastifyRequest, reply: FastifyReply) {
  const service = serviceOf(req.url);
  const err =
    service === "compute" || service === "image" || service === "volume"
      ? // What Nova, Cinder and Glance (webob) say for a path no route matches.
        new NotFound("The resource could not be found.<br /><br />\n\n\n")
      : service === "network"
        ? new NotFound("The resource could not be found.", "HTTPNotFound")
        : new NotFound("The resource could not be found.");
  const body =
    service === "compute" || service === "volume"
      ? { message: err.message, code: "404 Not Found", title: "Not Found" }
      : renderError(service, err, req.id);
  reply.code(404).type("application/json").send(body);
}
