/**
 * The statement calendar of a lead provider's cohort, as the service seeds it (ECF rules §9, payment rules §7).
 */
import type { FeeType, StatementStatus } from "../model/statement.ts";
import type { CohortYear } from "../reference/cohorts.ts";
import { addMonths, type CalendarDate, calendarDate, lastDayOfMonth } from "../time/calendar-date.ts";
import { isCutOffPassed } from "./statement-cut-off.ts";

export interface StatementPlan {
  readonly month: number;
  readonly year: number;
  readonly feeType: FeeType;
  readonly deadlineDate: CalendarDate;
  readonly paymentDate: CalendarDate;
}

const OUTPUT_MONTHS = new Set([1, 4, 8, 11]);

/** Output fees are paid in January, April, August and November; the other months carry the service fee. */
function feeTypeForMonth(month: number): FeeType {
  return OUTPUT_MONTHS.has(month) ? "output" : "service";
}

/** One statement a month from November of the cohort year to August three years later. */
export function statementCalendar(cohortYear: CohortYear): StatementPlan[] {
  const plans: StatementPlan[] = [];
  for (let index = 0; index < 34; index++) {
    const monthIndex = 10 + index;
    const year = cohortYear + Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    const previous = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
    plans.push({
      month,
      year,
      feeType: feeTypeForMonth(month),
      deadlineDate: lastDayOfMonth(previous.year, previous.month),
      paymentDate: calendarDate(year, month, 25),
    });
  }
  return plans;
}

/** Seeded status: paid two months after the payment date, payable once the cut-off date has passed, else open. */
export function seededStatementStatus(plan: StatementPlan, today: CalendarDate): StatementStatus {
  if (addMonths(plan.paymentDate, 2) < today) {
    return "paid";
  }
  return isCutOffPassed(plan, today) ? "payable" : "open";
}
