import { OpenStackError, type ErrorKind } from "../errors.js";

/**
 * Placement's errors: the webob exceptions its handlers raise and the
 * placement.exception ones its objects raise, with their messages. The
 * Placement error handler (src/api/placement/errors.ts) renders them as
 * {"errors": [{"status", "title", "detail", "code", "request_id"}]}.
 */

/** placement/errors.py: the `code` of an error body (from 1.23). */
export const ERROR_CODES = {
  default: "placement.undefined_code",
  duplicateKey: "placement.query.duplicate_key",
  badValue: "placement.query.bad_value",
  missingValue: "placement.query.missing_value",
} as const;

export class PlacementError extends OpenStackError {
  constructor(
    kind: ErrorKind,
    message: string,
    readonly opts: {
      /** placement/errors.py code; placement.undefined_code when absent. */
      errorCode?: string;
      /**
       * Raised past Placement's handler wrapper (a NotFound from its objects,
       * trapped by PlacementHandler): the answer then carries the microversion
       * header but not `Vary`, as microversion-parse adds that only to
       * responses, not to re-raised errors.
       */
      outsideHandler?: boolean;
      /** Headers the answer carries (the Allow of a 405). */
      headers?: Record<string, string>;
    } = {},
  ) {
    super(kind, message, undefined, opts.headers ?? {});
  }
}

export const PlacementErrors = {
  /** webob.exc.HTTPBadRequest raised in a handler. */
  badRequest: (detail: string, errorCode?: string) => new PlacementError("invalid", detail, { errorCode }),
  /** webob.exc.HTTPNotFound raised in a handler; `detail` empty for a handler outside its microversions. */
  notFound: (detail = "") => new PlacementError("not-found", detail),
  /** check_accept: an Accept header that does not take application/json. */
  notAcceptable: () => new PlacementError("not-acceptable", "Only application/json is provided"),
  /** handler.handle_405: a Placement URL asked with a method it does not serve (`allow`: the ones it does). */
  methodNotAllowed: (allow: string[]) =>
    new PlacementError("method-not-allowed", "The method specified is not allowed for this resource.", { headers: { allow: allow.join(", ") } }),
  /** handler.dispatch: no Placement route matches the path. */
  noRoute: () => new PlacementError("not-found", "", { outsideHandler: true }),
  /** ResourceProvider.get_by_uuid's NotFound, let through to the application's trap. */
  providerNotFound: (uuid: string) => new PlacementError("not-found", `No resource provider with uuid ${uuid} found`, { outsideHandler: true }),
  /** ResourceClass.get_by_name's ResourceClassNotFound, let through to the application's trap. */
  resourceClassNotFound: (name: string) => new PlacementError("not-found", `No such resource class ${name}.`, { outsideHandler: true }),
};

/** The NotFound message of ResourceProvider.get_by_uuid, which several handlers quote in their own. */
export const providerNotFoundMessage = (uuid: string) => `No resource provider with uuid ${uuid} found`;

/** exception.ResourceClassNotFound / TraitNotFound messages, quoted by the query parsers. */
export const resourceClassNotFoundMessage = (name: string) => `No such resource class ${name}.`;
export const traitNotFoundMessage = (names: string) => `No such trait(s): ${names}.`;
