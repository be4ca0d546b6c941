import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { OpenStackError } from "../../errors.js";
import { errorHandler, reason, toOpenStackError } from "../../http/errors.js";
import { ERROR_CODES, PlacementError } from "../../placement/errors.js";
import { PLACEMENT_MAX_VERSION, PLACEMENT_MIN_VERSION } from "../../placement/versions.js";

/**
 * Placement's error answers: webob's exception body, as
 * placement.util.json_error_formatter shapes it (API-WG errors guideline):
 *
 *   {"errors": [{"status", "title", "detail", "code" (1.23+), "request_id"}]}
 *
 * `detail` is webob's body template with the tags stripped, so it reads
 * "<webob's explanation>\n\n <message>  " for most statuses.
 */

/** The microversion could not be parsed (400) or is not served (406): no version was negotiated. */
export class VersionError extends PlacementError {}

/** webob.exc explanations (HTTPException.explanation) of the default body template. */
const EXPLANATIONS: Record<number, string> = {
  400: "The server could not comply with the request since\r\nit is either malformed or otherwise incorrect.\r\n",
  401: "This server could not verify that you are authorized to\r\naccess the document you requested.  Either you supplied the\r\nwrong credentials (e.g., bad password), or your browser\r\ndoes not understand how to supply the credentials required.\r\n",
  403: "Access was denied to this resource.",
  404: "The resource could not be found.",
  409: "There was a conflict when trying to complete your request.",
  500: "The server has either erred or is incapable of performing\r\nthe requested operation.\r\n",
};

/** webob.exc.strip_tags, which json_error_formatter applies to the body. */
const stripTags = (s: string) =>
  s
    .replace(/\n/g, " ")
    .replace(/\r/g, "")
    .replace(/<br.*?>/gis, "\n")
    .replace(/<!--|-->/g, "")
    .replace(/<.*?>/gs, "");

/** The body webob renders for `status` with `detail` (WSGIHTTPException._make_body), before stripping. */
function webobBody(status: number, detail: string, req: FastifyRequest): string {
  switch (status) {
    case 405:
      return `The method ${req.method} is not allowed for this resource. <br /><br />\n${detail}`;
    case 406: {
      // A custom template substitutes the WSGI environ; an absent Accept stays a literal placeholder.
      const accept = typeof req.headers.accept === "string" ? req.headers.accept : "${HTTP_ACCEPT}";
      return `The resource could not be generated that was acceptable to your browser\n(content of type ${accept}. <br /><br />\n${detail}`;
    }
    case 415: {
      const type = typeof req.headers["content-type"] === "string" ? req.headers["content-type"] : "${CONTENT_TYPE}";
      return `The request media type ${type} is not supported by this server.\n<br /><br />\n${detail}`;
    }
    default:
      return `${EXPLANATIONS[status] ?? ""}<br /><br />\n${detail}\n\n`;
  }
}

export const placementDetail = (status: number, message: string, req: FastifyRequest) => stripTags(webobBody(status, message, req));

/** Whether the request got as far as a negotiated microversion. */
const negotiated = (req: FastifyRequest) => !!req.apiVersion && req.apiVersion.major === 1;

export function placementErrorHandler(err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply) {
  // keystonemiddleware's 401 comes before Placement, in Keystone's format.
  if (err instanceof OpenStackError && err.renderAs === "identity") return errorHandler(err as unknown as FastifyError, req, reply);
  const api = toOpenStackError(err, "placement", req);
  const status = api.code;
  if (status >= 500) req.log.error({ err }, "unhandled error");
  else req.log.info({ status, error: api.message }, "request failed");
  const opts = api instanceof PlacementError ? api.opts : {};
  // Policy refusals (and the NotFounds of Placement's objects) escape the handler wrapper.
  const outside = api instanceof PlacementError ? !!opts.outsideHandler : api.kind === "forbidden" || api.kind === "not-found";
  const error: Record<string, unknown> = { status, title: reason(status), detail: placementDetail(status, api.message, req) };
  if (negotiated(req) && req.apiVersion.atLeast("1.23")) error.code = opts.errorCode ?? ERROR_CODES.default;
  error.request_id = req.id;
  if (api instanceof VersionError && status === 406) {
    error.max_version = PLACEMENT_MAX_VERSION;
    error.min_version = PLACEMENT_MIN_VERSION;
  }
  if (outside) reply.removeHeader("vary");
  reply.code(status).headers(api.headers).type("application/json").send({ errors: [error] });
}
