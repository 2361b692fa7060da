/**
 * @module
 * `createEcfClient`: an openapi-fetch client for the ECT/mentor Lead Provider API v3, with bearer auth, a user
 * agent, retries beneath the middleware and, on request, typed errors thrown by status.
 */
import type { EcfClient, ThrowingEcfClient } from "./client-types.ts";
import { type ApiClientOptions, createApiClient } from "./create-api-client.ts";
import type { paths } from "./generated/ecf-v3.ts";
import { bearerAuth, type TokenSource } from "./middleware/bearer-auth.ts";

export { SDK_USER_AGENT } from "./create-api-client.ts";

/** Options of {@link createEcfClient}. */
export interface EcfClientOptions extends ApiClientOptions {
  /**
   * Origin of the API, without the `/api/v3` the paths already carry: {@link ECF_PRODUCTION_BASE_URL},
   * {@link ECF_SANDBOX_BASE_URL}, or any URL (a local sandbox, a proxy).
   */
  readonly baseUrl: string;
  /** The lead provider's API token, or a function returning it (called for every request). */
  readonly token: TokenSource;
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
  return createApiClient<paths>("createEcfClient", options, bearerAuth(options.token));
}
