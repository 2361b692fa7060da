import type { FeeType, StatementStatus } from "../../model/statement.ts";
import type { CalendarDate } from "../../time/calendar-date.ts";
import type { Instant } from "../../time/instant.ts";
import type { NpqCohortIdentifier } from "../reference/cohorts.ts";

/**
 * A lead provider's monthly statement in one cohort (NPQ rules §8). It shares the ECF statement's statuses and machine
 * (`open`, `payable`, `paid`); an `output` fee type marks the statements declarations go on (March, June, September, December
 * and the last one). `deadlineDate` is the API's `cut_off_date`.
 */
export interface NpqStatement {
  readonly id: string;
  readonly leadProviderId: string;
  readonly cohortId: NpqCohortIdentifier;
  readonly year: number;
  readonly month: number;
  readonly deadlineDate: CalendarDate;
  readonly paymentDate: CalendarDate;
  readonly feeType: FeeType;
  readonly status: StatementStatus;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
}
