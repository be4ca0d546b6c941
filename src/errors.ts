/**
 * The errors domain code throws, named after the OpenStack exceptions they stand
 * for (nova.exception, neutron_lib.exceptions, keystone.exception). This module
 * imports nothing: the domain folders may use it, and the one error handler in
 * src/http/errors.ts renders each error in the body format of the service the
 * request was addressed to.
 *
 * Each error belongs to a family (`kind`). Like Nova's exceptions, a family has
 * a code (NovaException.code): it is the HTTP status the handler answers with,
 * and the code of an instance fault recorded from the error.
 */
export type ErrorKind =
  | "invalid"
  | "unauthorized"
  | "forbidden"
  | "not-found"
  | "method-not-allowed"
  | "not-acceptable"
  | "conflict"
  | "gone"
  | "over-limit"
  | "unsupported-media-type"
  | "not-implemented"
  | "unavailable"
  | "internal";

const CODES: Record<ErrorKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  "not-found": 404,
  "method-not-allowed": 405,
  "not-acceptable": 406,
  conflict: 409,
  gone: 410,
  "over-limit": 413,
  "unsupported-media-type": 415,
  internal: 500,
  "not-implemented": 501,
  unavailable: 503,
};

/** The code of a family (Nova's `exception.code`). */
export const codeOf = (kind: ErrorKind): number => CODES[kind];

export class OpenStackError extends Error {
  /** Render in this service's format whatever the addressed service (keystonemiddleware's 401s). */
  renderAs?: "identity";
  constructor(
    readonly kind: ErrorKind,
    message: string,
    /** The exception's name as Neutron reports it in `type` (e.g. NetworkNotFound); defaults by family. */
    readonly type?: string,
    /** Headers the answer carries (e.g. webob's Accept-Patch on a 415). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  get code(): number {
    return codeOf(this.kind);
  }
}

/** nova.exception.Invalid, neutron_lib's BadRequest: the request cannot be done as asked. */
export class Invalid extends OpenStackError {
  constructor(message: string, type = "HTTPBadRequest") {
    super("invalid", message, type);
  }
}
/** keystone.exception.Unauthorized: no valid credentials. */
export class Unauthorized extends OpenStackError {
  constructor(message = "The request you have made requires authentication.") {
    super("unauthorized", message, "HTTPUnauthorized");
  }
}
/** nova.exception.Forbidden / PolicyNotAuthorized. */
export class Forbidden extends OpenStackError {
  constructor(message: string, type = "HTTPForbidden") {
    super("forbidden", message, type);
  }
}
/** nova.exception.NotFound and its many subclasses. */
export class NotFound extends OpenStackError {
  constructor(message: string, type = "HTTPNotFound") {
    super("not-found", message, type);
  }
}
/** A request that conflicts with the resource's state (Nova answers these with HTTPConflict). */
export class Conflict extends OpenStackError {
  constructor(message: string, type = "HTTPConflict") {
    super("conflict", message, type);
  }
}
/** nova.exception.OverQuota / QuotaError (code 413). */
export class OverQuota extends OpenStackError {
  constructor(message: string, type = "OverQuota") {
    super("over-limit", message, type);
  }
}
export class NotAcceptable extends OpenStackError {
  constructor(message: string) {
    super("not-acceptable", message, "HTTPNotAcceptable");
  }
}
export class UnsupportedMediaType extends OpenStackError {
  constructor(message: string, headers: Record<string, string> = {}) {
    super("unsupported-media-type", message, "HTTPUnsupportedMediaType", headers);
  }
}
/** A resource removed from the API (webob's HTTPGone). */
export class Gone extends OpenStackError {
  constructor(message = "This resource is no longer available. No forwarding address is given.", type = "HTTPGone") {
    super("gone", message, type);
  }
}
export class NotImplemented extends OpenStackError {
  constructor(message: string, type = "HTTPNotImplemented") {
    super("not-implemented", message, type);
  }
}
