import type { CohortYear } from "../reference/cohorts.ts";
import type { Role } from "../reference/courses.ts";
import type { MentorIneligibilityReason } from "../reference/reasons.ts";
import type { CalendarDate } from "../time/calendar-date.ts";
import type { Instant } from "../time/instant.ts";
import type { StoredRecord } from "./record.ts";

/** Funding state of one role of a participant. */
export interface RoleFunding {
  /**
   * When the role first became eligible for funded training. Declarations are `eligible` (and attached to a
   * statement) once this is set; until then they stay `submitted`.
   */
  readonly firstBecameEligibleAt: Instant | null;
  /** When the role stopped being funded. For mentors this is the `mentor_funding_end_date`. */
  readonly becameIneligibleOn: CalendarDate | null;
  /** The frozen cohort the participant was moved out of (`cohort_changed_after_payments_frozen`). */
  readonly paymentsFrozenYear: CohortYear | null;
}

export interface ParticipantIdChange {
  readonly fromParticipantId: string;
  readonly toParticipantId: string;
  readonly changedAt: Instant;
}

/** Induction facts recorded by appropriate bodies (ECT role only). */
export interface Induction {
  readonly overallStartDate: CalendarDate | null;
  /** Set when the induction is finished; an ECT with an end date has completed induction. */
  readonly endDate: CalendarDate | null;
  readonly mostRecentPeriodEndDate: CalendarDate | null;
}

/** A participant (the service's "teacher"); `id` is the API `participant_id`. */
export interface Teacher extends StoredRecord {
  readonly fullName: string;
  readonly trn: string | null;
  /** The per-role `training_record_id` of `ecf_enrolments`. */
  readonly trainingRecordIds: Readonly<Record<Role, string>>;
  readonly participantIdChanges: readonly ParticipantIdChange[];
  readonly funding: Readonly<Record<Role, RoleFunding>>;
  readonly mentorIneligibleForFundingReason: MentorIneligibilityReason | null;
  readonly induction: Induction;
}

export const NO_FUNDING: RoleFunding = {
  firstBecameEligibleAt: null,
  becameIneligibleOn: null,
  paymentsFrozenYear: null,
};
export const NO_INDUCTION: Induction = { overallStartDate: null, endDate: null, mostRecentPeriodEndDate: null };
