/** What happened before a retry, passed to {@link RetryOptions.onRetry}. */
export interface RetryEvent {
  /** The attempt that just failed, from 1. */
  readonly attempt: number;
  /** How long the SDK will wait before the next attempt. */
  readonly delayMs: number;
  readonly request: Request;
  /** The retryable response (429, 502, 503, 504 by default), when the attempt got one. */
  readonly response?: Response;
  /** What `fetch` rejected with, when the attempt got no response. */
  readonly error?: unknown;
}

/**
 * How the client retries. Retries happen beneath openapi-fetch's middleware, so middleware sees one request and
 * one final response per call.
 */
export interface RetryOptions {
  /** Attempts in total, the first included. `1` disables retrying. Default `3`. */
  readonly maxAttempts?: number;
  /** Upper bound of the first backoff; it doubles on each retry. Default `500` ms. */
  readonly baseDelayMs?: number;
  /** Upper bound of any backoff. Default `10_000` ms. */
  readonly maxDelayMs?: number;
  /**
   * The longest `Retry-After` the client will wait for. A longer one is not waited out: the response is returned
   * (so a throwing client raises {@link RateLimitError} with `retryAfter`). Default `60_000` ms.
   */
  readonly maxRetryAfterMs?: number;
  /**
   * Methods that may be retried. Default `["GET", "HEAD"]`: the API has no idempotency key, so a retried write
   * could apply twice. (A repeated declaration is refused with a 422 "already been submitted", but other writes
   * are not protected.)
   */
  readonly methods?: readonly string[];
  /** Response statuses that are retried. Default `[429, 502, 503, 504]`. Network errors are always retried. */
  readonly statuses?: readonly number[];
  /** Source of randomness for the jitter, in `[0, 1)`. Default `Math.random`. */
  readonly random?: () => number;
  /** Waits `ms` milliseconds, rejecting if `signal` aborts. Default: an abortable `setTimeout`. */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** The current time in epoch milliseconds, to read a `Retry-After` date. Default `Date.now`. */
  readonly now?: () => number;
  /** Called before each wait, e.g. to log or count retries. */
  readonly onRetry?: (event: RetryEvent) => void;
}

/** The defaults of {@link RetryOptions}. */
export const DEFAULT_RETRY_OPTIONS = {
  maxAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 60_000,
  methods: ["GET", "HEAD"],
  statuses: [429, 502, 503, 504],
} as const;

/** {@link RetryOptions} with every default applied and checked. */
export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxRetryAfterMs: number;
  readonly methods: ReadonlySet<string>;
  readonly statuses: ReadonlySet<number>;
  readonly random: () => number;
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  readonly now: () => number;
  readonly onRetry: ((event: RetryEvent) => void) | undefined;
}

/** Applies defaults; `false` turns retrying off. Throws `RangeError` on nonsensical numbers. */
export function resolveRetryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  const given = options === false ? { maxAttempts: 1 } : (options ?? {});
  const policy: RetryPolicy = {
    maxAttempts: given.maxAttempts ?? DEFAULT_RETRY_OPTIONS.maxAttempts,
    baseDelayMs: given.baseDelayMs ?? DEFAULT_RETRY_OPTIONS.baseDelayMs,
    maxDelayMs: given.maxDelayMs ?? DEFAULT_RETRY_OPTIONS.maxDelayMs,
    maxRetryAfterMs: given.maxRetryAfterMs ?? DEFAULT_RETRY_OPTIONS.maxRetryAfterMs,
    methods: new Set((given.methods ?? DEFAULT_RETRY_OPTIONS.methods).map((method) => method.toUpperCase())),
    statuses: new Set(given.statuses ?? DEFAULT_RETRY_OPTIONS.statuses),
    random: given.random ?? Math.random,
    sleep: given.sleep ?? sleep,
    now: given.now ?? Date.now,
    onRetry: given.onRetry,
  };
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) {
    throw new RangeError(`retry.maxAttempts must be an integer of at least 1, got ${policy.maxAttempts}`);
  }
  for (const key of ["baseDelayMs", "maxDelayMs", "maxRetryAfterMs"] as const) {
    if (!(policy[key] >= 0)) {
      throw new RangeError(`retry.${key} must be a number of at least 0, got ${policy[key]}`);
    }
  }
  return policy;
}

/**
 * Exponential backoff with full jitter: a uniform delay in `[0, min(maxDelayMs, baseDelayMs × 2^(attempt−1)))`.
 * Full jitter spreads clients that failed together (e.g. after a 503) instead of retrying in lockstep.
 */
export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(policy.random() * ceiling);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
