import type { CohortYear } from "../reference/cohorts.ts";
import type { Role } from "../reference/courses.ts";
import type { DeferralReason, WithdrawalReason } from "../reference/reasons.ts";
import type { CalendarDate } from "../time/calendar-date.ts";
import type { Instant } from "../time/instant.ts";
import type { StoredRecord } from "./record.ts";

export type TrainingProgramme = "provider_led" | "school_led";

/** A lead provider's interest in training a participant before any partnership with the school exists. */
export interface ExpressionOfInterest {
  readonly leadProviderId: string;
  readonly cohortYear: CohortYear;
}

export interface Withdrawal {
  readonly reason: WithdrawalReason;
  readonly at: Instant;
}

export interface Deferral {
  readonly reason: DeferralReason;
  readonly at: Instant;
}

/**
 * One stretch of training within a school period (backs an `ecf_enrolment`). Provider-led periods are linked to a
 * school partnership, or only to an expression of interest until a partnership exists.
 */
export interface TrainingPeriod extends StoredRecord {
  readonly teacherId: string;
  readonly role: Role;
  readonly schoolPeriodId: string;
  readonly startedOn: CalendarDate;
  /** Last day covered (inclusive, ECF rules §2.10); null while open-ended. */
  readonly finishedOn: CalendarDate | null;
  readonly trainingProgramme: TrainingProgramme;
  readonly schoolPartnershipId: string | null;
  readonly expressionOfInterest: ExpressionOfInterest | null;
  /** Key of `world.schedules` (null for school-led training). */
  readonly scheduleId: string | null;
  readonly withdrawal: Withdrawal | null;
  readonly deferral: Deferral | null;
}
