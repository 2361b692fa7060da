/**
 * Mentor completion (ECF rules §4.4 and §5.2): a live `completed` declaration ends a mentor's funding and their
 * training with that lead provider; voiding or clawing it back undoes both.
 *
 * This module decides what changes; `commands/reevaluate-mentor-completion.ts` writes it.
 */
import { type Declaration, isBillableOrChangeable } from "../model/declaration.ts";
import type { Teacher } from "../model/teacher.ts";
import type { TrainingPeriod } from "../model/training-period.ts";
import { getRow, lookupOfRole, type World } from "../model/world.ts";
import { addDays, type CalendarDate } from "../time/calendar-date.ts";
import { londonDateOf } from "../time/london.ts";
import { periodGoesOnAfter } from "./period-days.ts";
import { latestTrainingPeriodWith, trainingPeriodsOf } from "./training-periods.ts";

/** The mentor's live `completed` declaration ends their funding, and the training with its provider if still open. */
interface MentorCompleted {
  readonly kind: "completed";
  readonly teacher: Teacher;
  readonly completedOn: CalendarDate;
  readonly endTraining: { readonly period: TrainingPeriod; readonly finishedOn: CalendarDate } | undefined;
}

/**
 * The completion was voided or clawed back: funding is restored, and training resumes in a copy of the period the
 * completion ended (`reopen`), when the mentor is not training elsewhere and is still at the school.
 */
interface MentorNotCompleted {
  readonly kind: "notCompleted";
  readonly teacher: Teacher;
  readonly reopen:
    | { readonly period: TrainingPeriod; readonly startedOn: CalendarDate; readonly finishedOn: CalendarDate | null }
    | undefined;
}

export type MentorCompletionChange = MentorCompleted | MentorNotCompleted;

/**
 * What changes for a mentor after one of their `completed` declarations was created, voided or clawed back.
 * Undefined for other declarations, and when the completion did not come from a declaration.
 */
export function mentorCompletionChange(
  world: World,
  trigger: Declaration,
  today: CalendarDate,
): MentorCompletionChange | undefined {
  if (trigger.role !== "mentor" || trigger.declarationType !== "completed") {
    return undefined;
  }
  // Only one completed declaration can be live at a time (duplicates are rejected), so "the latest live one" is it.
  const live = lookupOfRole(world, "declarationsByParticipant", trigger.teacherId, "mentor")
    .filter((declaration) => declaration.declarationType === "completed" && isBillableOrChangeable(declaration))
    .sort((a, b) => (a.declarationDate < b.declarationDate ? 1 : -1))[0];
  return live === undefined ? mentorNotCompleted(world, trigger, today) : mentorCompleted(world, live, today);
}

function mentorCompleted(world: World, completed: Declaration, today: CalendarDate): MentorCompleted {
  const teacher = getRow(world, "teachers", completed.teacherId);
  const completedOn = londonDateOf(completed.declarationDate);
  const period = latestTrainingPeriodWith(world, teacher.id, "mentor", completed.leadProviderId);
  // The service ends training still going on after today; one ending today is left as it is.
  if (period === undefined || !periodGoesOnAfter(period, today)) {
    return { kind: "completed", teacher, completedOn, endTraining: undefined };
  }
  // A period must last at least a day, so a completion dated on or before its start ends it the day after.
  const finishedOn = completedOn > period.startedOn ? completedOn : addDays(period.startedOn, 1);
  return { kind: "completed", teacher, completedOn, endTraining: { period, finishedOn } };
}

function mentorNotCompleted(world: World, voided: Declaration, today: CalendarDate): MentorNotCompleted | undefined {
  const teacher = getRow(world, "teachers", voided.teacherId);
  // Other reasons (e.g. completed during early roll-out) come from DfE's records, not from a declaration.
  if (teacher.mentorIneligibleForFundingReason !== "completed_declaration_received") {
    return undefined;
  }
  // Training ending today does not count as still training here: the service asks whether the end is in the future.
  const stillTraining = trainingPeriodsOf(world, teacher.id, "mentor").some((period) =>
    periodGoesOnAfter(period, today),
  );
  const latest = latestTrainingPeriodWith(world, teacher.id, "mentor", voided.leadProviderId);
  if (stillTraining || latest === undefined || latest.finishedOn === null) {
    return { kind: "notCompleted", teacher, reopen: undefined };
  }
  const schoolPeriod = getRow(world, "schoolPeriods", latest.schoolPeriodId);
  if (schoolPeriod.finishedOn !== null && schoolPeriod.finishedOn <= latest.finishedOn) {
    return { kind: "notCompleted", teacher, reopen: undefined };
  }
  // Training resumes the day after the last day the completion left it (ends are inclusive, ECF rules §2.10), until
  // the mentor leaves the school.
  return {
    kind: "notCompleted",
    teacher,
    reopen: { period: latest, startedOn: addDays(latest.finishedOn, 1), finishedOn: schoolPeriod.finishedOn },
  };
}
