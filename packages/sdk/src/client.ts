/**
 * @module
 * `createEcfClient`: an openapi-fetch client for the ECT/mentor Lead Provider API v3, with bearer auth, a user
 * agent, retries beneath the middleware and, on request, typed errors thrown by status.
 */
import createClient, { type HeadersOptions } from "openapi-fetch";
import type { EcfClient, ThrowingEcfClient } from "./client-types.ts";
import type { paths } from "./generated/ecf-v3.ts";
import { bearerAuth, type TokenSource } from "./middleware/bearer-auth.ts";
import { throwOnHttpError } from "./middleware/throw-on-http-error.ts";
import { type FetchFunction, fetchWithRetry } from "./retry/fetch-with-retry.ts";
import { type RetryOptions, resolveRetryPolicy } from "./retry/retry-options.ts";

/** The product token the SDK adds to the `User-Agent` header. */
export const SDK_USER_AGENT = "lpkit-sdk";

/** Options of {@link createEcfClient}. */
export interface EcfClientOptions {
  /**
   * Origin of the API, without the `/api/v3` the paths already carry: {@link ECF_PRODUCTION_BASE_URL},
   * {@link ECF_SANDBOX_BASE_URL}, or any URL (a local sandbox, a proxy).
   */
  readonly baseUrl: string;
  /** The lead provider's API token, or a function returning it (called for every request). */
  readonly token: TokenSource;
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
}

/**
 * Creates a client for the ECT/mentor Lead Provider API v3.
 *
 * @example
 * const client = createEcfClient({
 *   baseUrl: ECF_SANDBOX_BASE_URL,
 *   token: process.env.LEAD_PROVIDER_API_TOKEN,
 *   throwOnError: true,
 * });
 * const { data } = await client.GET("/api/v3/statements/{id}", { params: { path: { id } } });
 */
export function createEcfClient(options: EcfClientOptions & { readonly throwOnError: true }): ThrowingEcfClient;
export function createEcfClient(options: EcfClientOptions & { readonly throwOnError?: false }): EcfClient;
export function createEcfClient(options: EcfClientOptions): EcfClient | ThrowingEcfClient;
export function createEcfClient(options: EcfClientOptions): EcfClient | ThrowingEcfClient {
  if (typeof options.baseUrl !== "string" || options.baseUrl === "") {
    throw new TypeError("createEcfClient: baseUrl must be a non-empty URL string");
  }
  const baseFetch: FetchFunction = options.fetch ?? ((request, init) => globalThis.fetch(request, init));
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    fetch: fetchWithRetry(baseFetch, resolveRetryPolicy(options.retry)),
    headers: options.headers,
  });
  const userAgent = options.userAgent ? `${options.userAgent} ${SDK_USER_AGENT}` : SDK_USER_AGENT;
  if (options.throwOnError) {
    // First registered, so its onResponse runs last: user middleware sees error responses before it throws.
    client.use(throwOnHttpError);
  }
  client.use(bearerAuth(options.token), {
    onRequest({ request }) {
      request.headers.set("User-Agent", userAgent);
      return request;
    },
  });
  return client;
}
