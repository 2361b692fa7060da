/**
 * @module
 * How every client of the SDK is built, whatever API it speaks: an openapi-fetch client over `fetch` wrapped in
 * the retry policy, a `User-Agent` that names the SDK, and (on request) the middleware that throws typed errors.
 */
import createClient, { type Client, type HeadersOptions, type Middleware } from "openapi-fetch";
import { throwOnHttpError } from "./middleware/throw-on-http-error.ts";
import { type FetchFunction, fetchWithRetry } from "./retry/fetch-with-retry.ts";
import { type RetryOptions, resolveRetryPolicy } from "./retry/retry-options.ts";

/** The product token the SDK adds to the `User-Agent` header. */
export const SDK_USER_AGENT = "lpkit-sdk";

/** Options every client of the SDK accepts. */
export interface ApiClientOptions {
  /** Where the API is: an origin, or an origin and a path prefix the operation paths are appended to. */
  readonly baseUrl: string;
  /** `fetch` to use. Default: the global `fetch`, looked up on each request (so a later MSW patch applies). */
  readonly fetch?: FetchFunction;
  /** Retry policy for safe methods, or `false` for a single attempt. See {@link RetryOptions}. */
  readonly retry?: RetryOptions | false;
  /**
   * Identifies your integration in the `User-Agent` header, e.g. `"acme-crm/2.3 (ops@acme.example)"`.
   * The SDK appends its own token: `acme-crm/2.3 (ops@acme.example) lpkit-sdk`.
   */
  readonly userAgent?: string;
  /** Headers sent with every request. */
  readonly headers?: HeadersOptions;
  /**
   * `true`: non-2xx responses reject with a {@link LeadProviderApiError} subclass and `data` is always set.
   * `false` (the default, as in openapi-fetch): calls resolve to `{ data }` or `{ error }` result objects.
   * Network failures reject with {@link NetworkError} in both modes.
   */
  readonly throwOnError?: boolean;
  /**
   * Lead Provider Kit sandbox only: the isolated world every request is for, sent as `X-Sandbox-World` (create it
   * with the sandbox client's `createWorld`). Lets parallel CI jobs share one sandbox. DfE's services ignore it.
   */
  readonly world?: string;
}

/**
 * Builds an openapi-fetch client for `Paths`. `middleware` (e.g. bearer auth) runs after the SDK's own, so it sees
 * the request with its `User-Agent` set. `factory` names the public function in error messages.
 */
export function createApiClient<Paths extends {}>(
  factory: string,
  options: ApiClientOptions,
  ...middleware: Middleware[]
): Client<Paths> {
  if (typeof options.baseUrl !== "string" || options.baseUrl === "") {
    throw new TypeError(`${factory}: baseUrl must be a non-empty URL string`);
  }
  const baseFetch: FetchFunction = options.fetch ?? ((request, init) => globalThis.fetch(request, init));
  const client = createClient<Paths>({
    baseUrl: options.baseUrl,
    fetch: fetchWithRetry(baseFetch, resolveRetryPolicy(options.retry)),
    headers: options.headers,
  });
  const userAgent = options.userAgent ? `${options.userAgent} ${SDK_USER_AGENT}` : SDK_USER_AGENT;
  if (options.throwOnError) {
    // First registered, so its onResponse runs last: user middleware sees error responses before it throws.
    client.use(throwOnHttpError);
  }
  client.use(
    {
      onRequest({ request }) {
        request.headers.set("User-Agent", userAgent);
        if (options.world !== undefined) {
          request.headers.set("X-Sandbox-World", options.world);
        }
        return request;
      },
    },
    ...middleware,
  );
  return client;
}
