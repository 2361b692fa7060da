import { describe, expect, it } from "vitest";
import { londonDateOf, londonToday, startOfLondonDay } from "./london.ts";

describe("London days", () => {
  it("today is the London calendar day, not the UTC one", () => {
    expect(londonToday(new Date("2025-07-31T23:30:00Z"))).toBe("2025-08-01"); // BST
    expect(londonToday(new Date("2025-12-31T23:30:00Z"))).toBe("2025-12-31"); // GMT
    expect(londonDateOf("2025-03-30T00:59:59.999Z")).toBe("2025-03-30");
  });

  it("a day starts at London midnight, across both clock changes", () => {
    expect(startOfLondonDay("2025-06-01").toISOString()).toBe("2025-05-31T23:00:00.000Z");
    expect(startOfLondonDay("2025-01-01").toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(startOfLondonDay("2025-03-30").toISOString()).toBe("2025-03-30T00:00:00.000Z"); // clocks go forward at 01:00
    expect(startOfLondonDay("2025-03-31").toISOString()).toBe("2025-03-30T23:00:00.000Z");
    expect(startOfLondonDay("2025-10-26").toISOString()).toBe("2025-10-25T23:00:00.000Z"); // clocks go back at 02:00
    expect(startOfLondonDay("2025-10-27").toISOString()).toBe("2025-10-27T00:00:00.000Z");
  });
});
