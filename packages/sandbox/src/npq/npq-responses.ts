import { NPQ_REQUEST_MESSAGES, NPQ_TITLES } from "@lpkit/engine";
import { faultError } from "../http/faults.ts";
import type { RequestError, RequestErrorReason } from "../http/request-error.ts";
import { type ApiError, jsonTextResponse } from "../http/responses.ts";

/**
 * The NPQ service's answers, which differ from the ECF service's in their details (NPQ rules §1.3, §1.4): JSON
 * without a charset, `Cache-Control: no-store` on everything its controllers and error pages answer, a 404 that is
 * `{"error":"Resource not found"}`, and its own wording of the request-level 400s.
 */
const NPQ_CONTENT_TYPE = "application/json";
const NO_STORE = "no-store";

export function npqJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return npqJsonText(JSON.stringify(body), status, headers);
}

/** `npqJson` for a body already in JSON text (a page joined from cached records' texts). */
export function npqJsonText(text: string, status = 200, headers: Record<string, string> = {}): Response {
  return jsonTextResponse(text, status, { "content-type": NPQ_CONTENT_TYPE, "cache-control": NO_STORE, ...headers });
}

export function npqErrors(status: number, errors: readonly ApiError[]): Response {
  return npqJson({ errors: errors.map(({ title, detail }) => ({ title, detail })) }, status);
}

/** An unknown id, another lead provider's record, or a path the API does not have (NPQ rules §1.4). */
export const npqNotFound = (): Response => npqJson({ error: NPQ_REQUEST_MESSAGES.notFound }, 404);

/** A missing or unknown token (NPQ rules §1.2): the same body as the ECF API's. */
export const npqUnauthorised = (): Response => npqJson({ error: NPQ_REQUEST_MESSAGES.accessDenied }, 401);

const NPQ_DETAILS: Record<RequestErrorReason, string> = {
  jsonStructure: NPQ_REQUEST_MESSAGES.jsonStructureRequired,
  pagination: NPQ_REQUEST_MESSAGES.invalidPagination,
  filterNotHash: NPQ_REQUEST_MESSAGES.filterNotValid,
  updatedSince: NPQ_REQUEST_MESSAGES.invalidUpdatedSince,
};

/**
 * A request-level error of the shared HTTP layer, worded as the NPQ service words it (every one is a `Bad request`
 * there); an error both services word alike keeps its entries.
 */
export function npqRequestErrorResponse(error: RequestError): Response {
  if (error.reason === undefined) {
    return npqErrors(error.status, error.errors);
  }
  return npqErrors(error.status, [{ title: NPQ_TITLES.badRequest, detail: NPQ_DETAILS[error.reason] }]);
}

/** The body an injected fault answers with on the NPQ API: its own 401 and 404 bodies, its format for the rest. */
export function npqFaultResponse(status: number): Response {
  if (status === 401) {
    return npqUnauthorised();
  }
  if (status === 404) {
    return npqNotFound();
  }
  const { errors, headers } = faultError(status);
  return npqJson({ errors }, status, headers);
}
