import type { Outcome } from "@lpkit/engine";
import { errorResponse, jsonResponse } from "../http/responses.ts";

/** `{"data": ...}`: the envelope of every control response that carries a record or a list. */
export function dataResponse(data: unknown, status = 200): Response {
  return jsonResponse({ data }, status);
}

/**
 * Answers what a control operation returned: `respond(value)` on success; on failure the engine's status and errors
 * in the service's error format, the same for every route.
 */
export function outcomeResponse<T>(outcome: Outcome<T>, respond: (value: T) => Response): Response {
  return outcome.ok ? respond(outcome.value) : errorResponse(outcome.failure.status, outcome.failure.errors);
}
