/**
 * Which days a period (training, mentorship, school, induction) covers (ECF rules §2.10). Every "is this period
 * running on that day" question in the engine is answered here, because the service answers it in two ways:
 *
 * - Its queries ("the periods that contain today", "current or future") read a date range stored with BOTH ends
 *   inclusive (since May 2026): a period whose `finishedOn` is today still covers today. That is `periodContains`
 *   and `periodCurrentOrFuture`.
 * - A few per-record checks instead ask whether the end date is still in the future (a period ending today does not
 *   go on). That is `periodGoesOnAfter`; it ignores the start, as the service's check does.
 */
import type { CalendarDate } from "../time/calendar-date.ts";

interface PeriodDates {
  readonly startedOn: CalendarDate;
  readonly finishedOn: CalendarDate | null;
}

/** The period covers `day`: started on or before it and finished on or after it (both ends inclusive). */
export function periodContains(period: PeriodDates, day: CalendarDate): boolean {
  return period.startedOn <= day && (period.finishedOn === null || day <= period.finishedOn);
}

/** The period covers `day` or starts after it: it has not finished before `day`. */
export function periodCurrentOrFuture(period: PeriodDates, day: CalendarDate): boolean {
  return period.finishedOn === null || period.finishedOn >= day;
}

/** The period is open-ended or ends after `day`, so it goes on past that day (a period ending on `day` does not). */
export function periodGoesOnAfter(period: Pick<PeriodDates, "finishedOn">, day: CalendarDate): boolean {
  return period.finishedOn === null || period.finishedOn > day;
}
