import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { FORBIDDEN_TITLE, UNAUTHORISED_TITLE, UNSUPPORTED_MEDIA_TYPE_TITLE } from "../http/messages.ts";
import { RequestError } from "../http/request-error.ts";
import { errorResponse } from "../http/responses.ts";
import { CONTROL_MESSAGES } from "./messages.ts";

export interface ControlGuardOptions {
  /** The bearer token every control request but `/health` must carry; none required when undefined. */
  readonly token: string | undefined;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** `application/json`, with parameters such as `charset` allowed: the only body the control API reads. */
export function isJsonContentType(contentType: string | null | undefined): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "application/json";
}

/** The 415 of a control write whose body is not declared as JSON. */
export const notJsonError = (): RequestError =>
  new RequestError(415, [{ title: UNSUPPORTED_MEDIA_TYPE_TITLE, detail: CONTROL_MESSAGES.jsonContentTypeRequired }]);

/**
 * Whether the headers announce a body. A request built in-process may carry one without saying so; the routes that
 * read a body check its type again when they find text (`ControlBody.read`).
 */
function hasBody(request: Request): boolean {
  const length = request.headers.get("content-length");
  return request.headers.has("transfer-encoding") || (length !== null && length.trim() !== "0");
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * What keeps other web pages and other machines' users from driving `/__sandbox`
 * (docs/decisions/sandbox-network-exposure.md):
 * - the control token, when the sandbox has one, as `Authorization: Bearer <token>` (`/health` stays open);
 * - a write sent by a browser (it carries `Origin`) must come from a page of the sandbox itself (its API
 *   reference), whatever the sandbox's allowed hosts;
 * - a write with a body must declare it `application/json`, which a cross-site page cannot send without a CORS
 *   preflight, and the sandbox answers no preflight.
 */
export function guardControl(options: ControlGuardOptions): MiddlewareHandler {
  return async (c, next) => {
    const request = c.req.raw;
    if (options.token !== undefined && !c.req.path.endsWith("/health")) {
      const header = c.req.header("authorization") ?? "";
      const given = header.startsWith("Bearer ") ? header.slice("Bearer ".length).trim() : "";
      if (!sameToken(given, options.token)) {
        return errorResponse(401, [{ title: UNAUTHORISED_TITLE, detail: CONTROL_MESSAGES.controlTokenRequired }]);
      }
    }
    if (!SAFE_METHODS.has(request.method)) {
      const origin = c.req.header("origin");
      if (origin !== undefined && !isSameOrigin(origin, c.req.url)) {
        return errorResponse(403, [{ title: FORBIDDEN_TITLE, detail: CONTROL_MESSAGES.foreignOrigin(origin) }]);
      }
      if (hasBody(request) && !isJsonContentType(c.req.header("content-type"))) {
        return notJsonError().toResponse();
      }
    }
    await next();
    return;
  };
}

/** Whether `origin` is the sandbox's own: the host (and port) the request was sent to. `null` never is. */
function isSameOrigin(origin: string, requestUrl: string): boolean {
  try {
    return new URL(origin).host === new URL(requestUrl).host;
  } catch {
    return false;
  }
}
