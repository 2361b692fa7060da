/**
 * The checks of PUT /participants/npq/{id}/change-schedule (NPQ rules §4.4), rules 1 to 11 of
 * `changeNpqParticipantSchedule` in `spec/npq-v3.yaml`, in order, and the funded place a cohort move leaves.
 */
import { NPQ_CHANGE_SCHEDULE_RULE_MESSAGES as RULE } from "../../messages/npq/participant-action-rules.ts";
import { type Outcome, ok, ValidationErrors } from "../../result.ts";
import { castCohortYear } from "../../rules/lenient-integer.ts";
import { isBlank } from "../../rules/presence.ts";
import type { CalendarDate } from "../../time/calendar-date.ts";
import { instantOf } from "../../time/instant.ts";
import { startOfLondonDay } from "../../time/london.ts";
import type { NpqApplication } from "../model/application.ts";
import type { NpqCohort } from "../model/cohort.ts";
import { npqContractKey } from "../model/indexes.ts";
import { type NpqSchedule, npqScheduleId } from "../model/schedule.ts";
import { findNpqRow, getNpqRow, type NpqWorld, npqLookupIds } from "../model/world.ts";
import { npqCourseGroupOf } from "../reference/courses.ts";
import { isNpqScheduleIdentifier } from "../reference/schedules.ts";
import { latestNpqCohortOfYear } from "./cohorts.ts";
import { currentNpqCohort } from "./current-cohort.ts";
import { npqBlockingDeclarationsOf } from "./declarations.ts";
import { resolveNpqActionTarget } from "./participant-action-target.ts";

export interface NpqChangeScheduleRequest {
  readonly leadProviderId: string;
  readonly participantId: string;
  readonly courseIdentifier?: unknown;
  readonly scheduleIdentifier?: unknown;
  /** A start year, as a string or a number; blank or absent means "the enrolment's". */
  readonly cohort?: unknown;
}

export interface NpqScheduleChange {
  readonly application: NpqApplication;
  readonly schedule: NpqSchedule;
  readonly fundedPlace: boolean | null;
}

/**
 * The start year `cohort` names, cast as the service's integer attribute casts it: a number is truncated, a string
 * read from its leading digits (`"2025abc"` is 2025); blank is "not given", and what casts to nothing names no cohort.
 */
function requestedYear(raw: unknown): number | null | undefined {
  if (raw === undefined || raw === null || (typeof raw === "string" && isBlank(raw))) {
    return undefined;
  }
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? Math.trunc(raw) : null;
  }
  return typeof raw === "string" ? castCohortYear(raw) : null;
}

/**
 * The target schedule: `schedule_identifier` in the cohort of the given year, else of the year of the enrolment's
 * schedule, else of the current cohort's year; of the cohorts of a year the latest suffix.
 */
function targetSchedule(
  world: NpqWorld,
  application: NpqApplication | undefined,
  request: NpqChangeScheduleRequest,
  today: CalendarDate,
): NpqSchedule | undefined {
  const given = requestedYear(request.cohort);
  if (given === null || !isNpqScheduleIdentifier(request.scheduleIdentifier)) {
    return undefined;
  }
  const current = application?.scheduleId == null ? undefined : getNpqRow(world, "schedules", application.scheduleId);
  const year =
    given ??
    (current === undefined ? undefined : getNpqRow(world, "cohorts", current.cohortId).startYear) ??
    currentNpqCohort(world, today)?.startYear;
  const cohort = year === undefined ? undefined : latestNpqCohortOfYear(world, year);
  return cohort === undefined
    ? undefined
    : findNpqRow(world, "schedules", npqScheduleId(cohort.id, request.scheduleIdentifier));
}

/**
 * What a change of schedule does to the funded place (NPQ rules §4.4): from a full to a capped cohort it becomes the
 * stored eligibility, into (or within) a zero cohort false, otherwise it stays.
 */
function fundedPlaceAfterMove(application: NpqApplication, from: NpqCohort, to: NpqCohort): boolean | null {
  if (from.funding === "full" && to.funding === "capped") {
    return application.eligibleForFunding;
  }
  return to.funding === "zero" ? false : application.fundedPlace;
}

export function checkChangeSchedule(
  world: NpqWorld,
  request: NpqChangeScheduleRequest,
  today: CalendarDate,
): Outcome<NpqScheduleChange> {
  const errors = new ValidationErrors();
  const add = (rule: keyof typeof RULE) => errors.add(RULE[rule].title, RULE[rule].detail);
  const target = resolveNpqActionTarget(world, request, errors, RULE);
  if (!target.ok) {
    return target;
  }
  const { application } = target.value;
  const schedule = targetSchedule(world, application, request, today);
  // Rule 3
  if (schedule === undefined) {
    add(3);
  }
  if (application === undefined || schedule === undefined) {
    return errors.toFailure();
  }
  const from = getNpqRow(world, "cohorts", application.cohortId);
  const to = getNpqRow(world, "cohorts", schedule.cohortId);
  const blocking = npqBlockingDeclarationsOf(world, application.id);
  // Rule 4
  if (
    errors.isEmpty &&
    npqLookupIds(
      world,
      "contractsByLeadProviderCohortCourse",
      npqContractKey(application.leadProviderId, to.id, application.courseIdentifier),
    ).length === 0
  ) {
    add(4);
  }
  // Rule 5
  if (application.trainingStatus === "withdrawn") {
    add(5);
  }
  // Rule 6: a type the schedule does not take, or dated up to the midnight its first day starts.
  const firstMoment = instantOf(startOfLondonDay(schedule.startDate));
  if (
    blocking.some(
      (declaration) =>
        !schedule.allowedDeclarationTypes.includes(declaration.declarationType) ||
        declaration.declarationDate <= firstMoment,
    )
  ) {
    add(6);
  }
  // Rule 7
  if (schedule.id === application.scheduleId) {
    add(7);
  }
  // Rule 8
  if (errors.isEmpty && schedule.courseGroup !== npqCourseGroupOf(application.courseIdentifier)) {
    add(8);
  }
  // Rule 9: against the cohort of the current schedule.
  const scheduled =
    application.scheduleId === null ? from.id : getNpqRow(world, "schedules", application.scheduleId).cohortId;
  if (errors.isEmpty && scheduled !== to.id && blocking.length > 0) {
    add(9);
  }
  // Rule 10
  if (from.id !== to.id && from.funding === "capped" && to.funding === "full") {
    add(10);
  }
  // Rule 11
  if (from.funding === "zero" && to.funding !== "zero") {
    add(11);
  }
  if (!errors.isEmpty) {
    return errors.toFailure();
  }
  return ok({ application, schedule, fundedPlace: fundedPlaceAfterMove(application, from, to) });
}
