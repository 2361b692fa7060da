/** PUT /participants/{id}/defer, the ordered 422 checks of ECF rules §6.2. A withdrawn participant cannot be deferred. */
import { PARTICIPANT_ACTION_MESSAGES as M } from "../messages/participant-actions.ts";
import { TITLES } from "../messages/titles.ts";
import { isDeferralReason } from "../reference/reasons.ts";
import type { CalendarDate } from "../time/calendar-date.ts";
import type { ParticipantActionTarget } from "./participant-action-target.ts";
import { isBlank } from "./presence.ts";
import { trainingStatusOf } from "./training-periods.ts";

export function checkDeferral(target: ParticipantActionTarget, reason: string | undefined, today: CalendarDate): void {
  const { errors, trainingPeriod } = target;
  if (isBlank(reason)) {
    errors.add(TITLES.reason, M.enterReason);
  } else if (!isDeferralReason(reason)) {
    errors.add(TITLES.reason, M.reasonNotRecognised);
  }
  if (trainingPeriod === undefined) {
    return;
  }
  const status = trainingStatusOf(trainingPeriod);
  if (status === "deferred") {
    errors.add(TITLES.participantId, M.alreadyDeferred);
  } else if (status === "withdrawn") {
    errors.add(TITLES.participantId, M.alreadyWithdrawn);
  } else if (trainingPeriod.startedOn > today) {
    errors.add(TITLES.participantId, M.deferBeforeStart);
  } else if (trainingPeriod.startedOn === today) {
    errors.add(TITLES.participantId, M.startedToday);
  }
}
