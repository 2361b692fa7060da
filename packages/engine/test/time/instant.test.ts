import { describe, expect, it } from "vitest";
import { instantOf } from "../../src/time/instant.ts";

describe("instantOf", () => {
  it("formats each date as toISOString does, however dates alternate", () => {
    const dates = ["2025-09-01T09:00:00Z", "2025-10-31T23:59:59.999Z", "2025-09-01T09:00:00Z", "2026-01-01T00:00:00Z"];
    for (const text of [...dates, ...dates.toReversed(), ...dates]) {
      const date = new Date(text);
      expect(instantOf(date)).toBe(date.toISOString());
    }
  });

  it("throws for an invalid date, remembered instants or not", () => {
    instantOf(new Date("2025-09-01T09:00:00Z"));
    expect(() => instantOf(new Date("not a date"))).toThrow(RangeError);
  });
});
