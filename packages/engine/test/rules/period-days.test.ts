import { describe, expect, it } from "vitest";
import { periodContains, periodCurrentOrFuture, periodGoesOnAfter } from "../../src/rules/period-days.ts";

const period = { startedOn: "2025-09-01", finishedOn: "2025-10-15" };
const openEnded = { startedOn: "2025-09-01", finishedOn: null };

describe("periodContains: both ends inclusive (ECF rules §2.10)", () => {
  it.each([
    ["2025-08-31", false],
    ["2025-09-01", true],
    ["2025-10-14", true],
    ["2025-10-15", true],
    ["2025-10-16", false],
  ])("%s: %s", (day, contained) => {
    expect(periodContains(period, day)).toBe(contained);
  });

  it("covers every day from the start of an open-ended period", () => {
    expect(periodContains(openEnded, "2031-01-01")).toBe(true);
    expect(periodContains(openEnded, "2025-08-31")).toBe(false);
  });
});

describe("periodCurrentOrFuture", () => {
  it("is true until the end date has passed, including before the start", () => {
    expect(periodCurrentOrFuture(period, "2025-08-01")).toBe(true);
    expect(periodCurrentOrFuture(period, "2025-10-15")).toBe(true);
    expect(periodCurrentOrFuture(period, "2025-10-16")).toBe(false);
    expect(periodCurrentOrFuture(openEnded, "2031-01-01")).toBe(true);
  });
});

describe("periodGoesOnAfter", () => {
  it("is false on the end date itself", () => {
    expect(periodGoesOnAfter(period, "2025-10-14")).toBe(true);
    expect(periodGoesOnAfter(period, "2025-10-15")).toBe(false);
    expect(periodGoesOnAfter(openEnded, "2031-01-01")).toBe(true);
  });
});
