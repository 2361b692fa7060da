import type { CalendarDate } from "../../time/calendar-date.ts";
import type { NpqCohortIdentifier } from "../reference/cohorts.ts";
import type { NpqCourseGroup } from "../reference/courses.ts";
import {
  type NpqDeclarationType,
  type NpqScheduleIdentifier,
  npqAllowedDeclarationTypes,
  npqScheduleGroupOf,
  npqScheduleIdentifiersFor,
  npqScheduleStartDate,
} from "../reference/schedules.ts";

/** One cohort's copy of a schedule (NPQ rules §7.3); its id is `npqScheduleId(cohortId, identifier)`. */
export interface NpqSchedule {
  readonly id: string;
  readonly cohortId: NpqCohortIdentifier;
  readonly identifier: NpqScheduleIdentifier;
  readonly courseGroup: NpqCourseGroup;
  /** The first day a declaration may be dated (the service's `applies_from`). */
  readonly startDate: CalendarDate;
  readonly allowedDeclarationTypes: readonly NpqDeclarationType[];
}

export function npqScheduleId(cohortId: NpqCohortIdentifier, identifier: NpqScheduleIdentifier): string {
  return `${cohortId}/${identifier}`;
}

/** The schedule rows of a cohort starting in `startYear` (NPQ rules §7.3), in the order the cohort is given them. */
export function npqSchedulesForCohort(cohortId: NpqCohortIdentifier, startYear: number): NpqSchedule[] {
  return npqScheduleIdentifiersFor(startYear).map((identifier) => ({
    id: npqScheduleId(cohortId, identifier),
    cohortId,
    identifier,
    courseGroup: npqScheduleGroupOf(identifier),
    startDate: npqScheduleStartDate(identifier, startYear),
    allowedDeclarationTypes: npqAllowedDeclarationTypes(identifier),
  }));
}
