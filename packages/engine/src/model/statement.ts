import type { CohortYear } from "../reference/cohorts.ts";
import type { CalendarDate } from "../time/calendar-date.ts";
import type { Instant } from "../time/instant.ts";
import type { StoredRecord } from "./record.ts";

export const STATEMENT_STATUSES = ["open", "payable", "paid"] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];

/** Output statements carry declarations; service statements only the monthly service fee. */
export const FEE_TYPES = ["output", "service"] as const;
export type FeeType = (typeof FEE_TYPES)[number];

/** A monthly financial statement of a lead provider for a cohort. */
export interface Statement extends StoredRecord {
  readonly leadProviderId: string;
  readonly cohortYear: CohortYear;
  readonly contractId: string | null;
  /** 1-12. */
  readonly month: number;
  readonly year: number;
  readonly feeType: FeeType;
  /** Milestone cut-off (API `cut_off_date`). */
  readonly deadlineDate: CalendarDate;
  readonly paymentDate: CalendarDate;
  readonly status: StatementStatus;
  readonly markedAsPaidAt: Instant | null;
}
