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

/** What `jsonResponse` knows of a response it made: its JSON text, and its headers when their names are lower case. */
interface KnownJson {
  readonly text: string;
  readonly headers: Readonly<Record<string, string>> | undefined;
}

/**
 * Where a response `jsonResponse` made keeps what it knows of itself, so middleware can read its text and headers
 * without touching its body or building its `Headers`. A property rather than a `WeakMap`: setting and reading a
 * `WeakMap` entry cost about 0.35 µs a response, a property a few nanoseconds
 * (docs/decisions/engine-write-path-speed.md). A response rebuilt from this one does not carry it, as a `WeakMap`
 * would not know the new object either.
 */
const KNOWN_JSON = Symbol("lpkit.jsonResponse");

type KnownJsonResponse = Response & { [KNOWN_JSON]?: KnownJson };

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return jsonTextResponse(JSON.stringify(body), status, headers);
}

/** `jsonResponse` for a body already in JSON text (a page joined from cached records' texts). */
export function jsonTextResponse(text: string, status = 200, headers: Record<string, string> = {}): Response {
  return jsonTextResponseWithHeaders(text, status, { "content-type": JSON_CONTENT_TYPE, ...headers });
}

/** `jsonTextResponse` with every header given, `Content-Type` included, in the order given. */
export function jsonTextResponseWithHeaders(text: string, status: number, headers: Record<string, string>): Response {
  const response: KnownJsonResponse = new Response(text, { status, headers });
  response[KNOWN_JSON] = { text, headers: Object.keys(headers).every(isLowerCase) ? headers : undefined };
  return response;
}

const isLowerCase = (name: string): boolean => name === name.toLowerCase();

/**
 * The body text of a response `jsonResponse` made, or undefined for any other. Reading a body through the
 * `Response` costs a stream per response (and on @hono/node-server turns its lightweight response into a full one),
 * so the caching headers read the text this way.
 */
export function jsonTextOf(response: Response): string | undefined {
  return (response as KnownJsonResponse)[KNOWN_JSON]?.text;
}

/**
 * The headers a response `jsonResponse` made was given, by lower-case name, or undefined for any other response
 * (or one given a name in another case). Reading `response.headers` builds a `Headers` object, which
 * @hono/node-server then copies back into a plain object to write it; the caching headers and the request log read
 * them this way instead.
 */
export function jsonHeadersOf(response: Response): Readonly<Record<string, string>> | undefined {
  return (response as KnownJsonResponse)[KNOWN_JSON]?.headers;
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
