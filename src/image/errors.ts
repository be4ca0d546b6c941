import { ApiError } from "../http/errors.js";

/**
 * Glance raises webob exceptions, and webob renders their JSON body's message
 * from a template: `${explanation}<br /><br />\n${detail}\n${html_comment}\n`.
 * Glance passes its text either as `explanation=` (replacing webob's default
 * sentence) or positionally as `detail` (after webob's default sentence), and
 * clients see the difference, so both forms are reproduced here. The central
 * error handler sends the message as is.
 */
const DEFAULT_EXPLANATION: Record<number, string> = {
  400: "The server could not comply with the request since it is either malformed or otherwise incorrect.",
  403: "Access was denied to this resource.",
  404: "The resource could not be found.",
  409: "There was a conflict when trying to complete your request.",
  410: "This resource is no longer available. No forwarding address is given.",
  413: "The body of your request was too large for this server.",
  501: "",
};

const TYPES: Record<number, string> = {
  400: "HTTPBadRequest",
  403: "HTTPForbidden",
  404: "HTTPNotFound",
  409: "HTTPConflict",
  410: "HTTPGone",
  413: "HTTPRequestEntityTooLarge",
  415: "HTTPUnsupportedMediaType",
  501: "HTTPNotImplemented",
};

/** The message webob writes for `status` with this explanation and detail. */
export function webobMessage(status: number, opts: { explanation?: string; detail?: string } = {}): string {
  const explanation = opts.explanation ?? DEFAULT_EXPLANATION[status] ?? "";
  return `${explanation}<br /><br />\n${opts.detail ?? ""}\n\n`;
}

/** webob.exc.HTTPxxx(explanation=msg) */
export function glanceError(status: number, explanation?: string, headers: Record<string, string> = {}): ApiError {
  return new ApiError(status, webobMessage(status, { explanation }), TYPES[status], headers);
}

/** webob.exc.HTTPxxx(msg): the text lands in `detail`, after webob's default sentence. */
export function glanceDetailError(status: number, detail: string): ApiError {
  return new ApiError(status, webobMessage(status, { detail }), TYPES[status]);
}

/** webob's 415 has its own template naming the request's Content-Type. */
export function unsupportedMediaType(contentType: string, detail: string, headers: Record<string, string> = {}): ApiError {
  return new ApiError(
    415,
    `The request media type ${contentType} is not supported by this server.\n<br /><br />\n${detail}`,
    TYPES[415],
    headers,
  );
}

export const badRequest = (msg: string) => glanceError(400, msg);
export const forbidden = (msg: string) => glanceError(403, msg);
export const notFound = (msg?: string) => glanceError(404, msg);
export const conflict = (msg: string) => glanceError(409, msg);

/** oslo.policy's refusal as Glance words it (glance.common.exception.Forbidden). */
export const policyForbidden = (action: string) => forbidden(`You are not authorized to complete ${action} action.`);
