import { NetworkError } from "../errors.ts";
import { pathOf } from "../response-error.ts";
import { parseRetryAfter } from "./retry-after.ts";
import { backoffDelay, type RetryPolicy } from "./retry-options.ts";

/** The `fetch` shape openapi-fetch calls: a `Request`, plus its optional runtime-specific init extension. */
export type FetchFunction = (request: Request, init?: RequestInit) => Promise<Response>;

/**
 * Wraps `fetch` so that retryable failures are retried under `policy`. It sits beneath openapi-fetch's middleware:
 * middleware runs once per call and sees only the final response.
 *
 * Each attempt but the last sends a clone of the original request, so a request body is intact for every attempt
 * (a `Request` body is a stream and can be read only once). When the last attempt still gets no response, the
 * rejection becomes a {@link NetworkError}; an abort is passed through as is.
 */
export function fetchWithRetry(fetchImpl: FetchFunction, policy: RetryPolicy): FetchFunction {
  return async (original, init) => {
    const attempts = policy.methods.has(original.method) ? policy.maxAttempts : 1;
    for (let attempt = 1; ; attempt++) {
      const isLast = attempt >= attempts;
      const request = isLast ? original : original.clone();
      let response: Response;
      try {
        response = await fetchImpl(request, init);
      } catch (error) {
        if (original.signal.aborted) {
          throw error;
        }
        if (isLast) {
          throw new NetworkError({ method: original.method, path: pathOf(original.url), cause: error });
        }
        await pause(policy, original, { attempt, delayMs: backoffDelay(policy, attempt), request: original, error });
        continue;
      }
      if (isLast || !policy.statuses.has(response.status)) {
        return response;
      }
      const retryAfter = parseRetryAfter(response.headers.get("Retry-After"), policy.now());
      if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs) {
        return response;
      }
      // Free the connection of the response we are discarding.
      await response.body?.cancel().catch(() => undefined);
      const delayMs = retryAfter ?? backoffDelay(policy, attempt);
      await pause(policy, original, { attempt, delayMs, request: original, response });
    }
  };
}

async function pause(
  policy: RetryPolicy,
  request: Request,
  event: Parameters<NonNullable<RetryPolicy["onRetry"]>>[0],
): Promise<void> {
  policy.onRetry?.(event);
  await policy.sleep(event.delayMs, request.signal);
}
