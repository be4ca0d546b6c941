import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { serviceOf, type Service } from "./services.js";
import { describeIssue, novaMessage, type Issue } from "./validation-message.js";

/**
 * Typed errors, named after the OpenStack exceptions they stand for. Domain code
 * throws them; the single handler below renders each in the body format of the
 * service the request was addressed to. No route catches errors by hand.
 */
export class ApiError extends Error {
  /** Render in this service's format whatever the addressed service (keystonemiddleware's 401s). */
  renderAs?: Service;
  constructor(
    readonly status: number,
    message: string,
    /** Neutron's `type` (e.g. NetworkNotFound); defaults by status. */
    readonly type?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequest extends ApiError {
  constructor(message: string, type = "HTTPBadRequest") {
    super(400, message, type);
  }
}
export class Unauthorized extends ApiError {
  constructor(message = "The request you have made requires authentication.") {
    super(401, message, "HTTPUnauthorized");
  }
}
/** keystonemiddleware's rejection of a missing or invalid token, the same for every service. */
export class AuthRequired extends ApiError {
  constructor(identityUri: string) {
    super(401, "The request you have made requires authentication.", "HTTPUnauthorized", {
      "www-authenticate": `Keystone uri="${identityUri}"`,
    });
    this.renderAs = "identity";
  }
}
export class Forbidden extends ApiError {
  constructor(message: string, type = "HTTPForbidden") {
    super(403, message, type);
  }
}
export class NotFound extends ApiError {
  constructor(message: string, type = "HTTPNotFound") {
    super(404, message, type);
  }
}
export class Conflict extends ApiError {
  constructor(message: string, type = "HTTPConflict") {
    super(409, message, type);
  }
}
export class NotAcceptable extends ApiError {
  constructor(message: string) {
    super(406, message, "HTTPNotAcceptable");
  }
}
export class OverLimit extends ApiError {
  constructor(message: string, type = "OverQuota") {
    super(413, message, type);
  }
}
export class UnsupportedMediaType extends ApiError {
  constructor(message: string) {
    super(415, message, "HTTPUnsupportedMediaType");
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
export function renderError(service: Service, err: ApiError, requestId: string): unknown {
  const { status, message } = err;
  switch (err.renderAs ?? service) {
    case "compute":
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

/** Translate what fastify and its plugins throw into an ApiError for `service`. */
export function toApiError(err: FastifyError | Error, service: Service, req?: FastifyRequest): ApiError {
  if (err instanceof ApiError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issue = err.validation[0] as unknown as Issue;
    const context = (err as FastifyError & { validationContext?: string }).validationContext;
    const root = context === "querystring" ? req?.query : context === "params" ? req?.params : context === "headers" ? req?.headers : req?.body;
    if (service === "compute") return new BadRequest(novaMessage(issue, root, context));
    const d = describeIssue(issue, root);
    const field = d.path.at(-1) ?? context ?? "body";
    if (service === "network") return new BadRequest(`Invalid input for operation: ${d.message}.`, "HTTPBadRequest");
    return new BadRequest(`Invalid input for field '${field}': ${d.message}`);
  }
  const code = (err as FastifyError).code;
  switch (code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new BadRequest(service === "compute" ? "Malformed request body" : `Malformed JSON in request body. ${err.message}`);
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return new UnsupportedMediaType(
        service === "compute" ? "Unsupported Content-Type" : `Unsupported Content-Type: ${err.message}`,
      );
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new OverLimit("Request is too large.", "HTTPRequestEntityTooLarge");
  }
  const status = (err as FastifyError).statusCode;
  if (status && status >= 400 && status < 500) return new ApiError(status, err.message);
  return new ApiError(500, "Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ and attach the Nova API log if possible.");
}

export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const service = serviceOf(req.url);
  const api = toApiError(err, service, req);
  if (api.status >= 500) req.log.error({ err }, "unhandled error");
  else req.log.info({ status: api.status, error: api.message }, "request failed");
  reply.code(api.status).headers(api.headers).type("application/json").send(renderError(service, api, req.id));
}

export function notFoundHandler(req: FastifyRequest, reply: FastifyReply) {
  const service = serviceOf(req.url);
  const err =
    service === "compute" || service === "image"
      ? // What Nova and Glance (webob) say for a path no route matches.
        new NotFound("The resource could not be found.<br /><br />\n\n\n")
      : service === "network"
        ? new NotFound("The resource could not be found.", "HTTPNotFound")
        : new NotFound("The resource could not be found.");
  const body =
    service === "compute"
      ? { message: err.message, code: "404 Not Found", title: "Not Found" }
      : renderError(service, err, req.id);
  reply.code(404).type("application/json").send(body);
}
