import { describe, expect, it } from "vitest";
import type { Milestone } from "../../src/model/schedule.ts";
import {
  isAfterMilestoneWindow,
  isBeforeMilestoneWindow,
  isInMilestoneWindow,
} from "../../src/rules/milestone-window.ts";

// Both ends fall in British Summer Time, so London days start at 23:00 UTC the day before.
const retained: Milestone = { declarationType: "retained-1", startDate: "2025-06-01", milestoneDate: "2025-09-30" };
const open: Milestone = { declarationType: "extended-1", startDate: "2025-06-01", milestoneDate: null };

describe("a milestone's window", () => {
  it("opens at the first London instant of the start date", () => {
    expect(isBeforeMilestoneWindow(retained, new Date("2025-05-31T22:59:59.999Z"))).toBe(true);
    expect(isBeforeMilestoneWindow(retained, new Date("2025-05-31T23:00:00.000Z"))).toBe(false);
  });

  it("closes after the last London instant of the milestone date", () => {
    expect(isAfterMilestoneWindow(retained, new Date("2025-09-30T22:59:59.999Z"))).toBe(false);
    expect(isAfterMilestoneWindow(retained, new Date("2025-09-30T23:00:00.000Z"))).toBe(true);
    expect(isInMilestoneWindow(retained, new Date("2025-09-30T22:59:59.999Z"))).toBe(true);
  });

  it("has no end without a milestone date", () => {
    expect(isAfterMilestoneWindow(open, new Date("2099-01-01T00:00:00Z"))).toBe(false);
    expect(isInMilestoneWindow(open, new Date("2030-01-01T00:00:00Z"))).toBe(true);
    expect(isInMilestoneWindow(open, new Date("2025-05-01T00:00:00Z"))).toBe(false);
  });
});
