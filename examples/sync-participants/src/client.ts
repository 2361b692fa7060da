import { createEcfClient, ECF_SANDBOX_BASE_URL } from "@lpkit/sdk";

export interface ClientOptions {
  /** DfE's sandbox by default; production is `ECF_PRODUCTION_BASE_URL`. */
  readonly baseUrl?: string;
  readonly token: string;
  /** Where retries are reported. */
  readonly log?: (line: string) => void;
  /** For tests that watch the traffic; the platform's `fetch` otherwise. */
  readonly fetch?: (request: Request) => Promise<Response>;
}

/**
 * The API client of the sync job. GETs that meet a 429, a 5xx or a network error are retried up to 4 times with
 * exponential backoff, honouring Retry-After; each retry is logged.
 */
export function createClient({ baseUrl = ECF_SANDBOX_BASE_URL, token, log = () => {}, fetch }: ClientOptions) {
  return createEcfClient({
    baseUrl,
    token,
    userAgent: "acme-training-sync/1.0 (integrations@acme.example)",
    throwOnError: true,
    ...(fetch === undefined ? {} : { fetch }),
    retry: {
      maxAttempts: 5,
      onRetry: ({ attempt, delayMs, request, response }) =>
        log(
          `retry ${attempt} of ${request.method} ${new URL(request.url).pathname} in ${delayMs} ms (${response?.status ?? "no response"})`,
        ),
    },
  });
}

export type Client = ReturnType<typeof createClient>;
