import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { RateLimiter, REAL_RATE_LIMIT, rateLimit } from "../../src/http/rate-limit.ts";

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

  it("holds at most its key bound; keys past it are not counted", () => {
    const limiter = new RateLimiter({ limit: 1, periodMs: 1000 }, 3);
    for (const key of ["a", "b", "c", "d", "e"]) {
      limiter.hit(key, 0);
    }
    expect(limiter.size).toBe(3);
    expect(limiter.hit("a", 0).allowed).toBe(false);
    expect(limiter.hit("e", 0).allowed).toBe(true);
  });
});

describe("rateLimit", () => {
  const REAL_TOKEN = "real-token";
  function limitedApp(limiter: RateLimiter) {
    const app = new Hono();
    const resolve = (token: string) => (token === REAL_TOKEN ? { id: "lp", name: "Lead provider" } : undefined);
    app.use(rateLimit(limiter, resolve, () => 0));
    app.get("/", (c) => c.text("ok"));
    return app;
  }

  it("counts only requests that name a real token: 40,000 junk tokens leave the table empty", async () => {
    const limiter = new RateLimiter({ limit: 2, periodMs: 60_000 });
    const app = limitedApp(limiter);
    for (let index = 0; index < 40_000; index++) {
      await app.request("/", { headers: { authorization: `Bearer junk-${index}` } });
    }
    expect(limiter.size).toBe(0);
    await app.request("/", { headers: { authorization: `Bearer ${REAL_TOKEN}` } });
    expect(limiter.size).toBe(1);
  });

  it("counts the token whichever way the header writes it", async () => {
    const app = limitedApp(new RateLimiter({ limit: 2, periodMs: 60_000 }));
    await app.request("/", { headers: { authorization: `Bearer ${REAL_TOKEN}` } });
    await app.request("/", { headers: { authorization: `Token token="${REAL_TOKEN}"` } });
    const refused = await app.request("/", { headers: { authorization: `Bearer  ${REAL_TOKEN}` } });
    expect(refused.status).toBe(429);
    expect(await refused.text()).toBe("Retry later\n");
  });
});
