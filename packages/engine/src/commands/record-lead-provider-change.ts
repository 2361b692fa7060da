/**
 * School-side fixture: the participant stays at their school, but from `startedOn` their training there is delivered
 * by another lead provider (or becomes school-led). The current training ends that day and a new training period
 * opens in the same school period, running to its end. Unlike a school transfer, nothing changes for the school.
 *
 * This is how a participant withdrawn by one provider comes to be "already active with another provider"
 * (ECF rules §6.3), and how school-led training switches to a provider or back.
 */
import { LEAD_PROVIDER_CHANGE_MESSAGES } from "../messages/fixtures.ts";
import { updateRow } from "../model/row-writes.ts";
import { findRow, lookup, lookupOfRole, type World } from "../model/world.ts";
import type { Role } from "../reference/courses.ts";
import { notFound, type Outcome, ok, ValidationErrors } from "../result.ts";
import { periodGoesOnAfter } from "../rules/period-days.ts";
import { cohortYearOf, leadProviderIdOf } from "../rules/training-periods.ts";
import { type CalendarDate, isCalendarDate } from "../time/calendar-date.ts";
import { instantOf } from "../time/instant.ts";
import { londonToday } from "../time/london.ts";
import type { CommandContext } from "./context.ts";
import type { ParticipantActionResult } from "./participant-action-result.ts";
import { insertTrainingPeriod, planTrainingPlacement, type TrainingPlacementInput } from "./training-placement.ts";

export interface RecordLeadProviderChangeCommand
  extends Omit<TrainingPlacementInput, "schoolId" | "cohortYear" | "email" | "workingPattern"> {
  readonly type: "recordLeadProviderChange";
  readonly participantId: string;
  readonly role: Role;
  /** The first day with the new training (defaults to today); the current training ends that day. */
  readonly startedOn?: CalendarDate;
  /** Defaults to the cohort of the training being replaced. */
  readonly cohortYear?: number;
}

export function recordLeadProviderChange(
  world: World,
  command: RecordLeadProviderChangeCommand,
  context: CommandContext,
): Outcome<ParticipantActionResult> {
  const teacher = findRow(world, "teachers", command.participantId);
  if (teacher === undefined) {
    return notFound();
  }
  const errors = new ValidationErrors();
  const startedOn = command.startedOn ?? londonToday(context.now);
  if (!isCalendarDate(startedOn)) {
    errors.add("date", LEAD_PROVIDER_CHANGE_MESSAGES.notAtSchool(String(startedOn)));
    return errors.toFailure();
  }
  const schoolPeriod = lookupOfRole(world, "schoolPeriodsByParticipant", teacher.id, command.role).find(
    (period) => period.startedOn < startedOn && periodGoesOnAfter(period, startedOn),
  );
  if (schoolPeriod === undefined) {
    errors.add("date", LEAD_PROVIDER_CHANGE_MESSAGES.notAtSchool(startedOn));
    return errors.toFailure();
  }
  const training = lookup(world, "trainingPeriodsBySchoolPeriod", schoolPeriod.id);
  const current = training.filter((period) => period.startedOn < startedOn).at(-1);
  if (current === undefined) {
    errors.add("participant_id", LEAD_PROVIDER_CHANGE_MESSAGES.noTrainingToChange);
    return errors.toFailure();
  }
  if (training.some((period) => period.startedOn >= startedOn)) {
    errors.add("date", LEAD_PROVIDER_CHANGE_MESSAGES.laterTrainingExists(startedOn));
  }
  if ((command.leadProviderId ?? null) === leadProviderIdOf(world, current)) {
    errors.add("lead_provider_id", LEAD_PROVIDER_CHANGE_MESSAGES.sameLeadProvider);
  }
  const cohortYear = command.cohortYear ?? cohortYearOf(world, current);
  if (cohortYear === null) {
    errors.add("cohort", LEAD_PROVIDER_CHANGE_MESSAGES.cohortRequired);
    return errors.toFailure();
  }
  const placement = planTrainingPlacement(
    world,
    { ...command, schoolId: schoolPeriod.schoolId, cohortYear },
    command.role,
    startedOn,
    schoolPeriod.finishedOn,
    errors,
  );
  if (!errors.isEmpty) {
    return errors.toFailure();
  }

  const now = instantOf(context.now);
  for (const period of training) {
    if (periodGoesOnAfter(period, startedOn)) {
      updateRow(world, "trainingPeriods", period.id, { finishedOn: startedOn, updatedAt: now });
    }
  }
  const trainingPeriod = insertTrainingPeriod(world, schoolPeriod, placement, context);
  return ok({ teacher: updateRow(world, "teachers", teacher.id, { updatedAt: now }), trainingPeriod });
}
