import {
  INTERNAL_ERROR_DETAIL,
  INTERNAL_ERROR_TITLE,
  NOT_FOUND_TITLE,
  NOTHING_FOUND,
  ROUTE_NOT_FOUND_BODY,
  UNAUTHORISED_BODY,
} from "./messages.ts";

/** One entry of the service's error list. */
export interface ApiError {
  readonly title: string;
  readonly detail: string;
}

/** The real service answers `application/json; charset=utf-8` on every API response (ECF rules §1.3). */
export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

/** The JSON text of each response `jsonResponse` made, so middleware can read it without consuming the body. */
const jsonTexts = new WeakMap<Response, string>();

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return jsonTextResponse(JSON.stringify(body), status, headers);
}

/** `jsonResponse` for a body already in JSON text (a page joined from cached records' texts). */
export function jsonTextResponse(text: string, status = 200, headers: Record<string, string> = {}): Response {
  const response = new Response(text, {
    status,
    headers: { "content-type": JSON_CONTENT_TYPE, ...headers },
  });
  jsonTexts.set(response, text);
  return response;
}

/**
 * The body text of a response `jsonResponse` made, or undefined for any other. Reading a body through the
 * `Response` costs a stream per response (and on @hono/node-server turns its lightweight response into a full one),
 * so the caching headers read the text this way.
 */
export function jsonTextOf(response: Response): string | undefined {
  return jsonTexts.get(response);
}

/** `{"errors":[{title, detail}, ...]}`: every error body except the 401. */
export function errorResponse(
  status: number,
  errors: readonly ApiError[],
  headers: Record<string, string> = {},
): Response {
  return jsonResponse({ errors: errors.map(({ title, detail }) => ({ title, detail })) }, status, headers);
}

export const notFound = (): Response => errorResponse(404, [{ title: NOT_FOUND_TITLE, detail: NOTHING_FOUND }]);

/** A path, or a method on a known path, that the API has no route for (ECF rules §1.6). */
export const routeNotFound = (): Response => jsonResponse(ROUTE_NOT_FOUND_BODY, 404);

export const unauthorised = (): Response => jsonResponse(UNAUTHORISED_BODY, 401);

export const internalError = (): Response =>
  errorResponse(500, [{ title: INTERNAL_ERROR_TITLE, detail: INTERNAL_ERROR_DETAIL }]);
