/**
 * PUT /participants/{id}/resume, the ordered checks of ECF rules §6.3: only the first `participant_id` error is
 * reported. Unlike ECF, a withdrawn participant can be resumed.
 */
import { PARTICIPANT_ACTION_MESSAGES as M } from "../messages/participant-actions.ts";
import { TITLES } from "../messages/titles.ts";
import type { SchoolPeriod } from "../model/school-period.ts";
import { lookup, type World } from "../model/world.ts";
import type { CalendarDate } from "../time/calendar-date.ts";
import type { ParticipantActionTarget } from "./participant-action-target.ts";
import { periodContains, trainingStatusOf } from "./training-periods.ts";

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
  const elsewhereToday = lookup(world, "trainingPeriodsBySchoolPeriod", trainingPeriod.schoolPeriodId).some(
    (other) => other.id !== trainingPeriod.id && periodContains(other, today),
  );
  if (trainingStatusOf(trainingPeriod) === "active") {
    errors.add(TITLES.participantId, M.alreadyActive);
  } else if (elsewhereToday) {
    errors.add(TITLES.participantId, M.activeWithAnotherProvider);
  } else if (trainingPeriod.finishedOn === today) {
    errors.add(TITLES.participantId, M.resumeOnSameDay);
  } else if (schoolPeriod === undefined || !periodContains(schoolPeriod, today)) {
    errors.add(TITLES.participantId, M.noLongerAtSchool);
  }
}
