import type { ScheduleIdentifier } from "../reference/schedules.ts";
import { type CalendarDate, calendarDateParts } from "../time/calendar-date.ts";

/**
 * The schedule a participant starting on that day gets by default (guidance): 1 Jun-31 Oct September, 1 Nov-end of
 * February January, 1 Mar-31 May April.
 */
export function defaultScheduleIdentifier(startedOn: CalendarDate): ScheduleIdentifier {
  const { month } = calendarDateParts(startedOn);
  if (month >= 6 && month <= 10) {
    return "ecf-standard-september";
  }
  if (month >= 3 && month <= 5) {
    return "ecf-standard-april";
  }
  return "ecf-standard-january";
}
