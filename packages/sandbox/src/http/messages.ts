/**
 * Every message the sandbox itself produces at the HTTP level: authentication, query and body parsing, fallbacks.
 * Rule messages (422s) belong to the engine. The request-level messages the real service defines (ECF rules
 * §1) are the engine's strings, byte for byte; below them, our own wording where the service leaves the
 * body open.
 */

import { REQUEST_MESSAGES, TITLES } from "@lpkit/engine";

/** The one non-`errors` body of the API: a bad or missing bearer token (ECF rules §1.2). */
export const UNAUTHORISED_BODY = { error: REQUEST_MESSAGES.accessDenied } as const;

/**
 * The body of a path or method the API has no route for: Rails' exceptions app answers it, in its own shape
 * rather than the API's `errors` list (ECF rules §1.6).
 */
export const ROUTE_NOT_FOUND_BODY = { error: REQUEST_MESSAGES.routeNotFound } as const;

export const BAD_REQUEST_TITLE = TITLES.badRequest;
export const BAD_PARAMETER_TITLE = TITLES.badParameter;
export const NOT_FOUND_TITLE = TITLES.resourceNotFound;

export const JSON_STRUCTURE_REQUIRED = REQUEST_MESSAGES.jsonStructureRequired;
export const PAGINATION_INVALID = REQUEST_MESSAGES.invalidPagination;
export const UPDATED_SINCE_INVALID = REQUEST_MESSAGES.invalidUpdatedSince;
export const FILTER_NOT_A_HASH = REQUEST_MESSAGES.filterMustBeHash;
export const SCHOOLS_COHORT_REQUIRED = REQUEST_MESSAGES.cohortFilterRequired;
export const NOTHING_FOUND = REQUEST_MESSAGES.notFound;

/** Rails' text for a query string it cannot build parameters from (ECF rules §1.5). */
export const invalidQueryParameters = (reason: string): string => `Invalid query parameters: ${reason}`;

// Our own wording: the real service leaves these bodies undefined (ECF rules §Q3 and §Q4, and the
// sandbox-only behaviours). See docs/decisions/sandbox-*.md.
export const METHOD_NOT_ALLOWED_TITLE = "Method not allowed";
export const methodNotAllowed = (method: string, allowed: readonly string[]): string =>
  `The ${method} method is not supported for this resource. Use ${allowed.join(", ")}.`;

/** The 404 of a path outside every mount that is a route under one: most often a base URL without `/ecf`. */
export const servedUnderMount = (path: string, mount: string): string =>
  `Nothing is served at ${path}: the API is under ${mount}. Did you mean ${mount}${path}? Check that the base URL ends with ${mount}.`;

export const TOO_MANY_REQUESTS_TITLE = "Too many requests";

export const PAYLOAD_TOO_LARGE_TITLE = "Payload too large";
export const payloadTooLarge = (maxBytes: number): string =>
  `The request body is larger than ${maxBytes} bytes, the most this sandbox accepts.`;

export const FORBIDDEN_TITLE = "Forbidden";
export const hostNotAllowed = (host: string): string =>
  `The sandbox does not answer for the host '${host}'. Start it with --allowed-host ${host} (createSandbox: allowedHosts) to reach it by this name.`;
export const UNAUTHORISED_TITLE = "Unauthorised";
export const UNSUPPORTED_MEDIA_TYPE_TITLE = "Unsupported media type";

export const INTERNAL_ERROR_TITLE = "Internal server error";
export const INTERNAL_ERROR_DETAIL =
  "The sandbox could not process this request. This is a fault of the sandbox, not of the request.";

export const SERVER_DATE_INVALID =
  "The 'X-With-Server-Date' header must be an RFC 3339 date-time, for example 2025-10-01T09:30:00Z";

export const INJECTED_FAULT_DETAIL =
  "This failure was injected through the sandbox control API (POST /__sandbox/faults).";
