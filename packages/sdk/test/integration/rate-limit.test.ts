/**
 * The sandbox's own rate limit (switched on here with a small limit) read by the SDK: the real service's plain-text
 * 429 without `Retry-After`, backed off with jitter and finally raised as RateLimitError.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { RateLimitError, type RetryEvent } from "../../src/index.ts";
import { instantRetries, useLiveSandbox } from "./support/live-sandbox.ts";
import { AMBITION, leadProvider, TEACH_FIRST } from "./support/world.ts";

const LIMIT = 5;
// A day-long window aligned to the epoch: the count cannot roll over while a test runs, short of midnight UTC.
const live = useLiveSandbox({ rateLimit: { limit: LIMIT, periodMs: 24 * 60 * 60 * 1000 } });

beforeEach(async () => {
  // Reset clears the rate-limit counters.
  await live().control.reset();
});

describe("rate limit", () => {
  it("answers the request past the limit with Rack::Attack's 429, read as RateLimitError without retryAfter", async () => {
    const client = live().ecf((await leadProvider(live().control, AMBITION)).token, { retry: false });
    for (let request = 0; request < LIMIT; request++) {
      await client.GET("/api/v3/statements");
    }

    const error = await client.GET("/api/v3/statements").catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RateLimitError);
    const { retryAfter, errors, body, response } = error as RateLimitError;
    expect(response?.headers.get("retry-after")).toBeNull();
    expect(retryAfter).toBeUndefined();
    expect(body).toBe("Retry later\n");
    expect(errors).toEqual([]);
  });

  it("backs off exponentially with jitter when the 429 has no Retry-After", async () => {
    const events: RetryEvent[] = [];
    // random() = 0.5: each delay is half its exponential ceiling, 100 × 2^(attempt − 1).
    const retry = instantRetries({
      maxAttempts: 4,
      baseDelayMs: 100,
      random: () => 0.5,
      onRetry: (e) => events.push(e),
    });
    const client = live().ecf((await leadProvider(live().control, AMBITION)).token, { retry });
    for (let request = 0; request < LIMIT; request++) {
      await client.GET("/api/v3/statements");
    }

    await expect(client.GET("/api/v3/statements")).rejects.toBeInstanceOf(RateLimitError);

    expect(events.map((event) => event.response?.status)).toEqual([429, 429, 429]);
    expect(retry.delays).toEqual([50, 100, 200]);
  });

  it("counts per token, and never throttles the control API", async () => {
    const ambition = live().ecf((await leadProvider(live().control, AMBITION)).token, { retry: false });
    const teachFirst = live().ecf((await leadProvider(live().control, TEACH_FIRST)).token);
    for (let request = 0; request < LIMIT; request++) {
      await ambition.GET("/api/v3/statements");
    }

    await expect(ambition.GET("/api/v3/statements")).rejects.toBeInstanceOf(RateLimitError);
    const { response } = await teachFirst.GET("/api/v3/statements");
    expect(response.status).toBe(200);
    for (let request = 0; request < LIMIT + 1; request++) {
      await live().control.clock();
    }
  });
});
