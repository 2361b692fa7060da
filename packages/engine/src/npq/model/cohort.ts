import type { CalendarDate } from "../../time/calendar-date.ts";
import type { Instant } from "../../time/instant.ts";
import type { NpqCohortFunding, NpqCohortIdentifier } from "../reference/cohorts.ts";

/** A cohort of the NPQ service (NPQ rules §7.2), keyed by its identifier (`2026b`). */
export interface NpqCohort {
  readonly id: NpqCohortIdentifier;
  readonly startYear: number;
  readonly suffix: string;
  readonly funding: NpqCohortFunding;
  readonly registrationStartDate: CalendarDate;
  readonly createdAt: Instant;
}
