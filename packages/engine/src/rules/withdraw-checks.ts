/**
 * PUT /participants/{id}/withdraw, the ordered 422 checks of ECF rules §6.1 (withdraw rules 3-8; rules 1 and 2 are
 * the target's). Only the first `participant_id` rule that fails is reported; rule 8 only when nothing else failed.
 */
import { WITHDRAW_RULE_MESSAGES as RULE } from "../messages/participant-action-rules.ts";
import { isWithdrawalReason, type WithdrawalReason } from "../reference/reasons.ts";
import type { CalendarDate } from "../time/calendar-date.ts";
import type { ParticipantActionTarget } from "./participant-action-target.ts";
import { isBlank } from "./presence.ts";
import { trainingStatusOf } from "./training-periods.ts";

/** Reasons only a mentor can be withdrawn for. */
const MENTOR_ONLY_WITHDRAWAL_REASONS: readonly WithdrawalReason[] = ["mentor-no-longer-being-mentor"];

export function checkWithdrawal(
  target: ParticipantActionTarget,
  reason: string | undefined,
  today: CalendarDate,
): void {
  const { errors, trainingPeriod } = target;
  if (isBlank(reason)) {
    errors.add(RULE[3].title, RULE[3].detail);
  } else if (!isWithdrawalReason(reason)) {
    // Only the dashed spellings are accepted (`left_teaching_profession` is not).
    errors.add(RULE[4].title, RULE[4].detail);
  }
  if (trainingPeriod === undefined) {
    return;
  }
  if (trainingStatusOf(trainingPeriod) === "withdrawn") {
    errors.add(RULE[5].title, RULE[5].detail);
  } else if (trainingPeriod.startedOn > today) {
    errors.add(RULE[6].title, RULE[6].detail);
  } else if (trainingPeriod.startedOn === today) {
    errors.add(RULE[7].title, RULE[7].detail);
  }
  if (
    errors.isEmpty &&
    trainingPeriod.role === "ect" &&
    (MENTOR_ONLY_WITHDRAWAL_REASONS as readonly string[]).includes(reason ?? "")
  ) {
    errors.add(RULE[8].title, RULE[8].detail);
  }
}
