/**
 * PUT /participants/{id}/resume, the ordered checks of ECF rules §6.3 (resume rules 3-6; rules 1 and 2 are the
 * target's): only the first `participant_id` error is reported. Unlike ECF, a withdrawn participant can be resumed.
 */
import { RESUME_RULE_MESSAGES as RULE } from "../messages/participant-action-rules.ts";
import type { SchoolPeriod } from "../model/school-period.ts";
import { lookup, type World } from "../model/world.ts";
import type { CalendarDate } from "../time/calendar-date.ts";
import type { ParticipantActionTarget } from "./participant-action-target.ts";
import { periodContains, periodGoesOnAfter } from "./period-days.ts";
import { trainingStatusOf } from "./training-periods.ts";

export function checkResumption(
  world: World,
  target: ParticipantActionTarget,
  schoolPeriod: SchoolPeriod | undefined,
  today: CalendarDate,
): void {
  const { errors, trainingPeriod } = target;
  if (trainingPeriod === undefined) {
    return;
  }
  // Rule 4 asks which periods contain today (one ending today counts); rule 6 whether the school period goes on
  // after today (one ending today does not). The service asks the two questions differently.
  const elsewhereToday = lookup(world, "trainingPeriodsBySchoolPeriod", trainingPeriod.schoolPeriodId).some(
    (other) => other.id !== trainingPeriod.id && periodContains(other, today),
  );
  if (trainingStatusOf(trainingPeriod) === "active") {
    errors.add(RULE[3].title, RULE[3].detail);
  } else if (elsewhereToday) {
    errors.add(RULE[4].title, RULE[4].detail);
  } else if (trainingPeriod.finishedOn === today) {
    errors.add(RULE[5].title, RULE[5].detail);
  } else if (schoolPeriod === undefined || !periodGoesOnAfter(schoolPeriod, today)) {
    errors.add(RULE[6].title, RULE[6].detail);
  }
}
