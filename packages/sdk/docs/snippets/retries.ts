import { createEcfClient, ECF_SANDBOX_BASE_URL } from "@lpkit/sdk";
import { log } from "./your-app.ts";

export const patientClient = createEcfClient({
  baseUrl: ECF_SANDBOX_BASE_URL,
  token: process.env.LEAD_PROVIDER_API_TOKEN ?? "",
  throwOnError: true,
  retry: {
    maxAttempts: 5, // the first attempt and 4 retries (default 3 in all)
    baseDelayMs: 1000, // the first backoff is up to 1 s, then up to 2 s, 4 s… (default 500 ms)
    maxDelayMs: 30_000, // never more than 30 s between attempts (default 10 s)
    maxRetryAfterMs: 120_000, // wait out a Retry-After of up to 2 minutes (default 1 minute)
    onRetry: ({ attempt, delayMs, request, response }) =>
      log.info(`retry ${attempt} of ${request.method} ${request.url} in ${delayMs} ms`, response?.status),
  },
});

// One attempt only, e.g. in a request handler that must answer quickly.
export const impatientClient = createEcfClient({
  baseUrl: ECF_SANDBOX_BASE_URL,
  token: process.env.LEAD_PROVIDER_API_TOKEN ?? "",
  retry: false,
});
