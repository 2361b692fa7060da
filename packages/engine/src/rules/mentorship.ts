import type { MentorshipPeriod } from "../model/mentorship-period.ts";
import { lookup, type World } from "../model/world.ts";
import { type CalendarDate, calendarDateParts } from "../time/calendar-date.ts";
import { periodContains } from "./period-days.ts";

function dayNumber(date: CalendarDate): number {
  const { year, month, day } = calendarDateParts(date);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Days between `date` and the period (0 when it covers the date). */
function distance(period: MentorshipPeriod, date: CalendarDate): number {
  if (periodContains(period, date)) {
    return 0;
  }
  if (date < period.startedOn) {
    return dayNumber(period.startedOn) - dayNumber(date);
  }
  // Past the end: `finishedOn` is the last covered day.
  return dayNumber(date) - dayNumber(period.finishedOn ?? date);
}

/**
 * The ECT's mentorship "ongoing or closest to" a day: one covering the day if any, otherwise the one whose start or
 * end is nearest; on a tie the earliest-starting wins.
 */
export function mentorshipClosestTo(
  world: World,
  ectTeacherId: string,
  date: CalendarDate,
): MentorshipPeriod | undefined {
  let best: MentorshipPeriod | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const period of lookup(world, "mentorshipPeriodsByEct", ectTeacherId)) {
    const candidate = distance(period, date);
    if (candidate < bestDistance) {
      best = period;
      bestDistance = candidate;
    }
  }
  return best;
}
