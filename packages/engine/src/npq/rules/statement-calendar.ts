/**
 * The statement calendar of a lead provider's NPQ cohort, as DfE's seeds build it (NPQ rules §8): one statement a
 * month for two years from two months before the registration start month; output fees in March, June, September,
 * December and on the last statement; the deadline six days before the first of the month, payment a month later.
 * The plans have the ECF calendar's shape, so the seeded status is the shared rule (`rules/statement-calendar.ts`).
 */
import type { FeeType } from "../../model/statement.ts";
import type { StatementPlan } from "../../rules/statement-calendar.ts";
import { addDays, addMonths, type CalendarDate, calendarDate, calendarDateParts } from "../../time/calendar-date.ts";

const MONTHS = 24;
const OUTPUT_MONTHS = new Set([3, 6, 9, 12]);
const DEADLINE_DAYS_BEFORE_MONTH = 6;

export function npqStatementCalendar(registrationStartDate: CalendarDate): StatementPlan[] {
  const start = calendarDateParts(registrationStartDate);
  const first = addMonths(calendarDate(start.year, start.month, 1), -2);
  const plans: StatementPlan[] = [];
  for (let index = 0; index < MONTHS; index++) {
    const monthStart = addMonths(first, index);
    const { year, month } = calendarDateParts(monthStart);
    const feeType: FeeType = OUTPUT_MONTHS.has(month) || index === MONTHS - 1 ? "output" : "service";
    const deadlineDate = addDays(monthStart, -DEADLINE_DAYS_BEFORE_MONTH);
    plans.push({ year, month, feeType, deadlineDate, paymentDate: addMonths(deadlineDate, 1) });
  }
  return plans;
}
