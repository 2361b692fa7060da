/**
 * PUT /participants/{id}/change-schedule (ECF rules §6.4): move the participant to another schedule, optionally in
 * another cohort. A period that started before today is closed and a new one opens today (its declarations stay on
 * the old period); a period starting today or later is changed in place.
 */
import { insertRow, updateRow } from "../model/row-writes.ts";
import type { Teacher } from "../model/teacher.ts";
import { findRow, type World } from "../model/world.ts";
import { type Outcome, ok } from "../result.ts";
import { checkScheduleChange } from "../rules/change-schedule-checks.ts";
import { isPaymentsFrozen } from "../rules/cohort-freeze.ts";
import { resolveParticipantActionTarget } from "../rules/participant-action-target.ts";
import { type CalendarDate, earliestDate } from "../time/calendar-date.ts";
import { instantOf } from "../time/instant.ts";
import { londonToday } from "../time/london.ts";
import type { CommandContext } from "./context.ts";
import type { ParticipantActionResult } from "./participant-action-result.ts";

export interface ChangeParticipantScheduleCommand {
  readonly type: "changeParticipantSchedule";
  readonly leadProviderId: string;
  readonly participantId: string;
  readonly courseIdentifier?: string;
  readonly scheduleIdentifier?: string;
  /** Optional target cohort (`"2025"`); unknown years silently mean "the current cohort". */
  readonly cohort?: string;
}

function earliestOf(dates: readonly (CalendarDate | null)[]): CalendarDate | null {
  return dates.reduce<CalendarDate | null>(
    (earliest, date) => (date === null ? earliest : earliest === null ? date : earliestDate(earliest, date)),
    null,
  );
}

export function changeParticipantSchedule(
  world: World,
  command: ChangeParticipantScheduleCommand,
  context: CommandContext,
): Outcome<ParticipantActionResult> {
  const resolved = resolveParticipantActionTarget(
    world,
    command.leadProviderId,
    command.participantId,
    command.courseIdentifier,
  );
  if (!resolved.ok) {
    return resolved;
  }
  const target = resolved.value;
  const plan = checkScheduleChange(
    world,
    target,
    { scheduleIdentifier: command.scheduleIdentifier, cohort: command.cohort },
    context.now,
  );
  if (plan === undefined || !target.errors.isEmpty) {
    return target.errors.toFailure();
  }

  const now = instantOf(context.now);
  const today = londonToday(context.now);
  const { trainingPeriod: period, schedule, partnership, fromCohortYear, toCohortYear } = plan;

  // Moving out of a frozen cohort records it (so the participant may come back); moving into one clears it.
  let funding = target.teacher.funding;
  if (fromCohortYear !== toCohortYear) {
    const roleFunding = funding[period.role];
    if (isPaymentsFrozen(world.cohorts[fromCohortYear], context.now)) {
      funding = { ...funding, [period.role]: { ...roleFunding, paymentsFrozenYear: fromCohortYear } };
    } else if (isPaymentsFrozen(world.cohorts[toCohortYear], context.now)) {
      funding = { ...funding, [period.role]: { ...roleFunding, paymentsFrozenYear: null } };
    }
  }
  const teacher: Teacher = updateRow(world, "teachers", target.teacher.id, { funding, updatedAt: now });

  if (period.startedOn >= today) {
    const trainingPeriod = updateRow(world, "trainingPeriods", period.id, {
      scheduleId: schedule.id,
      schoolPartnershipId: partnership.id,
      expressionOfInterest:
        period.expressionOfInterest === null
          ? null
          : { leadProviderId: partnership.leadProviderId, cohortYear: toCohortYear },
      updatedAt: now,
    });
    return ok({ teacher, trainingPeriod });
  }

  const schoolPeriod = findRow(world, "schoolPeriods", period.schoolPeriodId);
  // The new period ends when the old one would have, or when the school period ends, whichever is first (ends
  // already in the past do not count).
  const finishedOn = earliestOf(
    [period.finishedOn, schoolPeriod?.finishedOn ?? null].filter((date) => date === null || date >= today),
  );
  updateRow(world, "trainingPeriods", period.id, {
    finishedOn: period.finishedOn === null ? today : earliestDate(period.finishedOn, today),
    updatedAt: now,
  });
  const trainingPeriod = insertRow(world, "trainingPeriods", {
    id: context.newId(),
    teacherId: period.teacherId,
    role: period.role,
    schoolPeriodId: period.schoolPeriodId,
    startedOn: today,
    finishedOn,
    trainingProgramme: "provider_led",
    schoolPartnershipId: partnership.id,
    expressionOfInterest: null,
    scheduleId: schedule.id,
    withdrawal: null,
    deferral: null,
    createdAt: now,
    updatedAt: now,
  });
  return ok({ teacher, trainingPeriod });
}
