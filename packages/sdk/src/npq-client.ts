/**
 * @module
 * `createNpqClient`: an openapi-fetch client for the NPQ Lead Provider API v3, built by the same factory as
 * `createEcfClient` (bearer auth, user agent, retries beneath the middleware, typed errors on request). Only the
 * spec it is typed from differs.
 */
import type { NpqClient, ThrowingNpqClient } from "./client-types.ts";
import { type ApiClientOptions, createApiClient } from "./create-api-client.ts";
import type { paths } from "./generated/npq-v3.ts";
import { bearerAuth, type TokenSource } from "./middleware/bearer-auth.ts";

/** Options of {@link createNpqClient}. */
export interface NpqClientOptions extends ApiClientOptions {
  /**
   * Origin of the API, without the `/api/v3` the paths already carry: {@link NPQ_PRODUCTION_BASE_URL},
   * {@link NPQ_SANDBOX_BASE_URL}, or any URL (a local sandbox, a proxy).
   */
  readonly baseUrl: string;
  /**
   * The lead provider's NPQ API token, or a function returning it (called for every request). The NPQ service
   * hands out its own tokens: a lead provider in both services has one token for each.
   */
  readonly token: TokenSource;
}

/**
 * Creates a client for the NPQ Lead Provider API v3.
 *
 * @example
 * const client = createNpqClient({
 *   baseUrl: NPQ_SANDBOX_BASE_URL,
 *   token: process.env.NPQ_API_TOKEN,
 *   throwOnError: true,
 * });
 * const { data } = await client.GET("/api/v3/npq-applications/{id}", { params: { path: { id } } });
 */
export function createNpqClient(options: NpqClientOptions & { readonly throwOnError: true }): ThrowingNpqClient;
export function createNpqClient(options: NpqClientOptions & { readonly throwOnError?: false }): NpqClient;
export function createNpqClient(options: NpqClientOptions): NpqClient | ThrowingNpqClient;
export function createNpqClient(options: NpqClientOptions): NpqClient | ThrowingNpqClient {
  return createApiClient<paths>("createNpqClient", options, bearerAuth(options.token, "The NPQ API token"));
}
