/**
 * PUT /participants/{id}/defer, the ordered 422 checks of ECF rules §6.2 (defer rules 3-8; rules 1 and 2 are the
 * target's). A withdrawn participant cannot be deferred.
 */
import { DEFER_RULE_MESSAGES as RULE } from "../messages/participant-action-rules.ts";
import { isDeferralReason } from "../reference/reasons.ts";
import type { CalendarDate } from "../time/calendar-date.ts";
import type { ParticipantActionTarget } from "./participant-action-target.ts";
import { isBlank } from "./presence.ts";
import { trainingStatusOf } from "./training-periods.ts";

export function checkDeferral(target: ParticipantActionTarget, reason: string | undefined, today: CalendarDate): void {
  const { errors, trainingPeriod } = target;
  if (isBlank(reason)) {
    errors.add(RULE[3].title, RULE[3].detail);
  } else if (!isDeferralReason(reason)) {
    errors.add(RULE[4].title, RULE[4].detail);
  }
  if (trainingPeriod === undefined) {
    return;
  }
  const status = trainingStatusOf(trainingPeriod);
  if (status === "deferred") {
    errors.add(RULE[5].title, RULE[5].detail);
  } else if (status === "withdrawn") {
    errors.add(RULE[6].title, RULE[6].detail);
  } else if (trainingPeriod.startedOn > today) {
    errors.add(RULE[7].title, RULE[7].detail);
  } else if (trainingPeriod.startedOn === today) {
    errors.add(RULE[8].title, RULE[8].detail);
  }
}
