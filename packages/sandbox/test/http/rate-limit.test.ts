import { describe, expect, it } from "vitest";
import { RateLimiter, REAL_RATE_LIMIT } from "../../src/http/rate-limit.ts";

describe("RateLimiter", () => {
  it("uses the real service's numbers by default", () => {
    expect(REAL_RATE_LIMIT).toEqual({ limit: 1000, periodMs: 300_000 });
  });

  it("allows the limit per key and window, then refuses until the window ends", () => {
    const limiter = new RateLimiter({ limit: 2, periodMs: 1000 });
    expect(limiter.hit("a", 10_100).allowed).toBe(true);
    expect(limiter.hit("a", 10_200)).toEqual({ allowed: true, remaining: 0, resetInMs: 800 });
    expect(limiter.hit("a", 10_300)).toEqual({ allowed: false, remaining: 0, resetInMs: 700 });
    expect(limiter.hit("b", 10_300).allowed).toBe(true);
    expect(limiter.hit("a", 11_000).allowed).toBe(true);
  });
});
