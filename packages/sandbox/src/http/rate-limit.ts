import type { MiddlewareHandler } from "hono";
import { readBearerToken } from "./bearer-auth.ts";
import type { TokenResolver } from "./env.ts";

export interface RateLimitOptions {
  /** Requests allowed per window and key. The real service: 1,000. */
  readonly limit: number;
  /** Window length in milliseconds. The real service: 5 minutes. */
  readonly periodMs: number;
}

/** The real service's throttle on `/api/*`: 1,000 requests per 5 minutes per `Authorization` header value. */
export const REAL_RATE_LIMIT: RateLimitOptions = { limit: 1000, periodMs: 5 * 60 * 1000 };

/**
 * The most keys one window counts. Only real tokens are counted, so a world would need this many lead provider
 * tokens in use within one window to reach it; past it, further keys go uncounted rather than grow the table.
 */
const MAX_RATE_LIMIT_KEYS = 10_000;

export interface RateLimitDecision {
  readonly allowed: boolean;
  readonly remaining: number;
  /** Milliseconds until the current window ends. */
  readonly resetInMs: number;
}

/**
 * Fixed windows aligned to the epoch, counted per key: the way Rack::Attack throttles, so a client sees the same
 * cliff at the same moments as against the real service. The table holds at most `maxKeys` keys.
 */
export class RateLimiter {
  readonly options: RateLimitOptions;
  readonly #maxKeys: number;
  #window = -1;
  #counts = new Map<string, number>();

  constructor(options: RateLimitOptions = REAL_RATE_LIMIT, maxKeys = MAX_RATE_LIMIT_KEYS) {
    this.options = options;
    this.#maxKeys = maxKeys;
  }

  /** How many keys the current window counts. */
  get size(): number {
    return this.#counts.size;
  }

  hit(key: string, nowMs: number): RateLimitDecision {
    const window = Math.floor(nowMs / this.options.periodMs);
    if (window !== this.#window) {
      this.#window = window;
      this.#counts = new Map();
    }
    const resetInMs = (window + 1) * this.options.periodMs - nowMs;
    const previous = this.#counts.get(key);
    if (previous === undefined && this.#counts.size >= this.#maxKeys) {
      return { allowed: true, remaining: this.options.limit, resetInMs };
    }
    const count = (previous ?? 0) + 1;
    this.#counts.set(key, count);
    return { allowed: count <= this.options.limit, remaining: Math.max(0, this.options.limit - count), resetInMs };
  }

  reset(): void {
    this.#counts = new Map();
  }
}

/**
 * Rack::Attack's default throttled response, which the real service keeps (ECF rules §1.6): plain text
 * `Retry later` and a newline, and no `Retry-After` (that header is opt-in in Rack::Attack 6 and not turned on).
 */
const throttled = (): Response =>
  new Response("Retry later\n", { status: 429, headers: { "content-type": "text/plain" } });

/**
 * Throttles by token like the real service throttles by `Authorization` value, but counts only requests whose
 * token is real: junk tokens get their 401 without a row in the table, so they cannot grow it
 * (docs/decisions/sandbox-rate-limit.md).
 */
export function rateLimit(
  limiter: RateLimiter,
  resolveToken: TokenResolver,
  realNow: () => number,
  /** Each service counts its own requests: a token used on both APIs has a budget on each, as on the real ones. */
  service = "ecf",
): MiddlewareHandler {
  return async (c, next) => {
    const token = readBearerToken(c.req.header("authorization"));
    if (token === undefined || resolveToken(token) === undefined) {
      await next();
      return;
    }
    if (!limiter.hit(`${service}:${token}`, realNow()).allowed) {
      return throttled();
    }
    await next();
    return;
  };
}
