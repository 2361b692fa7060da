import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "../src/retry/retry-after.ts";

const NOW = Date.parse("2025-10-01T09:30:00Z");

describe("parseRetryAfter", () => {
  it("reads delta-seconds as milliseconds", () => {
    expect(parseRetryAfter("0", NOW)).toBe(0);
    expect(parseRetryAfter("120", NOW)).toBe(120_000);
    expect(parseRetryAfter(" 7 ", NOW)).toBe(7000);
  });

  it("reads an HTTP date as the time left until it", () => {
    expect(parseRetryAfter("Wed, 01 Oct 2025 09:31:30 GMT", NOW)).toBe(90_000);
  });

  it("never returns a negative delay for a date in the past", () => {
    expect(parseRetryAfter("Wed, 01 Oct 2025 09:00:00 GMT", NOW)).toBe(0);
  });

  it("ignores an absent or malformed value", () => {
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
    expect(parseRetryAfter("", NOW)).toBeUndefined();
    expect(parseRetryAfter("-5", NOW)).toBeUndefined();
    expect(parseRetryAfter("1.5", NOW)).toBeUndefined();
    expect(parseRetryAfter("soon", NOW)).toBeUndefined();
  });
});
