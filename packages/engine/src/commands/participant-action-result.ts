import type { Teacher } from "../model/teacher.ts";
import type { TrainingPeriod } from "../model/training-period.ts";

/**
 * What a participant action returns: the participant (render it with `participantView` for the API response) and
 * the training period it acted on or opened.
 */
export interface ParticipantActionResult {
  readonly teacher: Teacher;
  readonly trainingPeriod: TrainingPeriod;
}
