/**
 * PUT /participants/{id}/change-schedule (ECF rules §6.4; change-schedule rules 3-15, rules 1 and 2 are the
 * target's). The checks fall in three groups that each stop at their first error but run independently of one
 * another, so one response can carry a `schedule_identifier`, a `cohort` and a `participant_id` error at once:
 *
 * - rules 3-9, the schedule (present, one of the twelve, exists in the target cohort, differs, suits the role, and
 *   does not invalidate declarations made on a period that started today);
 * - rules 10-11, the cohort (a partnership to move into, and the payments-frozen rule);
 * - rules 12-15, the participant (not completed, not left, not withdrawn, not about to start elsewhere).
 */
import { CHANGE_SCHEDULE_RULE_MESSAGES as RULE } from "../messages/participant-action-rules.ts";
import type { Declaration } from "../model/declaration.ts";
import { schoolCohortKey } from "../model/indexes/index-definition.ts";
import { milestoneOf, type Schedule, scheduleId } from "../model/schedule.ts";
import type { SchoolPartnership } from "../model/school-partnership.ts";
import type { TrainingPeriod } from "../model/training-period.ts";
import { findRow, lookup, type World } from "../model/world.ts";
import type { CohortYear } from "../reference/cohorts.ts";
import { isScheduleIdentifier, scheduleKind } from "../reference/schedules.ts";
import type { CalendarDate } from "../time/calendar-date.ts";
import { londonToday } from "../time/london.ts";
import { isPaymentsFrozen } from "./cohort-freeze.ts";
import { castCohortYear } from "./lenient-integer.ts";
import { isInMilestoneWindow } from "./milestone-window.ts";
import type { ParticipantActionTarget } from "./participant-action-target.ts";
import { hasCompletedTraining, participantStatusOf } from "./participant-status.ts";
import { isBlank } from "./presence.ts";
import { cohortYearOf, partnershipOf, trainingPeriodsOf, trainingStatusOf } from "./training-periods.ts";

export interface ScheduleChangeInput {
  readonly scheduleIdentifier: string | undefined;
  readonly cohort: string | undefined;
}

/** What a valid change of schedule applies. */
export interface ScheduleChangePlan {
  readonly trainingPeriod: TrainingPeriod;
  readonly schedule: Schedule;
  readonly partnership: SchoolPartnership;
  readonly fromCohortYear: CohortYear;
  readonly toCohortYear: CohortYear;
}

/**
 * The cohort the participant moves to: the `cohort` attribute when it names an existing cohort, otherwise (unknown
 * or absent) silently the current training period's cohort.
 */
function targetCohortYear(
  world: World,
  currentCohortYear: CohortYear | null,
  requested: string | undefined,
): CohortYear | null {
  const year = castCohortYear(requested);
  return year !== null && world.cohorts[year] !== undefined ? year : currentCohortYear;
}

/**
 * The partnership the participant trains under after the change: the current one when the cohort stays, otherwise
 * this provider's partnership at the same school in the target cohort with the same delivery partner, else the most
 * recently created one. None when the provider does not deliver the target cohort.
 */
function partnershipAfterChange(
  world: World,
  current: SchoolPartnership | undefined,
  toCohortYear: CohortYear,
): SchoolPartnership | undefined {
  if (current === undefined || current.cohortYear === toCohortYear) {
    return current;
  }
  const leadProvider = findRow(world, "leadProviders", current.leadProviderId);
  if (leadProvider === undefined || !leadProvider.cohortYears.includes(toCohortYear)) {
    return undefined;
  }
  const available = lookup(
    world,
    "schoolPartnershipsBySchoolCohort",
    schoolCohortKey(current.schoolId, toCohortYear),
  ).filter((partnership) => partnership.leadProviderId === current.leadProviderId);
  return (
    available.find((partnership) => partnership.deliveryPartnerId === current.deliveryPartnerId) ?? available.at(-1)
  );
}

/** Whether a declaration's date sits inside its milestone window in `schedule` (no milestone: nothing to break). */
function declarationFitsSchedule(declaration: Declaration, schedule: Schedule): boolean {
  const milestone = milestoneOf(schedule, declaration.declarationType);
  if (milestone === undefined) {
    return true;
  }
  return isInMilestoneWindow(milestone, new Date(declaration.declarationDate));
}

