import type { ApiError } from "./responses.ts";
import { errorResponse } from "./responses.ts";

/**
 * Thrown by request parsing (query, body, headers) to end the request with an error in the service's format.
 * Parsers throw rather than return so that a route reads top to bottom in the order the real service validates;
 * the app's error handler turns it into the response.
 */
/** The request-level problems both services detect alike but word differently. */
export type RequestErrorReason = "jsonStructure" | "pagination" | "filterNotHash" | "updatedSince";

export class RequestError extends Error {
  readonly status: number;
  readonly errors: readonly ApiError[];
  readonly headers: Record<string, string>;

  /**
   * What went wrong, for a service that words it its own way (the NPQ API's messages differ from the ECF API's):
   * absent for an error every service words alike.
   */
  readonly reason: RequestErrorReason | undefined;

  constructor(
    status: number,
    errors: readonly ApiError[],
    headers: Record<string, string> = {},
    reason?: RequestErrorReason,
  ) {
    super(errors.map((error) => `${error.title}: ${error.detail}`).join("; "));
    this.name = "RequestError";
    this.status = status;
    this.errors = errors;
    this.headers = headers;
    this.reason = reason;
  }

  toResponse(): Response {
    return errorResponse(this.status, this.errors, this.headers);
  }
}
