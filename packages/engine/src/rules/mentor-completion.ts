/**
 * Mentor completion (ECF rules §4.4 and §5.2): a live `completed` declaration ends a mentor's funding and their
 * training with that lead provider; voiding or clawing it back undoes both.
 */
import { type Declaration, isBillableOrChangeable } from "../model/declaration.ts";
import { participantRoleKey } from "../model/indexes/index-definition.ts";
import { getRow, insertRow, lookup, updateRow, type World } from "../model/world.ts";
import { addDays } from "../time/calendar-date.ts";
import { instantOf } from "../time/instant.ts";
import { londonDateOf, londonToday } from "../time/london.ts";
import { latestTrainingPeriodWith, periodContains, trainingPeriodsOf } from "./training-periods.ts";

export interface MentorCompletionContext {
  readonly now: Date;
  newId(): string;
}

/**
 * Re-evaluates a mentor after one of their `completed` declarations was created, voided or clawed back. Does nothing
 * for other declarations.
 */
export function reevaluateMentorCompletion(world: World, trigger: Declaration, context: MentorCompletionContext): void {
  if (trigger.role !== "mentor" || trigger.declarationType !== "completed") {
    return;
  }
  // Only one completed declaration can be live at a time (duplicates are rejected), so "the latest live one" is it.
  const live = lookup(world, "declarationsByParticipantRole", participantRoleKey(trigger.teacherId, "mentor"))
    .filter((declaration) => declaration.declarationType === "completed" && isBillableOrChangeable(declaration))
    .sort((a, b) => (a.declarationDate < b.declarationDate ? 1 : -1))[0];
  if (live === undefined) {
    mentorNotCompleted(world, trigger, context);
  } else {
    mentorCompleted(world, live, context);
  }
}

function mentorCompleted(world: World, completed: Declaration, context: MentorCompletionContext): void {
  const now = instantOf(context.now);
  const teacher = getRow(world, "teachers", completed.teacherId);
  const completedOn = londonDateOf(completed.declarationDate);
  updateRow(world, "teachers", teacher.id, {
    funding: { ...teacher.funding, mentor: { ...teacher.funding.mentor, becameIneligibleOn: completedOn } },
    mentorIneligibleForFundingReason: "completed_declaration_received",
    updatedAt: now,
  });

  const period = latestTrainingPeriodWith(world, teacher.id, "mentor", completed.leadProviderId);
  const today = londonToday(context.now);
  if (period === undefined || (period.finishedOn !== null && period.finishedOn <= today)) {
    return;
  }
  // A period must last at least a day, so a completion dated on or before its start ends it the day after.
  const finishedOn = completedOn > period.startedOn ? completedOn : addDays(period.startedOn, 1);
  updateRow(world, "trainingPeriods", period.id, { finishedOn, updatedAt: now });
}

function mentorNotCompleted(world: World, voided: Declaration, context: MentorCompletionContext): void {
  const now = instantOf(context.now);
  const teacher = getRow(world, "teachers", voided.teacherId);
  // Other reasons (e.g. completed during early roll-out) come from DfE's records, not from a declaration.
  if (teacher.mentorIneligibleForFundingReason !== "completed_declaration_received") {
    return;
  }
  updateRow(world, "teachers", teacher.id, {
    funding: { ...teacher.funding, mentor: { ...teacher.funding.mentor, becameIneligibleOn: null } },
    mentorIneligibleForFundingReason: null,
    updatedAt: now,
  });

  const today = londonToday(context.now);
  const stillTraining = trainingPeriodsOf(world, teacher.id, "mentor").some(
    (period) => periodContains(period, today) || period.startedOn > today,
  );
  const latest = latestTrainingPeriodWith(world, teacher.id, "mentor", voided.leadProviderId);
  if (stillTraining || latest === undefined || latest.finishedOn === null) {
    return;
  }
  const schoolPeriod = getRow(world, "schoolPeriods", latest.schoolPeriodId);
  if (schoolPeriod.finishedOn !== null && schoolPeriod.finishedOn <= latest.finishedOn) {
    return;
  }
  // Training resumes where the completion ended it, until the mentor leaves the school.
  insertRow(world, "trainingPeriods", {
    ...latest,
    id: context.newId(),
    startedOn: latest.finishedOn,
    finishedOn: schoolPeriod.finishedOn,
    withdrawal: null,
    deferral: null,
    createdAt: now,
    updatedAt: now,
  });
}