function checkSchedule(
  world: World,
  target: ParticipantActionTarget,
  identifier: string | undefined,
  toCohortYear: CohortYear | null,
  today: CalendarDate,
): Schedule | undefined {
  const { errors, trainingPeriod } = target;
  if (isBlank(identifier)) {
    errors.add(RULE[3].title, RULE[3].detail);
    return undefined;
  }
  if (!isScheduleIdentifier(identifier)) {
    errors.add(RULE[4].title, RULE[4].detail);
    return undefined;
  }
  const schedule =
    toCohortYear === null ? undefined : findRow(world, "schedules", scheduleId(toCohortYear, identifier));
  if (schedule === undefined) {
    errors.add(RULE[5].title, RULE[5].detail);
    return undefined;
  }
  if (trainingPeriod === undefined) {
    return schedule;
  }
  const kind = scheduleKind(identifier);
  if (schedule.id === trainingPeriod.scheduleId) {
    errors.add(RULE[6].title, RULE[6].detail);
  } else if (trainingPeriod.role === "ect" && kind === "replacement") {
    errors.add(RULE[7].title, RULE[7].detail);
  } else if (trainingPeriod.role === "mentor" && kind === "reduced") {
    errors.add(RULE[8].title, RULE[8].detail);
  } else if (
    // A period that started before today is closed and replaced, so its declarations are never re-validated.
    trainingPeriod.startedOn >= today &&
    lookup(world, "declarationsByTrainingPeriod", trainingPeriod.id).some(
      (declaration) => !declarationFitsSchedule(declaration, schedule),
    )
  ) {
    errors.add(RULE[9].title, RULE[9].detail);
  }
  return schedule;
}

/** Runs every check; returns the plan when nothing failed (the errors are in `target.errors`). */
export function checkScheduleChange(
  world: World,
  target: ParticipantActionTarget,
  input: ScheduleChangeInput,
  now: Date,
): ScheduleChangePlan | undefined {
  const today = londonToday(now);
  const { errors, teacher, trainingPeriod } = target;
  const fromCohortYear = trainingPeriod === undefined ? null : cohortYearOf(world, trainingPeriod);
  const toCohortYear = targetCohortYear(world, fromCohortYear, input.cohort);

  const schedule = checkSchedule(world, target, input.scheduleIdentifier, toCohortYear, today);
  if (trainingPeriod === undefined || fromCohortYear === null || toCohortYear === null) {
    return undefined;
  }

  const partnership = partnershipAfterChange(world, partnershipOf(world, trainingPeriod), toCohortYear);
  if (toCohortYear !== fromCohortYear && partnership === undefined) {
    errors.add(RULE[10].title, RULE[10].detail);
  } else if (
    isPaymentsFrozen(world.cohorts[toCohortYear], now) &&
    teacher.funding[trainingPeriod.role].paymentsFrozenYear !== toCohortYear
  ) {
    errors.add(RULE[11].title, RULE[11].detail);
  }

  const ectMovingToReduced =
    trainingPeriod.role === "ect" && schedule !== undefined && scheduleKind(schedule.identifier) === "reduced";
  if (hasCompletedTraining(teacher, trainingPeriod.role) && !ectMovingToReduced) {
    errors.add(RULE[12].title, RULE[12].detail);
  } else if (participantStatusOf(teacher, trainingPeriod, today) === "left") {
    errors.add(RULE[13].title, RULE[13].detail);
  } else if (trainingStatusOf(trainingPeriod) === "withdrawn") {
    errors.add(RULE[14].title, RULE[14].detail);
  } else if (
    trainingPeriodsOf(world, teacher.id, trainingPeriod.role).some(
      (other) => other.startedOn > trainingPeriod.startedOn,
    )
  ) {
    errors.add(RULE[15].title, RULE[15].detail);
  }

  if (!errors.isEmpty || schedule === undefined || partnership === undefined) {
    return undefined;
  }
  return { trainingPeriod, schedule, partnership, fromCohortYear, toCohortYear };
}
