/**
 * `participant_status` of an enrolment (ECF rules §2.3): whether the participant is training with this provider
 * today, is about to start, or is on the way out.
 */
import type { Teacher } from "../model/teacher.ts";
import type { TrainingPeriod } from "../model/training-period.ts";
import type { Role } from "../reference/courses.ts";
import type { CalendarDate } from "../time/calendar-date.ts";
import { periodGoesOnAfter } from "./period-days.ts";
import { trainingStatusOf } from "./training-periods.ts";

export const PARTICIPANT_STATUSES = ["active", "joining", "leaving", "left"] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

/**
 * The day the role's training was completed: an ECT's finished induction, or a mentor's funding end date (set by a
 * `completed` declaration). Null while still training.
 */
function completionDateOf(teacher: Teacher, role: Role): CalendarDate | null {
  return role === "ect" ? teacher.induction.endDate : teacher.funding.mentor.becameIneligibleOn;
}

/** True when the role has completed training (change-schedule rule 12). */
export function hasCompletedTraining(teacher: Teacher, role: Role): boolean {
  return completionDateOf(teacher, role) !== null;
}

/** Leaving while the period's end is still ahead, left once it has come. */
function leavingOrLeft(period: TrainingPeriod, today: CalendarDate): ParticipantStatus {
  return period.finishedOn !== null && periodGoesOnAfter(period, today) ? "leaving" : "left";
}

export function participantStatusOf(teacher: Teacher, period: TrainingPeriod, today: CalendarDate): ParticipantStatus {
  if (trainingStatusOf(period) !== "active") {
    return leavingOrLeft(period, today);
  }
  const completedOn = completionDateOf(teacher, period.role);
  if (completedOn !== null && (period.finishedOn === null || completedOn <= period.finishedOn)) {
    return "active";
  }
  if (period.finishedOn !== null) {
    return leavingOrLeft(period, today);
  }
  return period.startedOn > today ? "joining" : "active";
}
