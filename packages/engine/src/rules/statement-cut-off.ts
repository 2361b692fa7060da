/**
 * A statement's cut-off (payment rules §7): declarations land on an output statement until the end of its deadline
 * day in London, and DfE can mark it payable, then pay it, only after that day.
 */
import type { CalendarDate } from "../time/calendar-date.ts";

export function isCutOffPassed(statement: { readonly deadlineDate: CalendarDate }, today: CalendarDate): boolean {
  return statement.deadlineDate < today;
}
