import {
  BadRequestError,
  LeadProviderApiError,
  type LeadProviderApiErrorInit,
  NotFoundError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
  UnprocessableError,
} from "./errors.ts";
import { parseRetryAfter } from "./retry/retry-after.ts";

/**
 * Turns a non-2xx response into the error class for its status. Reads (consumes) the response body.
 * The single place where statuses map to classes, used by both the throwing client and the iterators.
 */
export async function errorFromResponse(request: Request, response: Response): Promise<LeadProviderApiError> {
  return createApiError({
    method: request.method,
    path: pathOf(request.url),
    body: await readBody(response),
    response,
  });
}

/** The error class for `response.status`, for a body that has already been read. */
function createApiError(
  fields: Omit<LeadProviderApiErrorInit, "status" | "response"> & { readonly response: Response },
): LeadProviderApiError {
  const status = fields.response.status;
  const init: LeadProviderApiErrorInit = { ...fields, status };
  switch (status) {
    case 400:
      return new BadRequestError(init);
    case 401:
      return new UnauthorizedError(init);
    case 404:
      return new NotFoundError(init);
    case 422:
      return new UnprocessableError(init);
    case 429: {
      const delay = parseRetryAfter(fields.response.headers.get("Retry-After"), Date.now());
      return new RateLimitError({ ...init, retryAfter: delay === undefined ? undefined : Math.ceil(delay / 1000) });
    }
    default:
      return status >= 500 ? new ServerError(init) : new LeadProviderApiError(init);
  }
}

/** What an openapi-fetch call resolves to, in either mode. */
export interface FetchResult<Data> {
  readonly data?: Data;
  readonly error?: unknown;
  readonly response: Response;
}

/**
 * The `data` of a call, or the error class for its status: helpers built on a client throw typed errors whatever
 * the client's mode (a throwing client has already thrown). `path` names the request when the response has no URL.
 */
export function dataOrThrow<Data>(result: FetchResult<Data>, method: string, path: string): Data | undefined {
  const { data, error, response } = result;
  if (!response.ok) {
    throw createApiError({ method, path: pathOf(response.url) || path, body: error, response });
  }
  return data;
}

/** The path of a request URL as sent: no origin, no query. */
export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

async function readBody(response: Response): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    // Already consumed by a middleware that did not clone it: the status still tells the story.
    return undefined;
  }
  if (text === "") {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
