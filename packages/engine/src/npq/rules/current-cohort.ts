/**
 * The current cohort (NPQ rules §7.2): the one whose registration started most recently, today or earlier. Cohorts
 * registering on the same day are told apart by identifier, the later suffix first, as the cohort lookup of change
 * schedule does (docs/decisions/engine-npq-domain.md).
 */
import type { CalendarDate } from "../../time/calendar-date.ts";
import type { NpqCohort } from "../model/cohort.ts";
import type { NpqWorld } from "../model/world.ts";

export function currentNpqCohort(world: NpqWorld, today: CalendarDate): NpqCohort | undefined {
  let current: NpqCohort | undefined;
  for (const cohort of Object.values(world.cohorts)) {
    if (cohort.registrationStartDate > today) {
      continue;
    }
    if (
      current === undefined ||
      cohort.registrationStartDate > current.registrationStartDate ||
      (cohort.registrationStartDate === current.registrationStartDate && cohort.id > current.id)
    ) {
      current = cohort;
    }
  }
  return current;
}
