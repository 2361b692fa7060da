/**
 * The sandbox's own rate limit (switched on here with a small limit) read by the SDK as RateLimitError.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { RateLimitError } from "../../src/index.ts";
import { useLiveSandbox } from "./support/live-sandbox.ts";
import { AMBITION, leadProvider, TEACH_FIRST } from "./support/world.ts";

const LIMIT = 5;
// A day-long window aligned to the epoch: the count cannot roll over while a test runs, short of midnight UTC.
const live = useLiveSandbox({ rateLimit: { limit: LIMIT, periodMs: 24 * 60 * 60 * 1000 } });

beforeEach(async () => {
  // Reset clears the rate-limit counters.
  await live().control.reset();
});

describe("rate limit", () => {
  it("answers the request past the limit with 429, read as RateLimitError with the sandbox's Retry-After", async () => {
    const client = live().ecf((await leadProvider(live().control, AMBITION)).token);
    for (let request = 0; request < LIMIT; request++) {
      await client.GET("/api/v3/statements");
    }

    const error = await client.GET("/api/v3/statements").catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RateLimitError);
    const { retryAfter, errors } = error as RateLimitError;
    // Longer than the SDK's maxRetryAfterMs (one minute), so it was not waited for.
    expect(retryAfter).toBeGreaterThan(60);
    expect(retryAfter).toBeLessThanOrEqual(24 * 60 * 60);
    expect(errors).toEqual([
      {
        title: "Too many requests",
        detail: `The limit of ${LIMIT} requests per 1440 minutes for this token has been reached. Retry after ${retryAfter} seconds.`,
      },
    ]);
  });

  it("counts per token, and never throttles the control API", async () => {
    const ambition = live().ecf((await leadProvider(live().control, AMBITION)).token);
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
