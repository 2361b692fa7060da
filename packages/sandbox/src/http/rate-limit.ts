import type { MiddlewareHandler } from "hono";
import { TOO_MANY_REQUESTS_TITLE, tooManyRequests } from "./messages.ts";
import { errorResponse } from "./responses.ts";

export interface RateLimitOptions {
  /** Requests allowed per window and key. The real service: 1,000. */
  readonly limit: number;
  /** Window length in milliseconds. The real service: 5 minutes. */
  readonly periodMs: number;
}

/** The real service's throttle on `/api/*`: 1,000 requests per 5 minutes per `Authorization` header value. */
export const REAL_RATE_LIMIT: RateLimitOptions = { limit: 1000, periodMs: 5 * 60 * 1000 };

export interface RateLimitDecision {
  readonly allowed: boolean;
  readonly remaining: number;
  /** Milliseconds until the current window ends. */
  readonly resetInMs: number;
}

/**
 * Fixed windows aligned to the epoch, counted per key: the way Rack::Attack throttles, so a client sees the same
 * cliff at the same moments as against the real service.
 */
export class RateLimiter {
  readonly options: RateLimitOptions;
  #window = -1;
  #counts = new Map<string, number>();

  constructor(options: RateLimitOptions = REAL_RATE_LIMIT) {
    this.options = options;
  }

  hit(key: string, nowMs: number): RateLimitDecision {
    const window = Math.floor(nowMs / this.options.periodMs);
    if (window !== this.#window) {
      this.#window = window;
      this.#counts = new Map();
    }
    const count = (this.#counts.get(key) ?? 0) + 1;
    this.#counts.set(key, count);
    return {
      allowed: count <= this.options.limit,
      remaining: Math.max(0, this.options.limit - count),
      resetInMs: (window + 1) * this.options.periodMs - nowMs,
    };
  }

  reset(): void {
    this.#counts = new Map();
  }
}

/**
 * Throttles by `Authorization` header value; requests without one are not counted (they get their 401). Over the
 * limit: 429 in the service's error format with `Retry-After` (ECF rules §Q4, our decision).
 */
export function rateLimit(limiter: RateLimiter, realNow: () => number): MiddlewareHandler {
  return async (c, next) => {
    const key = c.req.header("authorization");
    if (!key) {
      await next();
      return;
    }
    const decision = limiter.hit(key, realNow());
    const retryAfter = Math.max(1, Math.ceil(decision.resetInMs / 1000));
    if (!decision.allowed) {
      return errorResponse(
        429,
        [
          {
            title: TOO_MANY_REQUESTS_TITLE,
            detail: tooManyRequests(limiter.options.limit, limiter.options.periodMs / 1000, retryAfter),
          },
        ],
        { "retry-after": String(retryAfter) },
      );
    }
    await next();
    return;
  };
}
