import type { CohortYear } from "../reference/cohorts.ts";
import type { DeclarationType } from "../reference/declaration-types.ts";
import type { MilestoneDefinition, ScheduleIdentifier } from "../reference/schedules.ts";

export type Milestone = MilestoneDefinition;

/** A cohort's copy of one of the twelve schedules. */
export interface Schedule {
  /** `<year>/<identifier>`, see `scheduleId`. */
  readonly id: string;
  readonly cohortYear: CohortYear;
  readonly identifier: ScheduleIdentifier;
  readonly milestones: readonly Milestone[];
}

export function scheduleId(cohortYear: CohortYear, identifier: ScheduleIdentifier): string {
  return `${cohortYear}/${identifier}`;
}

export function milestoneOf(schedule: Schedule, type: DeclarationType): Milestone | undefined {
  return schedule.milestones.find((milestone) => milestone.declarationType === type);
}
