/**
 * A milestone's window (declaration rule 10, ECF rules §3.2): a declaration may be dated from the first London
 * instant of the milestone's start date to the last of its milestone date; a milestone without a date has no end.
 * Submission, a change of schedule and the sandbox's seed all read the window from here.
 */
import type { Milestone } from "../model/schedule.ts";
import { addDays } from "../time/calendar-date.ts";
import { startOfLondonDay } from "../time/london.ts";

/** Dated before the London day the milestone starts on. */
export function isBeforeMilestoneWindow(milestone: Milestone, at: Date): boolean {
  return at.getTime() < startOfLondonDay(milestone.startDate).getTime();
}

/** Dated after the London day of the milestone date has ended. */
export function isAfterMilestoneWindow(milestone: Milestone, at: Date): boolean {
  return (
    milestone.milestoneDate !== null && at.getTime() >= startOfLondonDay(addDays(milestone.milestoneDate, 1)).getTime()
  );
}

export function isInMilestoneWindow(milestone: Milestone, at: Date): boolean {
  return !isBeforeMilestoneWindow(milestone, at) && !isAfterMilestoneWindow(milestone, at);
}
