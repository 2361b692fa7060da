/**
 * PUT /participants/{id}/withdraw, the ordered 422 checks of ECF rules §6.1. Each `participant_id` check only runs
 * while `participant_id` has no error yet; the ECT-reason check only when nothing else failed.
 */
import { PARTICIPANT_ACTION_MESSAGES as M } from "../messages/participant-actions.ts";
import { TITLES } from "../messages/titles.ts";
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
    errors.add(TITLES.reason, M.enterReason);
  } else if (!isWithdrawalReason(reason)) {
    // Only the dashed spellings are accepted (`left_teaching_profession` is not).
    errors.add(TITLES.reason, M.reasonNotRecognised);
  }
  if (trainingPeriod === undefined) {
    return;
  }
  if (trainingStatusOf(trainingPeriod) === "withdrawn") {
    errors.add(TITLES.participantId, M.alreadyWithdrawn);
  } else if (trainingPeriod.startedOn > today) {
    errors.add(TITLES.participantId, M.withdrawBeforeStart);
  } else if (trainingPeriod.startedOn === today) {
    errors.add(TITLES.participantId, M.startedToday);
  }
  if (
    errors.isEmpty &&
    trainingPeriod.role === "ect" &&
    (MENTOR_ONLY_WITHDRAWAL_REASONS as readonly string[]).includes(reason ?? "")
  ) {
    errors.add(TITLES.reason, M.mentorOnlyReasonForEct);
  }
}
