import { OpenStackError, type ErrorKind } from "../errors.js";

/**
 * Glance raises webob exceptions, and webob renders their JSON body's message
 * from a template: `${explanation}<br /><br />\n${detail}\n${html_comment}\n`.
 * Glance passes its text either as `explanation=` (replacing webob's default
 * sentence) or positionally as `detail` (after webob's default sentence), and
 * clients see the difference, so both forms are reproduced here. The central
 * error handler sends the message as is.
 */
const DEFAULT_EXPLANATION: Partial<Record<ErrorKind, string>> = {
  invalid: "The server could not comply with the request since it is either malformed or otherwise incorrect.",
  forbidden: "Access was denied to this resource.",
  "not-found": "The resource could not be found.",
  conflict: "There was a conflict when trying to complete your request.",
  gone: "This resource is no longer available. No forwarding address is given.",
  "over-limit": "The body of your request was too large for this server.",
  "not-implemented": "",
};

const TYPES: Partial<Record<ErrorKind, string>> = {
  invalid: "HTTPBadRequest",
  forbidden: "HTTPForbidden",
  "not-found": "HTTPNotFound",
  conflict: "HTTPConflict",
  gone: "HTTPGone",
  "over-limit": "HTTPRequestEntityTooLarge",
  "unsupported-media-type": "HTTPUnsupportedMediaType",
  "not-implemented": "HTTPNotImplemented",
};

/** The message webob writes for the `kind`'s status with this explanation and detail. */
export function webobMessage(kind: ErrorKind, opts: { explanation?: string; detail?: string } = {}): string {
  const explanation = opts.explanation ?? DEFAULT_EXPLANATION[kind] ?? "";
  return `${explanation}<br /><br />\n${opts.detail ?? ""}\n\n`;
}

/** webob.exc.HTTPxxx(explanation=msg) */
export function glanceError(kind: ErrorKind, explanation?: string, headers: Record<string, string> = {}): OpenStackError {
  return new OpenStackError(kind, webobMessage(kind, { explanation }), TYPES[kind], headers);
}

/** webob.exc.HTTPxxx(msg): the text lands in `detail`, after webob's default sentence. */
export function glanceDetailError(kind: ErrorKind, detail: string): OpenStackError {
  return new OpenStackError(kind, webobMessage(kind, { detail }), TYPES[kind]);
}

/** webob's 415 has its own template naming the request's Content-Type. */
export function unsupportedMediaType(contentType: string, detail: string, headers: Record<string, string> = {}): OpenStackError {
  return new OpenStackError(
    "unsupported-media-type",
    `The request media type ${contentType} is not supported by this server.\n<br /><br />\n${detail}`,
    TYPES["unsupported-media-type"],
    headers,
  );
}

export const badRequest = (msg: string) => glanceError("invalid", msg);
export const forbidden = (msg: string) => glanceError("forbidden", msg);
export const notFound = (msg?: string) => glanceError("not-found", msg);
export const conflict = (msg: string) => glanceError("conflict", msg);

/** oslo.policy's refusal as Glance words it (glance.common.exception.Forbidden). */
export const policyForbidden = (action: string) => forbidden(`You are not authorized to complete ${action} action.`);
